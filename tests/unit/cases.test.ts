/**
 * The case-study schema (src/schemas/cases.ts) against fixtures in tests/fixtures/cases/
 * and the real entries in content/cases/; the map layout (src/lib/cases/map.ts), the list
 * filter (src/lib/cases/filter.ts) and the wording of figures (src/lib/cases/format.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { caseSchema, indonesiaBounds } from '../../src/schemas/cases';
import { buildCaseMap, ringArea, ringsToPath, spreadAlong } from '../../src/lib/cases/map';
import { caseFacets, matchesCase, parseStrategies } from '../../src/lib/cases/filter';
import { formatCoordinates, formatFigure, formatPeriod } from '../../src/lib/cases/format';
import { translator } from './ui-text';
import { fixture as loadFixture, loadContent } from './yaml-files';

const fixture = (name: string) => loadFixture('cases', name);
/** The schema's verdict on a fixture, as the one-line-per-issue text an author would read. */
function errorOf(name: string): string {
	const result = caseSchema.safeParse(fixture(name));
	if (result.success) throw new Error(`fixture ${name} was accepted`);
	// Astro reports each issue as its dotted path and message; check the same text.
	return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('cases schema', () => {
	it('accepts the valid fixture and fills defaults', () => {
		const c = caseSchema.parse(fixture('valid'));
		expect(c.where.coordinates.approximate).toBe(true);
		expect(c.results[0]!.figure!.qualifier).toBe('hampir');
		expect(c.sources).toEqual([{ collection: 'sources', id: 'bappenas-kemitraan' }]);
	});

	it('rejects a case without sources, naming the field', () => {
		expect(errorOf('no-sources')).toMatch(/sources/);
	});

	it('rejects a case with fewer than 3 discussion questions', () => {
		const message = errorOf('two-questions');
		expect(message).toMatch(/questions/);
		expect(message).toMatch(/at least 3/);
	});

	it('rejects a strategy letter outside a–j', () => {
		const message = errorOf('bad-strategy-letter');
		expect(message).toMatch(/strategies\.0\.letter/);
		expect(message).toMatch(/a–j/);
	});

	it('rejects coordinates outside Indonesia', () => {
		const message = errorOf('bad-coordinates');
		expect(message).toMatch(/where\.coordinates\.lon/);
		expect(message).toMatch(/within Indonesia/);
	});

	it('rejects a result that cites no sources', () => {
		expect(errorOf('result-without-sources')).toMatch(/results\.0\.sources/);
	});

	it('rejects a stated period without a note saying what the years mean', () => {
		expect(errorOf('period-stated-without-note')).toMatch(/period\.note/);
	});

	it('rejects a figure in an unknown unit', () => {
		expect(errorOf('bad-figure-unit')).toMatch(/response\.0\.figures\.0\.unit/);
	});

	const files = loadContent('cases');
	it('has five cases in content/cases/, all valid, with distinct order numbers', () => {
		expect(files).toHaveLength(5);
		const cases = files.map((f) => caseSchema.parse(f.data));
		expect(new Set(cases.map((c) => c.order)).size).toBe(5);
	});

	it('shows both wordings of the Malioboro result, each with its own source', () => {
		const c = caseSchema.parse(files.find((f) => f.id === 'malioboro-yogyakarta')!.data);
		const byQualifier = Object.fromEntries(c.results.filter((r) => r.figure).map((r) => [r.figure!.qualifier, r.sources.map((s) => s.id)]));
		expect(byQualifier.hampir).toContain('taf-2007');
		expect(byQualifier.setidaknya).toContain('bappenas-kemitraan');
	});
});

describe('case map', () => {
	const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
	const places = [
		{ id: 'yogya', href: '/studi-kasus/yogya/', label: 'Yogyakarta', lon: 110.365, lat: -7.793 },
		{ id: 'surabaya', href: '/studi-kasus/surabaya/', label: 'Surabaya', lon: 112.73, lat: -7.27 },
		{ id: 'les', href: '/studi-kasus/les/', label: 'Desa Les', lon: 115.4, lat: -8.13 },
		{ id: 'trenggalek', href: '/studi-kasus/trenggalek/', label: 'Trenggalek', lon: 111.71, lat: -8.05 },
		{ id: 'tampan', href: '/studi-kasus/tampan/', label: 'Tampan', lon: 101.4, lat: 0.47 },
	];
	const model = buildCaseMap(topology, places, { bounds: indonesiaBounds });

	it('places every marker inside the drawing, west to east in the right order', () => {
		for (const m of model.markers) {
			expect(m.x).toBeGreaterThan(0);
			expect(m.x).toBeLessThan(model.width);
			expect(m.y).toBeGreaterThan(0);
			expect(m.y).toBeLessThan(model.height);
		}
		const x = Object.fromEntries(model.markers.map((m) => [m.id, m.x]));
		expect(x.tampan!).toBeLessThan(x.yogya!);
		expect(x.yogya!).toBeLessThan(x.trenggalek!);
		expect(x.trenggalek!).toBeLessThan(x.surabaya!);
		expect(x.surabaya!).toBeLessThan(x.les!);
	});

	it('numbers markers in input order and keeps their badges apart', () => {
		expect(model.markers.map((m) => m.n)).toEqual([1, 2, 3, 4, 5]);
		const bxs = model.markers.map((m) => m.bx).sort((a, b) => a - b);
		for (let i = 1; i < bxs.length; i++) expect(bxs[i]! - bxs[i - 1]!).toBeGreaterThanOrEqual(2 * model.badgeRadius);
	});

	it('draws a small land path of whole numbers only', () => {
		expect(model.land.length).toBeGreaterThan(1000);
		expect(model.land.length).toBeLessThan(20_000);
		expect(model.land).not.toMatch(/NaN|\./);
	});

	it('refuses a marker outside the map bounds', () => {
		expect(() => buildCaseMap(topology, [{ ...places[0]!, lon: 150 }], { bounds: indonesiaBounds })).toThrow(/outside/);
	});

	it('measures ring area and drops rings too small to see', () => {
		expect(Math.abs(ringArea([[0, 0], [10, 0], [10, 10], [0, 10]]))).toBe(100);
		const identity = (p: [number, number]) => p;
		const big = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
		const tiny = [[50, 50], [51, 50], [51, 51], [50, 50]];
		expect(ringsToPath([big, tiny], identity, 4)).toBe('M0 0l10 0 0 10-10 0z');
	});

	it('spreads crowded badges at least a gap apart and within the edges', () => {
		const xs = spreadAlong([100, 102, 104, 990], 80, 40, 960);
		const sorted = [...xs].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(80);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(40);
		expect(Math.max(...xs)).toBeLessThanOrEqual(960);
	});
});

describe('case filter', () => {
	const cases = [
		{ provinceId: 'jawa-timur', provinceName: 'Jawa Timur', strategies: ['a', 'j'] },
		{ provinceId: 'bali', provinceName: 'Bali', strategies: ['a', 'b'] },
		{ provinceId: 'jawa-timur', provinceName: 'Jawa Timur', strategies: ['c'] },
	];

	it('offers each province and strategy once, sorted', () => {
		expect(caseFacets(cases)).toEqual({
			provinces: [{ id: 'bali', name: 'Bali' }, { id: 'jawa-timur', name: 'Jawa Timur' }],
			strategies: ['a', 'b', 'c', 'j'],
		});
	});

	it('narrows by strategy, by province, and by both', () => {
		const count = (strategy: string, province: string) => cases.filter((c) => matchesCase(c, { strategy, province })).length;
		expect(count('', '')).toBe(3);
		expect(count('a', '')).toBe(2);
		expect(count('', 'jawa-timur')).toBe(2);
		expect(count('a', 'jawa-timur')).toBe(1);
		expect(count('b', 'jawa-timur')).toBe(0);
	});

	it('reads the data-strategies attribute', () => {
		expect(parseStrategies(' a  b j ')).toEqual(['a', 'b', 'j']);
		expect(parseStrategies(null)).toEqual([]);
	});
});

describe('case wording', () => {
	it('keeps the source hedge on figures in both languages', () => {
		expect(formatFigure({ value: 30, unit: 'persen', qualifier: 'hampir' }, 'id', translator('id'))).toBe('hampir 30 %');
		expect(formatFigure({ value: 30, unit: 'persen', qualifier: 'setidaknya' }, 'en', translator('en'))).toBe('at least 30 %');
		expect(formatFigure({ value: 5000, unit: 'orang', qualifier: 'tepat' }, 'id', translator('id'))).toBe('5.000 orang');
		expect(formatFigure({ value: 46.15, unit: 'persen', approximate: true }, 'en', translator('en'))).toBe('≈ 46.15 %');
	});

	it('says plainly when the period is not stated', () => {
		expect(formatPeriod({ stated: false }, translator('id'))).toBe('tidak disebutkan sumber');
		expect(formatPeriod({ stated: true, from: 2003, to: 2007 }, translator('en'))).toBe('2003–2007');
		expect(formatPeriod({ stated: true, to: 2022 }, translator('en'))).toBe('up to 2022');
	});

	it('writes coordinates with hemisphere letters', () => {
		expect(formatCoordinates({ lon: 110.365, lat: -7.793 }, 'id', translator('id'))).toBe('7,793° LS, 110,365° BT');
		expect(formatCoordinates({ lon: 101.4, lat: 0.47 }, 'en', translator('en'))).toBe('0.47° N, 101.4° E');
	});
});
