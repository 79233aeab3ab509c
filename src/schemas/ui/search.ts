/** UI strings: The search form of the 404 page. */
import { z } from 'astro/zod';

export const searchStrings = z.object({
	/** Label of the search field on the 404 page. */
	'notFound.label': z.string(),
	/** Search button on the 404 page. */
	'notFound.button': z.string(),
	/** Example queries on the 404 page. */
	'notFound.hint': z.string(),
});
