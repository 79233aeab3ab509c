/** Ordering and confidence of bibliography entries (src/lib/content/bibliography.ts). */
import { describe, expect, it } from 'vitest';
import { confidenceOf, orderSources } from '../../src/lib/content/bibliography';

const entry = (id: string, title: string, kind: 'regulation' | 'news' | 'study', year?: number) => ({ id, data: { title, kind, year } });

describe('orderSources', () => {
	const entries = [
		entry('old', 'B regulation', 'regulation', 2002),
		entry('undated', 'A undated', 'regulation'),
		entry('new', 'C regulation', 'regulation', 2021),
		entry('same-year-z', 'Z news', 'news', 2021),
		entry('study', 'Study', 'study', 2022),
	];

	it('puts the newest first and undated entries last', () => {
		expect(orderSources(entries, ['regulation']).map((e) => e.id)).toEqual(['new', 'old', 'undated']);
	});

	it('breaks ties in year by title', () => {
		expect(orderSources(entries, ['regulation', 'news']).map((e) => e.id)).toEqual(['new', 'same-year-z', 'old', 'undated']);
	});

	it('lists every entry when no kinds are given', () => {
		expect(orderSources(entries)).toHaveLength(entries.length);
	});

	it('does not reorder the array it was given', () => {
		const before = entries.map((e) => e.id);
		orderSources(entries);
		expect(entries.map((e) => e.id)).toEqual(before);
	});
});

describe('confidenceOf', () => {
	it('uses the facts.md rating when there is one', () => {
		expect(confidenceOf({ confidence: 'L', file: '004_x.txt' })).toBe('L');
	});

	it('marks an unrated source document as primary', () => {
		expect(confidenceOf({ file: '003_x.txt' })).toBe('primary');
	});

	it('marks any other unrated source as not rated', () => {
		expect(confidenceOf({})).toBe('none');
	});
});
