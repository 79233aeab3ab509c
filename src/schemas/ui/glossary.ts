/** UI strings: The glossary. */
import { z } from 'astro/zod';

export const glossaryStrings = z.object({
	/** Accessible name of the letter index. */
	'glossary.letters': z.string(),
	/** Label: what an abbreviation stands for. */
	'glossary.expansion': z.string(),
	/** Label: English rendering. */
	'glossary.english': z.string(),
	/** Label: other spellings. */
	'glossary.aliases': z.string(),
	/** Label: note. */
	'glossary.note': z.string(),
	/** Label: related terms. */
	'glossary.related': z.string(),
	/** Label: the instrument a term comes from. */
	'glossary.instrument': z.string(),
	/** Label: sources. */
	'glossary.sources': z.string(),
	/** Word after the number of terms. */
	'glossary.count': z.string(),
});
