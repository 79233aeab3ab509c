/**
 * Schema of the `doctrine` collection (content/doctrine/*.yaml): the lettered lists of
 * Polmas doctrine (functions, strategies, targets, principles, the Bhabinkamtibmas' tasks).
 * Pages, the pocket guide and the quiz all render these lists from this one copy.
 */
import { z } from 'astro/zod';
import { bilingual, ref, reviewedField, sourcesField } from './common';

/** One lettered item of a list. */
export const doctrineItemSchema = z.object({
	/** The item's letter as the instrument numbers it (a, b, …). */
	letter: z.string().regex(/^[a-z]$/, 'letter must be a single lowercase letter a–z'),
	/** Short name of the item, e.g. "Kemitraan" (optional for long items). */
	name: bilingual.optional(),
	/** The item's text, in our own words. */
	text: bilingual,
});

export const doctrineListSchema = z.object({
	/** The day the entry was last checked against its sources (YYYY-MM-DD). */
	reviewed: reviewedField,
	/** Heading of the list. */
	title: bilingual,
	/** Prefix of each item's anchor: `fungsi` gives `#fungsi-a`. */
	anchor: z.string().regex(/^[a-z-]+$/),
	/** The instrument the list comes from. */
	instrument: ref('instruments'),
	/** Article of that instrument, e.g. "Pasal 3". */
	article: z.string().optional(),
	/** Caveat shown with the list (e.g. that its instrument has been replaced). */
	note: bilingual.optional(),
	/** The items, in the instrument's order. */
	items: z.array(doctrineItemSchema).min(1),
	/** Where the list comes from. */
	sources: sourcesField,
}).superRefine((list, ctx) => {
	list.items.forEach((item, i) => {
		const expected = String.fromCharCode(97 + i);
		if (item.letter !== expected) {
			ctx.addIssue({ code: 'custom', path: ['items', i, 'letter'], message: `item ${i + 1} should have letter "${expected}", found "${item.letter}"` });
		}
	});
});
export type DoctrineList = z.infer<typeof doctrineListSchema>;
export type DoctrineItem = z.infer<typeof doctrineItemSchema>;
