/** UI strings: Bibliography and per-page source lists. */
import { z } from 'astro/zod';

export const sourcesStrings = z.object({
	/** Source kind: regulation. */
	'sources.kind.regulation': z.string(),
	/** Source kind: study. */
	'sources.kind.study': z.string(),
	/** Source kind: article. */
	'sources.kind.article': z.string(),
	/** Source kind: programme profile. */
	'sources.kind.profile': z.string(),
	/** Source kind: explainer. */
	'sources.kind.explainer': z.string(),
	/** Source kind: report. */
	'sources.kind.report': z.string(),
	/** Source kind: news report. */
	'sources.kind.news': z.string(),
	/** Source kind: compilation. */
	'sources.kind.compilation': z.string(),
	/** Confidence: high. */
	'sources.confidence.H': z.string(),
	/** Confidence: medium. */
	'sources.confidence.M': z.string(),
	/** Confidence: low. */
	'sources.confidence.L': z.string(),
	/** Confidence of a primary source document. */
	'sources.confidence.primary': z.string(),
	/** No confidence rating. */
	'sources.confidence.none': z.string(),
	/** Label: kind. */
	'sources.kind': z.string(),
	/** Label: year. */
	'sources.year': z.string(),
	/** Label: confidence. */
	'sources.confidence': z.string(),
	/** Said where a source gives no year. */
	'sources.noYear': z.string(),
	/** Label: file of a source document. */
	'sources.file': z.string(),
	/** Label: where a source was published (gazette, journal, publisher, date). */
	'sources.find.published': z.string(),
	/** Label: where a copy of a source is held. */
	'sources.find.copy': z.string(),
	/** Label: what is not known about finding a source. */
	'sources.find.unknown': z.string(),
	/** Mark before a low-confidence source in a page's list. */
	'sources.lowConfidence': z.string(),
});
