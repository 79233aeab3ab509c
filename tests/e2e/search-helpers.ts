/**
 * Helpers shared by the specs that search as a reader does, in Starlight's search dialog.
 *
 * Pagefind UI lists a query's results at once as grey placeholders and fills each one in
 * when its fragment arrives, in no fixed order. A test that reads the list as soon as the
 * first link shows can see only some of the pages (on a busy machine, only one). So a search
 * here resolves only when the list is this query's and every result in it is filled in.
 */
import { expect, type Page } from '@playwright/test';

const dialog = (page: Page) => page.locator('dialog[open]');
/** The listed results, placeholders included. */
export const results = (page: Page) => page.locator('dialog[open] .pagefind-ui__result');

/** Opens the search dialog (unless it is open), types `query`, and waits for its settled results. */
export async function search(page: Page, query: string): Promise<void> {
	if (!(await dialog(page).isVisible())) await page.getByRole('button', { name: /Pencarian|Search/ }).first().click();
	const input = page.locator('dialog[open] .pagefind-ui__search-input');
	// Empty the box and wait for the list to go, so the list read next is this query's.
	await input.fill('');
	await expect(results(page)).toHaveCount(0, { timeout: 15_000 });
	await input.fill(query);
	// While it searches, the message says so ("Mencari FKPM…"); then it gives the count.
	const message = page.locator('dialog[open] .pagefind-ui__message');
	await expect(message).toContainText(query, { timeout: 15_000 });
	await expect(message).not.toHaveText(/(…|\.\.\.)$/, { timeout: 15_000 });
	const count = Number((await message.textContent())?.match(/^\d+/)?.[0] ?? 0);
	if (count > 0) await expect(results(page).first()).toBeAttached();
	await expect(page.locator('dialog[open] .pagefind-ui__result .pagefind-ui__loading')).toHaveCount(0, { timeout: 15_000 });
}

/** Paths of the result pages in rank order, without the per-heading sub-results. */
export async function resultPages(page: Page): Promise<string[]> {
	return page
		.locator('dialog[open] .pagefind-ui__result-inner > .pagefind-ui__result-title > a')
		.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Every result link listed, sub-results included. */
export async function resultLinks(page: Page): Promise<string[]> {
	return page
		.locator('dialog[open] .pagefind-ui__result-link')
		.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
