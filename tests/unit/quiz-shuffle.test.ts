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
		expect(optionSeed('s', 'prinsip/a')).not.toBe(optionSeed('s', 'prinsip/b'));
	});

	it('makes URL-safe seeds', () => {
		let n = 0;
		const seed = newSeed(() => (n++ % 10) / 10);
		expect(seed).toMatch(/^[a-z0-9]{6}$/);
	});
});
