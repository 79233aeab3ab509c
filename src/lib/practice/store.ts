/**
 * Device storage shared by the three practice tools (SARA workbook, FKPM self-check, field
 * notes): each tool keeps one versioned JSON document in localStorage under its own key, and
 * exports and imports files in the same format. Pure apart from the injected `StorageLike`,
 * so unit tests need no DOM; the islands in src/user-components/practice/ call it.
 *
 * The rules it enforces:
 * - reading never throws: unusable data yields an empty document and a notice to show;
 * - damaged or foreign data is never silently overwritten: its text is first copied to a
 *   backup key; if even that fails the store is *locked* and refuses to save until the reader
 *   has downloaded the damaged text or chosen to discard it;
 * - a refused write is reported as `full` (quota) or `blocked` (storage disabled), never
 *   swallowed, so the page can tell the reader the change was not kept.
 */
import type { StorageLike } from '../quiz/storage';

export type { StorageLike };

/** One thing a reader of a document set aside: which entry, which field, and why. */
export interface Problem {
	/** The entry, as the reader knows it: `kasus 2 "Parkir liar"`, or `berkas` for the whole file. */
	item: string;
	/** The field path inside the entry, e.g. `answers.what`. */
	field: string;
	/** What was wrong, in plain words (English; the island shows it as given). */
	reason: string;
}

/** How one tool's document is validated and written; the envelope (`app`, `v`) is handled here. */
export interface Codec<T> {
	/** Marks files as this tool's (`pustaka-polmas-sara`). */
	app: string;
	/** Format version; a document with a higher one is left untouched. */
	version: number;
	/** A document with nothing in it. */
	empty(): T;
	/** Validates the body of an envelope, keeping what is sound and listing what was dropped. */
	read(body: Record<string, unknown>): { value: T; dropped: Problem[] };
	/** The body to store (without `app` and `v`). */
	write(value: T): Record<string, unknown>;
}

/** Why a text could not be read as a document at all. */
export type ParseError = 'empty' | 'too-large' | 'not-json' | 'not-ours' | 'newer-version' | 'bad-shape';

export type ParseResult<T> = { ok: true; value: T; dropped: Problem[] } | { ok: false; error: ParseError };

/** Files larger than this are refused before parsing (a phone would stall on them). */
export const MAX_DOCUMENT_CHARS = 4_000_000;

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads a stored or imported text as a document of this codec. */
export function parseDocument<T>(codec: Codec<T>, text: string | null): ParseResult<T> {
	if (text === null || text.trim() === '') return { ok: false, error: 'empty' };
	if (text.length > MAX_DOCUMENT_CHARS) return { ok: false, error: 'too-large' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	if (!isRecord(data) || data.app !== codec.app) return { ok: false, error: 'not-ours' };
	if (typeof data.v !== 'number' || !Number.isInteger(data.v) || data.v < 1) return { ok: false, error: 'bad-shape' };
	if (data.v > codec.version) return { ok: false, error: 'newer-version' };
	try {
		return { ok: true, ...codec.read(data) };
	} catch {
		return { ok: false, error: 'bad-shape' };
	}
}

/** The document as stored and exported: `{ app, v, ...body }`. */
export function serializeDocument<T>(codec: Codec<T>, value: T, extra: Record<string, unknown> = {}): string {
	return JSON.stringify({ app: codec.app, v: codec.version, ...extra, ...codec.write(value) });
}

/** What the page should tell the reader after loading. */
export type LoadNotice =
	| { kind: 'unavailable' }
	| { kind: 'damaged'; error: ParseError; backedUp: boolean }
	| { kind: 'partial'; dropped: Problem[]; backedUp: boolean };

export interface Loaded<T> {
	value: T;
	notice: LoadNotice | null;
}

/** Why a save did not happen. */
export type SaveFailure = 'full' | 'blocked' | 'locked';
export type SaveResult = { ok: true } | { ok: false; reason: SaveFailure };

/** Whether a storage exception means "quota exceeded" (names differ between browsers). */
export function isQuotaError(e: unknown): boolean {
	if (!isRecord(e) && !(e instanceof Error)) return false;
	const err = e as { name?: unknown; code?: unknown };
	return err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014;
}

/** Key under which damaged data is kept aside. */
export const backupKeyOf = (key: string) => `${key}.cadangan`;

/**
 * One tool's document in storage. `load()` once, then `save()` on every change; while
 * `locked` (damaged data that could not be backed up) saves are refused with `locked`.
 */
export class DocumentStore<T> {
	/** The damaged text found at load, kept so the reader can download it. */
	damagedText: string | null = null;
	locked = false;

	constructor(
		private readonly storage: StorageLike,
		readonly key: string,
		private readonly codec: Codec<T>,
	) {}

	load(): Loaded<T> {
		let text: string | null;
		try {
			text = this.storage.getItem(this.key);
		} catch {
			return { value: this.codec.empty(), notice: { kind: 'unavailable' } };
		}
		if (text === null || text === '') return { value: this.codec.empty(), notice: null };
		const parsed = parseDocument(this.codec, text);
		if (parsed.ok && parsed.dropped.length === 0) return { value: parsed.value, notice: null };
		const backedUp = this.backUp(text);
		this.damagedText = text;
		this.locked = !backedUp;
		if (parsed.ok) return { value: parsed.value, notice: { kind: 'partial', dropped: parsed.dropped, backedUp } };
		return { value: this.codec.empty(), notice: { kind: 'damaged', error: parsed.error, backedUp } };
	}

	/** Copies damaged text aside unless a backup already exists (the first damage is kept). */
	private backUp(text: string): boolean {
		const key = backupKeyOf(this.key);
		try {
			const existing = this.storage.getItem(key);
			if (existing !== null && existing !== text) {
				// An older backup is there: keep both by appending; never drop one silently.
				this.storage.setItem(key, `${existing}\n${text}`);
			} else if (existing === null) {
				this.storage.setItem(key, text);
			}
			return true;
		} catch {
			return false;
		}
	}

	save(value: T): SaveResult {
		if (this.locked) return { ok: false, reason: 'locked' };
		try {
			this.storage.setItem(this.key, serializeDocument(this.codec, value));
			return { ok: true };
		} catch (e) {
			return { ok: false, reason: isQuotaError(e) ? 'full' : 'blocked' };
		}
	}

	/** The reader has downloaded or given up the damaged text: saving may resume. */
	unlock(): void {
		this.locked = false;
	}

	/** Backed-up damaged text, if any (for download). */
	backup(): string | null {
		try {
			return this.storage.getItem(backupKeyOf(this.key)) ?? this.damagedText;
		} catch {
			return this.damagedText;
		}
	}

	/** Removes the backup after the reader has downloaded it or chose to throw it away. */
	discardBackup(): void {
		this.damagedText = null;
		try {
			this.storage.removeItem(backupKeyOf(this.key));
		} catch {
			/* nothing stored, nothing to remove */
		}
	}
}

/* ---- Small validators shared by the tools' codecs ---- */

/** A text field: a string no longer than `max` characters (range, not only type). */
export function checkText(x: unknown, max: number): string | null {
	if (typeof x !== 'string') return 'is not text';
	if (x.length > max) return `is longer than ${max} characters`;
	return null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists, between 2000-01-01 and 2100-12-31. */
export function isCalendarDate(x: unknown): x is string {
	if (typeof x !== 'string') return false;
	const m = DATE.exec(x);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
	return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** An ISO timestamp (as `Date.toISOString()` writes it) between 2000 and 2100. */
export function isTimestamp(x: unknown): x is string {
	if (typeof x !== 'string' || x.length > 30 || !/^\d{4}-\d{2}-\d{2}T/.test(x)) return false;
	const t = Date.parse(x);
	return Number.isFinite(t) && t >= Date.UTC(2000, 0, 1) && t < Date.UTC(2101, 0, 1);
}

/** Ids the tools give their entries: a prefix, a hyphen and 4–24 lowercase letters or digits. */
export const ENTRY_ID = /^[a-z]{1,8}-[a-z0-9]{4,24}$/;

/** A fresh entry id such as `kasus-k3x9a1`; `random` is injectable for tests. */
export function newEntryId(prefix: string, random: () => number = Math.random): string {
	let s = '';
	for (let i = 0; i < 8; i++) s += Math.floor(random() * 36).toString(36);
	return `${prefix}-${s}`;
}

/** Today's date in the reader's time zone, as `YYYY-MM-DD`. */
export function localDate(now: Date): string {
	const y = now.getFullYear();
	const m = String(now.getMonth() + 1).padStart(2, '0');
	const d = String(now.getDate()).padStart(2, '0');
	return `${y}-${m}-${d}`;
}
