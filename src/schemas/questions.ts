/**
 * Schema of the `questions` collection (content/questions/*.yaml): the quiz bank.
 * (Filled out by the quiz work; kept minimal until then.)
 */
import { z } from 'astro/zod';
import { sourcesField } from './common';

export const questionSchema = z.object({
	/** Where the question's answer comes from. */
	sources: sourcesField,
});
export type Question = z.infer<typeof questionSchema>;
