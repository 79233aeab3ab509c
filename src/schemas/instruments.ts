/**
 * Schema of the `instruments` collection (content/instruments/*.yaml): the legal
 * instruments behind Polmas, linked into a chain by `replaces` / `replacedBy`.
 */
import { z } from 'astro/zod';
import { bilingual, isoDate, ref, reviewedField, sourcesField } from './common';

export const instrumentKinds = ['UU', 'PP', 'Skep', 'Kep', 'Perkap', 'Perpol'] as const;

/** One article (pasal) the site cites, with what it says in our own words. */
export const keyArticleSchema = z.object({
	/** How the article is cited, e.g. "Pasal 1 angka 3" or "Pasal 14 ayat (1) huruf c". */
	article: z.string().trim().min(1),
	/** What the article provides, paraphrased. */
	summary: bilingual,
});

export const instrumentSchema = z.object({
	/** The day the entry was last checked against its sources (YYYY-MM-DD). */
	reviewed: reviewedField,
	/** Kind of instrument: UU (statute), PP, Skep/Kep (Kapolri decree), Perkap, Perpol. */
	kind: z.enum(instrumentKinds),
	/** Number as written in its citation, e.g. "1", "Skep/737/X/2005". */
	number: z.string().trim().min(1),
	/** Year of enactment. */
	year: z.number().int().min(1945).max(2100),
	/** Exact date of enactment, only when a source gives it. */
	date: isoDate.optional(),
	/** Note on the date when sources differ or give none (both languages). */
	dateNote: bilingual.optional(),
	/** Short name officers use, e.g. "Perpol 1/2021". */
	shortName: z.string().trim().min(1),
	/** Official title (Indonesian) with an English rendering. */
	title: bilingual,
	/** In force, revoked, or not confirmed either way by our sources. */
	status: z.enum(['berlaku', 'dicabut', 'tidak-diketahui']),
	/** Why the status is what it is, when that needs saying (e.g. what a source does not confirm). */
	statusNote: bilingual.optional(),
	/** Instruments this one replaced. */
	replaces: z.array(ref('instruments')).default([]),
	/** The instrument that replaced this one, when revoked. */
	replacedBy: ref('instruments').optional(),
	/** What the instrument did for Polmas, in a sentence or two. */
	summary: bilingual,
	/** Articles the site cites. */
	keyArticles: z.array(keyArticleSchema).default([]),
	/** Slug of its page under /dasar-hukum/ (defaults to the entry id). */
	page: z.string().optional(),
	/** Where this entry's facts come from. */
	sources: sourcesField,
}).superRefine((value, ctx) => {
	if (value.status === 'dicabut' && !value.replacedBy) {
		ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'a revoked instrument (status: dicabut) must name replacedBy' });
	}
	if (value.status === 'berlaku' && value.replacedBy) {
		ctx.addIssue({ code: 'custom', path: ['status'], message: 'an instrument with replacedBy cannot be "berlaku"' });
	}
	if (value.date && Number(value.date.slice(0, 4)) !== value.year) {
		ctx.addIssue({ code: 'custom', path: ['date'], message: `date ${value.date} is not in year ${value.year}` });
	}
});
export type Instrument = z.infer<typeof instrumentSchema>;
