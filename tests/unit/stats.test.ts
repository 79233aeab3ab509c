/**
 * The statistics schema (src/schemas/stats.ts) against fixtures in tests/fixtures/stats/
 * and the real entries in content/stats/, and the coverage chart logic
 * (src/lib/stats/coverage-chart.ts).
 */
import { describe, expect, it } from 'vitest';
import { statSchema } from '../../src/schemas/stats';
import { fixture as loadFixture, loadContent } from './yaml-files';
import { buildCoverageChart, coverageRows, labelSides, linearScale, niceTicks, timeOf, type StatLike } from '../../src/lib/stats/coverage-chart';

const fixture = (name: string) => loadFixture('stats', name);
function errorOf(name: string): string {
	const result = statSchema.safeParse(fixture(name));
	if (result.success) throw new Error(`fixture ${name} was accepted`);
	// Astro reports each issue as its dotted path and message; check the same text.
	return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('stats schema', () => {
	it('accepts the valid fixture and fills defaults', () => {
		const s = statSchema.parse(fixture('valid'));
		expect(s.approximate).toBe(false);
		expect(s.conflicting).toBe(false);
	});

	it.each([
		['missing-figure', /figure/],
		['missing-sources', /sources/],
		['empty-sources', /sources/],
		['bad-unit', /unit/],
		['year-date-mismatch', /year/],
		['percent-over-100', /figure/],
		['missing-year', /year/],
		['empty-english-label', /label\.en/],
	])('rejects the malformed fixture %s, naming the field', (name, field) => {
		expect(errorOf(name)).toMatch(field);
	});

	const entries = loadContent('stats').map((f) => ({ id: f.id, data: statSchema.parse(f.data) }));

	it('holds the four coverage counts of facts.md with their figures', () => {
		const bhabin = Object.fromEntries(entries.filter((e) => e.data.series === 'bhabinkamtibmas').map((e) => [e.data.year, e.data.figure]));
		expect(bhabin).toEqual({ 2017: 49335, 2022: 38477, 2023: 39192, 2026: 41162 });
	});

	it('marks only the Bappenas 2017 counts as conflicting', () => {
		expect(entries.filter((e) => e.data.conflicting).map((e) => e.id).sort()).toEqual(['bhabinkamtibmas-2017', 'desa-kelurahan-2017']);
	});
});

const stat = (id: string, series: string, figure: number, year: number, date?: string, conflicting = false): StatLike => ({
	id, series, figure, year, date, conflicting, sourceIds: [`src-${year}`],
});
const sample = [
	stat('b17', 'bhabinkamtibmas', 49335, 2017, undefined, true),
	stat('b22', 'bhabinkamtibmas', 38477, 2022),
	stat('b23', 'bhabinkamtibmas', 39192, 2023, '2023-06-19'),
	stat('b26', 'bhabinkamtibmas', 41162, 2026, '2026-01-26'),
	stat('d22', 'desa-kelurahan', 83381, 2022),
	stat('c22', 'cakupan', 46.15, 2022),
];

describe('coverage chart', () => {
	it('maps a domain onto a range, flipping when asked', () => {
		const y = linearScale(0, 100, 300, 0);
		expect(y(0)).toBe(300);
		expect(y(50)).toBe(150);
		expect(() => linearScale(1, 1, 0, 10)).toThrow();
	});

	it('chooses round ticks that reach the maximum', () => {
		expect(niceTicks(84048)).toEqual([0, 20000, 40000, 60000, 80000, 100000]);
		expect(niceTicks(49)).toEqual([0, 10, 20, 30, 40, 50]);
	});

	it('places dates within their year and bare years at mid-year', () => {
		expect(timeOf({ year: 2017 })).toBe(2017.5);
		expect(timeOf({ year: 2023, date: '2023-06-19' })).toBeCloseTo(2023.46, 2);
	});

	it('joins official counts but leaves the conflicting 2017 point unjoined', () => {
		const model = buildCoverageChart(sample, ['bhabinkamtibmas', 'desa-kelurahan']);
		const bhabin = model.series.find((s) => s.key === 'bhabinkamtibmas')!;
		expect(bhabin.points).toHaveLength(4);
		expect(bhabin.points[0]!.conflicting).toBe(true);
		expect(bhabin.line.match(/[ML]/g)).toHaveLength(3);
		expect(bhabin.line.startsWith(`M${bhabin.points[1]!.x} `)).toBe(true);
	});

	it('draws higher counts higher and later dates further right', () => {
		const model = buildCoverageChart(sample, ['bhabinkamtibmas']);
		const [p17, p22, p23, p26] = model.series[0]!.points;
		expect(p17!.y).toBeLessThan(p22!.y);
		expect(p22!.x).toBeLessThan(p23!.x);
		expect(p23!.x).toBeLessThan(p26!.x);
		for (const p of model.series[0]!.points) {
			expect(p.x).toBeGreaterThanOrEqual(model.plot.left);
			expect(p.x).toBeLessThanOrEqual(model.plot.right);
		}
		expect(model.xTicks.map((t) => t.year)).toEqual([2017, 2022, 2023, 2026]);
	});

	it('groups table rows by date, oldest first, with their sources', () => {
		const rows = coverageRows(sample, ['bhabinkamtibmas', 'desa-kelurahan', 'cakupan']);
		expect(rows.map((r) => r.when.date ?? r.when.year)).toEqual([2017, 2022, '2023-06-19', '2026-01-26']);
		expect(rows[1]!.values.cakupan!.figure).toBe(46.15);
		expect(rows[1]!.sourceIds).toEqual(['src-2022']);
		expect(rows[0]!.conflicting).toBe(true);
	});

	it('refuses two figures of one series for the same date', () => {
		expect(() => coverageRows([...sample, stat('b22x', 'bhabinkamtibmas', 1, 2022)], ['bhabinkamtibmas'])).toThrow(/two "bhabinkamtibmas"/);
	});

	it('puts a value label below when its neighbour is close', () => {
		expect(labelSides([{ x: 0 }, { x: 200 }, { x: 240 }, { x: 400 }], 60)).toEqual(['above', 'above', 'below', 'above']);
	});

	it('fails when no figure is in the requested series', () => {
		expect(() => buildCoverageChart(sample, ['nothing'])).toThrow(/no figures/);
	});
});
