/**
 * The statistics page in the browser: the coverage chart (an SVG image with title and
 * description), the data table beside it with sources, the conflict note, in both
 * languages, with axe clean.
 */
import { test, expect } from './fixtures';

for (const [prefix, words] of [
	['', { conflict: 'lebih tinggi daripada semua hitungan resmi sesudahnya', n2017: '49.335', cov2026: '49 %' }],
	['/en', { conflict: 'higher than every later official count', n2017: '49,335', cov2026: '49 %' }],
] as const) {
	test.describe(`statistics ${prefix || '/'}`, () => {
		test('the chart is an accessible SVG with a data table and sources', async ({ page }) => {
			await page.goto(`${prefix}/statistik/`);
			const chart = page.locator('.coverage-chart svg');
			await expect(chart).toHaveAttribute('role', 'img');
			await expect(chart.locator('title')).not.toBeEmpty();
			await expect(chart.locator('desc')).toContainText(words.n2017);
			await expect(chart.locator('circle')).toHaveCount(8);
			await expect(chart.locator('circle.conflict')).toHaveCount(2);
			const rows = page.locator('.coverage-table tbody tr[data-year]');
			await expect(rows).toHaveCount(4);
			await expect(rows.first()).toContainText(words.n2017);
			await expect(rows.last()).toContainText(words.cov2026);
			await expect(page.locator('.coverage-table .row-sources a[href="#sumber-kapolri-dpr-2026"]')).toHaveCount(1);
			await expect(page.locator('#sumber-kapolri-dpr-2026')).toBeAttached();
		});

		test('the page says the 2017 count conflicts with later ones', async ({ page }) => {
			await page.goto(`${prefix}/statistik/`);
			await expect(page.locator('main')).toContainText(words.conflict);
			await expect(page.locator('.stat-table tr[data-stat]')).toHaveCount(5);
		});
	});
}
