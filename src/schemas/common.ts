/**
 * Building blocks shared by every collection schema: references between entries,
 * bilingual text and the mandatory `sources` list.
 *
 * References are plain `{ collection, id }` objects (the shape Astro's own `reference()`
 * produces and `getEntry()` accepts). They are defined here rather than imported from
 * `astro:content` so the schemas can be unit-tested without Astro's virtual modules.
 * Whether a referenced id exists is checked across all collections by
 * `src/lib/content/integrity.ts`, which fails the build naming the file and field.
 */
import { z } from 'astro/zod';

/** Ids are lowercase slugs: `perpol-1-2021`, `fkpm`, `004-bappenas`. */
export const slugId = z
	.string({ error: 'must be an id (a lowercase slug such as "perpol-1-2021")' })
	.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be a lowercase slug such as "perpol-1-2021"');

/** A reference to an entry of another collection, written as its id. */
export function ref<C extends string>(collection: C) {
	return slugId.transform((id) => ({ collection, id }));
}

export type Ref<C extends string = string> = { collection: C; id: string };

/** Text given in both site languages. Indonesian is required first; English second. */
export const bilingual = z.object({
	/** Indonesian text (the primary language). */
	id: z.string().trim().min(1, 'Indonesian text (id) must not be empty'),
	/** English text. */
	en: z.string().trim().min(1, 'English text (en) must not be empty'),
});
export type Bilingual = z.infer<typeof bilingual>;

/** Every entry cites at least one entry of the `sources` collection. */
export const sourcesField = z
	.array(ref('sources'), { error: 'sources is required: list at least one id from content/sources/' })
	.min(1, 'sources must list at least one id from content/sources/');

/** A calendar date written as YYYY-MM-DD (kept a string so it never shifts time zone). */
export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** The first day a review date may name: older than the site's sources could not have been checked. */
export const FIRST_REVIEW_DAY = '2020-01-01';

/** Today in UTC as YYYY-MM-DD: a review cannot be dated after the build. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * The day someone last checked the entry against its sources, written YYYY-MM-DD (YAML may
 * read it as a date: both are accepted and kept as the string). Shown on pages as
 * "Ditinjau …" / "Reviewed …" and used as the sitemap's lastmod. Set it only after checking.
 */
export const reviewedField = z
	.union([z.date(), isoDate], { error: 'reviewed is required: the day you last checked this entry against its sources, written YYYY-MM-DD' })
	.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
	.refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'reviewed must be a real calendar day (YYYY-MM-DD)')
	.refine((d) => d >= FIRST_REVIEW_DAY && d <= todayUtc(), `reviewed must be a day from ${FIRST_REVIEW_DAY} to today, not in the future`);
