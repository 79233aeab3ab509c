/**
 * Post-build steps over the finished dist/: icons into one sprite (src/lib/build/icon-sprite.ts),
 * per-page Content Security Policy, the English 404 file for static hosts, the service
 * worker (Workbox generateSW) that precaches the core set for offline use, and the list of
 * the whole-site download (src/lib/offline/precache.ts).
 *
 * Runs as an Astro integration in `astro:build:done`, listed after Starlight in
 * astro.config.mjs so Starlight's Pagefind index is already written (Astro runs each hook
 * integration by integration, in order). scripts/postbuild.mjs runs the same steps on any
 * folder, which the update-prompt test and the benchmark use.
 *
 * Everything here is deterministic (sorted file lists, content hashes, no dates), so two
 * builds of one commit give byte-identical output (scripts/check-reproducible.mjs).
 */
import { readdir, readFile, writeFile, copyFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';
import { applyCsp } from '../lib/build/csp.ts';
import { buildSprite, useSprite } from '../lib/build/icon-sprite.ts';
import { withoutShortcutScript } from '../lib/build/search-shortcut.ts';
import { budgetProblems } from '../lib/build/page-budget.ts';
import { reviewedOfHtml, withLastmod } from '../lib/page-meta/reviewed.ts';
import {
	MAX_FILE_BYTES,
	PRECACHE_BUDGET_BYTES,
	CORE_ASSETS_FILE,
	fullSiteGlobs,
	fullSiteIgnores,
	hashedUrlPattern,
	precacheGlobs,
	precacheIgnores,
	precachedPagePaths,
	toolPagePaths,
	summarizePrecache,
	urlOfFile,
	type CoreAssetList,
	type DownloadList,
	type PrecacheSummary,
} from '../lib/offline/precache.ts';
import { formatSize } from '../lib/offline/download.ts';
import { coreAssets, laterAssets } from '../lib/offline/core-assets.ts';
import { assetHandler, isHashedAsset, isOtherSameOrigin, pageHandler } from '../lib/offline/sw-handlers.ts';

type Log = (message: string) => void;

/** Every *.html file under dir, as sorted paths relative to dir with forward slashes. */
export async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/**
 * Takes out of every page the bytes it repeats for nothing: the icons go into one sprite file
 * (src/lib/build/icon-sprite.ts), and Starlight's inline search-shortcut script, whose work
 * the Search override's module does (src/lib/build/search-shortcut.ts). Before the CSP, so
 * the policies list only the scripts that remain.
 */
export async function slimPages(dir: string): Promise<{ icons: number; pages: number; file: string | null }> {
	const pages = await htmlFiles(dir);
	const html = await Promise.all(pages.map((p) => readFile(join(dir, p), 'utf8')));
	const sprite = buildSprite(html);
	if (sprite) await writeFile(join(dir, sprite.file), sprite.body);
	let changed = 0;
	for (const [i, page] of pages.entries()) {
		const after = withoutShortcutScript(sprite ? useSprite(html[i]!, sprite) : html[i]!);
		if (after !== html[i]) {
			await writeFile(join(dir, page), after);
			changed++;
		}
	}
	return { icons: sprite?.icons.size ?? 0, pages: changed, file: sprite?.file ?? null };
}

/** Writes each page's CSP meta; returns how many pages and inline scripts were covered. */
export async function writeCsp(dir: string): Promise<{ pages: number; scripts: number }> {
	let scripts = 0;
	const pages = await htmlFiles(dir);
	for (const page of pages) {
		const file = join(dir, page);
		const before = await readFile(file, 'utf8');
		const result = applyCsp(before);
		scripts += result.scripts;
		if (result.html !== before) await writeFile(file, result.html);
	}
	return { pages: pages.length, scripts };
}

/**
 * Starlight renders the English 404 entry at /en/404/; static hosts and nginx look for
 * /en/404.html, so give them that file too.
 */
async function copyLocalized404(dir: string): Promise<void> {
	const from = join(dir, 'en', '404', 'index.html');
	try {
		await stat(from);
	} catch {
		return;
	}
	await copyFile(from, join(dir, 'en', '404.html'));
}

/** The HTML of the given core pages in both languages (a page missing from the build is skipped: tests/e2e/offline.spec.ts names it). */
async function pagesHtml(dir: string, paths: string[]): Promise<string[]> {
	const pages: string[] = [];
	for (const path of [...paths, ...paths.map((p) => `/en${p}`)]) {
		try {
			pages.push(await readFile(join(dir, path, 'index.html'), 'utf8'));
		} catch {
			/* named by the offline spec */
		}
	}
	return pages;
}

const readSiteFile = (dir: string) => (path: string): string | null => {
	try {
		return readFileSync(join(dir, path), 'utf8');
	} catch {
		return null;
	}
};

/** Globs of the precache: the search runtime and, of the bundles, only those the core pages but the tools use. */
export async function coreGlobs(dir: string): Promise<string[]> {
	const bundles = coreAssets(await pagesHtml(dir, precachedPagePaths()), readSiteFile(dir)).map((p) => p.slice(1));
	return [...precacheGlobs.filter((g) => !g.startsWith('_astro/')), ...bundles];
}

/**
 * Writes dist/offline-core.json: the bundles the practice tools need beyond the precache,
 * which the offline client stores with the core pages. Returns them with their wire size.
 */
export async function writeCoreAssetList(dir: string): Promise<{ assets: string[]; wireBytes: number }> {
	const read = readSiteFile(dir);
	const assets = laterAssets(await pagesHtml(dir, precachedPagePaths()), await pagesHtml(dir, toolPagePaths), read);
	const list: CoreAssetList = { assets };
	await writeFile(join(dir, CORE_ASSETS_FILE.slice(1)), JSON.stringify(list));
	let wire = 0;
	for (const a of assets) wire += wireBytes(a, await readFile(join(dir, a.slice(1))));
	return { assets, wireBytes: wire };
}

/** Generates dist/sw.js; throws when Workbox reports a problem. */
export async function writeServiceWorker(dir: string): Promise<PrecacheSummary> {
	const common = {
		globDirectory: dir,
		globPatterns: await coreGlobs(dir),
		globIgnores: precacheIgnores,
		maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
		dontCacheBustURLsMatching: hashedUrlPattern,
	};
	const manifest = await getManifest(common);
	const entries = await Promise.all(
		manifest.manifestEntries.map(async (e) => ({ url: e.url, size: (await stat(join(dir, e.url))).size })),
	);
	const summary = summarizePrecache(entries);
	const { warnings } = await generateSW({
		...common,
		swDest: join(dir, 'sw.js'),
		mode: 'production',
		sourcemap: false,
		inlineWorkboxRuntime: true,
		// The page asks before switching to a new version (update prompt), so no skipWaiting.
		skipWaiting: false,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		cacheId: 'pustaka-polmas',
		// Pagefind asks for pagefind-entry.json?ts=<now> to dodge HTTP caches; the precached
		// copy matches the precached index, so serve it whatever the timestamp.
		// The quiz carries its set in the address (?seed=…&topic=…&count=…, &lembar=… for the
		// trainer's sheets, ?province=/?strategy= on the case list): those pages must open offline too, from the stored copy.
		ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^seed$/, /^topic$/, /^count$/, /^lembar$/, /^province$/, /^strategy$/],
		// Everything else (src/lib/offline/sw-handlers.ts): hashed assets from any cache first;
		// pages and other files from the network, kept as they are visited, the stored copy
		// used offline or after 4 s on a weak signal.
		runtimeCaching: [
			{ urlPattern: isHashedAsset, handler: assetHandler },
			{ urlPattern: isOtherSameOrigin, handler: pageHandler },
		],
	});
	// Optional globs (PDFs, fonts) may match nothing in a given build; anything else is an error.
	const problems = warnings.filter((w) => !w.includes("doesn't match any files"));
	if (problems.length > 0) throw new Error(`workbox: ${problems.join('; ')}`);
	return summary;
}

/** A file's bytes on the wire: nginx gzips text files of 512 bytes or more (deploy/site.conf). */
function wireBytes(file: string, data: Buffer): number {
	return /\.(html|css|js|json|svg|webmanifest|xml|txt)$/.test(file) && data.length >= 512 ? gzipSync(data, { level: 6 }).length : data.length;
}

/**
 * Writes dist/offline-all.json: the files of the whole-site download that the core
 * precache does not hold, with their size on the wire, and a version that changes when any
 * of them does.
 */
export async function writeDownloadList(dir: string): Promise<DownloadList> {
	const common = { globDirectory: dir, maximumFileSizeToCacheInBytes: 16 * MAX_FILE_BYTES };
	const core = new Set((await getManifest({ ...common, globPatterns: await coreGlobs(dir), globIgnores: precacheIgnores })).manifestEntries.map((e) => e.url));
	const all = (await getManifest({ ...common, globPatterns: fullSiteGlobs, globIgnores: fullSiteIgnores })).manifestEntries
		.filter((e) => !core.has(e.url))
		.sort((a, b) => a.url.localeCompare(b.url));
	const version = createHash('sha256');
	const files = [];
	for (const e of all) {
		const data = await readFile(join(dir, e.url));
		version.update(`${e.url}\0${e.revision ?? ''}\0`);
		files.push({ url: urlOfFile(e.url), wire: wireBytes(e.url, data) });
	}
	const list: DownloadList = { version: version.digest('hex').slice(0, 16), wireBytes: files.reduce((n, f) => n + f.wire, 0), files };
	await writeFile(join(dir, 'offline-all.json'), JSON.stringify(list));
	return list;
}

/**
 * Writes the download's size and version into each page's download control
 * (src/user-components/offline/OfflineDownload.astro renders a placeholder: the size is
 * known only once every page is built). Returns how many pages have a control.
 */
export async function fillDownloadControls(dir: string, list: DownloadList): Promise<number> {
	let pages = 0;
	for (const page of await htmlFiles(dir)) {
		const file = join(dir, page);
		const html = await readFile(file, 'utf8');
		if (!html.includes('<pp-offline-download')) continue;
		const out = html
			.replace(/(<span[^>]*\bdata-download-size="(id|en)"[^>]*>)\?<\/span>/g, (_, open: string, lang: 'id' | 'en') => `${open}${formatSize(list.wireBytes, lang)}</span>`)
			.replace(/<pp-offline-download /g, `<pp-offline-download data-version="${list.version}" `);
		if (/data-download-size="(id|en)"[^>]*>\?</.test(out) || !out.includes('data-download-size='))
			throw new Error(`postbuild: ${page}: the download size placeholder was not filled`);
		await writeFile(file, out);
		pages++;
	}
	return pages;
}

/**
 * Fails the build when a page's HTML is over its budget (src/lib/build/page-budget.ts);
 * returns the heaviest page and its gzip size.
 */
export async function checkPageBudgets(dir: string): Promise<{ file: string; wire: number }> {
	const pages = [];
	for (const file of await htmlFiles(dir)) pages.push({ file, wire: wireBytes(file, await readFile(join(dir, file))) });
	const problems = budgetProblems(pages);
	if (problems.length > 0) throw new Error(`postbuild: pages over their weight budget:\n  ${problems.join('\n  ')}`);
	return pages.reduce((a, b) => (b.wire > a.wire ? b : a), { file: '', wire: 0 });
}

/**
 * Gives each sitemap entry its page's review day as <lastmod> (the <time> the page shows).
 * Returns how many entries got one.
 */
export async function writeSitemapLastmod(dir: string): Promise<number> {
	let dated = 0;
	const sitemaps = (await readdir(dir)).filter((f) => /^sitemap-\d+\.xml$/.test(f)).sort();
	for (const name of sitemaps) {
		const file = join(dir, name);
		const before = await readFile(file, 'utf8');
		const days = new Map<string, string | undefined>();
		for (const [, loc] of before.matchAll(/<loc>([^<]+)<\/loc>/g)) {
			const path = decodeURIComponent(new URL(loc!).pathname);
			const html = await readFile(join(dir, path, 'index.html'), 'utf8').catch(() => '');
			days.set(loc!, reviewedOfHtml(html));
		}
		const after = withLastmod(before, (loc) => days.get(loc));
		dated += (after.match(/<lastmod>/g) ?? []).length;
		if (after !== before) await writeFile(file, after);
	}
	return dated;
}

/** All post-build steps, in the order they must run (pages are final before hashing). */
export async function postbuild(dir: string, log: Log = console.log): Promise<PrecacheSummary> {
	await copyLocalized404(dir);
	const slim = await slimPages(dir);
	log(`slimmed ${slim.pages} pages: ${slim.icons} icons drawn from one sprite (${slim.file ?? 'none'}), Starlight's inline search-shortcut script removed`);
	const csp = await writeCsp(dir);
	log(`CSP: ${csp.pages} pages, ${csp.scripts} inline scripts hashed`);
	log(`sitemap: ${await writeSitemapLastmod(dir)} pages with a lastmod (their review day)`);
	const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
	const later = await writeCoreAssetList(dir);
	log(`core pages: the practice tools' ${later.assets.length} bundles (${kib(later.wireBytes)} on the wire) are stored with them, not precached (dist${CORE_ASSETS_FILE})`);
	// Before the service worker: the pages that show the download's size are precached.
	const download = await writeDownloadList(dir);
	const filled = await fillDownloadControls(dir, download);
	log(`whole-site download: ${download.files.length} more files, ${kib(download.wireBytes)} on the wire (dist/offline-all.json; size shown on ${filled} pages)`);
	const heaviest = await checkPageBudgets(dir);
	log(`page budgets: every page within its budget; heaviest ${heaviest.file} at ${(heaviest.wire / 1000).toFixed(1)} kB gzip`);
	const summary = await writeServiceWorker(dir);
	log(
		`service worker: ${summary.count} files, ${kib(summary.bytes)} precached ` +
			`(${summary.htmlPages} pages; budget ${kib(PRECACHE_BUDGET_BYTES)})`,
	);
	if (summary.overBudget) log(`WARNING: precache ${kib(summary.bytes)} is over its budget of ${kib(PRECACHE_BUDGET_BYTES)}`);
	return summary;
}

/** The Astro integration: list it after starlight() in astro.config.mjs. */
export default function pustakaPostbuild(): AstroIntegration {
	return {
		name: 'pustaka-postbuild',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await postbuild(fileURLToPath(dir), (m) => logger.info(m));
			},
		},
	};
}
