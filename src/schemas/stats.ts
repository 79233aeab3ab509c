/**
 * Schema of the `stats` collection (content/stats/*.yaml): one figure per file, with its
 * unit, date, what it counts and its sources. The statistics page draws its chart and
 * table only from these entries (src/lib/stats/coverage-chart.ts groups them by `series`).
 */
import { z } from 'astro/zod';
import { bilingual, isoDate, reviewedField, sourcesField } from './common';

/** Units a statistic can be counted in. */
export const statUnits = ['orang', 'desa-kelurahan', 'persen', 'unit', 'kejadian', 'polda'] as const;

/** Time series the chart knows about. */
export const statSeries = ['bhabinkamtibmas', 'desa-kelurahan', 'cakupan'] as const;

export const statSchema = z
	.object({
		/** The day the entry was last checked against its sources (YYYY-MM-DD). */
		reviewed: reviewedField,
		/** The number as the source gives it. */
		figure: z.number({ error: 'figure is required and must be a number' }).nonnegative('figure must not be negative'),
		/** What the number is counted in. */
		unit: z.enum(statUnits, { error: `unit must be one of ${statUnits.join(', ')}` }),
		/** True when the source hedges the figure ("about", "≈"). */
		approximate: z.boolean().default(false),
		/** Day the figure was stated, when the source gives it. */
		date: isoDate.optional(),
		/** Year the figure refers to (required; with `date`, the date's year). */
		year: z.number({ error: 'year is required' }).int().min(1945).max(2100),
		/** What is counted, in one line. */
		counts: bilingual,
		/** Short label for tables and the chart. */
		label: bilingual,
		/** Series of the coverage chart this figure belongs to, if any. */
		series: z.enum(statSeries).optional(),
		/** Confidence from facts.md: H, M or L. */
		confidence: z.enum(['H', 'M', 'L']),
		/** True when the figure conflicts with other sources' counts: the chart draws it apart, with a caveat. */
		conflicting: z.boolean().default(false),
		/** Caveat or context shown with the figure. */
		note: bilingual.optional(),
		/** Where the figure comes from. */
		sources: sourcesField,
	})
	.superRefine((stat, ctx) => {
		if (stat.date && Number(stat.date.slice(0, 4)) !== stat.year) {
			ctx.addIssue({ code: 'custom', path: ['year'], message: `year ${stat.year} does not match date ${stat.date}` });
		}
		if (stat.unit === 'persen' && stat.figure > 100) {
			ctx.addIssue({ code: 'custom', path: ['figure'], message: 'figure in persen must be at most 100' });
		}
	});
export type Stat = z.infer<typeof statSchema>;
