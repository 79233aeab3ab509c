/**
 * Small arithmetic for the benchmark (scripts/bench.mjs): medians of repeated runs, the
 * budget verdict for a size, and whether build time grows linearly with content.
 * No imports, so Node runs it directly.
 */

/** The median of a list of numbers (mean of the middle two for an even count). */
export function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Starlight's own size budget for one page, gzip bytes (from its docs' performance goals). */
export const starlightBudget = { html: 7 * 1024, js: 27 * 1024, css: 16.75 * 1024 } as const;

export interface Linearity {
	/** Seconds per extra page, from the smallest to the largest run. */
	secondsPerPage: number;
	/** Largest run's time divided by what a straight line through the two smaller runs predicts. */
	ratioToLinear: number;
	/** True when the largest run is within ±25 % of the straight-line prediction. */
	linear: boolean;
}

/**
 * Fits a line through the two smallest runs (pages, seconds) and compares the largest run
 * with it. Fixed costs (start-up, bundling) make the line's intercept positive, which is
 * why a simple time-per-page ratio would mislead.
 */
export function linearity(runs: Array<{ pages: number; seconds: number }>): Linearity {
	const s = [...runs].sort((a, b) => a.pages - b.pages);
	if (s.length < 3) throw new Error('linearity needs three runs');
	const [a, b, c] = [s[0]!, s[1]!, s[s.length - 1]!];
	const slope = (b.seconds - a.seconds) / (b.pages - a.pages);
	const predicted = a.seconds + slope * (c.pages - a.pages);
	const ratio = c.seconds / predicted;
	return { secondsPerPage: (c.seconds - a.seconds) / (c.pages - a.pages), ratioToLinear: ratio, linear: Math.abs(ratio - 1) <= 0.25 };
}
