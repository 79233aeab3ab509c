/**
 * Pure logic of the Bhabinkamtibmas coverage chart on /statistik/: turns `stats` entries
 * into a time-scaled line chart model (points, axis ticks) and into the rows of the data
 * table beside it. Figures flagged `conflicting` are drawn apart and never joined to the
 * line, so the chart does not suggest a trend the sources do not support.
 */

export interface StatLike {
	id: string;
	figure: number;
	year: number;
	date?: string;
	series?: string;
	approximate?: boolean;
	conflicting?: boolean;
	sourceIds: string[];
}

export interface ChartPoint {
	id: string;
	x: number;
	y: number;
	value: number;
	/** Time as a fractional year. */
	t: number;
	conflicting: boolean;
}

export interface ChartSeries {
	key: string;
	points: ChartPoint[];
	/** Path through the points that are not conflicting (empty when fewer than two). */
	line: string;
}

export interface ChartModel {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	series: ChartSeries[];
	yTicks: { value: number; y: number }[];
	xTicks: { year: number; x: number }[];
}

/** A linear map from [d0, d1] onto [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
	if (d0 === d1) throw new Error('linearScale: empty domain');
	return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Ticks from 0 up to at least `max`, at a round step (1, 2 or 5 × 10^n), about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
	if (max <= 0) return [0];
	const raw = max / count;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
	const ticks: number[] = [];
	for (let v = 0; v < max + step; v += step) ticks.push(v);
	return ticks;
}

/** A date (YYYY-MM-DD) or a bare year as a fractional year; a bare year sits at mid-year. */
export function timeOf(stat: { year: number; date?: string }): number {
	if (!stat.date) return stat.year + 0.5;
	const [y, m, d] = stat.date.split('-').map(Number) as [number, number, number];
	const start = Date.UTC(y, 0, 1);
	const days = (Date.UTC(y, m - 1, d) - start) / 86_400_000;
	const length = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
	return y + days / length;
}

/** The chart model for the given series keys, drawn in a `width` × `height` box. */
export function buildCoverageChart(
	stats: readonly StatLike[],
	seriesKeys: readonly string[],
	opts: { width?: number; height?: number } = {},
): ChartModel {
	const width = opts.width ?? 440;
	const height = opts.height ?? 300;
	const plot = { left: 66, right: width - 12, top: 28, bottom: height - 34 };
	const chosen = stats.filter((s) => s.series && seriesKeys.includes(s.series));
	if (chosen.length === 0) throw new Error('coverage-chart: no figures in the requested series');
	const times = chosen.map(timeOf);
	const firstYear = Math.floor(Math.min(...times));
	const lastYear = Math.ceil(Math.max(...times));
	const x = linearScale(firstYear, lastYear, plot.left, plot.right);
	const yTickValues = niceTicks(Math.max(...chosen.map((s) => s.figure)));
	const y = linearScale(0, yTickValues[yTickValues.length - 1]!, plot.bottom, plot.top);
	const round = (v: number) => Math.round(v * 10) / 10;
	const series = seriesKeys.map((key) => {
		const points = chosen
			.filter((s) => s.series === key)
			.map((s) => ({ id: s.id, t: timeOf(s), value: s.figure, conflicting: Boolean(s.conflicting) }))
			.sort((a, b) => a.t - b.t)
			.map((p) => ({ ...p, x: round(x(p.t)), y: round(y(p.value)) }));
		const joined = points.filter((p) => !p.conflicting);
		const line = joined.length > 1 ? joined.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join('') : '';
		return { key, points, line };
	});
	// Tick only the years that have data: a tick per year would crowd a phone screen.
	const dataYears = [...new Set(chosen.map((s) => s.year))].sort((a, b) => a - b);
	const xTicks = dataYears.map((yr) => ({ year: yr, x: round(x(yr)) }));
	return { width, height, plot, series, yTicks: yTickValues.map((v) => ({ value: v, y: round(y(v)) })), xTicks };
}

export interface CoverageRow {
	/** Date or year the figures were stated. */
	when: { year: number; date?: string };
	/** Figures by series key. */
	values: Record<string, StatLike | undefined>;
	/** All source ids of the row's figures, without repeats. */
	sourceIds: string[];
	conflicting: boolean;
}

/** One table row per point in time (same date, or same year when no date), oldest first. */
export function coverageRows(stats: readonly StatLike[], seriesKeys: readonly string[]): CoverageRow[] {
	const rows = new Map<string, CoverageRow>();
	for (const s of stats) {
		if (!s.series || !seriesKeys.includes(s.series)) continue;
		const key = s.date ?? String(s.year);
		const row = rows.get(key) ?? { when: { year: s.year, date: s.date }, values: {}, sourceIds: [], conflicting: false };
		if (row.values[s.series]) throw new Error(`coverage-chart: two "${s.series}" figures for ${key} (${row.values[s.series]!.id}, ${s.id})`);
		row.values[s.series] = s;
		for (const id of s.sourceIds) if (!row.sourceIds.includes(id)) row.sourceIds.push(id);
		row.conflicting ||= Boolean(s.conflicting);
		rows.set(key, row);
	}
	return [...rows.values()].sort((a, b) => timeOf(a.when) - timeOf(b.when));
}

/**
 * Which side of its point each value label goes: above by default, below when the
 * previous label sits above and is closer than `minGap` units, so neighbours never collide.
 */
export function labelSides(points: readonly { x: number }[], minGap = 60): ('above' | 'below')[] {
	const sides: ('above' | 'below')[] = [];
	points.forEach((p, i) => {
		const prev = points[i - 1];
		const close = prev !== undefined && p.x - prev.x < minGap;
		sides.push(close && sides[i - 1] === 'above' ? 'below' : 'above');
	});
	return sides;
}
