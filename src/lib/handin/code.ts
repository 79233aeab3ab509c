/**
 * The hand-in code: how a learner's result of one quiz set travels to the trainer's phone
 * with no network, as a QR code or as the same text pasted. Compact, versioned and
 * checksummed, so a garbled, truncated or hand-edited code is refused rather than counted.
 *
 *   PP1|<seed>|<topics>|<count>|<set fingerprint>|<results>|<name>|<checksum>
 *   PP2|<seed>|<topic>|<count>|<part>|<set fingerprint>|<results>|<name>|<checksum>
 *
 * Version 1 is a set without a part: a class link of the whole-bank page (/kuis/semua/) or a
 * whole topic page. Version 2 is a set of one part of a long topic (/kuis/<topic>-<n>/, see
 * src/lib/quiz/parts.ts): it names exactly one topic and the part, an integer 1–99. A set
 * without a part is always written as version 1, byte for byte as before parts existed, so
 * codes made by older pages and newer pages alike read the same; a code of a version above
 * 2 is refused as 'newer' (the trainer's copy of the site is older than the learner's).
 *
 * - seed, topics (comma-separated ids) and count are the class link's own parameters;
 * - part (version 2 only) is the part of the topic the page holds; the trainer draws the set
 *   from that part of the topic's questions, as the page did;
 * - the fingerprint is a hash of the set's question ids in shown order, so the trainer's copy
 *   of the site can tell a code from another set, or from another version of the bank;
 * - results holds one digit per question, in shown order: 2 right, 1 partly right, 0 wrong;
 * - the name is URI-encoded, so any separator inside it stays inside it;
 * - the checksum is a 32-bit hash of everything before it. It catches typing and scanning
 *   errors and casual edits; it is not a defence against someone who reads this file.
 *
 * Pure: used by the learner's hand-in (src/user-components/handin/) and the trainer's
 * results page (/pelatih/hasil/), and by tests/unit/handin.test.ts.
 */
import { hashString } from '../quiz/shuffle';
import { MAX_PART } from '../quiz/parts';

export const HANDIN_PREFIX = 'PP';
/** Newest version this copy of the site reads (and writes, for a set with a part). */
export const HANDIN_VERSION = 2;
/** Longest name kept, in characters: enough for a full name, short enough for a small QR. */
export const MAX_NAME = 60;
/** Most questions a set can have (the quiz allows up to 100). */
export const MAX_QUESTIONS = 100;

const SEED = /^[A-Za-z0-9-]{1,32}$/;
const TOPIC = /^[a-z0-9-]{1,40}$/;
const FINGERPRINT = /^[0-9a-z]{1,7}$/;
const RESULTS = /^[012]+$/;

/** One learner's first answers to one set. */
export interface HandIn {
	/** Seed of the set (the class link's `seed`). */
	seed: string;
	/** Topic ids of the set; empty for the whole pocket guide. */
	topics: string[];
	/** How many questions the link asked for, or null for all. */
	count: number | null;
	/** The part of a long topic the page held (1–99, with exactly one topic), or null for a whole topic or the whole bank. */
	part: number | null;
	/** Hash of the set's question ids in shown order (see `setFingerprint`). */
	fingerprint: string;
	/** Per question, in shown order: 2 right, 1 partly right, 0 wrong. */
	results: (0 | 1 | 2)[];
	/** The name the learner typed. */
	name: string;
}

/** Why a code was refused; the page turns each into a sentence. */
export type HandInError = 'empty' | 'format' | 'checksum' | 'newer' | 'name';

export type Decoded = { ok: true; handIn: HandIn } | { ok: false; error: HandInError };

/** Hash of a set's question ids in the order they were shown. */
export function setFingerprint(questionIds: readonly string[]): string {
	return hashString(questionIds.join(',')).toString(36);
}

/**
 * The identity of a set, for grouping hand-ins: same link, same questions. The part is
 * added only when there is one, so the keys of sets without a part (and of rosters stored
 * before parts existed) stay as they were.
 */
export function setKey(h: Pick<HandIn, 'seed' | 'topics' | 'count' | 'fingerprint' | 'part'>): string {
	const key = [h.seed, [...h.topics].sort().join(','), h.count ?? '', h.fingerprint];
	return (h.part === null ? key : [...key, `p${h.part}`]).join('|');
}

/** Whether a set's part is sound: none, or an integer 1–99 with exactly one topic. */
export function validPart(part: unknown, topics: readonly string[]): part is number | null {
	return part === null || (Number.isInteger(part) && (part as number) >= 1 && (part as number) <= MAX_PART && topics.length === 1);
}

/** A result digit from a graded answer. */
export function resultDigit(g: { correct: boolean; score: number }): 0 | 1 | 2 {
	return g.correct ? 2 : g.score > 0 ? 1 : 0;
}

/** Control characters and surrounding space removed; runs of space made one. */
export function cleanName(raw: string): string {
	return raw
		.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const checksum = (body: string) => hashString(body).toString(36);

/** The code for a hand-in. Throws on values the quiz never produces (a programming error). */
export function encodeHandIn(h: HandIn): string {
	const name = cleanName(h.name);
	if (!name || [...name].length > MAX_NAME) throw new Error('hand-in: name must be 1–60 characters');
	if (!SEED.test(h.seed) || !h.topics.every((t) => TOPIC.test(t)) || !FINGERPRINT.test(h.fingerprint)) throw new Error('hand-in: bad set');
	if (h.results.length === 0 || h.results.length > MAX_QUESTIONS) throw new Error('hand-in: bad results');
	if (!validPart(h.part, h.topics)) throw new Error('hand-in: a part must be 1–99, with exactly one topic');
	const body = [
		// A set without a part keeps the version-1 code it always had.
		h.part === null ? `${HANDIN_PREFIX}1` : `${HANDIN_PREFIX}2`,
		h.seed,
		h.topics.join(','),
		h.count === null ? '' : String(h.count),
		...(h.part === null ? [] : [String(h.part)]),
		h.fingerprint,
		h.results.join(''),
		encodeURIComponent(name),
	].join('|');
	return `${body}|${checksum(body)}`;
}

/** Reads a scanned or pasted code, checking every part by range; never throws. */
export function decodeHandIn(raw: string): Decoded {
	const text = raw.replace(/\s+/g, '');
	if (!text) return { ok: false, error: 'empty' };
	if (text.length > 2000) return { ok: false, error: 'format' };
	const version = /^PP(\d{1,3})\|/.exec(text);
	if (!version) return { ok: false, error: 'format' };
	const v = Number(version[1]);
	if (v > HANDIN_VERSION) return { ok: false, error: 'newer' };
	if (v !== 1 && v !== 2) return { ok: false, error: 'format' };
	const fields = text.split('|');
	// Version 2 has one field more: the part, after the count.
	const size = v === 1 ? 8 : 9;
	if (fields.length !== size) return { ok: false, error: 'format' };
	if (checksum(fields.slice(0, size - 1).join('|')) !== fields[size - 1]) return { ok: false, error: 'checksum' };
	const partText = v === 2 ? fields.splice(4, 1)[0]! : null;
	const [, seed, topicList, countText, fingerprint, resultText, encodedName] = fields as [string, ...string[]] & string[];
	const topics = topicList === '' ? [] : topicList!.split(',');
	if (!SEED.test(seed!) || !topics.every((t) => TOPIC.test(t)) || new Set(topics).size !== topics.length) return { ok: false, error: 'format' };
	// No leading zero, so one part has one spelling (and one checksum).
	const part = partText === null ? null : /^[1-9]\d?$/.test(partText) ? Number(partText) : NaN;
	if (!validPart(part, topics)) return { ok: false, error: 'format' };
	let count: number | null = null;
	if (countText !== '') {
		if (!/^\d{1,3}$/.test(countText!)) return { ok: false, error: 'format' };
		count = Number(countText);
		if (count < 1 || count > MAX_QUESTIONS) return { ok: false, error: 'format' };
	}
	if (!FINGERPRINT.test(fingerprint!)) return { ok: false, error: 'format' };
	if (!RESULTS.test(resultText!) || resultText!.length > MAX_QUESTIONS) return { ok: false, error: 'format' };
	if (count !== null && resultText!.length > count) return { ok: false, error: 'format' };
	let name: string;
	try {
		name = cleanName(decodeURIComponent(encodedName!));
	} catch {
		return { ok: false, error: 'name' };
	}
	if (!name || [...name].length > MAX_NAME) return { ok: false, error: 'name' };
	const results = [...resultText!].map(Number) as (0 | 1 | 2)[];
	return { ok: true, handIn: { seed: seed!, topics, count, part, fingerprint: fingerprint!, results, name } };
}
