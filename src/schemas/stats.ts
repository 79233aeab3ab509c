/**
 * Schema of the `stats` collection (content/stats/*.yaml): figures with their source.
 * (Filled out by the statistics work; kept minimal until then.)
 */
import { z } from 'astro/zod';
import { bilingual, sourcesField } from './common';

export const statSchema = z.object({
	/** What the figure counts. */
	label: bilingual,
	/** Where the figure comes from. */
	sources: sourcesField,
});
export type Stat = z.infer<typeof statSchema>;
