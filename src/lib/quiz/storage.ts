/**
 * Quiz progress kept in the browser (localStorage), versioned. Reading never throws, and
 * every field is checked by range, not just by type: a record the scheduler could choke on
 * (a state ts-fsrs does not know, a negative stability, a difficulty off its 1–10 scale, a
 * date outside a sane window) is dropped with a notice while the sound records are kept.
 * Progress written by a newer version of the site is left untouched: this version says it
 * cannot read it and refuses to overwrite it. Saving reports why it failed (storage full,
 * or refused) so the page can tell the reader. The storage is injected (`StorageLike`) so
 * tests need no DOM; export and import of progress files reuse the same validation.
 */

export const STORAGE_KEY = 'pustaka-polmas.kuis';
export const APP = 'pustaka-polmas-kuis';
export const VERSION = 1;

/** The part of the Web Storage API we use. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** A scheduler card as stored: ts-fsrs's Card with dates as ISO strings. */
export interface StoredCard {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: number;
	last_review?: string;
}

/** What we remember about one question. */
export interface ItemProgress {
	/** Topic of the question, for the per-topic summary. */
	topic: string;
	/** Scheduling state for spaced review. */
	card: StoredCard;
	/** Whether the latest answer was fully right, its score (0…1) and when it was given. */
	last: { correct: boolean; score: number; at: string };
}

export interface Progress {
	app: typeof APP;
	v: typeof VERSION;
	items: Record<string, ItemProgress>;
}

/**
 * Why stored data was (partly) set aside: not JSON or not ours at all, some records
 * dropped, another app's data, a newer version's data (kept, not read), or no storage.
 */
export type Notice = 'corrupt' | 'dropped' | 'foreign' | 'newer' | 'unavailable' | null;

/** Outcome of a save: kept, storage full, storage refused, or newer data that must not be overwritten. */
export type SaveResult = 'saved' | 'full' | 'unavailable' | 'newer';

export interface Loaded {
	progress: Progress;
	notice: Notice;
	/** How many records were dropped (for `dropped`). */
	dropped: number;
}

export const emptyProgress = (): Progress => ({ app: APP, v: VERSION, items: {} });

/** The ranges a stored card must lie in. */
export const limits = {
	/** ts-fsrs State: New, Learning, Review, Relearning. */
	states: [0, 1, 2, 3],
	/** ts-fsrs keeps stability within [0.001, 36500] days once a card has been reviewed. */
	stability: { min: 0.001, max: 36_500 },
	/** FSRS difficulty scale. */
	difficulty: { min: 1, max: 10 },
	/** Longest interval ts-fsrs schedules, in days. */
	maxDays: 36_500,
	/** Answers before this date predate the site. */
	earliest: Date.UTC(2020, 0, 1),
	/** A device clock may be a little ahead of ours; more than this is not an answer given. */
	skewMs: 2 * 86_400_000,
} as const;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCount = (x: unknown, max: number): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= max;
const ID = /^[a-z0-9][a-z0-9/_-]{0,120}$/;

/** A time written as an ISO string, as a number, or NaN when it is not one. */
function timeOf(x: unknown): number {
	if (typeof x !== 'string' || x.length > 40 || !/^\d{4}-\d{2}-\d{2}T/.test(x)) return NaN;
	return Date.parse(x);
}
const inWindow = (t: number, from: number, to: number) => Number.isFinite(t) && t >= from && t <= to;

/** Whether a stored card is one ts-fsrs can work with, at time `now`. */
export function validCard(c: unknown, now: Date): c is StoredCard {
	if (!isObj(c)) return false;
	const latest = now.getTime() + limits.skewMs;
	if (!limits.states.includes(c.state as 0)) return false;
	if (!isCount(c.reps, 1_000_000) || !isCount(c.lapses, c.reps as number)) return false;
	if (!isCount(c.elapsed_days, limits.maxDays) || !isCount(c.scheduled_days, limits.maxDays) || !isCount(c.learning_steps, 100)) return false;
	if (!isNum(c.stability) || !isNum(c.difficulty)) return false;
	const fresh = c.state === 0 && c.reps === 0;
	if (fresh) {
		// A card never reviewed carries zeros.
		if (c.stability !== 0 && !(c.stability >= limits.stability.min && c.stability <= limits.stability.max)) return false;
		if (c.difficulty !== 0 && !(c.difficulty >= limits.difficulty.min && c.difficulty <= limits.difficulty.max)) return false;
	} else {
		if (c.stability < limits.stability.min || c.stability > limits.stability.max) return false;
		if (c.difficulty < limits.difficulty.min || c.difficulty > limits.difficulty.max) return false;
	}
	const due = timeOf(c.due);
	if (!inWindow(due, limits.earliest, latest + limits.maxDays * 86_400_000)) return false;
	if (c.last_review !== undefined) {
		const last = timeOf(c.last_review);
		if (!inWindow(last, limits.earliest, latest) || last > due) return false;
	}
	return true;
}

/** Whether a stored record is sound, at time `now`. */
export function validItem(x: unknown, now: Date): x is ItemProgress {
	if (!isObj(x) || typeof x.topic !== 'string' || !ID.test(x.topic) || !validCard(x.card, now)) return false;
	const l = x.last;
	return (
		isObj(l) &&
		typeof l.correct === 'boolean' &&
		isNum(l.score) &&
		l.score >= 0 &&
		l.score <= 1 &&
		(l.correct ? l.score === 1 : l.score < 1) &&
		inWindow(timeOf(l.at), limits.earliest, now.getTime() + limits.skewMs)
	);
}

/** Validates text that should hold progress; keeps the valid records of an otherwise sound file. */
export function parseProgress(text: string | null, now: Date = new Date()): Loaded {
	if (text === null || text === '') return { progress: emptyProgress(), notice: null, dropped: 0 };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { progress: emptyProgress(), notice: 'corrupt', dropped: 0 };
	}
	if (!isObj(data)) return { progress: emptyProgress(), notice: 'corrupt', dropped: 0 };
	if (data.app !== APP) return { progress: emptyProgress(), notice: 'foreign', dropped: 0 };
	if (isNum(data.v) && data.v > VERSION) return { progress: emptyProgress(), notice: 'newer', dropped: 0 };
	if (data.v !== VERSION || !isObj(data.items)) return { progress: emptyProgress(), notice: 'corrupt', dropped: 0 };
	const progress = emptyProgress();
	let dropped = 0;
	for (const [id, item] of Object.entries(data.items)) {
		if (ID.test(id) && validItem(item, now)) progress.items[id] = item;
		else dropped++;
	}
	return { progress, notice: dropped ? 'dropped' : null, dropped };
}

/**
 * Reads progress. Unusable records are removed from storage (so the notice shows once);
 * a newer version's data is never touched.
 */
export function loadProgress(storage: StorageLike, now: Date = new Date()): Loaded {
	let text: string | null;
	try {
		text = storage.getItem(STORAGE_KEY);
	} catch {
		return { progress: emptyProgress(), notice: 'unavailable', dropped: 0 };
	}
	const result = parseProgress(text, now);
	if (result.notice && result.notice !== 'newer') {
		try {
			if (Object.keys(result.progress.items).length) storage.setItem(STORAGE_KEY, serializeProgress(result.progress));
			else storage.removeItem(STORAGE_KEY);
		} catch {
			/* storage refuses writes: the notice already tells the reader */
		}
	}
	return result;
}

/** Whether an exception from setItem means the storage is full (the names browsers use). */
export function isQuotaError(e: unknown): boolean {
	const name = (e as { name?: string } | null)?.name;
	const code = (e as { code?: number } | null)?.code;
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Whether the stored text was written by a newer version (which a save must not overwrite). */
function holdsNewer(storage: StorageLike): boolean {
	try {
		return parseProgress(storage.getItem(STORAGE_KEY)).notice === 'newer';
	} catch {
		return false;
	}
}

/** Writes progress; says why when it could not. */
export function saveProgress(storage: StorageLike, progress: Progress): SaveResult {
	if (holdsNewer(storage)) return 'newer';
	try {
		storage.setItem(STORAGE_KEY, serializeProgress(progress));
		return 'saved';
	} catch (e) {
		return isQuotaError(e) ? 'full' : 'unavailable';
	}
}

/** Deletes stored progress; false when the browser refuses. */
export function clearProgress(storage: StorageLike): boolean {
	try {
		storage.removeItem(STORAGE_KEY);
		return true;
	} catch {
		return false;
	}
}

export const serializeProgress = (p: Progress): string => JSON.stringify(p);

/** Combines imported progress with what is here: for each question the later answer wins. */
export function mergeProgress(here: Progress, imported: Progress): Progress {
	const out = emptyProgress();
	out.items = { ...here.items };
	for (const [id, item] of Object.entries(imported.items)) {
		const mine = out.items[id];
		if (!mine || Date.parse(item.last.at) > Date.parse(mine.last.at)) out.items[id] = item;
	}
	return out;
}

/** The page's localStorage, or a storage that refuses every call when the browser blocks it
 * (private modes, disabled cookies): the quiz then reports that progress cannot be kept. */
export function browserStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): StorageLike {
	try {
		const storage = window[kind];
		if (!storage) throw new Error('no storage');
		return storage;
	} catch {
		const refuse = () => {
			throw new Error('storage unavailable');
		};
		return { getItem: refuse, setItem: refuse, removeItem: refuse };
	}
}
