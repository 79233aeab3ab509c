/**
 * The pocket guide (/buku-saku/, /en/buku-saku/): assembled from the collections, a print
 * button that only appears when it can work, and an A6 print layout that Chromium prints
 * to PDF within the page budget, with no navigation chrome and nothing overflowing.
 */
import { test, expect } from './fixtures';

/** The printed guide must stay a booklet an officer can carry: at most this many A6 pages. */
const PAGE_BUDGET = 24;
/** A6 in PDF points (105 × 148 mm). */
const A6 = { width: 297.6, height: 419.5 };
/** Width of the A6 text block in CSS px: 105 mm less 2 × 7 mm margins. */
const A6_CONTENT_PX = Math.floor(((105 - 14) / 25.4) * 96);

/** Pages in a PDF: `/Type /Page` objects, not the `/Type /Pages` tree nodes. */
function countPdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

for (const path of ['/buku-saku/', '/en/buku-saku/']) {
	test.describe(path, () => {
		test('is assembled from the glossary, doctrine, guide and instruments collections', async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('.term-summary dt')).toHaveCount(9);
			await expect(page.locator('li[id^="prinsip-"]')).toHaveCount(9);
			await expect(page.locator('li[id^="fungsi-"]:not([id^="fungsi-bhabin"])')).toHaveCount(4);
			await expect(page.locator('li[id^="strategi-"]')).toHaveCount(10);
			await expect(page.locator('li[id^="sasaran-"]')).toHaveCount(6);
			await expect(page.locator('li[id^="tugas-bhabin-"]')).toHaveCount(3);
			await expect(page.locator('li[id^="fungsi-bhabin-"]')).toHaveCount(8);
			expect(await page.locator('.guide-card').count()).toBeGreaterThanOrEqual(8);
			await expect(page.locator('.legal-table tbody tr')).toHaveCount(10);
			// Perkap 3/2015 is taught with the note that Perpol 1/2021 replaced it.
			await expect(page.getByRole('row', { name: /^Perkap 3\/2015/ })).toContainText('Perpol 1/2021');
		});

		test('offers a print button that calls window.print()', async ({ page }) => {
			await page.addInitScript(() => {
				(window as unknown as { printed: number }).printed = 0;
				window.print = () => void (window as unknown as { printed: number }).printed++;
			});
			await page.goto(path);
			const button = page.locator('print-button button');
			await expect(button).toBeVisible();
			await button.click();
			expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		});

		test('prints to an A6 PDF within the page budget', async ({ page }) => {
			await page.goto(path);
			const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
			const pages = countPdfPages(pdf);
			console.log(`${path}: ${pages} A6 pages, ${pdf.length} bytes`);
			expect(pages).toBeGreaterThan(1);
			expect(pages).toBeLessThanOrEqual(PAGE_BUDGET);
			const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
			expect(box).not.toBeNull();
			// Chromium rounds the page box to whole points (298 × 420).
			expect(Math.abs(Number(box![1]) - A6.width)).toBeLessThanOrEqual(1);
			expect(Math.abs(Number(box![2]) - A6.height)).toBeLessThanOrEqual(1);
		});

		test('in print media hides the navigation chrome and nothing overflows', async ({ page }) => {
			await page.setViewportSize({ width: A6_CONTENT_PX, height: 560 });
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			for (const chrome of ['.page > header', 'nav.sidebar', '.right-sidebar-container', 'mobile-starlight-toc', '.pagination-links', 'site-search', 'print-button']) {
				for (const el of await page.locator(chrome).all()) await expect(el, chrome).toBeHidden();
			}
			await expect(page.locator('.sl-markdown-content h2').first()).toBeVisible();
			const overflowing = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('main, .sl-markdown-content, .legal-table, .legal-table table, .guide-card, .term-summary, .doctrine-list')]
					.filter((el) => el.scrollWidth > el.clientWidth + 1)
					.map((el) => `${el.className || el.tagName}: ${el.scrollWidth} > ${el.clientWidth}`),
			);
			expect(overflowing).toEqual([]);
			const table = await page.locator('.legal-table table').boundingBox();
			expect(table!.x + table!.width).toBeLessThanOrEqual(A6_CONTENT_PX + 1);
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the print button stays hidden, since it could do nothing', async ({ page }) => {
		await page.goto('/buku-saku/');
		await expect(page.locator('print-button')).toBeHidden();
		await expect(page.locator('.legal-table')).toBeVisible();
	});
});
