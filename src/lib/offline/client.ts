/**
 * Browser side of offline use, loaded on every page by src/components/Head.astro as a
 * bundled module: registers the Workbox service worker (dist/sw.js, made by
 * src/integrations/postbuild.ts) once the page has loaded, shows whether the site is
 * stored for offline reading, and offers a reload when a new version is waiting.
 *
 * Head.astro imports this after `load` and an idle moment, so it never competes with the
 * first paint on a weak link; a browser without service workers just reads online.
 */
import { Workbox } from 'workbox-window';
import { langFromHtml, offlineMessages, statusMessage, type OfflineState } from './status';
import { CORE_ASSETS_FILE, corePagesFor, parseCoreAssets } from './precache';

const lang = langFromHtml(document.documentElement.lang);
const state: OfflineState = { ready: false, online: navigator.onLine, saving: false };

function region(className: string): HTMLElement {
	const el = document.createElement('p');
	el.className = className;
	el.setAttribute('role', 'status');
	el.hidden = true;
	return el;
}

// Live regions must be in the page before their text changes for screen readers to speak.
const status = region('pp-offline-status');
const prompt = region('pp-update-prompt');
(document.querySelector('.sl-container footer, main footer') ?? document.querySelector('main') ?? document.body).append(status);
document.body.append(prompt);

function render() {
	const text = statusMessage(state, lang);
	status.textContent = text;
	status.hidden = text === '';
	status.dataset.state = !state.online ? 'offline' : state.ready ? 'ready' : state.saving ? 'saving' : 'none';
}

function showUpdate(wb: Workbox) {
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = offlineMessages[lang].update;
	button.addEventListener('click', () => {
		button.disabled = true;
		// Reload once the waiting worker has taken over, so the page and worker match.
		wb.addEventListener('controlling', () => location.reload());
		wb.messageSkipWaiting();
	});
	prompt.replaceChildren(button);
	prompt.hidden = false;
}

let storing: Promise<void> | null = null;

/** Page views in this tab, so a second page counts as reading on. */
const VIEWS_KEY = 'pustaka-polmas.halaman-dibuka';

/**
 * Runs `store` once the reader is reading on: from the second page of a visit, or after
 * 15 s on the first. A citizen who opens one page and leaves pays only for that page and
 * the scripts (at most 250 kB); an officer who stays gets the core pages within seconds.
 * Never when the reader asked to save data: pages are then kept only as they are opened.
 */
function whenReading(store: () => void) {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	if (connection?.saveData) return;
	let views = 1;
	try {
		views = Number(sessionStorage.getItem(VIEWS_KEY) ?? 0) + 1;
		sessionStorage.setItem(VIEWS_KEY, String(views));
	} catch {
		/* no session storage: wait as on a first page */
	}
	if (views > 1) store();
	else setTimeout(store, 15_000);
}

/** The practice tools' bundles listed at build (dist/offline-core.json); none when it cannot be read. */
async function toolAssets(): Promise<string[]> {
	try {
		return parseCoreAssets(await (await fetch(CORE_ASSETS_FILE, { cache: 'no-cache' })).json());
	} catch {
		return [];
	}
}

/**
 * Keeps the core pages of this language (src/lib/offline/precache.ts) in the pages cache,
 * with the practice tools' scripts and styles, which the precache leaves out. The service
 * worker fetches them (Workbox's CACHE_URLS message, through its own routes), so leaving
 * the page does not cut the download short. Files already kept are not asked for again
 * unless `refresh`. The status says "stored" only when every one of them is.
 */
function storeCorePages(wb: Workbox, refresh: boolean): Promise<void> {
	storing ??= (async () => {
		const urls = [...corePagesFor(lang), ...(await toolAssets())].map((path) => location.origin + path);
		const held = async (url: string) => Boolean(await caches.match(url, { ignoreSearch: true }));
		const missing = refresh ? urls : (await Promise.all(urls.map(async (u) => ((await held(u)) ? null : u)))).filter((u): u is string => u !== null);
		if (missing.length) {
			state.saving = true;
			render();
			await wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: missing } }).catch(() => undefined);
		}
		state.ready = (await Promise.all(urls.map(held))).every(Boolean);
		state.saving = false;
		render();
	})().finally(() => (storing = null));
	return storing;
}

async function start() {
	const wb = new Workbox('/sw.js');
	wb.addEventListener('waiting', () => showUpdate(wb));
	wb.addEventListener('activated', (event) => {
		// A new version: its core pages replace the stored ones.
		if (event.isUpdate) void storeCorePages(wb, true);
	});
	const registration = await wb.register();
	if (registration?.installing) state.saving = true;
	render();
	// The worker may have been installed from another tab or page (Workbox reports
	// `activated` only to the page that registered it): an active worker means the
	// precache is complete, whoever started it.
	void navigator.serviceWorker.ready.then(() => whenReading(() => void storeCorePages(wb, false)));
	// A page left open for days still learns of new content when the signal returns.
	addEventListener('online', () => void wb.update());
}

addEventListener('online', () => {
	state.online = true;
	render();
});
addEventListener('offline', () => {
	state.online = false;
	render();
});

/**
 * First visit, before the service worker holds the index: fetch what the first search
 * needs (Pagefind's script, this language's wasm and metadata) while the reader reads, so
 * typing a query does not wait for four round trips in a row. Skipped when the reader asked
 * to save data, and when the service worker already serves the index from the device.
 */
async function warmSearch() {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	if (connection?.saveData || navigator.serviceWorker?.controller || !document.querySelector('site-search')) return;
	const base = '/pagefind/';
	const entry = (await (await fetch(`${base}pagefind-entry.json`)).json()) as {
		languages?: Record<string, { hash: string; wasm?: string }>;
	};
	const language = entry.languages?.[document.documentElement.lang] ?? Object.values(entry.languages ?? {})[0];
	if (!language) return;
	const hint = (rel: string, href: string) => {
		const link = document.createElement('link');
		link.rel = rel;
		link.href = href;
		if (rel === 'prefetch') link.as = 'fetch';
		document.head.append(link);
	};
	// Not pagefind.js: the service worker precaches it, and a second copy would cost 14 kB.
	hint('prefetch', `${base}wasm.${language.wasm ?? 'unknown'}.pagefind`);
	hint('prefetch', `${base}pagefind.${language.hash}.pf_meta`);
}

// src/components/Head.astro imports this module only after `load` and an idle moment.
// The search warm-up goes first: on a weak link it is what a reader will wait for next.
// Marks the page once this last, deferred script has run (the CSP test waits for it).
void warmSearch()
	.catch(() => undefined)
	.then(() => ('serviceWorker' in navigator && navigator.serviceWorker ? start() : render()))
	.catch(() => render())
	.finally(() => (document.documentElement.dataset.offlineClient = 'ready'));
