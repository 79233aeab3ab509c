/**
 * Lighthouse 13 (the dev dependency) in Debian's Chromium, mobile preset, median of `runs`,
 * on the home page, a doctrine page and the quiz hub. Opt-in (--lighthouse): about a
 * minute per run.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { median } from '../../src/lib/bench/math.ts';
import { secs } from './common.mjs';

export async function lighthouse(BASE, targets, RUNS) {
	const results = { lighthouse: {} };
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
	return results.lighthouse;
}
