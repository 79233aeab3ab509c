/**
 * Schema of the `sources` collection (content/sources/*.yaml): the bibliography every other
 * entry cites. One file per document; the file name is the id that `sources:` lists use.
 */
import { z } from 'astro/zod';
import { bilingual, reviewedField } from './common';

export const sourceKinds = ['regulation', 'study', 'article', 'profile', 'explainer', 'report', 'news', 'compilation'] as const;

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
	/** What the site takes from this source, in both languages. */
	note: bilingual,
});
export type Source = z.infer<typeof sourceSchema>;
