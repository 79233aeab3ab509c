// What a question shows and its answer as text, shared by the quiz page and the printed key.
import { describe, expect, it } from 'vitest';
import { answerKey, answerTexts, shownMatches, shownOptions } from '../../src/lib/quiz/answers';
import type { Question } from '../../src/schemas/questions';

const words = { true: 'Benar', false: 'Salah' };
const bi = (id: string, en = id) => ({ id, en });
const base = { topic: 'fkpm', stem: bi('Soal?'), explanation: bi('Karena.'), page: '/fkpm/', sources: ['perpol-1-2021'], tests: { term: 'fkpm' } };
const single = { ...base, type: 'pilihan-tunggal', options: [{ key: 'a', text: bi('Satu', 'One') }, { key: 'b', text: bi('Dua', 'Two') }, { key: 'c', text: bi('Tiga', 'Three') }], answer: 'b' } as unknown as Question;
const multi = { ...base, type: 'pilihan-ganda', options: [{ key: 'a', text: bi('Satu') }, { key: 'b', text: bi('Dua') }, { key: 'c', text: bi('Tiga') }], answer: ['a', 'c'] } as unknown as Question;
const tf = { ...base, type: 'benar-salah', answer: false } as unknown as Question;
const match = { ...base, type: 'menjodohkan', pairs: [{ left: bi('FKPM'), right: bi('forum') }, { left: bi('BKPM'), right: bi('balai') }] } as unknown as Question;

describe('question answers', () => {
	it('gives the key the island grades against, without the matching answers', () => {
		expect(answerKey(single)).toEqual({ type: 'pilihan-tunggal', answer: 'b' });
		expect(answerKey(multi)).toEqual({ type: 'pilihan-ganda', answer: ['a', 'c'] });
		expect(answerKey(tf)).toEqual({ type: 'benar-salah', answer: false });
		expect(answerKey(match)).toEqual({ type: 'menjodohkan', pairs: 2 });
	});

	it('writes the answer as text in the page language', () => {
		expect(answerTexts(single, 'en', words)).toEqual(['Two']);
		expect(answerTexts(multi, 'id', words)).toEqual(['Satu', 'Tiga']);
		expect(answerTexts(tf, 'id', words)).toEqual(['Salah']);
		expect(answerTexts(match, 'id', words)).toEqual(['FKPM → forum', 'BKPM → balai']);
	});

	it('refuses a single-choice answer that is not among the options', () => {
		const broken = { ...single, answer: 'z' } as unknown as Question;
		expect(() => answerTexts(broken, 'id', words)).toThrow(/"z" is not an option/);
	});

	it('prints every option once, in an order fixed by the question id', () => {
		const a = shownOptions(single, 'fkpm/q1', 'id', words);
		expect(a.map((o) => o.value).sort()).toEqual(['a', 'b', 'c']);
		expect(shownOptions(single, 'fkpm/q1', 'id', words)).toEqual(a);
		expect(shownOptions(tf, 'x', 'id', words).map((o) => o.value)).toEqual(['true', 'false']);
		expect(shownOptions(match, 'x', 'id', words)).toEqual([]);
		expect(shownMatches(match, 'x', 'en').map((m) => m.n).sort()).toEqual([0, 1]);
		expect(shownMatches(single, 'x', 'en')).toEqual([]);
	});
});
