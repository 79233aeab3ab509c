/**
 * Schema of the `sources` collection (content/sources/*.yaml): the bibliography every other
 * entry cites. One file per document; the file name is the id that `sources:` lists use.
 */
import { z } from 'astro/zod';
import { bilingual, reviewedField } from './common';

export const sourceKinds = ['regulation', 'study', 'article', 'profile', 'explainer', 'report', 'news', 'compilation'] as const;

/**
 * How a reader can find a document that has no link: where it was published, where a copy
 * is held, and what is not known. Only what the sources README and facts.md say; where they
 * are silent, `unknown` says so rather than guessing.
 */
export const findSchema = z
	.object({
		/** Where and by whom it was published: gazette and number, journal issue, publisher, date. */
		published: bilingual.optional(),
		/** Where a copy is held (for the five primary documents: the project's source archive). */
		copy: bilingual.optional(),
		/** What the site does not know about finding it, said plainly ("lokasi salinan belum diketahui"). */
		unknown: bilingual.optional(),
	})
	.refine((f) => f.published || f.copy || f.unknown, 'give find.published, find.copy or find.unknown (what is not known)');
export type FindSource = z.infer<typeof findSchema>;

export const sourceSchema = z.object({
	/** The day the entry was last checked against its sources (YYYY-MM-DD). */
	reviewed: reviewedField,
	/** Title of the document as published. */
	title: z.string().trim().min(1),
	/** Author, or the publishing body when no author is named. */
	author: z.string().trim().min(1),
	/** Year of publication; omit only when the source gives none. */
	year: z.number().int().min(1945).max(2100).optional(),
	/** What kind of document this is. */
	kind: z.enum(sourceKinds),
	/** Where the document can be read, when a stable address is known. */
	url: z.url().optional(),
	/** File name in ../shared/sources/ for the five primary documents. */
	file: z.string().optional(),
	/** Reliability as rated in facts.md: H (high), M (medium), L (low, shown with its doubt). */
	confidence: z.enum(['H', 'M', 'L']).optional(),
	/** How a reader can find it when there is no `url`: publication, copy held, or what is unknown. */
	find: findSchema.optional(),
	/** What the site takes from this source, in both languages. */
	note: bilingual,
}).refine((s) => s.url || s.find, {
	path: ['find'],
	message: 'say how a reader can find this source: a url, or find.published / find.copy, or find.unknown saying what is not known',
});
export type Source = z.infer<typeof sourceSchema>;
