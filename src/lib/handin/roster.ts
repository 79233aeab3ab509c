/**
 * The trainer's class results, kept on the trainer's own device: the hand-ins received,
 * grouped by set, with the per-question summary and the CSV export. Stored as a versioned
 * JSON envelope; reading it back validates every field by range and keeps what is sound,
 * so a damaged or hand-edited store never breaks the results page and never loses the
 * rest. A set of one part of a long topic keeps its part, as a set of its own.
 *
 * Versions: 1 holds sets without a part only, as before parts existed; 2 may hold sets with
 * a part. A roster is written as version 2 only when it holds such a set, so a copy of the
 * site from before parts (which would drop those sets, and lose them on its next save) sets
 * it aside as newer and leaves it alone, while rosters without parts stay readable to it.
 * Pure: src/user-components/handin/ wires it to the page, tests/unit/handin.test.ts checks it.
 */
import { MAX_NAME, MAX_QUESTIONS, cleanName, setKey, validPart, type HandIn } from './code';
import { fill } from '../i18n';

export const ROSTER_KEY = 'pustaka-polmas.hasil-kelas';
export const ROSTER_APP = 'pustaka-polmas-hasil';
/** Newest version read; see above for which one is written. */
export const ROSTER_VERSION = 2;
/** Most learners kept per set, and most sets kept: far above a seminar, low enough to fit storage. */
export const MAX_ENTRIES = 500;
export const MAX_SETS = 200;

/** One learner's hand-in as the trainer keeps it. */
export interface RosterEntry {
	name: string;
	results: (0 | 1 | 2)[];
	/** When the trainer received it (ISO time). */
	at: string;
}

/** All hand-ins of one set. */
export interface RosterSet {
	seed: string;
	topics: string[];
	count: number | null;
	/** The part of a long topic, or null (see HandIn.part). */
	part: number | null;
	fingerprint: string;
	entries: RosterEntry[];
}

export interface Roster {
	app: typeof ROSTER_APP;
	v: 1 | typeof ROSTER_VERSION;
	/** Sets by setKey(). */
	sets: Record<string, RosterSet>;
}

export const emptyRoster = (): Roster => ({ app: ROSTER_APP, v: 1, sets: {} });

export type AddOutcome = 'added' | 'replaced' | 'same' | 'full';

/** Same learner, same set: the newer code replaces the older (a learner who retook it), unless identical. */
export function addHandIn(roster: Roster, h: HandIn, now: Date): { roster: Roster; outcome: AddOutcome } {
	const key = setKey(h);
	const existing = roster.sets[key];
	if (!existing && Object.keys(roster.sets).length >= MAX_SETS) return { roster, outcome: 'full' };
	const set: RosterSet = existing ?? { seed: h.seed, topics: [...h.topics], count: h.count, part: h.part, fingerprint: h.fingerprint, entries: [] };
	const sameName = (e: RosterEntry) => e.name.toLocaleLowerCase('id') === h.name.toLocaleLowerCase('id');
	const before = set.entries.find(sameName);
	if (before && before.results.join('') === h.results.join('')) return { roster, outcome: 'same' };
	if (!before && set.entries.length >= MAX_ENTRIES) return { roster, outcome: 'full' };
	const entry: RosterEntry = { name: h.name, results: [...h.results], at: now.toISOString() };
	const entries = before ? set.entries.map((e) => (e === before ? entry : e)) : [...set.entries, entry];
	return { roster: { ...roster, sets: { ...roster.sets, [key]: { ...set, entries } } }, outcome: before ? 'replaced' : 'added' };
}

/** Removes one set (the trainer clears a finished class). */
export function removeSet(roster: Roster, key: string): Roster {
	const { [key]: _gone, ...sets } = roster.sets;
	return { ...roster, sets };
}

/** Score of one entry: right answers count 1, partly right ½. */
export const entryScore = (e: Pick<RosterEntry, 'results'>): number => e.results.reduce<number>((s, r) => s + r / 2, 0);

export interface QuestionSummary {
	/** Position in the set, from 0. */
	index: number;
	right: number;
	partial: number;
	wrong: number;
}

/** Per question, how the class did; the most missed first (ties keep the set's order). */
export function questionSummary(set: RosterSet): QuestionSummary[] {
	const size = Math.max(0, ...set.entries.map((e) => e.results.length));
	const rows: QuestionSummary[] = Array.from({ length: size }, (_, index) => ({ index, right: 0, partial: 0, wrong: 0 }));
	for (const e of set.entries)
		e.results.forEach((r, i) => {
			const row = rows[i]!;
			if (r === 2) row.right++;
			else if (r === 1) row.partial++;
			else row.wrong++;
		});
	return rows.sort((a, b) => b.wrong + b.partial / 2 - (a.wrong + a.partial / 2) || a.index - b.index);
}

/**
 * What a set covers, for the results page: its topics by name ("FKPM, Prinsip Polmas"), the
 * whole guide, or one part of a long topic ("Istilah, bagian 2" with `hasil.part`).
 */
export function setTopics(s: Pick<HandIn, 'topics' | 'part'>, topicName: (id: string) => string, t: { allTopics: string; part: string }): string {
	if (!s.topics.length) return t.allTopics;
	const names = s.topics.map(topicName).join(', ');
	return s.part === null ? names : fill(t.part, { topic: names, part: s.part });
}

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: string | number): string {
	let s = String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The set as CSV: name, score, then one column per question (1, 0.5 or 0). */
export function rosterCsv(set: RosterSet, headings: { name: string; score: string; question: (n: number, id?: string) => string }, questionIds?: string[]): string {
	const size = Math.max(0, ...set.entries.map((e) => e.results.length));
	const head = [headings.name, headings.score, ...Array.from({ length: size }, (_, i) => headings.question(i + 1, questionIds?.[i]))];
	const lines = set.entries.map((e) => [e.name, entryScore(e), ...e.results.map((r) => r / 2)]);
	return [head, ...lines].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const SEED = /^[A-Za-z0-9-]{1,32}$/;
const TOPIC = /^[a-z0-9-]{1,40}$/;
const FINGERPRINT = /^[0-9a-z]{1,7}$/;
const MIN_TIME = Date.UTC(2020, 0, 1);

function validEntry(x: unknown, now: Date): x is RosterEntry {
	if (!isObj(x) || typeof x.name !== 'string' || typeof x.at !== 'string' || !Array.isArray(x.results)) return false;
	const name = cleanName(x.name);
	if (!name || name !== x.name || [...name].length > MAX_NAME) return false;
	if (x.results.length === 0 || x.results.length > MAX_QUESTIONS || !x.results.every((r) => r === 0 || r === 1 || r === 2)) return false;
	const t = Date.parse(x.at);
	return x.at.length < 40 && Number.isFinite(t) && t >= MIN_TIME && t <= now.getTime() + 86_400_000;
}

/** A stored set, its part read as null when absent (a set stored before parts existed, or in a version-1 roster). */
function validSet(x: unknown, v: number): x is Omit<RosterSet, 'entries' | 'part'> & { part?: number | null; entries: unknown } {
	if (!isObj(x) || typeof x.seed !== 'string' || !SEED.test(x.seed) || typeof x.fingerprint !== 'string' || !FINGERPRINT.test(x.fingerprint)) return false;
	if (!Array.isArray(x.topics) || !x.topics.every((t) => typeof t === 'string' && TOPIC.test(t))) return false;
	if (x.count !== null && !(Number.isInteger(x.count) && (x.count as number) >= 1 && (x.count as number) <= MAX_QUESTIONS)) return false;
	const part = x.part ?? null;
	if (!validPart(part, x.topics as string[]) || (v === 1 && part !== null)) return false;
	return Array.isArray(x.entries);
}

/** Why stored results were (partly) set aside. */
export type RosterNotice = 'corrupt' | 'dropped' | 'newer' | null;

/** Reads stored results: sound sets and entries are kept, the rest dropped and reported. */
export function parseRoster(text: string | null, now: Date): { roster: Roster; notice: RosterNotice; dropped: number } {
	if (text === null || text === '') return { roster: emptyRoster(), notice: null, dropped: 0 };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { roster: emptyRoster(), notice: 'corrupt', dropped: 0 };
	}
	if (!isObj(data) || data.app !== ROSTER_APP || !isObj(data.sets)) return { roster: emptyRoster(), notice: 'corrupt', dropped: 0 };
	if (typeof data.v === 'number' && data.v > ROSTER_VERSION) return { roster: emptyRoster(), notice: 'newer', dropped: 0 };
	if (data.v !== 1 && data.v !== 2) return { roster: emptyRoster(), notice: 'corrupt', dropped: 0 };
	const v = data.v;
	const roster = emptyRoster();
	let dropped = 0;
	for (const [key, set] of Object.entries(data.sets).slice(0, MAX_SETS)) {
		if (!validSet(set, v)) {
			dropped++;
			continue;
		}
		const entries = (set.entries as unknown[]).slice(0, MAX_ENTRIES).filter((e) => validEntry(e, now) || (dropped++, false)) as RosterEntry[];
		const clean: RosterSet = { seed: set.seed, topics: [...set.topics], count: set.count, part: set.part ?? null, fingerprint: set.fingerprint, entries };
		if (setKey(clean) !== key) {
			dropped++;
			continue;
		}
		if (entries.length) roster.sets[key] = clean;
	}
	return { roster, notice: dropped ? 'dropped' : null, dropped };
}

/** The roster as stored: version 2 only when it holds a set with a part (see above). */
export function serializeRoster(r: Roster): string {
	const withParts = Object.values(r.sets).some((s) => s.part !== null);
	return JSON.stringify({ ...r, v: withParts ? 2 : 1 });
}
