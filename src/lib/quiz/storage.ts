/**
 * Quiz progress kept in the browser (localStorage), versioned. Reading never throws: data
 * that is not ours, from another version, or damaged is discarded and reported as a notice
 * so the page can say so instead of breaking. The storage is injected (`StorageLike`) so
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

/** Why stored data was set aside: damaged, belongs to something else, or storage refused. */
export type Notice = 'corrupt' | 'foreign' | 'unavailable' | null;

export const emptyProgress = (): Progress => ({ app: APP, v: VERSION, items: {} });

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isDate = (x: unknown): x is string => typeof x === 'string' && x.length < 40 && !Number.isNaN(Date.parse(x));
const ID = /^[a-z0-9][a-z0-9/_-]{0,120}$/;

function validCard(c: unknown): c is StoredCard {
	if (!isObj(c) || !isDate(c.due)) return false;
	for (const k of ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'])
		if (!isNum(c[k])) return false;
	return c.last_review === undefined || isDate(c.last_review);
}

function validItem(x: unknown): x is ItemProgress {
	if (!isObj(x) || typeof x.topic !== 'string' || !ID.test(x.topic) || !validCard(x.card)) return false;
	const l = x.last;
	return isObj(l) && typeof l.correct === 'boolean' && isNum(l.score) && l.score >= 0 && l.score <= 1 && isDate(l.at);
}

/** Validates text that should hold progress; keeps the valid items of an otherwise sound file. */
export function parseProgress(text: string | null): { progress: Progress; notice: Notice } {
	if (text === null || text === '') return { progress: emptyProgress(), notice: null };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { progress: emptyProgress(), notice: 'corrupt' };
	}
	if (!isObj(data) || data.app !== APP || data.v !== VERSION) {
		return { progress: emptyProgress(), notice: isObj(data) ? 'foreign' : 'corrupt' };
	}
	if (!isObj(data.items)) return { progress: emptyProgress(), notice: 'corrupt' };
	const progress = emptyProgress();
	let dropped = false;
	for (const [id, item] of Object.entries(data.items)) {
		if (ID.test(id) && validItem(item)) progress.items[id] = item;
		else dropped = true;
	}
	return { progress, notice: dropped ? 'corrupt' : null };
}

/** Reads progress; anything unusable is removed from storage so the notice shows only once. */
export function loadProgress(storage: StorageLike): { progress: Progress; notice: Notice } {
	let text: string | null;
	try {
		text = storage.getItem(STORAGE_KEY);
	} catch {
		return { progress: emptyProgress(), notice: 'unavailable' };
	}
	const result = parseProgress(text);
	if (result.notice) {
		try {
			if (Object.keys(result.progress.items).length) storage.setItem(STORAGE_KEY, serializeProgress(result.progress));
			else storage.removeItem(STORAGE_KEY);
		} catch {
			/* storage refuses writes: the notice already tells the reader */
		}
	}
	return result;
}

/** Writes progress; false when the browser refuses (full or private mode). */
export function saveProgress(storage: StorageLike, progress: Progress): boolean {
	try {
		storage.setItem(STORAGE_KEY, serializeProgress(progress));
		return true;
	} catch {
		return false;
	}
}

export function clearProgress(storage: StorageLike): void {
	try {
		storage.removeItem(STORAGE_KEY);
	} catch {
		/* nothing stored, nothing to clear */
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
export function browserStorage(): StorageLike {
	try {
		return window.localStorage;
	} catch {
		const refuse = () => {
			throw new Error('storage unavailable');
		};
		return { getItem: refuse, setItem: refuse, removeItem: refuse };
	}
}
