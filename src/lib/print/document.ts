/**
 * The printable documents under /cetak/ (and /en/cetak/): one section of the site as one
 * document, its pages in sidebar order, sources collected at the end. Pure: the route
 * middleware and src/user-components/print/PrintDocument.astro pass in the loaded pages.
 */

/** The sections that print as one document, in the order the /cetak/ index lists them. */
export const PRINT_SECTIONS = ['dasar-hukum', 'konsep', 'studi-kasus', 'buku-saku', 'glosarium'] as const;
export type PrintSection = (typeof PRINT_SECTIONS)[number];

export interface PageLike {
	/** Entry id: `konsep/fkpm-bkpm`, `en/konsep/fkpm-bkpm`, `konsep` for an index page. */
	id: string;
	data: { title: string; type: string; sidebar?: { order?: number }; sources?: readonly { id: string }[] };
}

/** The id without its language folder, e.g. `en/konsep/x` → `konsep/x`. */
export function baseId(id: string): string {
	return id.startsWith('en/') ? id.slice(3) : id === 'en' ? '' : id;
}

/** `en` for the English pages, `id` for the Indonesian ones at the root. */
export function langOfId(id: string): 'id' | 'en' {
	return id === 'en' || id.startsWith('en/') ? 'en' : 'id';
}

/**
 * The pages of `section` in `lang`, as the sidebar lists them: the section's own page (its
 * index, or the single page of a one-page section) first, then by `sidebar.order`, then by
 * id. Print documents themselves are never part of a section.
 */
export function sectionPages<P extends PageLike>(pages: readonly P[], section: PrintSection, lang: 'id' | 'en'): P[] {
	const order = (p: P) => p.data.sidebar?.order ?? Number.POSITIVE_INFINITY;
	return pages
		.filter((p) => langOfId(p.id) === lang && p.data.type !== 'cetak')
		.filter((p) => baseId(p.id) === section || baseId(p.id).startsWith(`${section}/`))
		.sort((a, b) => {
			const own = Number(baseId(b.id) === section) - Number(baseId(a.id) === section);
			return own || order(a) - order(b) || a.id.localeCompare(b.id);
		});
}

/** Every source the pages cite, each once, in the order they are first cited. */
export function collectSources(pages: readonly PageLike[]): string[] {
	return [...new Set(pages.flatMap((p) => (p.data.sources ?? []).map((s) => s.id)))];
}

/** The anchor of a page inside its print document: `cetak-fkpm-bkpm`, `cetak-konsep` for the index. */
export function pageAnchor(id: string): string {
	const base = baseId(id);
	return `cetak-${base.split('/').pop() || 'beranda'}`;
}

const ID_ATTRS = /\s(id|for|aria-labelledby|aria-describedby|aria-controls|aria-owns|headers|list)="([^"]*)"/g;
const SPACE_LISTS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers']);

/**
 * Gives every id in a page's rendered HTML the page's prefix, and every reference to one
 * (same-page links, label `for`, ARIA references), so several pages can share one document
 * without two elements having one id. Links to other pages are left alone.
 */
export function prefixIds(html: string, prefix: string): string {
	const local = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
	const fix = (id: string) => (local.has(id) ? `${prefix}${id}` : id);
	return html
		.replace(ID_ATTRS, (_, attr: string, value: string) => {
			const next = SPACE_LISTS.has(attr) ? value.split(/\s+/).map(fix).join(' ') : attr === 'id' ? `${prefix}${value}` : fix(value);
			return ` ${attr}="${next}"`;
		})
		.replace(/\shref="#([^"]*)"/g, (_, id: string) => ` href="#${fix(decodeURIComponentSafe(id))}"`);
}

function decodeURIComponentSafe(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
