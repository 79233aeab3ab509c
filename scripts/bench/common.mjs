/**
 * Shared by the benchmark's measurements: command-line options, formatting, files and gzip,
 * and the Astro build (with GNU time for peak memory when present).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';

const args = process.argv.slice(2);
export const flag = (name) => args.includes(`--${name}`);
export const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};

export const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
/** Bytes as KiB (1,024 bytes), the unit every size in the report uses. */
export const kib = (n) => (n == null ? 'n/a' : `${(n / 1024).toFixed(1)} KiB`);
export const secs = (ms) => (ms == null || Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
export const ratio = (ours, base) => (ours == null || !base ? 'n/a' : `${(ours / base).toFixed(2)}×`);
export const gz = (buf) => gzipSync(buf, { level: 6 }).length;

/** Every file under dir, as sorted paths relative to it with forward slashes. */
export async function listFiles(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
}

/** `astro build` of the site at `root` (a folder with astro.config.mjs), timed. */
export function astroBuild(root, extraEnv = {}, cwd = '.') {
	const started = Date.now();
	const timed = existsSync('/usr/bin/time');
	const command = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--root', root];
	const r = spawnSync(timed ? '/usr/bin/time' : command[0], timed ? ['-v', ...command] : command.slice(1), {
		cwd,
		env: { ...env, ...extraEnv },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (r.status !== 0) {
		process.stderr.write(r.stdout.slice(-4000) + r.stderr.slice(-4000));
		throw new Error(`astro build failed for ${root}`);
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
