/**
 * Schema of the `terms` collection (content/terms/*.yaml): glossary terms and acronyms.
 * The file name is the id used by `<Term id="…">` and by `related` lists.
 */
import { z } from 'astro/zod';
import { bilingual, ref, sourcesField } from './common';

export const termSchema = z.object({
	/** The term as written, e.g. "FKPM". */
	term: z.string().trim().min(1),
	/** What an acronym stands for (Indonesian), when it is one. */
	expansion: z.string().trim().min(1).optional(),
	/** English rendering of the expansion or term. */
	english: z.string().trim().min(1).optional(),
	/** Definition in both languages, in our own words. */
	definition: bilingual,
	/** Other glossary entries worth reading next. */
	related: z.array(ref('terms')).default([]),
	/** The instrument that defines or governs the term, when there is one. */
	instrument: ref('instruments').optional(),
	/** Where the definition comes from. */
	sources: sourcesField,
});
export type Term = z.infer<typeof termSchema>;
