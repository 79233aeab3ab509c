/**
 * Page weight budgets, checked on every built page: an officer on a prepaid data quota pays for
 * each page's HTML before anything is cached, so the build fails when a page grows past its
 * budget (issue 10). Sizes are gzip bytes as nginx sends them (kB = 1000 bytes).
 *
 * Pure: used by src/integrations/postbuild.ts and tests/unit/page-budget.test.ts.
 */

/**
 * Any page's HTML, gzipped, the print documents (/cetak/…) included: a section that grows
 * past it is printed in parts (the largest, the concepts document, is 19.9 kB).
 */
export const PAGE_BUDGET = 20_000;
/**
 * Quiz and trainer pages, gzipped: the pages opened in a class, on many phones at once, over
 * one weak signal. Long quiz topics are split to stay within it (src/lib/quiz/parts.ts).
 */
export const QUIZ_PAGE_BUDGET = 12_000;

/** The budget of the page at `file` (a path under dist/, e.g. "en/kuis/fkpm/index.html"). */
export function pageBudget(file: string): number {
	return /^(en\/)?(kuis|pelatih)\//.test(file) ? QUIZ_PAGE_BUDGET : PAGE_BUDGET;
}

/** One line per page over its budget, naming the page, its size and its budget. */
export function budgetProblems(pages: readonly { file: string; wire: number }[]): string[] {
	return pages
		.filter((p) => p.wire > pageBudget(p.file))
		.map((p) => `${p.file}: ${(p.wire / 1000).toFixed(1)} kB gzip HTML, over its budget of ${pageBudget(p.file) / 1000} kB${printHint(p.file)}`);
}

/** What to do when a print document is over: it holds a whole section, so split the section. */
function printHint(file: string): string {
	return /^(en\/)?cetak\//.test(file) ? ' (a print document: print its section in parts, e.g. a second document under /cetak/)' : '';
}
