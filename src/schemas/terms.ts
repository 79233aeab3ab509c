/**
 * Schema of the `terms` collection (content/terms/*.yaml): glossary terms and acronyms.
 * The file name is the id used by `<Term id="…">`, by `related` lists and as the entry's
 * anchor on /glosarium/ (`/glosarium/#fkpm`).
 */
import { z } from 'astro/zod';
import { bilingual, ref, reviewedField, sourcesField } from './common';

export const termSchema = z.object({
	/** The day the entry was last checked against its sources (YYYY-MM-DD). */
	reviewed: reviewedField,
	/** The term as officers write it, e.g. "FKPM" or "Pokdar Kamtibmas". */
	term: z.string().trim().min(1),
	/** What an acronym stands for (Indonesian), only when a source or the instrument's title spells it out. */
	expansion: z.string().trim().min(1).optional(),
	/** English rendering of the expansion or term, e.g. "Police–Community Partnership Forum". */
	english: z.string().trim().min(1).optional(),
	/** Other spellings readers search for ("Pokdarkamtibmas", "Perpolisian Masyarakat"); indexed for search. */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/** Definition in both languages, in our own words. */
	definition: bilingual,
	/** Doubt, conflicting sources or a replaced instrument that a reader must know about. */
	note: bilingual.optional(),
	/** Other glossary entries worth reading next (ids in content/terms/). */
	related: z.array(ref('terms')).default([]),
	/** The instrument that defines or governs the term, when there is one. */
	instrument: ref('instruments').optional(),
	/** Where the definition comes from. */
	sources: sourcesField,
});
export type Term = z.infer<typeof termSchema>;
