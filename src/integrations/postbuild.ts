/**
 * Post-build steps over the finished dist/: per-page Content Security Policy, the English
 * 404 file for static hosts, and the service worker (Workbox generateSW) that precaches
 * the whole site for offline use.
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
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';
import { applyCsp } from '../lib/build/csp.ts';
import {
	MAX_FILE_BYTES,
	PRECACHE_BUDGET_BYTES,
	hashedUrlPattern,
	precacheGlobs,
	precacheIgnores,
	summarizePrecache,
	type PrecacheSummary,
} from '../lib/offline/precache.ts';

type Log = (message: string) => void;

/** Every *.html file under dir, as sorted paths relative to dir with forward slashes. */
export async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
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

/** Generates dist/sw.js; throws when Workbox reports a problem. */
export async function writeServiceWorker(dir: string): Promise<PrecacheSummary> {
	const common = {
		globDirectory: dir,
		globPatterns: precacheGlobs,
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
		runtimeCaching: [
			{
				// A page that was not precached (e.g. a mistyped address): try the network,
				// and offline show the English or Indonesian 404 page, which offers search.
				urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith('/en/'),
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: '/en/404.html' } },
			},
			{
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: '/404.html' } },
			},
		],
	});
	// Optional globs (PDFs, fonts) may match nothing in a given build; anything else is an error.
	const problems = warnings.filter((w) => !w.includes("doesn't match any files"));
	if (problems.length > 0) throw new Error(`workbox: ${problems.join('; ')}`);
	return summary;
}

/** All post-build steps, in the order they must run (pages are final before hashing). */
export async function postbuild(dir: string, log: Log = console.log): Promise<PrecacheSummary> {
	await copyLocalized404(dir);
	const csp = await writeCsp(dir);
	log(`CSP: ${csp.pages} pages, ${csp.scripts} inline scripts hashed`);
	const summary = await writeServiceWorker(dir);
	const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
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
