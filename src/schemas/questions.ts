/**
 * Schema of the `questions` collection (content/questions/<topic>/*.yaml): the quiz bank.
 * Each entry is one bilingual question. Question types form a discriminated union on
 * `type`. Every question names what it tests (a doctrine item, an instrument, a term or a
 * case), so coverage can be checked from the collections themselves.
 */
import { z } from 'astro/zod';
import { bilingual, ref, reviewedField, sourcesField } from './common';

export const quizTopics = [
	'dasar-hukum',
	'definisi',
	'prinsip',
	'fungsi',
	'strategi',
	'sasaran',
	'bhabinkamtibmas',
	'fkpm',
	'studi-kasus',
	'istilah',
	'pemecahan-masalah',
] as const;
export type QuizTopic = (typeof quizTopics)[number];

/** A pointer to one lettered item of a doctrine list, e.g. `{ list: strategi-polmas, item: g }`. */
export const doctrineItemRef = z.object({
	/** Id of the list in content/doctrine/. */
	list: ref('doctrine'),
	/** Letter of the item in that list. */
	item: z.string().regex(/^[a-z]$/, 'item must be a single lowercase letter'),
});

/** One answer option of a choice question. */
export const optionSchema = z.object({
	/** Short key the answer refers to: a, b, c… */
	key: z.string().regex(/^[a-z]$/, 'option key must be a single lowercase letter'),
	/** The option's text. */
	text: bilingual,
});

/** Fields every question has, whatever its type. */
const baseQuestion = z.object({
	/** The day the entry was last checked against its sources (YYYY-MM-DD). */
	reviewed: reviewedField,
	/** Topic the question belongs to; each topic has its own page under /kuis/. */
	topic: z.enum(quizTopics),
	/** 1 easy, 2 medium, 3 hard. */
	difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
	/** The question itself. */
	stem: bilingual,
	/** Why the answer is right, shown after answering. */
	explanation: bilingual,
	/** Doctrine items the question tests. */
	doctrine: z.array(doctrineItemRef).default([]),
	/** Instruments the question tests. */
	instruments: z.array(ref('instruments')).default([]),
	/** Glossary terms the question tests. */
	terms: z.array(ref('terms')).default([]),
	/** Case studies the question tests. */
	cases: z.array(ref('cases')).default([]),
	/** Site page (path without language prefix) where the answer is explained, e.g. "/konsep/prinsip/". */
	page: z.string().regex(/^\/[a-z0-9/#-]*$/, 'page must be a site path such as "/konsep/prinsip/"'),
	/** Where the answer comes from. */
	sources: sourcesField,
});

const choiceOptions = z.array(optionSchema).min(2, 'a choice question needs at least two options');

export const singleChoice = baseQuestion.extend({
	type: z.literal('pilihan-tunggal'),
	/** The options, in authoring order (shuffled when shown). */
	options: choiceOptions,
	/** Key of the one correct option. */
	answer: z.string().regex(/^[a-z]$/),
});

export const multipleChoice = baseQuestion.extend({
	type: z.literal('pilihan-ganda'),
	/** The options, in authoring order (shuffled when shown). */
	options: choiceOptions,
	/** Keys of every correct option (one or more). */
	answer: z.array(z.string().regex(/^[a-z]$/)).min(1),
});

export const trueFalse = baseQuestion.extend({
	type: z.literal('benar-salah'),
	/** Whether the statement in the stem is true. */
	answer: z.boolean(),
});

export const matching = baseQuestion.extend({
	type: z.literal('menjodohkan'),
	/** Pairs in their correct matching; the right-hand sides are shuffled when shown. */
	pairs: z
		.array(z.object({ left: bilingual, right: bilingual }))
		.min(2, 'a matching question needs at least two pairs'),
});

export const questionSchema = z
	.discriminatedUnion('type', [singleChoice, multipleChoice, trueFalse, matching])
	.superRefine((q, ctx) => {
		if (q.doctrine.length + q.instruments.length + q.terms.length + q.cases.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['doctrine'],
				message: 'a question must reference what it tests: doctrine, instruments, terms or cases',
			});
		}
		if (q.type === 'pilihan-tunggal' || q.type === 'pilihan-ganda') {
			const keys = q.options.map((o) => o.key);
			if (new Set(keys).size !== keys.length) {
				ctx.addIssue({ code: 'custom', path: ['options'], message: 'option keys must be unique' });
			}
			const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
			for (const a of answers) {
				if (!keys.includes(a)) {
					ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer "${a}" is not among the options (${keys.join(', ')})` });
				}
			}
		}
	});

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

export const isChoice = (q: Question): q is z.infer<typeof singleChoice> | z.infer<typeof multipleChoice> =>
	q.type === 'pilihan-tunggal' || q.type === 'pilihan-ganda';
export const isMatching = (q: Question): q is z.infer<typeof matching> => q.type === 'menjodohkan';
export const isTrueFalse = (q: Question): q is z.infer<typeof trueFalse> => q.type === 'benar-salah';
