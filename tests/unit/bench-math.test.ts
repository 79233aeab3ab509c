import { describe, expect, it } from 'vitest';
import { linearity, median, starlightBudget } from '../../src/lib/bench/math';

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});

describe('linearity', () => {
	it('calls a straight line with a start-up cost linear', () => {
		const r = linearity([
			{ pages: 30, seconds: 5 + 0.1 * 30 },
			{ pages: 300, seconds: 5 + 0.1 * 300 },
			{ pages: 1200, seconds: 5 + 0.1 * 1200 },
		]);
		expect(r.linear).toBe(true);
		expect(r.ratioToLinear).toBeCloseTo(1, 5);
	});

	it('calls quadratic growth not linear', () => {
		const runs = [30, 300, 1200].map((n) => ({ pages: n, seconds: 5 + 0.0005 * n * n }));
		expect(linearity(runs).linear).toBe(false);
	});

	it('needs three runs', () => {
		expect(() => linearity([{ pages: 1, seconds: 1 }])).toThrow();
	});
});

describe('starlightBudget', () => {
	it('matches Starlight’s stated page budget', () => {
		expect(starlightBudget).toEqual({ html: 7168, js: 27648, css: 17152 });
	});
});
