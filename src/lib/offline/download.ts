/**
 * The whole-site download the reader asks for (the control on the home page and /luring/):
 * fetch every file of dist/offline-all.json into one cache, a few at a time, with progress,
 * cancel and resume (files already stored are skipped), and a record of what was stored.
 * Pure apart from the injected cache and fetch, so tests/unit/offline-download.test.ts runs
 * it without a browser.
 */
import type { DownloadFile, DownloadList } from './precache';
// With its extension: the post-build step imports this module under plain Node too.
import { isQuotaError, type StorageLike } from '../quiz/storage.ts';

/** The cache the download fills; the service worker reads it through caches.match. */
export const DOWNLOAD_CACHE = 'pustaka-polmas-unduhan';
/** localStorage key of the record of a finished download. */
export const DOWNLOAD_KEY = 'pustaka-polmas.unduhan';

export interface DownloadRecord {
	/** `version` of the offline-all.json that was stored. */
	version: string;
	/** When it finished (ISO time). */
	at: string;
	/** How many files were stored. */
	files: number;
}

/** Reads the stored record; anything unusable counts as no download (the cache is checked anyway). */
export function parseRecord(text: string | null): DownloadRecord | null {
	if (!text || text.length > 1000) return null;
	try {
		const r = JSON.parse(text) as Partial<DownloadRecord>;
		if (typeof r.version !== 'string' || !/^[0-9a-f]{8,64}$/.test(r.version)) return null;
		if (typeof r.at !== 'string' || Number.isNaN(Date.parse(r.at))) return null;
		if (!Number.isInteger(r.files) || (r.files as number) < 1 || (r.files as number) > 100_000) return null;
		return { version: r.version, at: r.at, files: r.files as number };
	} catch {
		return null;
	}
}

export function loadRecord(storage: StorageLike): DownloadRecord | null {
	try {
		return parseRecord(storage.getItem(DOWNLOAD_KEY));
	} catch {
		return null;
	}
}

/** Checks a fetched offline-all.json; null when it is not one. */
export function parseList(data: unknown): DownloadList | null {
	const l = data as Partial<DownloadList> | null;
	if (!l || typeof l.version !== 'string' || !Array.isArray(l.files) || typeof l.wireBytes !== 'number') return null;
	if (!l.files.every((f) => f && typeof f.url === 'string' && f.url.startsWith('/') && !f.url.startsWith('//') && Number.isFinite(f.wire) && f.wire >= 0)) return null;
	return l as DownloadList;
}

export interface CacheLike {
	match(url: string): Promise<unknown>;
	put(url: string, response: Response): Promise<void>;
}

export interface Progress {
	doneFiles: number;
	doneBytes: number;
	totalFiles: number;
	totalBytes: number;
}

export type Outcome = { kind: 'done'; stored: number } | { kind: 'cancelled' | 'offline' | 'full'; progress: Progress } | { kind: 'failed'; url: string; progress: Progress };

/**
 * Stores every file of the list in the cache, `parallel` at a time. Stops at the first
 * file that cannot be fetched or stored, and says why; what was stored stays stored, so
 * starting again resumes.
 */
export async function runDownload(
	list: DownloadList,
	options: { cache: CacheLike; fetch: typeof fetch; signal: AbortSignal; onProgress: (p: Progress) => void; parallel?: number; origin: string },
): Promise<Outcome> {
	const { cache, signal, onProgress } = options;
	const progress: Progress = { doneFiles: 0, doneBytes: 0, totalFiles: list.files.length, totalBytes: list.wireBytes };
	const queue = [...list.files];
	let stop: Outcome | null = null;

	async function one(file: DownloadFile): Promise<void> {
		const url = options.origin + file.url;
		if (!(await cache.match(url))) {
			let response: Response;
			try {
				response = await options.fetch(url, { signal, cache: 'no-cache' });
			} catch {
				stop ??= signal.aborted ? { kind: 'cancelled', progress } : { kind: 'offline', progress };
				return;
			}
			if (!response.ok) {
				stop ??= { kind: 'failed', url: file.url, progress };
				return;
			}
			try {
				await cache.put(url, response);
			} catch (e) {
				stop ??= isQuotaError(e) ? { kind: 'full', progress } : signal.aborted ? { kind: 'cancelled', progress } : { kind: 'failed', url: file.url, progress };
				return;
			}
		}
		progress.doneFiles++;
		progress.doneBytes += file.wire;
		onProgress({ ...progress });
	}

	async function worker(): Promise<void> {
		while (!stop && queue.length) {
			if (signal.aborted) {
				stop = { kind: 'cancelled', progress };
				return;
			}
			await one(queue.shift()!);
		}
	}

	await Promise.all(Array.from({ length: options.parallel ?? 3 }, worker));
	return stop ?? { kind: 'done', stored: progress.doneFiles };
}

/** "1,8 MB" (id) or "1.8 MB" (en): megabytes with one decimal, kilobytes below 1 MB. */
export function formatSize(bytes: number, lang: 'id' | 'en'): string {
	const locale = lang === 'id' ? 'id-ID' : 'en-GB';
	if (bytes < 1_000_000) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)))} kB`;
	return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}
