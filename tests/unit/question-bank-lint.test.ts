// The bank lint over every question in content/questions/, and on planted bad questions.
import { describe, expect, it } from 'vitest';
import { lintQuestion, longestShare, MAX_LONGEST_SHARE } from '../../src/lib/quiz/lint';
import { questionSchema, type Question } from '../../src/schemas/questions';
import { loadContent } from './yaml-files';

const bank = loadContent('questions').map((f) => ({ file: f.file, q: questionSchema.parse(f.data) as Question }));
const bi = (id: string, en = id) => ({ id, en });
const base = { topic: 'fkpm', difficulty: 1, explanation: bi('x'), doctrine: [], instruments: [], terms: [], cases: [], page: '/fkpm/', sources: ['perpol-1-2021'] };
const single = (right: string, wrong: string[], stem = 'Apa yang dimaksud dengan forum ini?') =>
	({ ...base, type: 'pilihan-tunggal', stem: bi(stem), options: [right, ...wrong].map((t, i) => ({ key: 'abcd'[i]!, text: bi(t) })), answer: 'a' }) as unknown as Question;

describe('the bank lint', () => {
	it('finds no question in the bank that gives its answer away', () => {
		const found = bank.flatMap(({ file, q }) => lintQuestion(q).map((i) => `${file}: ${i.kind} (${i.lang}): ${i.detail}`));
		expect(found).toEqual([]);
	});

	it(`keeps the right option the longest in at most ${MAX_LONGEST_SHARE * 100} % of single-choice questions`, () => {
		const { share, longest, total } = longestShare(bank.map((b) => b.q));
		expect(total).toBeGreaterThan(20);
		expect(share, `${longest} of ${total}`).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
	});

	it('flags a right option far longer than every wrong one', () => {
		const q = single('Forum yang dibentuk warga dan Polri untuk membahas masalah keamanan di lingkungan mereka bersama-sama', ['Kantor polisi', 'Pos ronda', 'Balai desa']);
		expect(lintQuestion(q).map((i) => i.kind)).toContain('longest-answer');
		expect(lintQuestion(single('Kantor polisi', ['Pos ronda', 'Balai desa', 'Rumah']))).toEqual([]);
	});

	it('flags a multiple-choice question whose options are all right, or all but one', () => {
		const q = { ...base, type: 'pilihan-ganda', stem: bi('Pilih'), options: ['a', 'b', 'c', 'd'].map((k) => ({ key: k, text: bi(`opsi ${k}`) })), answer: ['a', 'b', 'c'] } as unknown as Question;
		expect(lintQuestion(q).map((i) => i.kind)).toContain('all-right');
	});

	it('flags a stem that names its own answer', () => {
		const q = single('Kampung Tangguh Semeru', ['Desa Siaga', 'Pos Kamling', 'Forum Warga'], 'Program Kampung Tangguh Semeru di Malang disebut apa?');
		expect(lintQuestion(q).map((i) => i.kind)).toContain('answer-in-stem');
	});
});
