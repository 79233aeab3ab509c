/**
 * Ordering and rating of bibliography entries for the /sumber/ page (SourceIndex.astro).
 * Pure, so the rules are unit-tested without Astro: newest first, undated last, ties by
 * title; and a source's confidence falls back to "primary" for the five source documents
 * (which facts.md does not rate) and "none" for anything else left unrated.
 */
import type { Source } from '../../schemas/sources';

export type ConfidenceKey = 'H' | 'M' | 'L' | 'primary' | 'none';

/** The entries of the given kinds (all when `kinds` is omitted), newest first, undated last. */
export function orderSources<E extends { data: Pick<Source, 'year' | 'title' | 'kind'> }>(
	entries: readonly E[],
	kinds?: readonly Source['kind'][],
): E[] {
	return entries
		.filter((e) => !kinds || kinds.includes(e.data.kind))
		.toSorted((a, b) => (b.data.year ?? 0) - (a.data.year ?? 0) || a.data.title.localeCompare(b.data.title, 'id'));
}

/** How sure the site is of a source: its facts.md rating, else whether it is a primary document. */
export function confidenceOf(source: Pick<Source, 'confidence' | 'file'>): ConfidenceKey {
	return source.confidence ?? (source.file ? 'primary' : 'none');
}
