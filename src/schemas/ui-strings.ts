/**
 * The site's own UI strings, added to Starlight's `i18n` collection
 * (content/i18n/<locale>.json) so components read them with `Astro.locals.t()`.
 */
import { z } from 'astro/zod';

export const uiStrings = z.object({
	/** Label of the page-type filter in search results. */
	'pustaka.pageType': z.string().optional(),
	/** "Sources" heading above a page's citations. */
	'pustaka.sources': z.string().optional(),
	/** Status label of an instrument in force. */
	'pustaka.status.berlaku': z.string().optional(),
	/** Status label of an instrument whose status our sources do not confirm. */
	'pustaka.status.tidak-diketahui': z.string().optional(),
	/** Status label of a revoked instrument. */
	'pustaka.status.dicabut': z.string().optional(),
	/** "Replaced by" label. */
	'pustaka.replacedBy': z.string().optional(),
	/** "Replaces" label. */
	'pustaka.replaces': z.string().optional(),
	/** "Key articles" heading. */
	'pustaka.keyArticles': z.string().optional(),
	/** "Source" label for a list's origin. */
	'pustaka.from': z.string().optional(),
});
