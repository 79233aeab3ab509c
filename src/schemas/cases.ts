/**
 * Schema of the `cases` collection (content/cases/*.yaml): case studies of Polmas in
 * practice. Each entry holds the structured facts a case page renders (place, period,
 * partners, problem, response, results with their own sources, strategies, lessons and
 * seminar questions); the page's MDX adds only an introduction. Read by
 * src/user-components/cases/CaseFacts.astro, CaseFilter.astro and CaseMap.astro.
 */
import { z } from 'astro/zod';
import { bilingual, isoDate, reviewedField, sourcesField } from './common';

/** Letters of the ten Polmas strategies in content/doctrine/strategi-polmas.yaml. */
export const strategyLetters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

/** Bounding box of Indonesia (with a margin) that every map marker must fall inside. */
export const indonesiaBounds = { west: 94, east: 142, south: -11.5, north: 6.5 } as const;

/** A point for the map marker. */
export const coordinatesSchema = z.object({
	/** Longitude in degrees east (94 to 142 for Indonesia). */
	lon: z
		.number({ error: 'lon must be a number (degrees east)' })
		.min(indonesiaBounds.west, `lon must lie within Indonesia (${indonesiaBounds.west} to ${indonesiaBounds.east})`)
		.max(indonesiaBounds.east, `lon must lie within Indonesia (${indonesiaBounds.west} to ${indonesiaBounds.east})`),
	/** Latitude in degrees, negative south of the equator (−11.5 to 6.5 for Indonesia). */
	lat: z
		.number({ error: 'lat must be a number (degrees, negative south)' })
		.min(indonesiaBounds.south, `lat must lie within Indonesia (${indonesiaBounds.south} to ${indonesiaBounds.north})`)
		.max(indonesiaBounds.north, `lat must lie within Indonesia (${indonesiaBounds.south} to ${indonesiaBounds.north})`),
	/** Whether the point only marks the town or district, not the exact site (the usual case). */
	approximate: z.boolean().default(true),
});

/** Where the case happened. */
export const whereSchema = z.object({
	/** Province, as a slug used by the province filter (e.g. `di-yogyakarta`). */
	provinceId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'provinceId must be a lowercase slug such as "jawa-timur"'),
	/** Province name in both languages. */
	province: bilingual,
	/** Kabupaten or kota, when the sources name it. */
	regency: z.string().trim().min(1).optional(),
	/** Kecamatan, when the sources name it. */
	district: z.string().trim().min(1).optional(),
	/** Desa, kelurahan or named area, when the sources name it. */
	locality: z.string().trim().min(1).optional(),
	/** Where the map marker goes. */
	coordinates: coordinatesSchema,
});

const year = z.number().int().min(1945).max(2100);

/** When the case happened: only what the sources give. */
export const periodSchema = z.discriminatedUnion('stated', [
	z.object({
		/** The sources give no dates for this case. */
		stated: z.literal(false),
		/** Optional remark, e.g. what the sources do say about timing. */
		note: bilingual.optional(),
	}),
	z.object({
		/** The sources give at least a starting or reporting year. */
		stated: z.literal(true),
		/** First year the sources give. */
		from: year.optional(),
		/** Last year the sources give. */
		to: year.optional(),
		/** What the years mean (start of a programme, year of a report…). */
		note: bilingual,
	}),
]);

/** Units a figure in a case can be counted in. */
export const figureUnits = ['persen', 'orang', 'perguruan', 'personel', 'peserta', 'pohon'] as const;

/** A number with its unit and how exact the source says it is. */
export const figureSchema = z.object({
	/** The number as the source gives it. */
	value: z.number({ error: 'figure.value must be a number' }),
	/** Unit the number is counted in. */
	unit: z.enum(figureUnits),
	/** What the number counts, when the unit alone does not say (e.g. "residents per village"). */
	counts: bilingual.optional(),
	/** The source's own hedge: exact, almost, at least, about. */
	qualifier: z.enum(['tepat', 'hampir', 'setidaknya', 'sekitar']).default('tepat'),
});

/** One thing that was done. */
export const responseSchema = z.object({
	/** The source's own number for the item, kept as written (it may skip or repeat). */
	sourceNumber: z.string().optional(),
	/** Short name of the action or programme. */
	name: bilingual,
	/** What was done. */
	what: bilingual,
	/** Who did it. */
	by: bilingual.optional(),
	/** Date the source gives, if any. */
	date: isoDate.optional(),
	/** Figures the source gives for this action. */
	figures: z.array(figureSchema).default([]),
});

/** One result claimed for the case, with its own sources. */
export const resultSchema = z.object({
	/** The claim, in our words. */
	claim: bilingual,
	/** The figure behind the claim, where the source gives one. */
	figure: figureSchema.optional(),
	/** Where the claim comes from. */
	sources: sourcesField,
});

/** A reference to one of the ten strategies (a–j) of content/doctrine/strategi-polmas.yaml. */
export const strategyRef = z.object({
	/** The doctrine list; always `strategi-polmas`. */
	list: z.literal('strategi-polmas', { error: 'strategies[].list must be "strategi-polmas"' }),
	/** The strategy's letter. */
	letter: z.enum(strategyLetters, { error: 'strategy letter must be one of a–j' }),
	/** How the case shows this strategy. */
	how: bilingual,
});

export const caseSchema = z.object({
	/** The day the entry was last checked against its sources (YYYY-MM-DD). */
	reviewed: reviewedField,
	/** Name of the case. */
	title: bilingual,
	/** Order on the index and in the map's numbering. */
	order: z.number().int().min(1),
	/** One-sentence summary for the case list. */
	summary: bilingual,
	/** Where the case happened. */
	where: whereSchema,
	/** When it happened, as far as the sources say. */
	period: periodSchema,
	/** Who took part. */
	partners: z.array(z.object({ name: bilingual, role: bilingual.optional() })).min(1, 'partners must list at least one'),
	/** The problem the partnership faced. */
	problem: bilingual,
	/** What was done, and by whom. */
	response: z.array(responseSchema).min(1, 'response must list at least one action'),
	/** Remark on the response list (e.g. that the source's numbering is irregular). */
	responseNote: bilingual.optional(),
	/** Other findings the sources group under their own headings (factors, exceptions…). */
	findings: z
		.array(z.object({ heading: bilingual, items: z.array(bilingual).min(1), sources: sourcesField }))
		.default([]),
	/** What came of it; each claim cites its own sources. */
	results: z.array(resultSchema).min(1, 'results must list at least one claim'),
	/** Strategies of Polmas the case demonstrates. */
	strategies: z.array(strategyRef).min(1, 'strategies must name at least one strategy (a–j)'),
	/** Lessons for officers. */
	lessons: z.array(bilingual).min(1, 'lessons must list at least one'),
	/** Questions for a seminar; at least three. */
	questions: z.array(bilingual).min(3, 'questions must list at least 3 discussion questions'),
	/** Where the case's facts come from. */
	sources: sourcesField,
});
export type CaseStudy = z.infer<typeof caseSchema>;
export type CaseFigure = z.infer<typeof figureSchema>;
