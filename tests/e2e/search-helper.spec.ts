/**
 * The search helper itself: the search specs read rank orders from it, so it must not
 * resolve while Pagefind UI still shows some results as placeholders. Here every result's
 * fragment but the first is held back; the helper must wait for them.
 */
import { test, expect } from './fixtures';
import { resultPages, search } from './search-helpers';

test('the search helper waits until every listed result is filled in', async ({ page }) => {
	let first = true;
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/pagefind/fragment/**', async (route) => {
		if (first) first = false;
		else await released;
		await route.continue();
	});
	await page.goto('/');
	let settled = false;
	const searching = search(page, 'FKPM').then(() => (settled = true));
	// One result is filled in and the others are still placeholders: not settled yet.
	await expect(page.locator('dialog[open] .pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
	await expect(page.locator('dialog[open] .pagefind-ui__result .pagefind-ui__loading').first()).toBeVisible();
	expect(settled).toBe(false);
	release();
	await searching;
	const listed = await page.locator('dialog[open] .pagefind-ui__result').count();
	expect(listed).toBeGreaterThan(1);
	expect(await resultPages(page)).toHaveLength(listed);
});
