/**
 * Schema of the `guide` collection (content/guide/*.yaml): short practical cards for the
 * pocket guide and the public FKPM page — how an FKPM is formed, and what to do in common
 * situations. Each card says which rule or source it rests on, so officers can check it.
 */
import { z } from 'astro/zod';
import { bilingual, ref, reviewedField, sourcesField } from './common';

export const guideSections = ['fkpm', 'situasi'] as const;

export const guideCardSchema = z.object({
	/** The day the entry was last checked against its sources (YYYY-MM-DD). */
	reviewed: reviewedField,
	/** Where the card appears: `fkpm` (how an FKPM is formed) or `situasi` (what to do when…). */
	section: z.enum(guideSections),
	/** Position within its section, lowest first. */
	order: z.number().int().min(1),
	/** Heading of the card, e.g. "Perselisihan antarwarga". */
	title: bilingual,
	/** The steps or points, each one short sentence in our own words. */
	points: z.array(bilingual).min(1, 'a card needs at least one point'),
	/** True when the points are steps to take in this order (shown numbered); omit for points in no set order. */
	steps: z.boolean().optional(),
	/** What the sources do not say about this (e.g. how officers are chosen), so a reader does not fill it in. */
	silent: bilingual.optional(),
	/** The rule the card rests on, when one governs it. */
	instrument: ref('instruments').optional(),
	/** Articles of that instrument or other basis, in both languages, e.g. { id: "Pasal 27", en: "Article 27" }. */
	basis: bilingual.optional(),
	/** Caveat a reader must see, e.g. that the instrument has been replaced. */
	note: bilingual.optional(),
	/** Where the card's points come from. */
	sources: sourcesField,
});
export type GuideCard = z.infer<typeof guideCardSchema>;
