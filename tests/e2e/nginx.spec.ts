/**
 * The production nginx rules (deploy/site.conf, deploy/headers.conf) served by Debian's
 * nginx on loopback via scripts/ci-nginx.sh: security headers on every response, immutable
 * caching only for content-hashed files, revalidation for HTML and the service worker, and
 * localised 404 pages. Runs its own nginx (on a free port, config in .tmp/nginx-spec) so it
 * never disturbs a server the suite itself, or another checkout, may be running.
 */
import { execFileSync } from 'node:child_process';
import { get } from 'node:http';
import { readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { distDir, sitemapPaths } from './site-pages';
import { budgetProblems } from '../../src/lib/build/page-budget';

const env = { ...process.env, NGINX_WORK: '.tmp/nginx-spec' };
let base = '';

/** A port nobody listens on now: the system picks it. */
const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	execFileSync('sh', ['scripts/ci-nginx.sh', 'start', distDir, String(port)], { env, stdio: 'pipe' });
});
test.afterAll(() => {
	execFileSync('sh', ['scripts/ci-nginx.sh', 'stop'], { env, stdio: 'pipe' });
});

const css = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.css'));
const pfIndex = readdirSync(join(distDir, 'pagefind', 'index'))[0];

test('every response carries the security headers', async ({ request }) => {
	for (const path of ['/', '/en/', `/_astro/${css}`, '/sw.js', '/pagefind/pagefind.js', '/no-such-page/']) {
		const res = await request.get(base + path);
		const h = res.headers();
		expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(h['content-security-policy'], path).not.toMatch(/script-src|default-src/);
		expect(h['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
		expect(h['x-content-type-options'], path).toBe('nosniff');
		expect(h['referrer-policy'], path).toBe('no-referrer');
	}
});

test('hashed assets are immutable; pages, the worker and the search entry revalidate', async ({ request }) => {
	for (const path of [`/_astro/${css}`, `/pagefind/index/${pfIndex}`])
		expect((await request.get(base + path)).headers()['cache-control'], path).toContain('immutable');
	for (const path of ['/', '/en/', '/sw.js', '/manifest.webmanifest', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
		const res = await request.get(base + path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['cache-control'], path).toBe('no-cache');
	}
});

test('pages are served as UTF-8 HTML, gzipped, and the manifest with its own type', async ({ request }) => {
	const page = await request.get(`${base}/`, { headers: { 'accept-encoding': 'gzip' } });
	expect(page.headers()['content-type']).toMatch(/^text\/html/);
	expect(page.headers()['content-encoding']).toBe('gzip');
	expect((await request.get(`${base}/manifest.webmanifest`)).headers()['content-type']).toMatch(/^application\/manifest\+json/);
});

test('a missing page gets the 404 page of its language', async ({ request }) => {
	const id = await request.get(`${base}/tidak-ada/`);
	expect(id.status()).toBe(404);
	expect(await id.text()).toContain('Halaman tidak ditemukan');
	const en = await request.get(`${base}/en/not-here/`);
	expect(en.status()).toBe(404);
	expect(await en.text()).toContain('Page not found');
});

test('a folder address without its slash is redirected to the canonical one', async ({ request }) => {
	const page = sitemapPaths().find((p) => p.split('/').length > 3) ?? '/en/';
	const res = await request.get(base + page.replace(/\/$/, ''), { maxRedirects: 0 });
	expect(res.status()).toBe(301);
	expect(res.headers()['location']).toBe(page);
});

test('a folder with no page of its own is not found rather than forbidden', async ({ request }) => {
	const res = await request.get(`${base}/pagefind/index/`);
	expect(res.status()).toBe(404);
});

/** The bytes nginx sends for a path to a browser that accepts gzip, counted as they arrive. */
const wireBytes = (url: string) =>
	new Promise<{ bytes: number; encoding: string | undefined }>((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
			let bytes = 0;
			res.on('data', (chunk: Buffer) => (bytes += chunk.length));
			res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] }));
		}).on('error', reject);
	});

test('every page goes over the wire within its weight budget (quiz and trainer pages 12 kB, every other page 20 kB), reading pages a median within 7 KiB', async () => {
	const pages = [];
	for (const path of sitemapPaths()) {
		const { bytes, encoding } = await wireBytes(base + path);
		expect(encoding, path).toBe('gzip');
		pages.push({ file: `${path.slice(1)}index.html`, wire: bytes });
	}
	expect(pages.length).toBeGreaterThan(100);
	expect(budgetProblems(pages)).toEqual([]);
	// Reading pages (not the home page, quizzes, trainer pages or tools): half of them within
	// 7 KiB, below a default Starlight site with the same prose (npm run bench compares).
	const reading = pages.filter((p) => !/^(en\/)?((kuis|pelatih|praktik)\/.*)?index\.html$/.test(p.file)).map((p) => p.wire).sort((a, b) => a - b);
	expect(reading.length).toBeGreaterThan(60);
	expect(reading[Math.floor((reading.length - 1) / 2)]).toBeLessThanOrEqual(7 * 1024);
	// The quiz pages are really measured (a long topic in two parts, each well within 12 kB).
	const istilah = pages.find((p) => p.file === 'kuis/istilah/index.html');
	expect(istilah?.wire).toBeGreaterThan(5_000);
});

test('the sitemap gives every page its review day as lastmod', async ({ request }) => {
	const index = await (await request.get(`${base}/sitemap-index.xml`)).text();
	const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	expect(maps.length).toBeGreaterThan(0);
	let urls = 0;
	for (const map of maps) {
		const xml = await (await request.get(base + map)).text();
		for (const [entry] of xml.matchAll(/<url>.*?<\/url>/g)) {
			urls++;
			expect(entry).toMatch(/<loc>[^<]+<\/loc><lastmod>20\d\d-\d\d-\d\d<\/lastmod>/);
		}
	}
	expect(urls).toBe(sitemapPaths().length);
});
