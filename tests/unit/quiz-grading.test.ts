// Grading of every question type, including the partial-credit rules.
import { describe, expect, it } from 'vitest';
import { grade, isAnswered, type AnswerKey } from '../../src/lib/quiz/grading';

describe('grading', () => {
	it('marks a single-choice answer right only when it is the answer', () => {
		const key = { type: 'pilihan-tunggal', answer: 'b' } as const;
		expect(grade(key, { type: 'pilihan-tunggal', choice: 'b' })).toEqual({ correct: true, score: 1 });
		expect(grade(key, { type: 'pilihan-tunggal', choice: 'a' })).toEqual({ correct: false, score: 0 });
		expect(grade(key, { type: 'pilihan-tunggal', choice: null })).toEqual({ correct: false, score: 0 });
	});

	it('marks true/false by the statement’s truth, false included', () => {
		expect(grade({ type: 'benar-salah', answer: false }, { type: 'benar-salah', choice: false }).correct).toBe(true);
		expect(grade({ type: 'benar-salah', answer: false }, { type: 'benar-salah', choice: true }).correct).toBe(false);
		expect(grade({ type: 'benar-salah', answer: true }, { type: 'benar-salah', choice: true }).score).toBe(1);
	});

	describe('multiple choice', () => {
		const key: AnswerKey = { type: 'pilihan-ganda', answer: ['a', 'b', 'd'] };
		const pick = (...choices: string[]) => grade(key, { type: 'pilihan-ganda', choices });

		it('is right only with exactly the right set', () => {
			expect(pick('d', 'a', 'b')).toEqual({ correct: true, score: 1 });
			expect(pick('a', 'b', 'c', 'd').correct).toBe(false);
		});

		it('gives credit for each right key, less each wrong key', () => {
			expect(pick('a', 'b').score).toBeCloseTo(2 / 3);
			expect(pick('a', 'b', 'c').score).toBeCloseTo(1 / 3);
			expect(pick('a', 'b', 'c', 'd').score).toBeCloseTo(2 / 3);
		});

		it('never goes below zero, so ticking wrong boxes earns nothing', () => {
			expect(pick('c').score).toBe(0);
			expect(grade({ type: 'pilihan-ganda', answer: ['a'] }, { type: 'pilihan-ganda', choices: ['a', 'b', 'c'] }).score).toBe(0);
		});
	});

	describe('matching', () => {
		const key = { type: 'menjodohkan', pairs: 4 } as const;
		it('is right when every item gets its own partner', () => {
			expect(grade(key, { type: 'menjodohkan', matches: [0, 1, 2, 3] })).toEqual({ correct: true, score: 1 });
		});
		it('scores the share of items matched right', () => {
			expect(grade(key, { type: 'menjodohkan', matches: [0, 1, 3, 2] })).toEqual({ correct: false, score: 0.5 });
			expect(grade(key, { type: 'menjodohkan', matches: [0, null, null, null] }).score).toBe(0.25);
			expect(grade(key, { type: 'menjodohkan', matches: [] }).score).toBe(0);
		});
	});

	it('refuses an answer of another type', () => {
		expect(() => grade({ type: 'benar-salah', answer: true }, { type: 'pilihan-tunggal', choice: 'a' })).toThrow();
	});

	it('tells an empty answer from a given one', () => {
		expect(isAnswered({ type: 'pilihan-tunggal', choice: null })).toBe(false);
		expect(isAnswered({ type: 'benar-salah', choice: false })).toBe(true);
		expect(isAnswered({ type: 'pilihan-ganda', choices: [] })).toBe(false);
		expect(isAnswered({ type: 'menjodohkan', matches: [null, null] })).toBe(false);
		expect(isAnswered({ type: 'menjodohkan', matches: [null, 0] })).toBe(true);
	});
});
