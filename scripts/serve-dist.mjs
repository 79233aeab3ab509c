#!/usr/bin/env node
/**
 * A minimal static server for dist/ on 127.0.0.1, used by the Playwright suite and the
 * benchmark. Unlike `astro preview` it can serve any folder (`--dir`), which the benchmark
 * needs for its scaled builds, and it returns dist/404.html for missing paths as a static
 * host would. Usage: node scripts/serve-dist.mjs [--port 4321] [--dir dist]; with --port 0 the
 * system picks a free port, printed on the first line.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
		const body = await readFile(target);
		res.writeHead(status, { 'content-type': types[extname(target)] ?? 'application/octet-stream' });
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
