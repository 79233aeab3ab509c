/**
 * The foundation as a reader meets it: both languages load, search finds the pages that
 * explain FKPM, Bhabinkamtibmas and kemitraan, results can be filtered by page type, and
 * switching language keeps the reader on the same page.
 */
import { test, expect } from './fixtures';
import { resultLinks, resultPages, search } from './search-helpers';

test('the Indonesian home loads in Indonesian with three entry points', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	for (const entry of ['Untuk petugas', 'Untuk pelatih', 'Untuk warga']) {
		await expect(page.locator('main').getByText(entry, { exact: true })).toBeVisible();
	}
});

test('the home page title names the site once, in each language; an inner page adds the site name after its own', async ({ page }) => {
	for (const path of ['/', '/en/']) {
		await page.goto(path);
		const title = await page.title();
		expect(title.match(/Pustaka Polmas/g), title).toHaveLength(1);
	}
	await page.goto('/fkpm/');
	await expect(page).toHaveTitle('FKPM untuk warga | Pustaka Polmas');
});

test('the English home loads in English', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('main').getByText('For officers', { exact: true })).toBeVisible();
});

for (const [query, expected] of [
	['FKPM', '/konsep/fkpm-bkpm/'],
	['Bhabinkamtibmas', '/konsep/bhabinkamtibmas/'],
	['kemitraan', '/konsep/apa-itu-polmas/'],
] as const) {
	test(`searching "${query}" finds ${expected}`, async ({ page }) => {
		await page.goto('/');
		await search(page, query);
		expect((await resultPages(page)).slice(0, 5)).toContain(expected);
	});
}

test('the Indonesian search dialog speaks Indonesian: result count, no-result message, clear button and label', async ({ page }) => {
	await page.goto('/');
	await search(page, 'FKPM');
	const dialog = page.locator('dialog[open]');
	await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/^\d+ hasil untuk FKPM$/);
	await expect(dialog.locator('.pagefind-ui__search-clear')).toHaveText('Hapus');
	await expect(dialog.locator('form[role="search"]')).toHaveAttribute('aria-label', 'Cari di situs ini');
	await dialog.locator('.pagefind-ui__search-input').fill('qxzwvy');
	await expect(dialog.locator('.pagefind-ui__message')).toHaveText('Tidak ada hasil untuk qxzwvy');
	await expect(dialog).not.toContainText(/results? for|Clear/);
});

test('English search uses the English index', async ({ page }) => {
	await page.goto('/en/');
	await search(page, 'partnership');
	const hrefs = await resultLinks(page);
	expect(hrefs.length).toBeGreaterThan(0);
	expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});

test('search results can be filtered by page type', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await search(page, 'Perpol');
	const filter = page.locator('dialog[open] .pagefind-ui__filter-panel');
	await expect(filter).toBeAttached();
	const block = page.locator('dialog[open] details.pagefind-ui__filter-block', { hasText: 'jenis' });
	const option = block.locator('input[value="Dasar hukum"]');
	// Pagefind UI may open the block itself or re-render it while it loads its filters:
	// open it and tick the option until the option is ticked, instead of clicking once.
	await expect(async () => {
		if ((await block.getAttribute('open')) === null) await block.locator('summary').click();
		await option.check({ timeout: 2_000 });
		await expect(option).toBeChecked({ timeout: 1_000 });
	}).toPass({ timeout: 20_000 });
	await expect(page.locator('dialog[open] .pagefind-ui__result-link').first()).toBeVisible();
	// Pagefind re-renders the list when the filter applies, emptying it for a moment: wait
	// until it holds several results and all of them are legal-basis pages.
	await expect
		.poll(async () => {
			const pages = await resultPages(page);
			return pages.length > 1 && pages.every((h) => h.startsWith('/dasar-hukum/'));
		}, { timeout: 20_000 })
		.toBe(true);
});

test('the language switch keeps the page, on a desktop and on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/konsep/apa-itu-polmas/');
	await page.locator('header').getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/konsep\/apa-itu-polmas\/$/);
	await page.locator('header').getByRole('link', { name: 'Bahasa Indonesia', exact: true }).click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/konsep\/apa-itu-polmas\/$/);
	await page.setViewportSize({ width: 360, height: 740 });
	await page.locator('header').getByRole('link', { name: /Read this page in English/ }).click();
	await expect(page).toHaveURL(/\/en\/konsep\/apa-itu-polmas\/$/);
});

test('the search button names its visible shortcut', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await expect(page.locator('site-search button[data-open-modal]')).toHaveAttribute('aria-label', 'Pencarian Ctrl K');
	await expect(page.locator('site-search button[data-open-modal] > kbd')).toBeVisible();
	await page.keyboard.press('Control+k');
	await expect(page.locator('site-search dialog')).toBeVisible();
});

test('on an Apple device the search hint shows ⌘ K and the button says so', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/en/');
	const button = page.locator('site-search button[data-open-modal]');
	await expect(button).toHaveAttribute('aria-label', 'Search ⌘ K');
	await expect(button).toHaveAttribute('aria-keyshortcuts', 'Meta+K');
	await expect(button.locator('> kbd')).toBeVisible();
});
