/**
 * Serves a built site for the benchmark with Debian's nginx and the production config
 * (scripts/ci-nginx.sh: gzip and cache headers as deployed). Its access log records the
 * bytes sent for each request with a timestamp, so a visit is counted at the server:
 * the page, its scripts, the service worker and all it downloads.
 */
import { spawnSync } from 'node:child_process';
import { readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { env } from './common.mjs';

export async function startSite(dist, port, name) {
	const work = `.tmp/nginx-bench-${name}`;
	const r = spawnSync('sh', ['scripts/ci-nginx.sh', 'start', dist, String(port)], { env: { ...env, NGINX_WORK: work }, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`nginx did not start for ${dist}: ${r.stderr.trim()} (the benchmark needs Debian's nginx: apt-get install nginx)`);
	const log = join(work, 'logs', 'access.log');
	return {
		base: `http://127.0.0.1:${port}`,
		/** Forgets what was logged so far. */
		async resetLog() {
			await truncate(log, 0).catch(() => undefined);
		},
		/** Bytes sent since the last reset, in all and within `windowMs` of the first request. */
		async bytesSent(windowMs = Infinity) {
			const lines = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
			const rows = lines.map((l) => {
				const [msec, bytes, status, ...req] = l.split(' ');
				return { at: Number(msec) * 1000, bytes: Number(bytes), status: Number(status), request: req.join(' ').replace(/^"|"$/g, '') };
			});
			if (!rows.length) return { all: 0, window: 0, requests: 0, rows };
			const t0 = rows[0].at;
			return {
				all: rows.reduce((n, r) => n + r.bytes, 0),
				window: rows.filter((r) => r.at - t0 <= windowMs).reduce((n, r) => n + r.bytes, 0),
				requests: rows.length,
				rows,
			};
		},
		stop() {
			spawnSync('sh', ['scripts/ci-nginx.sh', 'stop'], { env: { ...env, NGINX_WORK: work } });
		},
	};
}
