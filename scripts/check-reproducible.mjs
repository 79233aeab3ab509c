#!/usr/bin/env node
/**
 * Reproducible-build check: builds the site twice from the same working tree and compares
 * every file of the two dist/ folders byte for byte. Prints the files that differ (with the
 * first differing bytes) and exits 1 if any do. The second build starts without Astro's
 * content cache (.astro/, node_modules/.astro/) so a cache cannot hide a difference.
 *
 * Usage: npx node scripts/check-reproducible.mjs        (leaves the second build in dist/)
 *        npx node scripts/check-reproducible.mjs --reuse  (first copy = the existing dist/)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const reuse = process.argv.includes('--reuse');
const copy = '.tmp/repro-first';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function build(label) {
	const started = Date.now();
	const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, encoding: 'utf8' });
	if (r.status !== 0) {
		process.stderr.write(r.stdout + r.stderr);
		throw new Error(`${label} build failed`);
	}
	console.log(`${label} build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function files(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

function firstDifference(a, b) {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i < n && a[i] === b[i]) i++;
	const show = (buf) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
	return `at byte ${i}:\n      first:  ${show(a)}\n      second: ${show(b)}`;
}

if (!reuse) build('first');
await rm(copy, { recursive: true, force: true });
await mkdir('.tmp', { recursive: true });
await cp('dist', copy, { recursive: true });
await rm('.astro', { recursive: true, force: true });
await rm('node_modules/.astro', { recursive: true, force: true });
build('second');

const [a, b] = [await files(copy), await files('dist')];
const problems = [];
for (const f of a.filter((f) => !b.includes(f))) problems.push(`only in the first build: ${f}`);
for (const f of b.filter((f) => !a.includes(f))) problems.push(`only in the second build: ${f}`);
const tree = createHash('sha256');
for (const f of a.filter((f) => b.includes(f))) {
	const [x, y] = [await readFile(join(copy, f)), await readFile(join('dist', f))];
	tree.update(f).update(x);
	if (!x.equals(y)) problems.push(`differs: ${f} ${firstDifference(x, y)}`);
}
if (problems.length > 0) {
	console.error(`NOT reproducible: ${problems.length} difference(s)`);
	for (const p of problems) console.error(`  ${p}`);
	process.exit(1);
}
console.log(`reproducible: ${a.length} files identical in both builds (tree sha256 ${tree.digest('hex').slice(0, 16)})`);
await rm(copy, { recursive: true, force: true });
