/**
 * Pure logic of the case list filters on /studi-kasus/: which provinces and strategies
 * the cases offer as filter choices, and whether a case matches the chosen filter. Used
 * at build time by CaseFilter.astro and in the browser by its small custom element.
 */

export interface FilterableCase {
	provinceId: string;
	provinceName: string;
	/** Strategy letters a–j the case demonstrates. */
	strategies: readonly string[];
}

export interface CaseFilterChoice {
	/** Strategy letter, or '' for any. */
	strategy: string;
	/** Province id, or '' for any. */
	province: string;
}

/** Distinct provinces (sorted by name) and strategy letters (sorted a–j) across the cases. */
export function caseFacets(cases: readonly FilterableCase[]): { provinces: { id: string; name: string }[]; strategies: string[] } {
	const provinces = new Map<string, string>();
	const strategies = new Set<string>();
	for (const c of cases) {
		provinces.set(c.provinceId, c.provinceName);
		c.strategies.forEach((s) => strategies.add(s));
	}
	return {
		provinces: [...provinces].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
		strategies: [...strategies].sort(),
	};
}

/** True when the case fits every non-empty part of the filter. */
export function matchesCase(c: Pick<FilterableCase, 'provinceId' | 'strategies'>, choice: CaseFilterChoice): boolean {
	if (choice.province && c.provinceId !== choice.province) return false;
	if (choice.strategy && !c.strategies.includes(choice.strategy)) return false;
	return true;
}

/** Parses a space-separated `data-strategies` attribute. */
export function parseStrategies(attr: string | null | undefined): string[] {
	return (attr ?? '').split(/\s+/).filter(Boolean);
}
