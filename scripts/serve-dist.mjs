#!/usr/bin/env node
/**
 * A minimal static server for dist/ on 127.0.0.1, used by the Playwright suite and the
 * benchmark. Unlike `astro preview` it can serve any folder (`--dir`), which the benchmark
 * needs for its scaled builds, and it returns dist/404.html for missing paths as a static
 * host would. Like nginx with deploy/site.conf it gzips text of 512 bytes or more and marks
 * hashed bundles immutable, so byte counts match production. Usage: node scripts/serve-dist.mjs [--port 4321] [--dir dist]; with --port 0 the
 * system picks a free port, printed on the first line.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option('port', 4321));
const root = resolve(option('dir', 'dist'));

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
};

async function resolveFile(urlPath) {
	let path;
	try {
		path = decodeURIComponent(urlPath.split('?')[0]);
	} catch {
		return undefined;
	}
	const file = normalize(join(root, path));
	if (!file.startsWith(root)) return undefined;
	for (const candidate of [file, join(file, 'index.html')]) {
		try {
			if ((await stat(candidate)).isFile()) return candidate;
		} catch {}
	}
	return undefined;
}

const server = createServer(async (req, res) => {
	const file = await resolveFile(req.url ?? '/');
	const status = file ? 200 : 404;
	const target = file ?? join(root, req.url?.startsWith('/en/') ? 'en/404.html' : '404.html');
	try {
		let body = await readFile(target);
		const type = types[extname(target)] ?? 'application/octet-stream';
		const headers = { 'content-type': type, vary: 'Accept-Encoding' };
		headers['cache-control'] = /^\/_astro\/|^\/data\/.+\.[0-9a-f]{8,}\.json$|_[0-9a-f]{7,}\.pf_/.test(req.url ?? '') ? 'public, max-age=31536000, immutable' : 'no-cache';
		if (/^(text\/|application\/(json|manifest|xml)|image\/svg)/.test(type) && body.length >= 512 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body, { level: 6 });
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(status, headers);
		res.end(body);
	} catch {
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	}
});
server.listen(port, '127.0.0.1', () => {
	const address = server.address();
	console.log(`serving ${root} on http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`);
});
