/**
 * The per-question chart of the trainer's results page: one horizontal bar per question,
 * most missed first, split into wrong, partly right and right answers of the class. Only
 * geometry here (pure, unit-tested in tests/unit/handin-verify.test.ts); the results page
 * (src/user-components/handin/results-element.ts) draws it as an SVG image with a text
 * table beside it holding the same numbers.
 */
import type { QuestionSummary } from './roster';

export interface Segment {
	kind: 'wrong' | 'partial' | 'right';
	x: number;
	width: number;
}

export interface ChartRow {
	/** Position of the question in the set, from 0. */
	index: number;
	y: number;
	segments: Segment[];
}

export interface ChartModel {
	width: number;
	height: number;
	/** Left edge of the bars (the question labels sit left of it). */
	left: number;
	barHeight: number;
	rows: ChartRow[];
}

/** Bars for the summary rows in the order given; each bar is the whole class. */
export function summaryChart(rows: readonly QuestionSummary[], size = { width: 320, left: 44, barHeight: 16, gap: 6 }): ChartModel {
	const span = size.width - size.left - 4;
	const out = rows.map((r, i) => {
		const total = r.wrong + r.partial + r.right || 1;
		let x = size.left;
		const segments: Segment[] = [];
		for (const kind of ['wrong', 'partial', 'right'] as const) {
			const width = Math.round(((r[kind] / total) * span) * 10) / 10;
			if (width > 0) segments.push({ kind, x: Math.round(x * 10) / 10, width });
			x += width;
		}
		return { index: r.index, y: size.gap + i * (size.barHeight + size.gap), segments };
	});
	return { width: size.width, height: size.gap + rows.length * (size.barHeight + size.gap), left: size.left, barHeight: size.barHeight, rows: out };
}
