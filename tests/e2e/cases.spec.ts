/**
 * The case studies in the browser: the map on /studi-kasus/ (five markers linking to
 * their cases), the filters narrowing the list (and the full list without JavaScript),
 * a case page's facts, in both languages, with axe clean.
 */
import { test, expect } from './fixtures';

const caseIds = ['malioboro-yogyakarta', 'surabaya-putat-jaya', 'desa-les-bali', 'trenggalek', 'tampan-pekanbaru'];

for (const prefix of ['', '/en']) {
	test.describe(`case studies ${prefix || '/'} `, () => {
		test('the map has five labelled markers, each linking to its case page', async ({ page }) => {
			await page.goto(`${prefix}/studi-kasus/`);
			const map = page.locator('.case-map svg');
			await expect(map).toBeVisible();
			await expect(map.locator('title').first()).not.toBeEmpty();
			const markers = map.locator('a.marker');
			await expect(markers).toHaveCount(5);
			const hrefs = await markers.evaluateAll((els) => els.map((a) => a.getAttribute('href')));
			expect(hrefs.sort()).toEqual(caseIds.map((id) => `${prefix}/studi-kasus/${id}/`).sort());
			for (const label of await markers.evaluateAll((els) => els.map((a) => a.getAttribute('aria-label')))) {
				expect(label).toMatch(/^\d\. .+/);
			}
			// Tap the numbered badge, as a reader would; the link's box also spans the leader line.
			await map.locator('a.marker[data-case="trenggalek"] circle.badge').click();
			await expect(page).toHaveURL(new RegExp(`${prefix}/studi-kasus/trenggalek/$`));
			await expect(page.locator('.case-facts')).toBeVisible();
		});

		test('filters by strategy and by province narrow the list', async ({ page }) => {
			await page.goto(`${prefix}/studi-kasus/`);
			const items = page.locator('.case-list li[data-case]:visible');
			await expect(items).toHaveCount(5);
			await page.locator('select[name="province"]').selectOption('jawa-timur');
			await expect(items).toHaveCount(2);
			await expect(page.locator('[data-count]')).toHaveText('2');
			await page.locator('select[name="strategy"]').selectOption('c');
			await expect(items).toHaveCount(1);
			await expect(items.first()).toHaveAttribute('data-case', 'trenggalek');
			await page.locator('select[name="province"]').selectOption('');
			await page.locator('select[name="strategy"]').selectOption('b');
			await expect(items).toHaveCount(4);
		});
	});
}

test('without JavaScript every case is listed and the filter controls stay hidden', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/studi-kasus/');
	await expect(page.locator('.case-list li[data-case]:visible')).toHaveCount(5);
	await expect(page.locator('.case-filter-controls')).toBeHidden();
	await context.close();
});

test('the Malioboro page shows both wordings of the result with their sources', async ({ page }) => {
	await page.goto('/studi-kasus/malioboro-yogyakarta/');
	const results = page.locator('.case-results li');
	await expect(results.filter({ hasText: 'hampir 30 %' }).locator('a[href="#sumber-taf-2007"]')).toHaveCount(1);
	await expect(results.filter({ hasText: 'setidaknya 30 %' }).locator('a[href="#sumber-bappenas-kemitraan"]')).toHaveCount(1);
	await expect(page.locator('#sumber-taf-2007')).toBeAttached();
	await expect(page.locator('.case-questions li')).toHaveCount(4);
	await page.goto('/en/studi-kasus/malioboro-yogyakarta/');
	await expect(page.locator('.case-results li').filter({ hasText: 'almost 30 %' })).toHaveCount(1);
	await expect(page.locator('.case-results li').filter({ hasText: 'at least 30 %' })).toHaveCount(1);
});

test('the Trenggalek page keeps the source numbering and its caveat', async ({ page }) => {
	await page.goto('/en/studi-kasus/trenggalek/');
	await expect(page.locator('.case-note')).toContainText('irregular');
	await expect(page.locator('.case-response .source-number')).toHaveCount(24);
	await expect(page.locator('.case-response')).toContainText('3,000 people');
	await expect(page.locator('.case-response')).toContainText('16 December 2021');
	await expect(page.getByRole('heading', { name: 'An exception: Munjungan' })).toBeVisible();
});
