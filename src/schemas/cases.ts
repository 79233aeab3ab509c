/**
 * Schema of the `cases` collection (content/cases/*.yaml): case studies of Polmas in
 * practice. (Filled out by the case-study work; kept minimal until then.)
 */
import { z } from 'astro/zod';
import { bilingual, sourcesField } from './common';

export const caseSchema = z.object({
	/** Name of the case. */
	title: bilingual,
	/** Where the case's facts come from. */
	sources: sourcesField,
});
export type CaseStudy = z.infer<typeof caseSchema>;
