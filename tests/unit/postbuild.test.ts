import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPageBudgets, fillDownloadControls, htmlFiles, writeCsp, writeDownloadList, writeServiceWorker } from '../../src/integrations/postbuild';
import { hashSource } from '../../src/lib/build/csp';

let dir: string;
const page = (script: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"/><script>${script}</script></head><body><main>x</main></body></html>`;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'pp-postbuild-'));
	await mkdir(join(dir, 'en', 'konsep'), { recursive: true });
	await mkdir(join(dir, 'pagefind'), { recursive: true });
	await writeFile(join(dir, 'index.html'), page('home()'));
	await writeFile(join(dir, '404.html'), page('nf()'));
	await writeFile(join(dir, 'en', '404.html'), page('nf()'));
	await writeFile(join(dir, 'en', 'konsep', 'index.html'), page('concept()'));
	await writeFile(join(dir, 'pagefind', 'pagefind.js'), 'export const x = 1;');
	await mkdir(join(dir, '_astro'), { recursive: true });
	await writeFile(join(dir, '_astro', 'page.abc12345.js'), 'import"./shared.abc12345.js";');
	await writeFile(join(dir, '_astro', 'shared.abc12345.js'), 'console.log(1);');
	await writeFile(join(dir, '_astro', 'chart.abc12345.js'), 'console.log(2);');
	// The home page is a core page: what it runs on is precached, other bundles are not.
	await writeFile(join(dir, 'index.html'), page('home()').replace('</head>', '<script type="module" src="/_astro/page.abc12345.js"></script></head>'));
	await writeFile(join(dir, 'pagefind', 'wasm.id.pagefind'), Buffer.alloc(2000, 7));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('writeCsp', () => {
	it('gives each page a policy with its own script hashes only', async () => {
		const result = await writeCsp(dir);
		expect(result.pages).toBe(4);
		const home = await readFile(join(dir, 'index.html'), 'utf8');
		const concept = await readFile(join(dir, 'en', 'konsep', 'index.html'), 'utf8');
		expect(home).toContain(hashSource('home()'));
		expect(home).not.toContain(hashSource('concept()'));
		expect(concept).toContain(hashSource('concept()'));
	});

	it('lists pages in a stable, sorted order', async () => {
		expect(await htmlFiles(dir)).toEqual(['404.html', 'en/404.html', 'en/konsep/index.html', 'index.html']);
	});
});

// Workbox's generateSW takes several seconds on a busy 2-core machine.
describe('writeServiceWorker', { timeout: 60_000 }, () => {
	it('precaches what every page runs on (JS, CSS, the search script) and no page', async () => {
		const summary = await writeServiceWorker(dir);
		expect(summary.htmlPages).toBe(0);
		const sw = await readFile(join(dir, 'sw.js'), 'utf8');
		for (const url of ['_astro/page.abc12345.js', '_astro/shared.abc12345.js', 'pagefind/pagefind.js']) expect(sw).toContain(`"${url}"`);
		expect(sw).not.toContain('chart.abc12345.js');
		expect(sw).not.toContain('{url:"index.html"');
		// The runtime handlers are copied in whole (they run in the worker, not here).
		expect(sw).toContain('pustaka-polmas-halaman');
		expect(sw).toContain('pustaka-polmas-aset');
	});

	it('writes the same service worker for the same files (reproducible builds)', async () => {
		await writeServiceWorker(dir);
		const first = await readFile(join(dir, 'sw.js'));
		await writeServiceWorker(dir);
		expect((await readFile(join(dir, 'sw.js'))).equals(first)).toBe(true);
	});

	it('gives a changed search script a new revision, so readers get the update prompt', async () => {
		await writeServiceWorker(dir);
		const before = await readFile(join(dir, 'sw.js'), 'utf8');
		await writeFile(join(dir, 'pagefind', 'pagefind.js'), 'export const x = 2;');
		await writeServiceWorker(dir);
		expect(await readFile(join(dir, 'sw.js'), 'utf8')).not.toBe(before);
	});
});

describe('the whole-site download list', { timeout: 60_000 }, () => {
	it('lists pages by their address and the search files, not what the precache holds, with a version', async () => {
		const list = await writeDownloadList(dir);
		const urls = list.files.map((f) => f.url);
		expect(urls).toContain('/');
		expect(urls).toContain('/en/konsep/');
		expect(urls).toContain('/pagefind/wasm.id.pagefind');
		expect(urls).not.toContain('/_astro/page.abc12345.js');
		expect(urls).toContain('/_astro/chart.abc12345.js');
		expect(urls).not.toContain('/404.html');
		expect(list.wireBytes).toBe(list.files.reduce((n, f) => n + f.wire, 0));
		expect(list.version).toMatch(/^[0-9a-f]{16}$/);
		const again = await writeDownloadList(dir);
		expect(again.version).toBe(list.version);
		await writeFile(join(dir, 'en', 'konsep', 'index.html'), page('concept2()'));
		expect((await writeDownloadList(dir)).version).not.toBe(list.version);
	});

	it('writes the size into each page with a download control, in that page\'s language', async () => {
		await writeFile(join(dir, 'index.html'), '<pp-offline-download class="pp-download astro-x1"><span class="pp-download-size astro-x1" data-download-size="id">?</span></pp-offline-download>');
		const filled = await fillDownloadControls(dir, { version: 'abcdef0123456789', wireBytes: 1_840_000, files: [] });
		expect(filled).toBe(1);
		const html = await readFile(join(dir, 'index.html'), 'utf8');
		expect(html).toContain('>1,8 MB</span>');
		expect(html).toContain('data-version="abcdef0123456789"');
	});
});

describe('page budgets', () => {
	it('fails the build naming a quiz page whose HTML is over its budget', async () => {
		await mkdir(join(dir, 'kuis', 'berat'), { recursive: true });
		// Random text does not compress: about 13 kB on the wire.
		const noise = Array.from({ length: 2600 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join(' ');
		await writeFile(join(dir, 'kuis', 'berat', 'index.html'), page('q()').replace('x</main>', `${noise}</main>`));
		await expect(checkPageBudgets(dir)).rejects.toThrow(/kuis\/berat\/index\.html: 1\d\.\d kB gzip HTML, over its budget of 12 kB/);
	});

	it('names the heaviest page when every page is within budget', async () => {
		expect((await checkPageBudgets(dir)).file).toMatch(/\.html$/);
	});
});
