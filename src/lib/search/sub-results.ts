/**
 * How a Pagefind result is shaped before Pagefind UI shows it.
 *
 * Pagefind makes one sub-result per heading with an id. Starlight gives every page title
 * the id `_top`, so each result used to repeat its own page as a first sub-result
 * ("Bhabinkamtibmas" under "Bhabinkamtibmas", linking to `#_top`). This turns that
 * sub-result into the page's own entry: Pagefind UI then shows its excerpt under the page
 * title and lists only the real sections below. The `alias` meta field (a page's search
 * aliases, src/components/PageTitle.astro) only ranks the page: it is taken out so Pagefind
 * UI does not print it as a tag. Called for every result by src/lib/search/pagefind-ui.ts.
 */

/** The meta field that holds a page's search aliases. */
export const ALIAS_META = 'alias';

/** The anchor Starlight gives the page title (its PAGE_TITLE_ID). */
export const PAGE_TOP_ANCHOR = '_top';

export interface SubResultLike {
	url: string;
}

export interface ResultLike<S extends SubResultLike = SubResultLike> {
	url: string;
	meta?: { url?: string; [field: string]: string | undefined };
	sub_results?: S[];
}

/** True when `url` is `pageUrl` followed by the page-top anchor. */
export function isPageTop(url: string, pageUrl: string): boolean {
	return url === `${pageUrl}#${PAGE_TOP_ANCHOR}`;
}

/**
 * The result with its page-top sub-result made the page's own (its url becomes the page's,
 * at the front) or, when the page already has its own, dropped. Other sub-results keep
 * their order. Mutates and returns `result`, as Pagefind UI's processResult expects.
 */
export function foldPageTopSubResult<R extends ResultLike>(result: R): R {
	const subs = result.sub_results;
	if (!Array.isArray(subs)) return result;
	const pageUrl = result.meta?.url || result.url;
	const top = subs.filter((s) => isPageTop(s.url, pageUrl));
	if (top.length === 0) return result;
	const rest = subs.filter((s) => !isPageTop(s.url, pageUrl));
	const hasOwn = rest.some((s) => s.url === pageUrl);
	result.sub_results = hasOwn ? rest : [{ ...top[0], url: pageUrl }, ...rest];
	return result;
}

/** The result ready to show: the page-top sub-result folded, the alias meta field removed. */
export function prepareResult<R extends ResultLike>(result: R): R {
	if (result.meta) delete result.meta[ALIAS_META];
	return foldPageTopSubResult(result);
}
