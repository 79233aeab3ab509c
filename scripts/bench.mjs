#!/usr/bin/env node
/**
 * `npm run bench`: measures the built site beside a default Starlight site built in the
 * same run (bench/default-starlight/, two languages, no overrides), and prints ratios first,
 * absolute figures second; writes bench/results.json and docs/BENCH.md.
 *
 *  1. HTML, JS and CSS gzip of a reading page (median), and the largest page
 *  2. first visit, counted at the server (nginx access log): bytes in the first 15 s,
 *     service worker and what it stores included
 *  3. search on a weak link (700 kbit/s, 300 ms RTT, CPU 4× slower): type a query after
 *     5 s of reading on a first visit; and once the site is stored
 *  4. optional: Lighthouse mobile (--lighthouse), build scaling (--scale)
 *
 * Times are reported, never asserted; the size budgets are held by tests. One module per
 * measurement in scripts/bench/. Options: --skip-build, --runs N (default 3).
 * Needs Debian's nginx and chromium (.ci/run installs both).
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { astroBuild, flag, kib, option, ratio, secs } from './bench/common.mjs';
import { startSite } from './bench/server.mjs';
import { launch } from './bench/browser.mjs';
import { pageWeights, summarize } from './bench/sizes.mjs';
import { cachedSearch, firstVisit, weakSearch } from './bench/visits.mjs';

const RUNS = Number(option('runs', 3));

/**
 * The yardstick's reading pages carry the same words as ours: each concept page's MDX with
 * its imports and components taken out, as plain Markdown. So the ratios show what this
 * site adds to Starlight for the same content, not a difference in content.
 */
async function writeSameProse(docs) {
	let n = 0;
	for (const [from, to] of [['content/docs/konsep', 'guides'], ['content/docs/en/konsep', 'en/guides']]) {
		await mkdir(`${docs}/${to}`, { recursive: true });
		for (const file of (await readdir(from)).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')) {
			const text = await readFile(`${from}/${file}`, 'utf8');
			const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
			if (!front) continue;
			const keep = front.split('\n').filter((l) => /^(title|description):/.test(l)).join('\n');
			const prose = body
				.split('\n')
				.filter((l) => !/^\s*(import |export |<\/?[A-Z])/.test(l))
				.join('\n')
				.replace(/<[A-Z][^>]*\/>/g, '');
			await writeFile(`${docs}/${to}/${file.replace(/\.mdx$/, '.md')}`, `---\n${keep}\n---\n${prose}`);
			n++;
		}
	}
	return n;
}
const DEFAULT_DIST = '.tmp/bench-default/dist';
const results = { generatedBy: 'scripts/bench.mjs', node: process.version, runs: RUNS };
await mkdir('.tmp', { recursive: true });

// ---------------------------------------------------------------- builds
if (!flag('skip-build') || !existsSync('dist/index.html')) {
	console.log('building dist/ …');
	results.build = astroBuild('.');
}
console.log('building the default Starlight site (bench/default-starlight, with our concept pages as plain Markdown) …');
await rm('.tmp/bench-default', { recursive: true, force: true });
await cp('bench/default-starlight', '.tmp/bench-default', { recursive: true });
results.defaultPages = await writeSameProse('.tmp/bench-default/src/content/docs');
results.defaultBuild = astroBuild('.tmp/bench-default', { BENCH_DEFAULT_OUT: `${process.cwd()}/${DEFAULT_DIST}` });

// ---------------------------------------------------------------- 1. sizes
const ours = await pageWeights('dist');
const base = await pageWeights(DEFAULT_DIST);
results.sizes = { method: 'gzip -6 of what a first view loads: HTML; <script src> files with static imports plus inline scripts; non-print stylesheets plus inline <style>', ours: summarize(ours), default: summarize(base) };
const o = results.sizes.ours;
const d = results.sizes.default;

// ---------------------------------------------------------------- 2, 3. visits
const site = await startSite('dist', Number(process.env.BENCH_PORT ?? 4472), 'ours');
const fixture = await startSite(DEFAULT_DIST, Number(process.env.BENCH_DEFAULT_PORT ?? 4473), 'default');
const browser = await launch();
try {
	const quizAll = ours.find((w) => w.path === '/kuis/semua/')?.path;
	const readingPage = ours.find((w) => w.path === '/konsep/apa-itu-polmas/')?.path ?? o.largest.path;
	results.firstVisit = { windowMs: 15_000, ours: {}, default: {} };
	for (const [name, path] of Object.entries({ home: '/', reading: readingPage, quizAll, largest: o.largest.path })) {
		if (path) results.firstVisit.ours[name] = await firstVisit(browser, site, path);
	}
	results.firstVisit.default.home = await firstVisit(browser, fixture, '/');
	results.firstVisit.default.reading = await firstVisit(browser, fixture, '/guides/apa-itu-polmas/');

	results.search = {
		conditions: '700 kbit/s, 300 ms RTT, CPU 4× slower, 360×640; first visit, 5 s of reading, then typing',
		ours: await weakSearch(browser, site, 'Bhabinkamtibmas', RUNS),
		default: await weakSearch(browser, fixture, 'kemitraan', RUNS),
		oursCached: await cachedSearch(browser, site, 'Bhabinkamtibmas', RUNS),
	};

	if (flag('lighthouse')) {
		const { lighthouse } = await import('./bench/lighthouse.mjs');
		results.lighthouse = await lighthouse(site.base, { home: '/', doctrine: readingPage, quiz: '/kuis/' }, RUNS);
	}
} finally {
	await browser.close();
	site.stop();
	fixture.stop();
}
if (flag('scale')) {
	const { scaling } = await import('./bench/scaling.mjs');
	results.scaling = await scaling();
}

// ---------------------------------------------------------------- report
const fv = results.firstVisit;
const s = results.search;
const rows = [
	['reading page HTML (median, gz)', o.reading.html, d.reading.html, kib],
	['reading page JS (median, gz)', o.reading.js, d.reading.js, kib],
	['reading page CSS (median, gz)', o.reading.css, d.reading.css, kib],
	['largest page HTML (gz)', o.largest.html, d.largest.html, kib],
	['first visit, home, 15 s at the server', fv.ours.home?.bytes15s, fv.default.home.bytes15s, kib],
	['first visit, reading page, 15 s', fv.ours.reading?.bytes15s, fv.default.reading.bytes15s, kib],
	['weak-link search after 5 s reading', s.ours.ms, s.default.ms, secs],
];
const lines = [];
lines.push('| measure | Pustaka Polmas | default Starlight | ratio |', '| --- | ---: | ---: | ---: |');
for (const [label, a, b, fmt] of rows) lines.push(`| ${label} | ${fmt(a)} | ${fmt(b)} | ${ratio(a, b)} |`);
const abs = [
	`- first visit of /kuis/semua/ (fetches the question bank): ${kib(fv.ours.quizAll?.bytes15s)}; of the largest page ${o.largest.path}: ${kib(fv.ours.largest?.bytes15s)}`,
	`- search once the site is stored (same weak link): ${secs(s.oursCached.ms)}`,
	`- reading pages over 7 KiB gz: ${o.reading.over7kB.length} of ${o.reading.pages} (default Starlight: ${d.reading.over7kB.length} of ${d.reading.pages})`,
	`- largest page of each type (gz): ${Object.entries(o.byType).map(([t, v]) => `${t} ${kib(v.maxHtml)}`).join(', ')}`,
];
console.log('\nRatios to a default Starlight site built in the same run (lower is lighter):\n');
console.log(lines.join('\n'));
console.log('\nAbsolute figures:');
console.log(abs.join('\n'));

await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
await writeFile(
	'docs/BENCH.md',
	`# Benchmark\n\nWritten by \`npm run bench\` (scripts/bench.mjs); full figures in bench/results.json. Measured on ${new Date().toISOString().slice(0, 10)}, median of ${RUNS} where timed, ${s.conditions} for search.\n\n${lines.join('\n')}\n\n${abs.join('\n')}\n`,
);
console.log('\nwrote bench/results.json and docs/BENCH.md');
