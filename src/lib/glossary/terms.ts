/**
 * Glossary logic shared by `<Term>`, the glossary page and the pocket guide: finding a
 * term by id (an unknown id fails the build), the link and accessible text a `<Term>`
 * renders, alphabetical grouping for /glosarium/, and numbering a term's sources as
 * footnotes into the page's source list. Pure: tests pass plain objects.
 */
import { localePath, type Lang } from '../i18n';

/** The parts of a `terms` entry this module reads (the shape `getCollection('terms')` returns). */
export interface TermEntryLike {
	id: string;
	data: {
		term: string;
		expansion?: string;
		english?: string;
		sources: readonly { id: string }[];
	};
}

/** Where the glossary entry of `id` lives in the given language: `/glosarium/#fkpm`. */
export function glossaryHref(id: string, lang: Lang): string {
	return `${localePath('/glosarium/', lang)}#${id}`;
}

/**
 * The entry with this id. Throws, naming the id, when there is none, so an MDX page
 * with `<Term id="typo">` fails the build instead of shipping a dead link.
 */
export function findTerm<T extends TermEntryLike>(entries: readonly T[], id: string, usedBy = '<Term>'): T {
	const entry = entries.find((e) => e.id === id);
	if (entry) return entry;
	const near = entries
		.map((e) => e.id)
		.filter((known) => editDistance(known, id) <= 2 || (id.length >= 3 && known.startsWith(id)))
		.slice(0, 5);
	const hint = near.length > 0 ? ` Did you mean: ${near.join(', ')}?` : '';
	throw new Error(`${usedBy}: unknown glossary term id "${id}" (no content/terms/${id}.yaml).${hint}`);
}

/** Levenshtein distance, for suggesting the id an author probably meant ("fkmp" → "fkpm"). */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/** What `<Term>` shows and tells: the visible text, what it stands for or means, the link. */
export interface TermLink {
	text: string;
	/** What the acronym stands for (Indonesian): shown as an <abbr> title and to screen readers. */
	expansion?: string;
	/** On English pages, the English rendering of a term that is not an acronym. */
	gloss?: string;
	href: string;
}

export function termLink(entry: TermEntryLike, lang: Lang): TermLink {
	const { term, expansion, english } = entry.data;
	// An <abbr> only for real acronyms; a plain Indonesian term gets its English rendering
	// on English pages, where readers may not know the word.
	const gloss = !expansion && lang === 'en' && english && english !== term ? english : undefined;
	return { text: term, expansion, gloss, href: glossaryHref(entry.id, lang) };
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Entries sorted as a reader looks them up: by the term, ignoring case. */
export function sortTerms<T extends TermEntryLike>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => collator.compare(a.data.term, b.data.term));
}

/** Sorted entries grouped under their initial letter (digits and symbols under "#"). */
export function groupByInitial<T extends TermEntryLike>(entries: readonly T[]): { letter: string; entries: T[] }[] {
	const groups: { letter: string; entries: T[] }[] = [];
	for (const entry of sortTerms(entries)) {
		const first = entry.data.term.charAt(0).toUpperCase();
		const letter = /[A-Z]/.test(first) ? first : '#';
		const last = groups.at(-1);
		if (last && last.letter === letter) last.entries.push(entry);
		else groups.push({ letter, entries: [entry] });
	}
	return groups;
}

/**
 * A term's sources as 1-based positions in the page's source list (the list that closes
 * the page), so the glossary can cite "[3]" and link to it. Throws, naming the term and
 * source, when the page does not cite a source the term uses.
 */
export function sourceNumbers(entry: TermEntryLike, pageSources: readonly string[]): { id: string; n: number }[] {
	return entry.data.sources.map(({ id }) => {
		const index = pageSources.indexOf(id);
		if (index < 0) {
			throw new Error(`Glossary: term "${entry.id}" cites source "${id}", which the page's frontmatter \`sources\` does not list; add it there.`);
		}
		return { id, n: index + 1 };
	});
}
