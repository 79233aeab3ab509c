/**
 * Search knows the words officers type: each page's frontmatter `aliases` (an old name, a
 * misspelling, the English or colloquial term) are real Pagefind queries in the search
 * modal of the built site, and they bring up their page. Results no longer list a page
 * under itself (the `#_top` sub-result of the page title).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from './fixtures';
import { resultPages, results, search } from './search-helpers';

/** Every alias in content/docs, with the site path of its page. */
function contentAliases(): { alias: string; path: string; lang: 'id' | 'en' }[] {
	const found: { alias: string; path: string; lang: 'id' | 'en' }[] = [];
	const files = readdirSync('content/docs', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
	for (const file of files) {
		const front = readFileSync(join('content/docs', file), 'utf8').match(/^---\n([\s\S]*?)\n---/);
		const aliases = (parse(front?.[1] ?? '') as { aliases?: string[] } | null)?.aliases ?? [];
		const slug = file.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
		for (const alias of aliases) found.push({ alias, path: `/${slug}${slug ? '/' : ''}`, lang: file.startsWith('en/') ? 'en' : 'id' });
	}
	return found;
}

test('"Babinkamtibmas", the old name, puts the Bhabinkamtibmas page first in both languages', async ({ page }) => {
	for (const [home, expected] of [
		['/', '/konsep/bhabinkamtibmas/'],
		['/en/', '/en/konsep/bhabinkamtibmas/'],
	] as const) {
		await page.goto(home);
		await search(page, 'Babinkamtibmas');
		expect((await resultPages(page))[0]).toBe(expected);
	}
});

for (const [query, expected] of [
	['community policing', '/konsep/apa-itu-polmas/'],
	['polisi masyarakat', '/konsep/apa-itu-polmas/'],
	['Binmas', '/konsep/bhabinkamtibmas/'],
] as const) {
	test(`"${query}" on the Indonesian site puts ${expected} in the top three`, async ({ page }) => {
		await page.goto('/');
		await search(page, query);
		expect((await resultPages(page)).slice(0, 3)).toContain(expected);
	});
}

test('every alias in the content brings its own page into the top three', async ({ page }) => {
	// About fifteen searches in a row: on a busy 2-CPU machine each can take a few seconds.
	test.setTimeout(150_000);
	const aliases = contentAliases();
	expect(aliases.length).toBeGreaterThan(4);
	for (const lang of ['id', 'en'] as const) {
		await page.goto(lang === 'id' ? '/' : '/en/');
		for (const { alias, path } of aliases.filter((a) => a.lang === lang)) {
			await search(page, alias);
			expect((await resultPages(page)).slice(0, 3), `alias "${alias}"`).toContain(path);
		}
	}
});

test('a result does not list its own page again as a "#_top" section', async ({ page }) => {
	await page.goto('/');
	await search(page, 'Bhabinkamtibmas');
	const first = results(page).first();
	await expect(first.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > a')).toHaveAttribute('href', '/konsep/bhabinkamtibmas/');
	// The title's section is now the page's own excerpt, shown under the page title.
	await expect(first.locator('.pagefind-ui__result-inner > .pagefind-ui__result-excerpt')).toContainText(/Bhabinkamtibmas/i);
	const hrefs = await results(page).locator('a').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(3);
	expect(hrefs.filter((h) => h.endsWith('#_top'))).toEqual([]);
});
