import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlFiles, writeCsp, writeServiceWorker } from '../../src/integrations/postbuild';
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
	it('precaches every page and the search script', async () => {
		const summary = await writeServiceWorker(dir);
		expect(summary.htmlPages).toBe(4);
		const sw = await readFile(join(dir, 'sw.js'), 'utf8');
		for (const url of ['index.html', 'en/konsep/index.html', '404.html', 'en/404.html', 'pagefind/pagefind.js']) expect(sw).toContain(`"${url}"`);
	});

	it('writes the same service worker for the same files (reproducible builds)', async () => {
		await writeServiceWorker(dir);
		const first = await readFile(join(dir, 'sw.js'));
		await writeServiceWorker(dir);
		expect((await readFile(join(dir, 'sw.js'))).equals(first)).toBe(true);
	});

	it('gives a changed page a new revision, so readers get the update prompt', async () => {
		await writeServiceWorker(dir);
		const before = await readFile(join(dir, 'sw.js'), 'utf8');
		await writeFile(join(dir, 'en', 'konsep', 'index.html'), page('concept2()'));
		await writeServiceWorker(dir);
		expect(await readFile(join(dir, 'sw.js'), 'utf8')).not.toBe(before);
	});
});
