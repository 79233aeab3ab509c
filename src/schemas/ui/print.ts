/** UI strings: the print documents under /cetak/. */
import { z } from 'astro/zod';

export const printStrings = z.object({
	/** Link from a section's page to its print document. */
	'print.link': z.string(),
	/** Line on the cover saying where the document comes from (no date: it is not a review date). */
	'print.from': z.string(),
	/** Heading of the contents list. */
	'print.contents': z.string(),
	/** The print button. */
	'print.button': z.string(),
	/** What the print layout is. */
	'print.hint': z.string(),
});
