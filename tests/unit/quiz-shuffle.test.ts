// The seeded shuffle: the same seed gives the same order everywhere, other seeds differ.
import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, newSeed, optionSeed, pickSet, shuffled } from '../../src/lib/quiz/shuffle';

const items = Array.from({ length: 30 }, (_, i) => `q${i}`);

describe('seeded shuffle', () => {
	it('gives the same order for the same seed, every time', () => {
		expect(shuffled(items, 'abc123')).toEqual(shuffled(items, 'abc123'));
	});

	it('is pinned to known output, so the order never drifts between releases', () => {
		expect(hashString('abc')).toBe(482950588);
		expect(shuffled(['a', 'b', 'c', 'd', 'e'], 'kelas-1')).toMatchInlineSnapshot(`
			[
			  "e",
			  "d",
			  "c",
			  "b",
			  "a",
			]
		`);
	});

	it('gives a different order for a different seed', () => {
		expect(shuffled(items, 'abc123')).not.toEqual(shuffled(items, 'abc124'));
	});

	it('keeps every item exactly once and leaves the input alone', () => {
		const copy = items.slice();
		const out = shuffled(items, 'x');
		expect(items).toEqual(copy);
		expect(out.slice().sort()).toEqual(items.slice().sort());
	});

	it('draws numbers in [0, 1)', () => {
		const r = mulberry32(42);
		for (let i = 0; i < 1000; i++) {
			const x = r();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
		}
	});

	it('takes the first `count` of the seeded order, so a larger count extends a smaller set', () => {
		const five = pickSet(items, 's', 5);
		expect(five).toHaveLength(5);
		expect(pickSet(items, 's', 10).slice(0, 5)).toEqual(five);
		expect(pickSet(items, 's', null)).toHaveLength(30);
	});

	it('gives each question its own option order within one set', () => {
		const options = ['a', 'b', 'c', 'd'];
		const orders = ['prinsip/a', 'prinsip/b', 'fungsi/c', 'fkpm/d', 'istilah/e', 'definisi/f'].map((id) => shuffled(options, optionSeed('s', id)).join(''));
		// Same seed and question, same order; across questions, more than one order appears.
		expect(shuffled(options, optionSeed('s', 'prinsip/a')).join('')).toBe(orders[0]);
		expect(new Set(orders).size).toBeGreaterThan(1);
	});

	it('makes URL-safe seeds', () => {
		let n = 0;
		const seed = newSeed(() => (n++ % 10) / 10);
		expect(seed).toMatch(/^[a-z0-9]{6}$/);
	});
});
