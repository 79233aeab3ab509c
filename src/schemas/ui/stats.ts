/** UI strings: Statistics chart and tables. */
import { z } from 'astro/zod';

export const statsStrings = z.object({
	/** Title of the coverage chart. */
	'stats.chartTitle': z.string(),
	/** First sentence of the chart's description. */
	'stats.chartKind': z.string(),
	/** Series name: Bhabinkamtibmas. */
	'stats.bhabin': z.string(),
	/** Series name: desa/kelurahan. */
	'stats.desa': z.string(),
	/** Column: coverage. */
	'stats.coverage': z.string(),
	/** Column: when. */
	'stats.when': z.string(),
	/** Column: sources. */
	'stats.source': z.string(),
	/** Column: what the figure counts. */
	'stats.figure': z.string(),
	/** Column: the value. */
	'stats.value': z.string(),
	/** Footnote for starred (conflicting) figures. */
	'stats.star': z.string(),
	/** Said in the chart description of a conflicting figure. */
	'stats.conflicting': z.string(),
	/** Caption of the chart's data table. */
	'stats.tableCaption': z.string(),
	/** Shown where a value is missing. */
	'stats.none': z.string(),
});
