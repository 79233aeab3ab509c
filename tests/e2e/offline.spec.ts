/**
 * Offline use on a data quota: a first visit stores only the core set (and costs at most
 * 250 kB); the pages a reader opens are kept; the whole site is stored only when the
 * reader asks, and then every page, search and the quiz work with the network cut; a page
 * never stored shows the offline page; a changed deployment brings the update prompt.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { answerOneRightly } from './quiz-helpers';
import { resultPages, search } from './search-helpers';
import { expectNoAxeViolations } from './axe';
import { distDir, distFile, sitemapPaths } from './site-pages';
import { PRECACHE_BUDGET_BYTES, corePagesFor, type DownloadList } from '../../src/lib/offline/precache';
import { writeServiceWorker } from '../../src/integrations/postbuild';

// The suite blocks service workers (playwright.config.ts); this spec is about them.
test.use({ serviceWorkers: 'allow' });

/**
 * Waits until a service worker controls the page and the core pages are stored. The client
 * stores them from a visit's second page (or after 15 s on the first), so this opens the
 * page a second time rather than waiting.
 */
async function waitUntilStored(page: Page) {
	await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 30_000 });
	await page.reload();
	await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 30_000 });
	await expect(page.locator('.pp-offline-status[data-state="ready"]')).toBeVisible({ timeout: 30_000 });
}

/** The URLs listed in dist/sw.js's precache manifest. */
function precachedUrls(): string[] {
	return [...distFile('sw.js').matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1] as string);
}

function downloadList(): DownloadList {
	return JSON.parse(distFile('offline-all.json'));
}

test('the service worker precaches what pages run on, and the download list holds every other page and the search index', () => {
	const urls = new Set(precachedUrls());
	expect(urls).toContain('pagefind/pagefind.js');
	expect(urls).toContain('pagefind/pagefind-entry.json');
	expect([...urls].some((u) => /^_astro\/.+\.css$/.test(u))).toBe(true);
	expect([...urls].some((u) => u.endsWith('.html'))).toBe(false);
	const listed = new Set(downloadList().files.map((f) => f.url));
	// Every page but the print documents, which repeat pages the download holds.
	const pages = sitemapPaths().filter((p) => !/^(\/en)?\/cetak\//.test(p));
	expect(pages.length).toBeGreaterThan(100);
	for (const path of pages) expect(listed, `download lacks ${path}`).toContain(path);
	for (const path of sitemapPaths().filter((p) => !pages.includes(p))) expect(listed, `download holds print document ${path}`).not.toContain(path);
	expect([...listed].some((u) => /^\/pagefind\/index\/.+\.pf_index$/.test(u))).toBe(true);
	expect([...listed].some((u) => /^\/pagefind\/fragment\//.test(u))).toBe(true);
	expect([...listed].some((u) => /^\/data\/soal-id\.[0-9a-f]+\.json$/.test(u))).toBe(true);
	for (const core of [...corePagesFor('id'), ...corePagesFor('en')]) expect(sitemapPaths(), `core page ${core} is not built`).toContain(core);
});

test(`the precache stays within its budget of ${PRECACHE_BUDGET_BYTES / 1024} KiB`, async () => {
	let bytes = 0;
	for (const url of precachedUrls()) bytes += (await stat(join(distDir, url))).size;
	test.info().annotations.push({ type: 'precache', description: `${(bytes / 1024).toFixed(0)} KiB` });
	expect(bytes).toBeGreaterThan(0);
	expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
});

test('the home page shows the download size computed at build, in each language', async ({ page }) => {
	const mb = downloadList().wireBytes / 1_000_000;
	await page.goto('/');
	await expect(page.locator('.pp-download-size')).toHaveText(mb >= 1 ? `${mb.toFixed(1).replace('.', ',')} MB` : /kB$/);
	await page.goto('/en/luring/');
	await expect(page.locator('.pp-download-size')).toHaveText(mb >= 1 ? `${mb.toFixed(1)} MB` : /kB$/);
});

test('the web app manifest is linked and installable', async ({ page }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await page.request.get(href!)).json();
	expect(manifest.lang).toBe('id');
	expect(manifest.name).toContain('Pustaka Polmas');
	expect(manifest.display).toBe('standalone');
	const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status()).toBe(200);
	await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', /^#/);
});

// The home page, and the heaviest first visit: the whole-guide quiz, which fetches the bank.
for (const path of ['/', '/kuis/semua/']) {
	test(`a first visit of ${path} costs at most 250 kB, service worker and its precache included`, async ({ page, context }) => {
		// Counted for the whole context, so the service worker's own requests count too.
		let bytes = 0;
		context.on('requestfinished', async (req) => {
			try {
				const sizes = await req.sizes();
				bytes += sizes.responseBodySize + sizes.responseHeadersSize;
			} catch {
				/* a request the page navigated away from */
			}
		});
		await page.goto(path);
		// The first page's share: the page, the scripts, the search warm-up and the precache.
		await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 30_000 });
		await expect(page.locator('html')).toHaveAttribute('data-offline-client', 'ready');
		const bank = page.locator('quiz-set:not([data-bank=""])');
		if (await bank.count()) await expect(bank).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
		test.info().annotations.push({ type: 'first visit', description: `${path}: ${(bytes / 1024).toFixed(0)} kB` });
		expect(bytes).toBeGreaterThan(20_000);
		expect(bytes).toBeLessThanOrEqual(250_000);
	});
}

test('after one visit of the home page its core pages work offline; a page never stored shows the offline page', async ({ page, context, guard }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await waitUntilStored(page);
	await expect(page.locator('.pp-offline-status')).toHaveText(/Tersedia offline/);
	await context.setOffline(true);
	for (const path of corePagesFor('id')) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('h1').first()).toBeVisible();
	}
	await expect(page.locator('.pp-offline-status')).toHaveAttribute('data-state', 'offline');
	guard.expectError(/Failed to load resource|net::ERR/, { optional: true });
	await page.goto('/konsep/fkpm-bkpm/');
	await expect(page.locator('.pp-download-not-stored')).toBeVisible();
	await expect(page.locator('h1')).toHaveText('Baca tanpa sinyal');
	await context.setOffline(false);
});

test('after the opt-in download, unvisited pages, search and the whole-bank quiz work offline', async ({ page, context, guard }) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await waitUntilStored(page);
	const control = page.locator('pp-offline-download');
	await page.getByRole('button', { name: 'Unduh semua untuk dibaca luring' }).click();
	await expect(control).toHaveAttribute('data-state', 'done', { timeout: 150_000 });
	await expect(control.locator('.pp-download-status')).toContainText('Seluruh situs tersimpan');
	await expect(page.getByRole('button', { name: 'Hapus unduhan' })).toBeVisible();
	await expectNoAxeViolations(page, { include: ['pp-offline-download'] });

	await context.setOffline(true);
	const unvisited = sitemapPaths().filter((p) => !corePagesFor('id').includes(p));
	const step = Math.max(1, Math.floor(unvisited.length / 5));
	const five = [0, 1, 2, 3, 4].map((i) => unvisited[Math.min(i * step, unvisited.length - 1)]!);
	for (const path of new Set(five)) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('h1').first()).toBeVisible();
	}
	await page.goto('/en/');
	// Every listed result filled in: the fragments of the results came from the download.
	await search(page, 'Polmas');
	expect(await resultPages(page)).not.toEqual([]);
	await page.keyboard.press('Escape');
	await answerOneRightly(page);

	// Remove: the download goes, the core pages stay.
	await context.setOffline(false);
	await page.goto('/luring/');
	await page.getByRole('button', { name: 'Hapus unduhan' }).click();
	await expect(control).toHaveAttribute('data-state', 'idle');
	await expect(control.locator('.pp-download-status')).toContainText('Unduhan telah dihapus');
	expect(await page.evaluate(() => caches.has('pustaka-polmas-unduhan'))).toBe(false);
	guard.expectError(/Failed to load resource|net::ERR/, { optional: true });
});

test.describe('the download control, without a service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('a download can be cancelled, then continued from where it stopped', async ({ page }) => {
		test.setTimeout(120_000);
		// Hold the search index back until the reader has pressed cancel.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/pagefind/fragment/**', async (route) => {
			await held;
			await route.continue().catch(() => undefined);
		});
		await page.goto('/luring/');
		const control = page.locator('pp-offline-download');
		await page.getByRole('button', { name: 'Unduh semua untuk dibaca luring' }).click();
		await expect(control).toHaveAttribute('data-state', 'running');
		await expect(control.locator('.pp-download-status')).toContainText('berkas tersimpan');
		await page.getByRole('button', { name: 'Batalkan' }).click();
		release();
		await expect(control).toHaveAttribute('data-state', 'partial');
		await expect(control.locator('.pp-download-status')).toContainText('Unduhan dihentikan');
		await page.unroute('**/pagefind/fragment/**');
		await page.getByRole('button', { name: 'Lanjutkan unduhan' }).click();
		await expect(control).toHaveAttribute('data-state', 'done', { timeout: 100_000 });
	});

	test('with data saver on, nothing is fetched ahead and the control says why', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-offline-client', 'ready', { timeout: 30_000 });
		await expect(page.locator('.pp-download-savedata')).toBeVisible();
		expect(fetched.filter((p) => p.startsWith('/pagefind/wasm') || p === '/offline-all.json')).toEqual([]);
	});
});

test('the 404 page offers search that opens with words from the address', async ({ page, guard }) => {
	guard.expectError(/status of 404/);
	await page.goto('/konsep/bhabinkamtibmas-tugas/');
	await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan');
	const input = page.getByLabel('Cari di Pustaka Polmas');
	await expect(input).toHaveValue('bhabinkamtibmas tugas');
	await input.fill('Polmas');
	await page.getByRole('button', { name: 'Cari', exact: true }).click();
	await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible({ timeout: 10_000 });
});

test('a new deployment brings the update prompt, and reloading shows the new content', async ({ page }) => {
	test.setTimeout(60_000);
	// A private copy of dist/ on its own port, so changing it does not disturb other tests.
	const dir = await mkdtemp(join(tmpdir(), 'e2e-update-'));
	await cp(distDir, dir, { recursive: true });
	// Port 0: the system picks a free port, which the server prints; nothing can collide.
	const server: ChildProcess = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', '0', '--dir', dir], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	try {
		const port = await new Promise<number>((resolve, reject) => {
			let out = '';
			server.stdout!.on('data', (chunk: Buffer) => {
				out += chunk.toString();
				const m = /127\.0\.0\.1:(\d+)/.exec(out);
				if (m) resolve(Number(m[1]));
			});
			server.once('exit', (code) => reject(new Error(`serve-dist exited with ${code}`)));
		});
		const base = `http://127.0.0.1:${port}`;
		await page.goto(`${base}/`);
		await waitUntilStored(page);

		// "Rebuild with changed content": change a page and the search script, then regenerate
		// the service worker exactly as the build does; the script's new revision makes a new
		// worker, and pages come from the network when online.
		const file = join(dir, 'index.html');
		const html = await readFile(file, 'utf8');
		await writeFile(file, html.replace('</main>', '<p id="pp-new-content">Konten baru</p></main>'));
		await writeFile(join(dir, 'pagefind', 'pagefind.js'), `${await readFile(join(dir, 'pagefind', 'pagefind.js'), 'utf8')}\n// new build\n`);
		await writeServiceWorker(dir);

		await page.reload();
		const prompt = page.getByRole('button', { name: 'Versi baru tersedia — muat ulang' });
		await expect(prompt).toBeVisible({ timeout: 20_000 });
		await prompt.click();
		await expect(page.locator('#pp-new-content')).toHaveText('Konten baru', { timeout: 20_000 });
	} finally {
		server.kill();
		await rm(dir, { recursive: true, force: true });
	}
});

test('the offline indicator and the update prompt pass axe', async ({ page }) => {
	await page.goto('/en/');
	await waitUntilStored(page);
	// Show the prompt as a waiting worker would, to check its contrast and name.
	await page.evaluate(() => {
		const prompt = document.querySelector<HTMLElement>('.pp-update-prompt')!;
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = 'New version available — reload';
		prompt.replaceChildren(button);
		prompt.hidden = false;
	});
	await expectNoAxeViolations(page, { include: ['.pp-offline-status', '.pp-update-prompt'] });
	await expect(page.locator('.pp-offline-status')).toHaveAttribute('role', 'status');
});
