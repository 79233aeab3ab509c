/**
 * What a question shows and what its answer is, derived from one `questions` entry: the key
 * the <quiz-set> island grades against, the options in their printed order, and the answer
 * as text for the no-JS disclosure and the trainer's printed key. Pure, so the server
 * components and the unit tests share one definition.
 */
import type { Question } from '../../schemas/questions';
import type { AnswerKey } from './grading';
import { shuffled } from './shuffle';

export type Lang = 'id' | 'en';

/** Words the answer text needs that are not in the question itself. */
export interface AnswerWords {
	true: string;
	false: string;
}

/** The grading key of a question, as the island receives it. */
export function answerKey(q: Question): AnswerKey {
	switch (q.type) {
		case 'pilihan-tunggal':
			return { type: q.type, answer: q.answer };
		case 'pilihan-ganda':
			return { type: q.type, answer: [...q.answer] };
		case 'benar-salah':
			return { type: q.type, answer: q.answer };
		case 'menjodohkan':
			return { type: q.type, pairs: q.pairs.length };
	}
}

/** One option as printed: its value (option key, or "true"/"false") and text. */
export interface ShownOption {
	value: string;
	text: string;
}

/**
 * Options in the order printed without JavaScript: shuffled by the question's id so the
 * order is stable between builds and the right answer is not always first. True/false
 * keeps "true" first.
 */
export function shownOptions(q: Question, id: string, lang: Lang, words: AnswerWords): ShownOption[] {
	if (q.type === 'pilihan-tunggal' || q.type === 'pilihan-ganda') return shuffled(q.options, id).map((o) => ({ value: o.key, text: o.text[lang] }));
	if (q.type === 'benar-salah')
		return [
			{ value: 'true', text: words.true },
			{ value: 'false', text: words.false },
		];
	return [];
}

/** Right-hand sides of a matching question in printed order, each with its pair index. */
export function shownMatches(q: Question, id: string, lang: Lang): { n: number; text: string }[] {
	if (q.type !== 'menjodohkan') return [];
	return shuffled(
		q.pairs.map((p, n) => ({ n, text: p.right[lang] })),
		id,
	);
}

/** The right answer as lines of text: one per right option, or one per matched pair. */
export function answerTexts(q: Question, lang: Lang, words: AnswerWords): string[] {
	switch (q.type) {
		case 'pilihan-tunggal': {
			const right = q.options.find((o) => o.key === q.answer);
			if (!right) throw new Error(`answerTexts: answer "${q.answer}" is not an option`);
			return [right.text[lang]];
		}
		case 'pilihan-ganda':
			return q.options.filter((o) => q.answer.includes(o.key)).map((o) => o.text[lang]);
		case 'benar-salah':
			return [q.answer ? words.true : words.false];
		case 'menjodohkan':
			return q.pairs.map((p) => `${p.left[lang]} → ${p.right[lang]}`);
	}
}
