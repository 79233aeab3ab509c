/**
 * Frontmatter added to Starlight's own for the `docs` collection (content/docs/**.mdx).
 * Page types form a discriminated union on `type`; each type says which data it shows.
 * Passed to `docsSchema({ extend })` in src/content.config.ts.
 */
import { z } from 'astro/zod';
import { ref, reviewedField, sourcesField } from './common';
import { PRINT_SECTIONS } from '../lib/print/document';

/**
 * Other words readers type for what the page is about: an old name, a common misspelling,
 * the English or colloquial term ("Babinkamtibmas", "community policing"). Indexed by
 * Pagefind as hidden, heavily weighted text so a search for them finds this page first;
 * not shown to readers. Each 2–60 characters, no repeats; no two pages of one language
 * may claim the same alias (src/lib/search/aliases.ts checks that at build time).
 */
export const aliasesField = z
	.array(z.string().trim().min(2, 'an alias must have at least 2 characters').max(60, 'an alias must have at most 60 characters'))
	.max(8, 'list at most 8 aliases: more dilutes the page in search')
	.refine((list) => new Set(list.map((a) => a.toLocaleLowerCase('id'))).size === list.length, 'an alias is listed twice')
	.default([]);

/** Fields every page has, whatever its type. */
const basePage = z.object({
	/** Where the page's statements come from: ids from content/sources/. */
	sources: sourcesField,
	/** The day the page was last checked against its sources (YYYY-MM-DD): "Ditinjau …" on the page, lastmod in the sitemap. */
	reviewed: reviewedField,
	/** Search aliases of the page (see `aliasesField`); none by default. */
	aliases: aliasesField,
});

/** A landing or general reading page (home, section overviews, the public FKPM page). */
export const generalPage = basePage.extend({ type: z.literal('umum') });

/** A doctrine concept page (/konsep/…). */
export const conceptPage = basePage.extend({ type: z.literal('konsep') });

/** A page about one legal instrument (/dasar-hukum/…): its data is drawn from the entry. */
export const instrumentPage = basePage.extend({
	type: z.literal('instrumen'),
	/** The instrument this page presents. */
	instrument: ref('instruments'),
});

/** A case study page (/studi-kasus/…): its facts are drawn from the `cases` entry. */
export const casePage = basePage.extend({
	type: z.literal('studi-kasus'),
	/** The case this page presents. */
	case: ref('cases'),
});

/** A reference page built from a collection (glossary, statistics, pocket guide). */
export const referencePage = basePage.extend({
	type: z.enum(['glosarium', 'statistik', 'buku-saku']),
});

/** A self-test page (/kuis/…). */
export const quizPage = basePage.extend({
	type: z.literal('kuis'),
	/** Topic whose questions the page shows; omitted for the topic index and review pages. */
	topic: z.string().optional(),
	/** Which part of a long topic the page shows: 1 for the topic's own page (src/lib/quiz/parts.ts). */
	part: z.number().int().min(1).max(20).default(1),
});

/** A trainer's kit page (/pelatih/…). */
export const trainerPage = basePage.extend({
	type: z.literal('pelatih'),
	/** Offer "Show as slides": the page's h2 sections become full-screen slides for a seminar. For modules; default false. */
	slides: z.boolean().default(false),
});

/**
 * A practice tool page (/praktik/…): the hub, the SARA workbook, the FKPM self-check and the
 * field notes. What the reader types stays on the device (src/lib/practice/); the page's
 * server-rendered form also works as a printable blank form without JavaScript.
 */
export const practicePage = basePage.extend({ type: z.literal('praktik') });

/**
 * A section of the site as one printable A4 document (/cetak/…): a cover, the contents, the
 * section's pages in sidebar order and their sources collected at the end. Its own sources
 * and review day are those of its cover text; src/route-middleware.ts adds the sources of
 * the pages it prints and shows the earliest review day among them.
 */
export const printPage = basePage.extend({
	type: z.literal('cetak'),
	/** The section printed: the pages under content/docs/<section>/, or the one page <section>.mdx. */
	section: z.enum(PRINT_SECTIONS),
});

export const pageSchema = z.discriminatedUnion('type', [
	generalPage,
	conceptPage,
	instrumentPage,
	casePage,
	referencePage,
	quizPage,
	trainerPage,
	practicePage,
	printPage,
]);

export type PageData = z.infer<typeof pageSchema>;
export type PageType = PageData['type'];


export function isInstrumentPage(data: { type: string }): data is z.infer<typeof instrumentPage> {
	return data.type === 'instrumen';
}
export function isCasePage(data: { type: string }): data is z.infer<typeof casePage> {
	return data.type === 'studi-kasus';
}
/** Pages that offer their h2 sections as slides: every case study, and trainer pages that ask for it. */
export function offersSlides(data: PageData): boolean {
	return data.type === 'studi-kasus' || (data.type === 'pelatih' && data.slides);
}
export function isQuizPage(data: { type: string }): data is z.infer<typeof quizPage> {
	return data.type === 'kuis';
}
export function isConceptPage(data: { type: string }): data is z.infer<typeof conceptPage> {
	return data.type === 'konsep';
}
export function isPracticePage(data: { type: string }): data is z.infer<typeof practicePage> {
	return data.type === 'praktik';
}
export function isPrintPage(data: { type: string }): data is z.infer<typeof printPage> {
	return data.type === 'cetak';
}
