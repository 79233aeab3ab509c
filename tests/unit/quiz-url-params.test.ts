// Reading a quiz set from the URL without trusting it.
import { describe, expect, it } from 'vitest';
import { MAX_COUNT, parseQuizParams, quizQuery } from '../../src/lib/quiz/url-params';

const topics = ['prinsip', 'fungsi', 'strategi'];
const parse = (s: string) => parseQuizParams(s, topics);

describe('quiz URL parameters', () => {
	it('reads a well-formed set', () => {
		expect(parse('?seed=kelas-7&topic=prinsip,fungsi&count=12')).toEqual({
			seed: 'kelas-7',
			topics: ['prinsip', 'fungsi'],
			count: 12,
			part: null,
			sheet: null,
			rejected: false,
		});
	});

	it('drops a script seed and an unknown topic, and says something was dropped', () => {
		const p = parse('?seed=%3Cscript%3Ealert(1)%3C/script%3E&topic=%3Cimg%20src=x%20onerror=alert(1)%3E');
		expect(p.seed).toBeNull();
		expect(p.topics).toEqual([]);
		expect(p.rejected).toBe(true);
	});

	it('keeps only whitelisted topics, once each, from repeated and listed forms', () => {
		expect(parse('?topic=prinsip&topic=strategi,prinsip,../etc,__proto__').topics).toEqual(['prinsip', 'strategi']);
	});

	it('clamps the count and ignores one that is not a number', () => {
		expect(parse('?count=0').count).toBe(1);
		expect(parse('?count=99999').count).toBe(MAX_COUNT);
		expect(parse('?count=-5').count).toBeNull();
		expect(parse('?count=1e3').count).toBeNull();
		expect(parse('?count=abc').rejected).toBe(true);
	});

	it('rejects an overlong seed and seeds with spaces or quotes', () => {
		expect(parse(`?seed=${'a'.repeat(33)}`).seed).toBeNull();
		expect(parse('?seed=a%20b').seed).toBeNull();
		expect(parse('?seed=a"b').seed).toBeNull();
	});

	it('treats empty form fields as "not given", not as hostile', () => {
		expect(parse('?seed=&count=&topic=prinsip')).toMatchObject({ seed: null, count: null, rejected: false });
	});

	it('accepts only the two sheet kinds', () => {
		expect(parse('?lembar=kunci').sheet).toBe('kunci');
		expect(parse('?lembar=soal').sheet).toBe('soal');
		expect(parse('?lembar=javascript:alert(1)')).toMatchObject({ sheet: null, rejected: true });
	});

	it('reads a part of one topic, 1–99, and drops any other', () => {
		expect(parse('?seed=a&topic=prinsip&part=2')).toMatchObject({ part: 2, rejected: false });
		expect(parse('?seed=a&topic=prinsip&part=99').part).toBe(99);
		for (const bad of ['0', '100', '1.5', '02', '-1', 'x', '2e0']) expect(parse(`?seed=a&topic=prinsip&part=${bad}`), bad).toMatchObject({ part: null, rejected: true });
		// A part belongs to exactly one topic.
		expect(parse('?seed=a&part=2')).toMatchObject({ part: null, rejected: true });
		expect(parse('?seed=a&topic=prinsip,fungsi&part=2')).toMatchObject({ part: null, rejected: true });
		expect(parse('?seed=a&topic=prinsip&part=')).toMatchObject({ part: null, rejected: false });
		expect(parse(quizQuery({ seed: 'a', topics: ['fungsi'], part: 3 }))).toMatchObject({ topics: ['fungsi'], part: 3, rejected: false });
	});

	it('writes a query that reads back the same set', () => {
		const q = quizQuery({ seed: 'abc', topics: ['fungsi', 'strategi'], count: 5, sheet: 'kunci' });
		expect(parse(q)).toEqual({ seed: 'abc', topics: ['fungsi', 'strategi'], count: 5, part: null, sheet: 'kunci', rejected: false });
	});
});
