// The whole-site download: progress, resume, cancel, full storage, and a damaged record.
import { describe, expect, it } from 'vitest';
import { formatSize, parseList, parseRecord, runDownload, type CacheLike, type Progress } from '../../src/lib/offline/download';

const list = { version: 'abcdef0123456789', wireBytes: 600, files: [{ url: '/a/', wire: 100 }, { url: '/b/', wire: 200 }, { url: '/c.js', wire: 300 }] };
const origin = 'http://site.test';

function memoryCache(full = false): CacheLike & { keys: string[] } {
	const keys: string[] = [];
	return {
		keys,
		match: async (url) => (keys.includes(url) ? new Response('x') : undefined),
		put: async (url) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			keys.push(url);
		},
	};
}
const ok: typeof fetch = async () => new Response('body');

describe('whole-site download', () => {
	it('stores every file and reports progress up to the total', async () => {
		const cache = memoryCache();
		const seen: Progress[] = [];
		const outcome = await runDownload(list, { cache, fetch: ok, signal: new AbortController().signal, onProgress: (p) => seen.push(p), origin });
		expect(outcome).toEqual({ kind: 'done', stored: 3 });
		expect(cache.keys.sort()).toEqual(['http://site.test/a/', 'http://site.test/b/', 'http://site.test/c.js']);
		expect(seen.at(-1)).toEqual({ doneFiles: 3, doneBytes: 600, totalFiles: 3, totalBytes: 600 });
	});

	it('resumes: files already stored are not fetched again', async () => {
		const cache = memoryCache();
		cache.keys.push('http://site.test/a/');
		const fetched: string[] = [];
		await runDownload(list, { cache, fetch: async (u) => (fetched.push(String(u)), new Response('b')), signal: new AbortController().signal, onProgress: () => {}, origin });
		expect(fetched.sort()).toEqual(['http://site.test/b/', 'http://site.test/c.js']);
	});

	it('stops when cancelled and keeps what was stored', async () => {
		const cache = memoryCache();
		const ctl = new AbortController();
		const outcome = await runDownload(list, {
			cache,
			fetch: async () => {
				ctl.abort();
				return new Response('x');
			},
			signal: ctl.signal,
			onProgress: () => {},
			origin,
			parallel: 1,
		});
		expect(outcome.kind).toBe('cancelled');
		expect(cache.keys.length).toBeLessThan(3);
	});

	it('says the storage is full, and offline when the network fails', async () => {
		expect((await runDownload(list, { cache: memoryCache(true), fetch: ok, signal: new AbortController().signal, onProgress: () => {}, origin })).kind).toBe('full');
		const offline = await runDownload(list, { cache: memoryCache(), fetch: async () => Promise.reject(new TypeError('Failed to fetch')), signal: new AbortController().signal, onProgress: () => {}, origin });
		expect(offline.kind).toBe('offline');
		const missing = await runDownload(list, { cache: memoryCache(), fetch: async () => new Response('no', { status: 404 }), signal: new AbortController().signal, onProgress: () => {}, origin, parallel: 1 });
		expect(missing).toMatchObject({ kind: 'failed', url: '/a/' });
	});

	it('accepts only a sound list and a sound record', () => {
		expect(parseList(list)).toEqual(list);
		expect(parseList({ ...list, files: [{ url: '//evil.test/x', wire: 1 }] })).toBeNull();
		expect(parseList({ ...list, files: [{ url: '/x', wire: -1 }] })).toBeNull();
		expect(parseList('nope')).toBeNull();
		expect(parseRecord(JSON.stringify({ version: 'abcdef0123456789', at: '2026-12-03T07:00:00Z', files: 3 }))).toMatchObject({ files: 3 });
		for (const bad of ['{', '[]', JSON.stringify({ version: 'x', at: '2026-12-03T07:00:00Z', files: 3 }), JSON.stringify({ version: 'abcdef0123456789', at: 'soon', files: 3 }), JSON.stringify({ version: 'abcdef0123456789', at: '2026-12-03T07:00:00Z', files: 0 })])
			expect(parseRecord(bad)).toBeNull();
	});

	it('writes sizes the way each language writes numbers', () => {
		expect(formatSize(1_840_000, 'id')).toBe('1,8 MB');
		expect(formatSize(1_840_000, 'en')).toBe('1.8 MB');
		expect(formatSize(420_000, 'id')).toBe('420 kB');
	});
});
