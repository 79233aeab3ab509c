/**
 * Grading of one answer to one quiz question, for every question type. Pure: the quiz
 * element (src/user-components/quiz/quiz-element.ts) collects what the reader chose and calls `grade`.
 *
 * Partial credit rules (score is 0…1; `correct` only for a full answer):
 * - single choice and true/false: all or nothing.
 * - multiple choice: (right keys chosen − wrong keys chosen) ÷ number of right keys, never
 *   below 0, so ticking every box earns nothing.
 * - matching: the share of left-hand items given their own right-hand side.
 */

/** What the element knows of a question's answer (the same shape it finds in the page JSON). */
export type AnswerKey =
	| { type: 'pilihan-tunggal'; answer: string }
	| { type: 'pilihan-ganda'; answer: string[] }
	| { type: 'benar-salah'; answer: boolean }
	/** Matching: item i on the left belongs with right-hand item i (pairs in authoring order). */
	| { type: 'menjodohkan'; pairs: number };

/** What the reader answered. */
export type Response =
	| { type: 'pilihan-tunggal'; choice: string | null }
	| { type: 'pilihan-ganda'; choices: string[] }
	| { type: 'benar-salah'; choice: boolean | null }
	/** For each left-hand item (authoring order), the index of the right-hand item chosen, or null. */
	| { type: 'menjodohkan'; matches: (number | null)[] };

export interface Grade {
	/** Whether the answer is fully right. */
	correct: boolean;
	/** Credit earned, 0…1. */
	score: number;
}

const full = (ok: boolean): Grade => ({ correct: ok, score: ok ? 1 : 0 });

/** Whether the reader has answered anything at all (an empty answer is not graded). */
export function isAnswered(r: Response): boolean {
	switch (r.type) {
		case 'pilihan-tunggal':
		case 'benar-salah':
			return r.choice !== null;
		case 'pilihan-ganda':
			return r.choices.length > 0;
		case 'menjodohkan':
			return r.matches.some((m) => m !== null);
	}
}

export function grade(key: AnswerKey, r: Response): Grade {
	if (key.type !== r.type) throw new Error(`grade: answer to a ${r.type} question given for a ${key.type} question`);
	switch (key.type) {
		case 'pilihan-tunggal':
			return full((r as { choice: string | null }).choice === key.answer);
		case 'benar-salah':
			return full((r as { choice: boolean | null }).choice === key.answer);
		case 'pilihan-ganda': {
			const chosen = new Set((r as { choices: string[] }).choices);
			const right = new Set(key.answer);
			let hits = 0;
			let misses = 0;
			for (const c of chosen) (right.has(c) ? hits++ : misses++);
			const correct = hits === right.size && misses === 0;
			return { correct, score: correct ? 1 : Math.max(0, (hits - misses) / right.size) };
		}
		case 'menjodohkan': {
			const matches = (r as { matches: (number | null)[] }).matches;
			let hits = 0;
			for (let i = 0; i < key.pairs; i++) if (matches[i] === i) hits++;
			return { correct: hits === key.pairs, score: hits / key.pairs };
		}
	}
}
