/**
 * Coverage of the question bank: which doctrine items and instruments no question tests,
 * which questions point at a doctrine letter (or list) that does not exist, which key
 * terms no question mentions, and which case studies no question references. Pure: the unit test feeds it the real YAML collections, so
 * "every function, strategy, target and instrument has a question" is checked from the
 * content itself rather than from a hand-kept list.
 */

/** A reference as written in YAML (`perpol-1-2021`) or as the schema transforms it (`{ collection, id }`). */
export type RefLike = string | { id: string };

export interface CoverageDoctrineList {
	id: string;
	items: readonly { letter: string }[];
}

export interface CoverageInstrument {
	id: string;
}

export interface CoverageQuestion {
	id: string;
	doctrine?: readonly { list: RefLike; item: string }[];
	instruments?: readonly RefLike[];
}

export interface DoctrineItemKey {
	list: string;
	item: string;
}

export interface BadDoctrineRef extends DoctrineItemKey {
	question: string;
	/** Why the reference is bad: the list is unknown, or the list has no such letter. */
	reason: 'unknown-list' | 'unknown-item';
}

export interface CoverageReport {
	uncoveredItems: DoctrineItemKey[];
	uncoveredInstruments: string[];
	badDoctrineRefs: BadDoctrineRef[];
}

const idOf = (ref: RefLike): string => (typeof ref === 'string' ? ref : ref.id);

/** Compares what the questions test against every doctrine item and instrument there is. */
export function questionCoverage(
	lists: readonly CoverageDoctrineList[],
	instruments: readonly CoverageInstrument[],
	questions: readonly CoverageQuestion[],
): CoverageReport {
	const letters = new Map(lists.map((l) => [l.id, new Set(l.items.map((i) => i.letter))]));
	const testedItems = new Set<string>();
	const testedInstruments = new Set<string>();
	const badDoctrineRefs: BadDoctrineRef[] = [];

	for (const q of questions) {
		for (const ref of q.doctrine ?? []) {
			const list = idOf(ref.list);
			const known = letters.get(list);
			if (!known) badDoctrineRefs.push({ question: q.id, list, item: ref.item, reason: 'unknown-list' });
			else if (!known.has(ref.item)) badDoctrineRefs.push({ question: q.id, list, item: ref.item, reason: 'unknown-item' });
			else testedItems.add(`${list}/${ref.item}`);
		}
		for (const ref of q.instruments ?? []) testedInstruments.add(idOf(ref));
	}

	const uncoveredItems = lists.flatMap((l) =>
		l.items.filter((i) => !testedItems.has(`${l.id}/${i.letter}`)).map((i) => ({ list: l.id, item: i.letter })),
	);
	const uncoveredInstruments = instruments.map((i) => i.id).filter((id) => !testedInstruments.has(id));
	return { uncoveredItems, uncoveredInstruments, badDoctrineRefs };
}

/** Bilingual text anywhere in a question (stem, options, matching pairs). */
export interface SearchableQuestion {
	stem: { id: string; en: string };
	options?: readonly { text: { id: string; en: string } }[];
	pairs?: readonly { left: { id: string; en: string }; right: { id: string; en: string } }[];
}

function textOf(q: SearchableQuestion): string {
	const parts = [q.stem.id, q.stem.en];
	for (const o of q.options ?? []) parts.push(o.text.id, o.text.en);
	for (const p of q.pairs ?? []) parts.push(p.left.id, p.left.en, p.right.id, p.right.en);
	return parts.join('\n').toLowerCase();
}

/**
 * Key terms (definitions with no collection of their own yet, such as "Pilar Polmas") that
 * no question names in its stem, options or pairs. Matching is case-insensitive.
 */
export function unmentionedTerms(terms: readonly string[], questions: readonly SearchableQuestion[]): string[] {
	const texts = questions.map(textOf);
	return terms.filter((term) => !texts.some((t) => t.includes(term.toLowerCase())));
}

/** A question's references to entries of a collection with plain ids (terms, cases). */
export interface CollectionRefQuestion {
	id: string;
	terms?: readonly RefLike[];
	cases?: readonly RefLike[];
}

export interface BadCollectionRef {
	question: string;
	id: string;
}

export interface CollectionCoverage {
	/** Entries of the collection that no question references. */
	unreferenced: string[];
	/** References to ids the collection does not have. */
	badRefs: BadCollectionRef[];
}

/**
 * Which entries of `collection` (its ids) no question references through its `field`, and
 * which references name an id that does not exist. Used for cases (every case study should
 * be quizzed) and for terms (only the bad references matter there).
 */
export function collectionCoverage(
	ids: readonly string[],
	questions: readonly CollectionRefQuestion[],
	field: 'terms' | 'cases',
): CollectionCoverage {
	const known = new Set(ids);
	const referenced = new Set<string>();
	const badRefs: BadCollectionRef[] = [];
	for (const q of questions) {
		for (const ref of q[field] ?? []) {
			const id = idOf(ref);
			if (known.has(id)) referenced.add(id);
			else badRefs.push({ question: q.id, id });
		}
	}
	return { unreferenced: ids.filter((id) => !referenced.has(id)), badRefs };
}
