import { describe, expect, test } from 'vitest';
import { QUESTIONS_PER_PAGE, partCount, partOf, partPath, partProblems } from '../../src/lib/quiz/parts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `q${i + 1}`);

describe('quiz topics in parts', () => {
	test('a topic of up to one page of questions has one part', () => {
		expect(partCount(0)).toBe(1);
		expect(partCount(QUESTIONS_PER_PAGE)).toBe(1);
		expect(partCount(QUESTIONS_PER_PAGE + 1)).toBe(2);
	});

	test('parts are balanced, in order, and together hold every question once', () => {
		const all = ids(22);
		const parts = [partOf(all, 1), partOf(all, 2)];
		expect(parts.map((p) => p.length)).toEqual([11, 11]);
		expect(parts.flat()).toEqual(all);
		const three = ids(35);
		const split = [1, 2, 3].map((p) => partOf(three, p, 3));
		expect(split.map((p) => p.length)).toEqual([12, 12, 11]);
		expect(split.flat()).toEqual(three);
	});

	test('rejects a part outside the topic', () => {
		expect(() => partOf(ids(22), 3)).toThrow(/part 3 is not between 1 and 2/);
		expect(() => partOf(ids(22), 0)).toThrow(RangeError);
	});

	test('part 1 is the topic page, later parts have their own path', () => {
		expect(partPath('istilah', 1)).toBe('/kuis/istilah/');
		expect(partPath('istilah', 2)).toBe('/kuis/istilah-2/');
	});

	test('names a missing part page, a doubled one and one beyond the topic', () => {
		expect(partProblems(22, [1, 2])).toEqual([]);
		expect(partProblems(22, [1])).toEqual(['part 2 of 2 has no page']);
		expect(partProblems(10, [1, 1])).toEqual(['part 1 has 2 pages']);
		expect(partProblems(10, [1, 2])).toEqual(['part 2 is beyond the 1 part(s) that 10 questions need']);
	});
});
