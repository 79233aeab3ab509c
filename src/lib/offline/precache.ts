/**
 * What the service worker stores for offline use. Two sets, because a first visit on a
 * prepaid data quota must stay light (at most 250 kB on the wire in its first 15 s,
 * everything included):
 *
 * - the **core set**: Starlight's and the site's CSS and JS and Pagefind's runtime (script,
 *   entry file, metadata), precached by the service worker on the first visit of any page;
 *   then, once the reader reads on, in the reader's language, the home page, the offline
 *   page, the pocket guide, the quiz hub and the practice tools (`corePagePaths`), with the
 *   tools' own scripts and styles (`toolPagePaths`, dist/offline-core.json);
 * - the **whole site**, stored only when the reader asks for it (the download control on
 *   the home page and /luring/): every other page, the search index and the question
 *   banks, listed in dist/offline-all.json with its size computed at build.
 *
 * Pages a reader opens are kept as they are visited (runtime caching, src/lib/offline/
 * sw-handlers.ts). Read by src/integrations/postbuild.ts and the tests that hold both sets
 * to their budgets.
 */

/**
 * Pages of the core set in the reader's own language (both languages would double the
 * bill of a first visit; the other language's pages are kept once visited). The offline
 * client (src/lib/offline/client.ts) stores them once the service worker runs; paths in
 * Indonesian, `/en` is put in front for English. tests/unit/precache.test.ts checks each
 * exists in the build and that every practice tool is listed.
 */
export const corePagePaths = ['/', '/luring/', '/buku-saku/', '/kuis/', '/praktik/', '/praktik/sara/', '/praktik/cek-fkpm/', '/praktik/notulen/'];

/**
 * The practice tools: core pages whose own scripts and styles (19 KiB on the wire, logged
 * by the build) are not precached on install but stored with the core pages, once the
 * reader reads on. A first visit that stops at one page does not pay for three tools it
 * never opened.
 */
export const toolPagePaths = ['/praktik/sara/', '/praktik/cek-fkpm/', '/praktik/notulen/'];

/** Core pages whose bundles the service worker precaches on install: every core page but the tools. */
export const precachedPagePaths = (): string[] => corePagePaths.filter((p) => !toolPagePaths.includes(p));

/** Where the build lists the bundles stored with the core pages (src/integrations/postbuild.ts). */
export const CORE_ASSETS_FILE = '/offline-core.json';

/** dist/offline-core.json: the bundles the practice tools need beyond the precache. */
export interface CoreAssetList {
	/** `/_astro/…` scripts and styles, sorted. */
	assets: string[];
}

/**
 * The bundle paths of a fetched offline-core.json, or none when it is not one: only
 * hashed `/_astro/` scripts and styles are accepted, so a tampered or truncated file can
 * never make the service worker fetch anything else.
 */
export function parseCoreAssets(value: unknown): string[] {
	const assets = (value as Partial<CoreAssetList> | null)?.assets;
	if (!Array.isArray(assets)) return [];
	return assets.filter((a): a is string => typeof a === 'string' && /^\/_astro\/[\w.-]+\.(js|css)$/.test(a));
}

/** The practice tools (/praktik/) in both languages: core pages, so they work offline after one visit. */
export const practicePages = corePagePaths.filter((p) => p.startsWith('/praktik/')).flatMap((p) => [p, `/en${p}`]);

/** The core pages of one language. */
export const corePagesFor = (lang: 'id' | 'en'): string[] => corePagePaths.map((p) => (lang === 'en' ? `/en${p}` : p));

/** Globs of the files the service worker precaches, relative to dist/: what every page runs on. */
export const precacheGlobs = [
	'_astro/**/*.{js,css,woff2}',
	'pagefind/pagefind.js',
	'pagefind/pagefind-entry.json',
	'pagefind/*.pf_meta',
	'*.{ico,webmanifest,svg}',
];

/** Globs excluded even when matched above. */
export const precacheIgnores = ['**/*.map'];

/** Globs of the whole site for the opt-in download, relative to dist/. */
export const fullSiteGlobs = [
	'**/*.html',
	'_astro/**/*.{js,css,woff2,svg,png,webp,avif,jpg}',
	'pagefind/pagefind.js',
	'pagefind/pagefind-worker.js',
	'pagefind/pagefind-entry.json',
	'pagefind/*.pf_meta',
	'pagefind/wasm.*.pagefind',
	'pagefind/index/*.pf_index',
	'pagefind/fragment/*.pf_fragment',
	'pagefind/filter/*.pf_filter',
	'data/*.json',
	'**/*.{svg,png,webp,avif,jpg,jpeg,gif,pdf}',
];

/**
 * Left out of the download: Pagefind's other UIs (Starlight bundles its own), source maps,
 * 404 copies, and the print documents (/cetak/), which repeat pages the download holds.
 */
export const fullSiteIgnores = [
	'pagefind/pagefind-ui.*',
	'pagefind/pagefind-modular-ui.*',
	'pagefind/pagefind-component-ui.*',
	'pagefind/pagefind-highlight.js',
	'pagefind/wasm.unknown.pagefind',
	'**/*.map',
	'404.html',
	'en/404.html',
	'404/index.html',
	'en/404/index.html',
	'cetak/**',
	'en/cetak/**',
];

/**
 * Budget of the core set in bytes as stored (uncompressed). tests/e2e/offline.spec.ts and
 * the build log hold the core set to it; the wire budget (250 kB gz for a whole first
 * visit) is measured by `npm run bench`.
 */
export const PRECACHE_BUDGET_BYTES = 600 * 1024;

/** Largest single file to precache; larger files would stall the install on a weak link. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Files whose name carries a content hash: the service worker need not add a revision
 * query to fetch them fresh.
 */
export const hashedUrlPattern = /^\/?_astro\/|\.[0-9a-f]{7,}\.|_[0-9a-f]{7,}\.pf_/;

export interface PrecacheEntry {
	url: string;
	size: number;
}

export interface PrecacheSummary {
	count: number;
	bytes: number;
	htmlPages: number;
	byKind: Record<string, { count: number; bytes: number }>;
	overBudget: boolean;
}

/** Groups precache entries by kind for the report (html, css, js, search index, other). */
export function kindOf(url: string): string {
	if (url.endsWith('.html')) return 'html';
	if (url.includes('pagefind/')) return 'search';
	if (url.endsWith('.css')) return 'css';
	if (url.endsWith('.js')) return 'js';
	if (/\.(woff2?|ttf)$/.test(url)) return 'font';
	return 'other';
}

/** Totals of a precache manifest, with whether it is over the budget. */
export function summarizePrecache(entries: PrecacheEntry[], budget = PRECACHE_BUDGET_BYTES): PrecacheSummary {
	const byKind: PrecacheSummary['byKind'] = {};
	let bytes = 0;
	for (const e of entries) {
		const k = kindOf(e.url);
		byKind[k] ??= { count: 0, bytes: 0 };
		byKind[k].count++;
		byKind[k].bytes += e.size;
		bytes += e.size;
	}
	return { count: entries.length, bytes, htmlPages: byKind.html?.count ?? 0, byKind, overBudget: bytes > budget };
}

/** One file of the whole-site download. */
export interface DownloadFile {
	/** Path on the site, e.g. `/konsep/fkpm-bkpm/` (pages by their address, not index.html). */
	url: string;
	/** Bytes on the wire: gzip size for text (what nginx sends), file size otherwise. */
	wire: number;
}

/** dist/offline-all.json: what "download everything" fetches. */
export interface DownloadList {
	/** Changes whenever any listed file changes: a stored download of another version is stale. */
	version: string;
	/** Total bytes on the wire. */
	wireBytes: number;
	files: DownloadFile[];
}

/** The address a built file is requested by: pages by their folder, `index.html` dropped. */
export function urlOfFile(file: string): string {
	const path = `/${file}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
