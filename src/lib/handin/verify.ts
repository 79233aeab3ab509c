/**
 * What the trainer's copy of the site checks in a code that passed its checksum: that it
 * names the set the trainer is collecting (when the results page was opened for one set),
 * and that the trainer's question bank draws the very questions the learner answered (the
 * set fingerprint), so a code from another set or another version of the bank is refused
 * rather than filed under the wrong questions. A set of one part of a long topic is drawn
 * from that part of the topic, as its page (/kuis/<topic>-<n>/) holds it. Also splits a
 * paste holding several codes.
 * Pure: the results page (src/user-components/handin/results-element.ts) and the learner's
 * hand-in (handin-element.ts) call it; tests/unit/handin-verify.test.ts checks it.
 */
import { pickSet } from '../quiz/shuffle';
import { partCount, partOf } from '../quiz/parts';
import { decodeHandIn, setFingerprint, validPart, type HandIn } from './code';

/** A question of the bank as the set is drawn from it (bank order: by id). */
export interface BankItem {
	id: string;
	topic: string;
}

/** The parameters that name a set (a class link's seed, topics and count, and the part of a long topic). */
export type SetParams = Pick<HandIn, 'seed' | 'topics' | 'count' | 'part'>;

/**
 * The question ids of a set, in shown order, drawn exactly as the quiz draws them: from the
 * topics' questions in bank order, or, for a part, from that part of the topic's questions
 * (QuizSet.astro puts the same part on its page, src/lib/quiz/parts.ts). Empty, never a
 * throw, when the bank has no such part (a bank whose topic has fewer parts), so the
 * fingerprint check refuses the code as another bank.
 */
export function setQuestionIds(bank: readonly BankItem[], set: SetParams): string[] {
	let pool: readonly BankItem[] = set.topics.length ? bank.filter((q) => set.topics.includes(q.topic)) : bank;
	if (set.part !== null) {
		if (!validPart(set.part, set.topics) || set.part > partCount(pool.length)) return [];
		pool = partOf(pool, set.part);
	}
	return pickSet(pool, set.seed, set.count).map((q) => q.id);
}

/** Whether two parameter sets name the same set (topic order does not matter; the part does). */
export function sameSet(a: SetParams, b: SetParams): boolean {
	const topics = (s: SetParams) => [...s.topics].sort().join(',');
	return a.seed === b.seed && a.count === b.count && a.part === b.part && topics(a) === topics(b);
}

export type CheckError = 'other-set' | 'other-bank';

/**
 * Checks a decoded hand-in against the set the page collects (or null: any set) and the
 * trainer's bank (or null when it could not be loaded: the fingerprint is then not checked).
 * On success gives the set's question ids when the bank is known.
 */
export function checkHandIn(h: HandIn, bank: readonly BankItem[] | null, expected: SetParams | null): { ok: true; ids: string[] | null } | { ok: false; error: CheckError } {
	if (expected && !sameSet(h, expected)) return { ok: false, error: 'other-set' };
	if (!bank) return { ok: true, ids: null };
	const ids = setQuestionIds(bank, h);
	if (ids.length !== h.results.length || setFingerprint(ids) !== h.fingerprint) return { ok: false, error: 'other-bank' };
	return { ok: true, ids };
}

/**
 * The codes in a paste, one piece each. Codes are cut before each `PP<version>|`, which
 * only begins a code (names are URI-encoded, so no `|` inside). A line that does not begin
 * a code continues the code before it while that one is not yet whole (a code wrapped over
 * lines); otherwise it is stray text, kept as a piece of its own so it is reported rather
 * than silently ignored or glued to a sound code.
 */
export function splitCodes(text: string): string[] {
	const tokens = text.split(/\s+/).flatMap((t) => t.split(/(?=PP\d{1,3}\|)/)).filter(Boolean);
	const pieces: { code: boolean; parts: string[] }[] = [];
	for (const token of tokens) {
		const last = pieces[pieces.length - 1];
		const starts = /^PP\d{1,3}\|/.test(token);
		if (!starts && last && !(last.code && decodeHandIn(last.parts.join('')).ok)) last.parts.push(token);
		else pieces.push({ code: starts, parts: [token] });
	}
	return pieces.map((p) => p.parts.join(p.code ? '' : ' '));
}
