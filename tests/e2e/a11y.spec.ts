/**
 * axe on every page in the sitemap and both 404 pages, at phone width and on a desktop:
 * one test per page and width, so a slow page never eats another's time. Other specs scan
 * only states a page load cannot reach (see tests/e2e/axe.ts).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { allPagePaths, distDir } from './site-pages';

/** Built HTML over this size holds many form fields; axe took 37 s on such a page on a busy 2-CPU machine. */
const LARGE_PAGE_BYTES = 150 * 1024;
const htmlFile = (path: string) => join(distDir, path.endsWith('.html') ? path : `${path}index.html`);

for (const path of allPagePaths()) {
	const large = statSync(htmlFile(path)).size > LARGE_PAGE_BYTES;
	for (const viewport of [
		{ width: 360, height: 740 },
		{ width: 1280, height: 800 },
	]) {
		test(`${path} at ${viewport.width} px has no axe violations`, async ({ page }) => {
			// Measured: ≤ 12 s for a reading page, 37 s for the largest quiz page on a busy machine.
			if (large) test.setTimeout(120_000);
			await page.setViewportSize(viewport);
			await page.goto(path);
			await expectNoAxeViolations(page, { label: `${path} (${viewport.width} px)` });
		});
	}
}
