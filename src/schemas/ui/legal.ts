/** UI strings: Legal-basis table and instrument facts. */
import { z } from 'astro/zod';

export const legalStrings = z.object({
	/** Column: instrument. */
	'legal.rule': z.string(),
	/** Column: year. */
	'legal.year': z.string(),
	/** Column and label: status. */
	'legal.status': z.string(),
	/** Caption of the legal-basis table. */
	'legal.caption': z.string(),
	/** Facts box: title. */
	'legal.title': z.string(),
	/** Facts box: date. */
	'legal.date': z.string(),
});
