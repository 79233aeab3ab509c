#!/usr/bin/env node
/**
 * `npm run bench`: measures the built site and prints a table; writes bench/results.json.
 *
 *  1. gzip size of HTML, JS and CSS per page type against Starlight's budget
 *  2. first-visit bytes of the home, a doctrine page and the quiz in headless Chromium
 *  3. search: bytes fetched and time to first results, 5 queries per language
 *  4. a cheap phone on a weak link (360×640, 700 kbit/s, 300 ms RTT, CPU 4× slower):
 *     largest contentful paint and query-to-result time, cold and with the service worker
 *  5. Lighthouse mobile (median of 3; the `lighthouse` dev dependency in Debian's Chromium) —
 *     or, when Lighthouse is not installed, the same core metrics (FCP, LCP, TBT, CLS) from
 *     Chromium's performance APIs, labelled so
 *  6. build time and peak memory at 1×, 10× and 40× content, from synthetic pages built in
 *     a throw-away copy of the project (.tmp/bench-site/, never committed)
 *
 * Times are reported, never asserted (the size budgets are enforced by tests instead).
 * Options: --skip-build (use dist/ as it is), --skip-scale, --runs N (default 3).
 * Serves dist/ with Debian's nginx when present (gzip and cache headers as in production),
 * else with scripts/serve-dist.mjs (uncompressed; byte figures then say so).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep, posix } from 'node:path';
import { chromium } from '@playwright/test';
import { median, linearity, starlightBudget } from '../src/lib/bench/math.ts';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', 3));
const PORT = Number(process.env.BENCH_PORT ?? 4472);
const BASE = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TMPDIR: join(process.cwd(), '.tmp') };
const results = { generatedBy: 'scripts/bench.mjs', node: process.version };
const kib = (n) => `${(n / 1024).toFixed(1)} kB`;
const secs = (ms) => (ms == null || Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

await mkdir('.tmp', { recursive: true });

// ---------------------------------------------------------------- build
function astroBuild(cwd) {
	const started = Date.now();
	// GNU time reports peak memory; without it the build still runs and memory is not reported.
	const timed = existsSync('/usr/bin/time');
	const command = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
	const r = spawnSync(timed ? '/usr/bin/time' : command[0], timed ? ['-v', ...command] : command.slice(1), {
		cwd,
		env,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (r.status !== 0) {
		process.stderr.write(r.stdout.slice(-4000) + r.stderr.slice(-4000));
		throw new Error(`astro build failed in ${cwd}`);
	}
	const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
	const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
	const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
	return {
		seconds: (Date.now() - started) / 1000,
		// CPU time is what linearity is judged on: wall time swings with other work on a shared machine.
		cpuSeconds: user && sys ? Number(user[1]) + Number(sys[1]) : null,
		peakRssMiB: rss ? Number(rss[1]) / 1024 : null,
	};
}

if (!flag('skip-build') || !existsSync('dist/index.html')) {
	console.log('building dist/ …');
	results.build = astroBuild('.');
}

// ---------------------------------------------------------------- files
async function listFiles(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
}
const gz = (buf) => gzipSync(buf, { level: 6 }).length;
const distFiles = await listFiles('dist');
const pages = distFiles.filter((f) => f.endsWith('index.html') && !/(^|\/)404\//.test(f)).map((f) => `/${f.replace(/index\.html$/, '')}`);
const pageSet = new Set(pages);
const pick = (wanted, pattern) => wanted.find((p) => pageSet.has(p)) ?? pages.find((p) => pattern.test(p));
const targets = {
	home: '/',
	doctrine: pick(['/konsep/apa-itu-polmas/', '/dasar-hukum/perpol-1-2021/'], /^\/konsep\/.+/),
	quiz: pick(['/kuis/'], /^\/kuis\//),
	pocketGuide: pick(['/buku-saku/'], /^\/buku-saku\//),
};
results.pages = { count: pages.length, targets };

// ---------------------------------------------------------------- 1. sizes per page type
const pageTs = await readFile('src/schemas/page.ts', 'utf8');
const typeByLabel = new Map();
for (const m of pageTs.matchAll(/'?([\w-]+)'?:\s*\{\s*id:\s*'([^']+)',\s*en:\s*'([^']+)'\s*\}/g)) {
	typeByLabel.set(m[2], m[1]);
	typeByLabel.set(m[3], m[1]);
}

/** Static imports of a built JS module (what the browser fetches before running it). */
function staticImports(code, fromUrl) {
	const out = [];
	for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g))
		out.push(posix.normalize(posix.join(posix.dirname(fromUrl), m[1])));
	return out;
}

async function pageWeight(path) {
	const html = await readFile(join('dist', path, 'index.html'));
	const text = html.toString('utf8');
	const js = new Map();
	const queue = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
	while (queue.length) {
		const url = queue.shift();
		if (js.has(url) || !url.startsWith('/')) continue;
		const buf = await readFile(join('dist', url));
		js.set(url, buf);
		queue.push(...staticImports(buf.toString('utf8'), url));
	}
	const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
	const cssUrls = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")/g)].map((m) => m[1]);
	const css = await Promise.all(cssUrls.map((u) => readFile(join('dist', u))));
	const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
	// Indonesian pages name the filter "jenis", English ones "type" (src/components/PageTitle.astro).
	const label = /data-pagefind-filter="(?:type|jenis)"[^>]*>([^<]+)</.exec(text)?.[1]?.trim();
	const type = path === '/' || path === '/en/' ? 'home' : (typeByLabel.get(label) ?? 'other');
	const ours = [...js.keys()].filter((u) => /\/_astro\/(Head|NotFoundSearch)\.astro/.test(u));
	return {
		path,
		type,
		html: gz(html),
		js: gz(Buffer.from([...js.values()].map((b) => b.toString('utf8')).join('\n') + inlineJs)),
		jsOurs: ours.reduce((n, u) => n + gz(js.get(u)), 0),
		css: gz(Buffer.from(css.map((b) => b.toString('utf8')).join('\n') + inlineCss)),
		jsFiles: [...js.keys()],
	};
}

const weights = await Promise.all(pages.map(pageWeight));
const byType = {};
for (const w of weights) (byType[w.type] ??= []).push(w);
results.sizes = { budget: starlightBudget, method: 'gzip -6 of what a first view loads: page HTML; <script src> files with their static imports plus inline scripts; non-print stylesheets plus inline <style>', byType: {} };
console.log('\n1. Page weight, gzip, largest page of each type (Starlight budget: HTML ≤ 7 kB, JS ≤ 27 kB, CSS ≤ 16.75 kB)');
console.log('   type          pages   HTML          JS (ours)            CSS');
for (const [type, list] of Object.entries(byType).sort()) {
	const max = (k) => Math.max(...list.map((w) => w[k]));
	const row = { pages: list.length, html: max('html'), js: max('js'), jsOurs: max('jsOurs'), css: max('css'), largest: list.sort((a, b) => b.html - a.html)[0].path };
	row.withinBudget = { html: row.html <= starlightBudget.html, js: row.js <= starlightBudget.js, css: row.css <= starlightBudget.css };
	results.sizes.byType[type] = row;
	const mark = (ok) => (ok ? ' ' : '!');
	console.log(
		`   ${type.padEnd(13)} ${String(row.pages).padStart(5)}   ${kib(row.html).padStart(8)}${mark(row.withinBudget.html)}    ${kib(row.js).padStart(8)}${mark(row.withinBudget.js)} (${kib(row.jsOurs)})   ${kib(row.css).padStart(8)}${mark(row.withinBudget.css)}`,
	);
}

{
	// What loads after the page is idle (never part of the first view): the offline client.
	const deferred = distFiles.filter((f) => /^_astro\/offline-client\.[\w-]+\.js$/.test(f));
	const deferredGz = (await Promise.all(deferred.map((f) => readFile(join('dist', f))))).reduce((n, b) => n + gz(b), 0);
	const largest = weights.reduce((a, b) => (b.html > a.html ? b : a));
	const text = await readFile(join('dist', largest.path, 'index.html'), 'utf8');
	const cspGz = largest.html - gz(Buffer.from(text.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')));
	results.sizes.deferredJsAfterIdle = deferredGz;
	results.sizes.cspMetaGzipBytes = cspGz;
	console.log(`   ours = this project's first-view JS (the idle loader); loaded later when idle: offline client ${kib(deferredGz)}`);
	console.log(`   the per-page CSP <meta> adds ${kib(cspGz)} to the largest page (${largest.path}); '!' = over budget`);
}

// ---------------------------------------------------------------- server
let server;
let compressed = false;
function startServer() {
	const nginx = existsSync('/usr/sbin/nginx') || spawnSync('sh', ['-c', 'command -v nginx']).status === 0;
	if (nginx) {
		const r = spawnSync('sh', ['scripts/ci-nginx.sh', 'start', 'dist', String(PORT)], { env: { ...env, NGINX_WORK: '.tmp/nginx-bench' }, encoding: 'utf8' });
		if (r.status === 0) {
			compressed = true;
			return;
		}
		console.log(`   (nginx did not start: ${r.stderr.trim()}; using scripts/serve-dist.mjs)`);
	}
	server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(PORT)], { stdio: 'ignore' });
}
function stopServer() {
	if (compressed) spawnSync('sh', ['scripts/ci-nginx.sh', 'stop'], { env: { ...env, NGINX_WORK: '.tmp/nginx-bench' } });
	server?.kill();
}
startServer();
for (let i = 0; i < 50; i++) {
	try {
		if ((await fetch(`${BASE}/`)).ok) break;
	} catch {}
	await new Promise((r) => setTimeout(r, 100));
}
results.server = compressed ? 'nginx (deploy/site.conf: gzip, cache headers)' : 'scripts/serve-dist.mjs (no compression)';

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** A fresh phone-sized context; `sw` says whether service workers may run. */
async function phone({ sw = false, width = 360, height = 640 } = {}) {
	return browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: sw ? 'allow' : 'block' });
}

/** Counts transferred bytes (headers + encoded body) of a page's requests. */
function byteCounter(page) {
	const counted = { bytes: 0, requests: 0, urls: [], beforeLoad: { bytes: 0, requests: 0 } };
	const startedBeforeLoad = new WeakSet();
	let loaded = false;
	page.on('load', () => (loaded = true));
	page.on('request', (req) => {
		if (!loaded) startedBeforeLoad.add(req);
	});
	page.on('requestfinished', async (req) => {
		try {
			const s = await req.sizes();
			const n = s.responseBodySize + s.responseHeadersSize;
			counted.bytes += n;
			counted.requests++;
			counted.urls.push(new URL(req.url()).pathname);
			if (startedBeforeLoad.has(req)) {
				counted.beforeLoad.bytes += n;
				counted.beforeLoad.requests++;
			}
		} catch {}
	});
	return counted;
}

async function throttle(page, { rttMs, kbps, cpu }) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: rttMs,
		downloadThroughput: (kbps * 1024) / 8,
		uploadThroughput: (kbps * 1024) / 8,
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	return cdp;
}

/** Installs observers for paint, layout-shift and long-task entries before any script. */
const vitalsInit = () => {
	const v = (window.__vitals = { lcp: 0, fcp: 0, cls: 0, longTasks: [] });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) v.lcp = e.renderTime || e.loadTime || e.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') v.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) if (!e.hadRecentInput) v.cls += e.value;
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) v.longTasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
};

async function vitals(page) {
	// LCP is final at the first input; an idle second lets late paints land first.
	await page.waitForTimeout(1000);
	return page.evaluate(() => {
		const v = window.__vitals;
		const tbt = v.longTasks.filter(([s]) => s >= v.fcp).reduce((n, [, d]) => n + Math.max(0, d - 50), 0);
		return { fcp: v.fcp, lcp: v.lcp, cls: v.cls, tbt };
	});
}

/** Pause between clearing the box and typing (subtracted from "from tapping" times). */
const SETTLE_MS = 400;

/** Opens Starlight's search, types the query, returns ms from typing to the first result. */
async function searchOnce(page, query) {
	const button = page.locator('site-search button[data-open-modal]').first();
	if (!(await page.locator('dialog[open]').count())) await button.click();
	const input = page.locator('#starlight__search input').first();
	await input.waitFor({ state: 'visible', timeout: 60_000 });
	await input.fill('');
	await page.waitForTimeout(SETTLE_MS);
	await page.evaluate(() => {
		window.__searchStart = performance.now();
		window.__searchFirst = undefined;
		const root = document.querySelector('#starlight__search');
		const seen = () => root?.querySelector('.pagefind-ui__result-link, .pagefind-ui__message');
		const obs = new MutationObserver(() => {
			const r = root?.querySelector('.pagefind-ui__result');
			if (r) {
				window.__searchFirst = performance.now();
				obs.disconnect();
			}
		});
		obs.observe(root ?? document.body, { childList: true, subtree: true });
		void seen;
	});
	await input.fill(query);
	await page.waitForFunction(() => window.__searchFirst !== undefined, undefined, { timeout: 60_000 }).catch(() => {});
	return page.evaluate(() => (window.__searchFirst === undefined ? NaN : window.__searchFirst - window.__searchStart));
}

try {
	// ------------------------------------------------------------ 2. first-visit bytes
	console.log(`\n2. First visit in headless Chromium (served by ${results.server})`);
	results.firstVisit = {};
	const precacheGz = await precacheTransfer();
	for (const [name, path] of Object.entries({ home: targets.home, doctrine: targets.doctrine, quiz: targets.quiz })) {
		if (!path) {
			console.log(`   ${name.padEnd(9)} (no such page in this build)`);
			results.firstVisit[name] = null;
			continue;
		}
		const ctx = await phone();
		const page = await ctx.newPage();
		const count = byteCounter(page);
		await page.goto(BASE + path, { waitUntil: 'load' });
		// After load and when idle, Starlight loads its search UI and the offline client warms
		// up the search index; requests started before `load` are the page itself.
		await page.waitForTimeout(3000);
		const atLoad = count.beforeLoad;
		results.firstVisit[name] = { path, atLoad, afterIdle: { bytes: count.bytes, requests: count.requests }, files: [...new Set(count.urls)] };
		console.log(
			`   ${name.padEnd(9)} ${path.padEnd(30)} ${kib(atLoad.bytes).padStart(9)} in ${atLoad.requests} requests until load; ${kib(count.bytes).padStart(9)} in ${count.requests} with what loads when idle (search UI, index warm-up)`,
		);
		await ctx.close();
	}
	results.firstVisit.serviceWorkerDownload = precacheGz;
	console.log(`   then, in the background, the service worker stores the site: ~${kib(precacheGz.transferBytes)} on the wire (${precacheGz.files} files, ${kib(precacheGz.storedBytes)} stored)`);

	// ------------------------------------------------------------ 3. search
	console.log('\n3. Search (fast link): bytes fetched and time from typing to first result');
	const queries = {
		id: ['Bhabinkamtibmas', 'FKPM', 'Perpol 1 2021', 'kemitraan', 'pemecahan masalah'],
		en: ['community policing', 'FKPM', 'partnership', 'problem solving', 'Bhabinkamtibmas'],
	};
	results.search = {};
	for (const [lang, list] of Object.entries(queries)) {
		const ctx = await phone();
		const page = await ctx.newPage();
		await page.goto(`${BASE}${lang === 'en' ? '/en/' : '/'}`, { waitUntil: 'load' });
		await page.waitForTimeout(1500);
		const count = byteCounter(page);
		results.search[lang] = [];
		for (const q of list) {
			const before = count.bytes;
			const ms = await searchOnce(page, q);
			await page.waitForTimeout(300);
			const bytes = count.bytes - before;
			results.search[lang].push({ query: q, ms, bytes });
			console.log(`   ${lang} ${q.padEnd(20)} ${secs(ms).padStart(8)}  ${kib(bytes).padStart(9)}`);
		}
		await ctx.close();
	}

	// ------------------------------------------------------------ 4. weak link
	const weak = { rttMs: 300, kbps: 700, cpu: 4 };
	console.log(`\n4. Cheap phone on a weak link (360×640, ${weak.kbps} kbit/s, ${weak.rttMs} ms RTT, CPU ${weak.cpu}× slower), median of ${RUNS}`);
	results.weakLink = { conditions: weak, runs: RUNS, cold: {}, cached: {} };
	const lcpTargets = { home: targets.home, doctrine: targets.doctrine, pocketGuide: targets.pocketGuide };
	for (const [name, path] of Object.entries(lcpTargets)) {
		if (!path) continue;
		const lcps = [];
		for (let i = 0; i < RUNS; i++) {
			const ctx = await phone();
			const page = await ctx.newPage();
			await page.addInitScript(vitalsInit);
			await throttle(page, weak);
			await page.goto(BASE + path, { waitUntil: 'load', timeout: 120_000 });
			lcps.push((await vitals(page)).lcp);
			await ctx.close();
		}
		results.weakLink.cold[`lcp_${name}`] = { path, ms: median(lcps), runs: lcps };
	}
	// Cold search twice: the moment the page has loaded, and after 5 s of reading (when the
	// idle-time warm-up of the search index has had a chance to run).
	for (const [key, readMs] of [['searchAtLoad', 0], ['search', 5000]]) {
		const times = [];
		for (let i = 0; i < RUNS; i++) {
			const ctx = await phone();
			const page = await ctx.newPage();
			await throttle(page, weak);
			await page.goto(BASE + '/', { waitUntil: 'load', timeout: 120_000 });
			if (readMs) await page.waitForTimeout(readMs);
			const t0 = Date.now();
			const ms = await searchOnce(page, 'Bhabinkamtibmas');
			times.push({ typing: ms, fromOpen: Date.now() - t0 - SETTLE_MS });
			await ctx.close();
		}
		results.weakLink.cold[key] = { query: 'Bhabinkamtibmas', afterReadingMs: readMs, ms: median(times.map((t) => t.typing)), fromOpeningSearchMs: median(times.map((t) => t.fromOpen)), runs: times };
	}
	// Cached: one fast visit installs the service worker; then the same phone on the weak link.
	{
		const ctx = await phone({ sw: true });
		const warm = await ctx.newPage();
		await warm.goto(BASE + '/', { waitUntil: 'load' });
		await warm.waitForSelector('.pp-offline-status[data-state="ready"]', { timeout: 60_000 });
		await warm.close();
		for (const [name, path] of Object.entries(lcpTargets)) {
			if (!path) continue;
			const lcps = [];
			for (let i = 0; i < RUNS; i++) {
				const page = await ctx.newPage();
				await page.addInitScript(vitalsInit);
				await throttle(page, weak);
				await page.goto(BASE + path, { waitUntil: 'load', timeout: 120_000 });
				lcps.push((await vitals(page)).lcp);
				await page.close();
			}
			results.weakLink.cached[`lcp_${name}`] = { path, ms: median(lcps), runs: lcps };
		}
		const times = [];
		for (let i = 0; i < RUNS; i++) {
			const page = await ctx.newPage();
			await throttle(page, weak);
			await page.goto(BASE + '/', { waitUntil: 'load', timeout: 120_000 });
			const t0 = Date.now();
			const ms = await searchOnce(page, 'Bhabinkamtibmas');
			times.push({ typing: ms, fromOpen: Date.now() - t0 - SETTLE_MS });
			await page.close();
		}
		results.weakLink.cached.search = { query: 'Bhabinkamtibmas', ms: median(times.map((t) => t.typing)), fromOpeningSearchMs: median(times.map((t) => t.fromOpen)), runs: times };
		await ctx.close();
	}
	console.log('   measure                         cold        cached (service worker)');
	for (const key of Object.keys(results.weakLink.cold)) {
		const c = results.weakLink.cold[key];
		const w = results.weakLink.cached[key];
		const label = key === 'search' ? 'search, after 5 s reading' : key === 'searchAtLoad' ? 'search, right at load' : `LCP ${c.path}`;
		console.log(`   ${label.padEnd(30)} ${secs(c.ms).padStart(8)}    ${secs(w?.ms).padStart(8)}`);
	}
	console.log('   (search = typing the query → first result shown; includes Pagefind UI\'s debounce)');
	console.log(`   (from tapping the search button instead: cold ${secs(results.weakLink.cold.search.fromOpeningSearchMs)} after reading, ${secs(results.weakLink.cold.searchAtLoad.fromOpeningSearchMs)} at load; cached ${secs(results.weakLink.cached.search.fromOpeningSearchMs)})`);

	// ------------------------------------------------------------ 5. Lighthouse or substitute
	const lighthouse = spawnSync('sh', ['-c', 'command -v lighthouse || ls node_modules/.bin/lighthouse'], { encoding: 'utf8' });
	results.lighthouse = { installed: lighthouse.status === 0 };
	console.log(`\n5. Lighthouse mobile, median of ${RUNS}`);
	if (!results.lighthouse.installed) {
		console.log('   lighthouse: not installed');
		console.log('   substitute: Chromium performance APIs (PerformanceObserver) under Lighthouse\'s mobile settings');
		console.log('   (412×823, 150 ms RTT, 1.6 Mbit/s down, CPU 4× slower; devtools throttling, not Lighthouse\'s simulation)');
		const lhConditions = { rttMs: 150, kbps: 1638, cpu: 4 };
		results.lighthouse.substitute = { method: 'PerformanceObserver: paint, largest-contentful-paint, layout-shift, longtask (TBT = Σ(longtask − 50 ms) after FCP until load + 1 s)', conditions: lhConditions, pages: {} };
		console.log('   page                            FCP       LCP       TBT      CLS');
		for (const [name, path] of Object.entries({ home: targets.home, doctrine: targets.doctrine, quiz: targets.quiz })) {
			if (!path) continue;
			const runs = [];
			for (let i = 0; i < RUNS; i++) {
				const ctx = await phone({ width: 412, height: 823 });
				const page = await ctx.newPage();
				await page.addInitScript(vitalsInit);
				await throttle(page, lhConditions);
				await page.goto(BASE + path, { waitUntil: 'load', timeout: 120_000 });
				runs.push(await vitals(page));
				await ctx.close();
			}
			const m = Object.fromEntries(['fcp', 'lcp', 'tbt', 'cls'].map((k) => [k, median(runs.map((r) => r[k]))]));
			results.lighthouse.substitute.pages[name] = { path, median: m, runs };
			console.log(`   ${(name + ' ' + path).padEnd(30)} ${secs(m.fcp).padStart(7)}  ${secs(m.lcp).padStart(7)}  ${String(Math.round(m.tbt)).padStart(5)} ms  ${m.cls.toFixed(3)}`);
		}
	} else {
		// Lighthouse's own mobile preset (simulated throttling) in Debian's Chromium, with the
		// flags that keep Chromium off the network (../shared/STACK.md).
		const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
		const outDir = '.tmp/lighthouse';
		await mkdir(outDir, { recursive: true });
		results.lighthouse.version = spawnSync(process.execPath, ['node_modules/lighthouse/cli/index.js', '--version'], { encoding: 'utf8' }).stdout.trim();
		results.lighthouse.pages = {};
		console.log(`   lighthouse ${results.lighthouse.version}, mobile form factor, simulated throttling, Debian Chromium`);
		console.log('   page                              perf  a11y  best  seo    FCP      LCP      TBT     CLS');
		const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
		const metrics = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' };
		for (const [name, path] of Object.entries({ home: targets.home, doctrine: targets.doctrine, quiz: targets.quiz })) {
			if (!path) continue;
			const runs = [];
			for (let i = 0; i < RUNS; i++) {
				const out = join(outDir, `${name}-${i}.json`);
				const run = spawnSync(
					process.execPath,
					['node_modules/lighthouse/cli/index.js', BASE + path, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${categories.join(',')}`, `--chrome-flags=${chromeFlags}`],
					{ encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } },
				);
				if (run.status !== 0) throw new Error(`lighthouse failed on ${path}:\n${run.stderr}`);
				const report = JSON.parse(await readFile(out, 'utf8'));
				runs.push({
					...Object.fromEntries(categories.map((c) => [c, Math.round(report.categories[c].score * 100)])),
					...Object.fromEntries(Object.entries(metrics).map(([k, audit]) => [k, report.audits[audit].numericValue])),
				});
			}
			const m = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
			results.lighthouse.pages[name] = { path, median: m, runs };
			console.log(
				`   ${(name + ' ' + path).padEnd(32)} ${categories.map((c) => String(m[c]).padStart(4)).join('  ')}  ${secs(m.fcp).padStart(7)}  ${secs(m.lcp).padStart(7)}  ${String(Math.round(m.tbt)).padStart(4)} ms  ${m.cls.toFixed(3)}`,
			);
		}
	}
} finally {
	await browser.close();
	stopServer();
}

/** What the service worker downloads on a first visit: its precache, gzip as nginx sends it. */
async function precacheTransfer() {
	const sw = await readFile('dist/sw.js', 'utf8');
	const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]);
	let stored = 0;
	let wire = 0;
	for (const url of urls) {
		const buf = await readFile(join('dist', url));
		stored += buf.length;
		const textual = /\.(html|css|js|json|svg|webmanifest|xml|txt)$/.test(url) && buf.length >= 512;
		wire += compressed && textual ? gz(buf) : buf.length;
	}
	return { files: urls.length, storedBytes: stored, transferBytes: wire, compressed };
}

// ---------------------------------------------------------------- 6. build scaling
if (!flag('skip-scale')) {
	console.log('\n6. Build time and peak memory with synthetic content (in .tmp/bench-site/, never committed)');
	const site = '.tmp/bench-site';
	const realPages = (await listFiles('content/docs')).filter((f) => /\.mdx?$/.test(f));
	const sample = await Promise.all(realPages.map((f) => readFile(join('content/docs', f), 'utf8')));
	// Pages being written now are short drafts; size synthetic pages like a finished doctrine
	// page (about 6,000 characters of MDX) unless the real average is already larger.
	const avgBody = Math.max(6000, Math.round(sample.reduce((n, s) => n + s.length, 0) / sample.length));
	results.scaling = { realPages: realPages.length, syntheticPageChars: avgBody, note: 'synthetic pages live in content/docs/zz-bench/ (and en/), outside the sidebar, so this measures per-page cost; a sidebar listing every page would add a per-page cost that grows with the page count', runs: [] };
	const words = 'polmas kemitraan warga bhabinkamtibmas fkpm kamtibmas pemecahan masalah desa kelurahan polsek polres pembinaan musyawarah keamanan ketertiban masyarakat pencegahan tokoh adat agama pemuda forum komunikasi laporan kunjungan'.split(' ');
	const para = (seed, n) => Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ');
	const synthetic = (i, lang) => {
		let body = `---\ntitle: Halaman uji ${i}\ndescription: Halaman sintetis untuk mengukur waktu build.\ntype: konsep\nsources: [fakta-terperiksa]\n---\n\n`;
		let n = 0;
		while (body.length < avgBody) body += `## Bagian ${++n}\n\n${para(i + n, 60)}.\n\n- ${para(i, 8)}\n- ${para(i + 1, 8)}\n\n`;
		return lang === 'en' ? body.replace('Halaman uji', 'Test page') : body;
	};
	for (const factor of [1, 10, 40]) {
		await rm(site, { recursive: true, force: true });
		await mkdir(site, { recursive: true });
		for (const entry of await readdir('.')) {
			if (['node_modules', 'dist', '.git', '.tmp', '.astro', 'bench', 'test-results'].includes(entry)) continue;
			await cp(entry, join(site, entry), { recursive: true, verbatimSymlinks: true });
		}
		await symlink(join(process.cwd(), 'node_modules'), join(site, 'node_modules'));
		const extraPerLang = Math.round(((factor - 1) * realPages.length) / 2);
		for (const lang of ['id', 'en']) {
			const dir = join(site, 'content/docs', lang === 'en' ? 'en/zz-bench' : 'zz-bench');
			await mkdir(dir, { recursive: true });
			for (let i = 0; i < extraPerLang; i++) await writeFile(join(dir, `halaman-${i}.mdx`), synthetic(i, lang));
		}
		const totalPages = realPages.length + 2 * extraPerLang;
		process.stdout.write(`   ${String(factor).padStart(2)}× ${String(totalPages).padStart(5)} pages … `);
		const r = astroBuild(site);
		const htmlCount = (await listFiles(join(site, 'dist'))).filter((f) => f.endsWith('.html')).length;
		results.scaling.runs.push({ factor, pages: totalPages, htmlFiles: htmlCount, seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakRssMiB: r.peakRssMiB });
		console.log(`${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds?.toFixed(1)} s CPU, peak RSS ${r.peakRssMiB?.toFixed(0)} MiB`);
	}
	await rm(site, { recursive: true, force: true });
	const lin = linearity(results.scaling.runs.map((r) => ({ pages: r.pages, seconds: r.cpuSeconds ?? r.seconds })));
	const wall = linearity(results.scaling.runs.map((r) => ({ pages: r.pages, seconds: r.seconds })));
	results.scaling.linearity = { cpu: lin, wall };
	console.log(
		`   CPU time: ${(lin.secondsPerPage * 1000).toFixed(1)} ms per extra page; 40× took ${(lin.ratioToLinear * 100).toFixed(0)} % of the straight line through 1× and 10× → ${lin.linear ? 'linear' : 'NOT linear'}`,
	);
	console.log(`   wall time: 40× took ${(wall.ratioToLinear * 100).toFixed(0)} % of the line (wall time also counts other work on the machine)`);
}

await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
console.log('\nwrote bench/results.json');
