/**
 * <pp-offline-download>: wires the download control of OfflineDownload.astro to
 * src/lib/offline/download.ts. The list (dist/offline-all.json) is fetched only when the
 * reader presses the button, so the control costs nothing on a visit that does not use it.
 */
import { DOWNLOAD_CACHE, DOWNLOAD_KEY, loadRecord, formatSize, parseList, runDownload, type Outcome, type Progress } from '../../lib/offline/download';
import { browserStorage } from '../../lib/quiz/storage';
import type { DownloadList } from '../../lib/offline/precache';
import { fill } from '../../lib/i18n';

const $ = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel)!;

class OfflineDownloadElement extends HTMLElement {
	private t: Record<string, string> = {};
	private pageLang: 'id' | 'en' = 'id';
	private storage = browserStorage();
	private running: AbortController | null = null;
	private ready = false;

	connectedCallback() {
		if (this.ready) return;
		this.ready = true;
		this.t = JSON.parse($(this, '.pp-download-data').textContent!);
		this.pageLang = this.dataset.lang === 'en' ? 'en' : 'id';
		$(this, '.pp-download-nojs').remove();
		const controls = $<HTMLElement>(this, '.pp-download-controls');
		controls.hidden = false;
		// Standing in for a page that is not stored (the service worker's offline fallback).
		const own = this.pageLang === 'en' ? '/en/luring/' : '/luring/';
		if (location.pathname !== own && location.pathname.replace(/\/?$/, '/') !== own && !/^\/(en\/)?$/.test(location.pathname))
			$<HTMLElement>(this, '.pp-download-not-stored').hidden = false;
		if (!('caches' in window)) {
			this.say(this.t.unsupported);
			$<HTMLElement>(this, '.pp-download-start').hidden = true;
			return;
		}
		const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
		$<HTMLElement>(this, '.pp-download-savedata').hidden = !connection?.saveData;
		this.addEventListener('click', (e) => {
			const b = (e.target as Element).closest('button');
			if (!b) return;
			if (b.matches('.pp-download-start')) void this.start();
			else if (b.matches('.pp-download-cancel')) this.running?.abort();
			else if (b.matches('.pp-download-remove')) void this.removeDownload();
		});
		void this.showStored();
	}

	private say(text: string) {
		$(this, '.pp-download-status').textContent = text;
	}

	private buttons(state: 'idle' | 'partial' | 'running' | 'done' | 'stale') {
		const start = $<HTMLButtonElement>(this, '.pp-download-start');
		start.hidden = state === 'running' || state === 'done';
		start.textContent = state === 'partial' ? this.t.resume : state === 'stale' ? this.t.update : this.t.start;
		$<HTMLElement>(this, '.pp-download-cancel').hidden = state !== 'running';
		$<HTMLElement>(this, '.pp-download-remove').hidden = state === 'idle' || state === 'running';
		$<HTMLElement>(this, '.pp-download-bar').hidden = state !== 'running' && state !== 'partial';
	}

	/** What is on the device now: nothing, a complete download (current or older), or part of one. */
	private async showStored() {
		const record = loadRecord(this.storage);
		const version = this.dataset.version;
		if (record) {
			const date = new Date(record.at).toLocaleDateString(this.pageLang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
			const stale = Boolean(version && version !== record.version);
			this.say(stale ? this.t.stale : fill(this.t.done, { date }));
			this.dataset.state = stale ? 'stale' : 'done';
			this.buttons(stale ? 'stale' : 'done');
			return;
		}
		const partial = (await caches.keys()).includes(DOWNLOAD_CACHE);
		this.dataset.state = partial ? 'partial' : 'idle';
		this.buttons(partial ? 'partial' : 'idle');
	}

	private async list(): Promise<DownloadList | null> {
		try {
			const r = await fetch('/offline-all.json', { cache: 'no-cache' });
			return r.ok ? parseList(await r.json()) : null;
		} catch {
			return null;
		}
	}

	private progress(p: Progress) {
		const bar = $<HTMLProgressElement>(this, '.pp-download-bar');
		bar.max = p.totalBytes || 1;
		bar.value = p.doneBytes;
		this.say(fill(this.t.progress, { files: p.doneFiles, total: p.totalFiles, done: formatSize(p.doneBytes, this.pageLang), size: formatSize(p.totalBytes, this.pageLang) }));
	}

	private async start() {
		this.running = new AbortController();
		this.buttons('running');
		this.dataset.state = 'running';
		const list = await this.list();
		if (!list) return this.finish({ kind: 'offline', progress: { doneFiles: 0, doneBytes: 0, totalFiles: 0, totalBytes: 0 } });
		// A download of another version: its files are replaced, not mixed with these.
		const old = loadRecord(this.storage);
		if (old && old.version !== list.version) await caches.delete(DOWNLOAD_CACHE);
		try {
			localStorage.removeItem(DOWNLOAD_KEY);
		} catch {
			/* no record to clear */
		}
		const cache = await caches.open(DOWNLOAD_CACHE);
		let last = 0;
		const outcome = await runDownload(list, {
			// A file kept already (core set, visited pages) is not fetched again.
			cache: { match: (u) => caches.match(u), put: (u, r) => cache.put(u, r) },
			fetch: (u, init) => fetch(u, init),
			signal: this.running.signal,
			origin: location.origin,
			// The live region is spoken: at most about once a second.
			onProgress: (p) => {
				const now = performance.now();
				if (now - last > 1000 || p.doneFiles === p.totalFiles) {
					last = now;
					this.progress(p);
				}
			},
		});
		if (outcome.kind === 'done') {
			try {
				localStorage.setItem(DOWNLOAD_KEY, JSON.stringify({ version: list.version, at: new Date().toISOString(), files: outcome.stored }));
			} catch {
				/* the cache holds the files; without the record the control offers to continue */
			}
		}
		this.finish(outcome);
	}

	private finish(outcome: Outcome) {
		this.running = null;
		if (outcome.kind === 'done') {
			void this.showStored();
			return;
		}
		this.dataset.state = 'partial';
		this.buttons('partial');
		this.say(outcome.kind === 'failed' ? fill(this.t.failed, { url: outcome.url }) : this.t[outcome.kind]);
	}

	private async removeDownload() {
		await caches.delete(DOWNLOAD_CACHE);
		try {
			localStorage.removeItem(DOWNLOAD_KEY);
		} catch {
			/* nothing stored */
		}
		this.dataset.state = 'idle';
		this.buttons('idle');
		this.say(this.t.removed);
	}
}

if (!customElements.get('pp-offline-download')) customElements.define('pp-offline-download', OfflineDownloadElement);
