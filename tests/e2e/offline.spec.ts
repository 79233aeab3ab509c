/**
 * Offline use: after one online visit the service worker has stored the whole site, so
 * pages never opened before, search and the quiz work with the network cut; the footer
 * says the site is available offline; a changed deployment brings the update prompt; and
 * the precache stays within its budget (src/lib/offline/precache.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { answerOneRightly } from './quiz-helpers';
import { expectNoAxeViolations } from './axe';
import { distDir, distFile, sitemapPaths } from './site-pages';
import { PRECACHE_BUDGET_BYTES } from '../../src/lib/offline/precache';
import { writeServiceWorker } from '../../src/integrations/postbuild';

/** Waits until a service worker controls the page and reports the site stored. */
async function waitUntilStored(page: Page) {
	await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 30_000 });
	await expect(page.locator('.pp-offline-status[data-state="ready"]')).toBeVisible({ timeout: 30_000 });
}

/** The URLs listed in dist/sw.js's precache manifest. */
function precachedUrls(): string[] {
	return [...distFile('sw.js').matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1] as string);
}

test('every page, the search index and the assets are precached', () => {
	const urls = new Set(precachedUrls());
	for (const path of sitemapPaths()) expect(urls, `precache lacks ${path}`).toContain(`${path.slice(1)}index.html`);
	expect(urls).toContain('404.html');
	expect(urls).toContain('en/404.html');
	expect(urls).toContain('pagefind/pagefind.js');
	expect(urls).toContain('pagefind/pagefind-entry.json');
	expect([...urls].some((u) => /^pagefind\/wasm\.id\.pagefind$/.test(u))).toBe(true);
	expect([...urls].some((u) => /^pagefind\/index\/.+\.pf_index$/.test(u))).toBe(true);
	expect([...urls].some((u) => /^_astro\/.+\.css$/.test(u))).toBe(true);
	expect(urls).toContain('manifest.webmanifest');
});

test(`the precache stays within its budget of ${PRECACHE_BUDGET_BYTES / 1024 / 1024} MiB`, async () => {
	let bytes = 0;
	for (const url of precachedUrls()) bytes += (await stat(join(distDir, url))).size;
	test.info().annotations.push({ type: 'precache', description: `${(bytes / 1024).toFixed(0)} KiB` });
	expect(bytes).toBeGreaterThan(0);
	expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
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

test('after one visit, unvisited pages, search and the quiz work offline', async ({ page, context, guard }) => {
	test.setTimeout(60_000);
	await page.goto('/');
	await waitUntilStored(page);
	await expect(page.locator('.pp-offline-status')).toHaveText(/Tersedia offline/);

	await context.setOffline(true);
	const unvisited = sitemapPaths().filter((p) => p !== '/');
	// Five pages spread over both languages, none opened before.
	const step = Math.max(1, Math.floor(unvisited.length / 5));
	const five = [0, 1, 2, 3, 4].map((i) => unvisited[Math.min(i * step, unvisited.length - 1)]!);
	for (const path of new Set(five)) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('h1').first()).toBeVisible();
	}
	await expect(page.locator('.pp-offline-status')).toHaveAttribute('data-state', 'offline');

	await page.goto('/en/');
	await page.locator('site-search button[data-open-modal]').first().click();
	await page.locator('#starlight__search input').first().fill('Polmas');
	await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible({ timeout: 10_000 });
	await page.keyboard.press('Escape');

	await answerOneRightly(page);

	// An address that was never a page shows the localised 404 with its search box.
	// Served from the precache as the fallback page: the browser may or may not log the 404.
	guard.expectError(/status of 404/, { optional: true });
	await page.goto('/en/no-such-page/');
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.locator('#pp-nf-query')).toHaveValue('no such page');
	await context.setOffline(false);
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

		// "Rebuild with changed content": change a page, then regenerate the service worker
		// exactly as the build does, which gives that page a new revision.
		const file = join(dir, 'index.html');
		const html = await readFile(file, 'utf8');
		await writeFile(file, html.replace('</main>', '<p id="pp-new-content">Konten baru</p></main>'));
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
