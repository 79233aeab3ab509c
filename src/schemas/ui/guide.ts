/** UI strings: The pocket guide. */
import { z } from 'astro/zod';

export const guideStrings = z.object({
	/** Label before a card's legal basis. */
	'guide.basis': z.string(),
	/** Lead-in before what the sources do not say on a card. */
	'guide.silent': z.string(),
	/** Print button of the pocket guide. */
	'guide.print': z.string(),
	/** What the print layout is. */
	'guide.printHint': z.string(),
});
