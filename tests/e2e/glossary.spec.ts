/**
 * The glossary as a reader meets it: /glosarium/ lists every term alphabetically with an
 * anchor, searching an acronym in the site search finds its entry (against the built
 * Pagefind index), `<Term>` links land on the entry in the page's language, and the pages
 * that use it pass axe.
 */
import { test, expect } from './fixtures';

for (const path of ['/glosarium/', '/en/glosarium/']) {
	test(`${path} lists at least 40 terms alphabetically, each with its own anchor`, async ({ page }) => {
		await page.goto(path);
		const headings = page.locator('.term-entry h3');
		const count = await headings.count();
		expect(count).toBeGreaterThanOrEqual(40);
		const terms = await headings.allInnerTexts();
		const sorted = [...terms].sort(new Intl.Collator('id', { sensitivity: 'base', numeric: true }).compare);
		expect(terms).toEqual(sorted);
		const ids = await headings.evaluateAll((hs) => hs.map((h) => h.id));
		expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);

		const fkpm = page.locator('.term-entry', { has: page.locator('h3#fkpm') });
		await expect(fkpm).toContainText('Forum Kemitraan Polri dan Masyarakat');
		await expect(fkpm).toContainText('Police–Community Partnership Forum');
		// The doubt about the 2009 renaming travels with the old name.
		await expect(page.locator('.term-entry', { has: page.locator('h3#babinkamtibmas') })).toContainText('KEP/8/II/2009');
		// Each cited source number points at an item of the page's source list.
		const targets = await page.locator('.term-meta a[href^="#sumber-"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
		for (const target of targets) await expect(page.locator(target)).toHaveCount(1);
	});
}

for (const [home, query, anchor] of [
	['/', 'KDRT', '/glosarium/#kdrt'],
	['/', 'Pokdar', '/glosarium/#pokdar-kamtibmas'],
	['/en/', 'KDRT', '/en/glosarium/#kdrt'],
	['/en/', 'Pokdar', '/en/glosarium/#pokdar-kamtibmas'],
] as const) {
	test(`searching "${query}" from ${home} finds its glossary entry`, async ({ page }) => {
		await page.goto(home);
		await page.locator('site-search button[data-open-modal]').click();
		const input = page.locator('#starlight__search .pagefind-ui__search-input');
		await expect(input).toBeVisible();
		await input.fill(query);
		const hit = page.locator(`#starlight__search a[href$="${anchor}"]`).first();
		await expect(hit).toBeVisible({ timeout: 10_000 });
		await expect(hit).toContainText(new RegExp(query, 'i'));
	});
}

for (const [path, glossary] of [['/fkpm/', '/glosarium/'], ['/en/fkpm/', '/en/glosarium/']] as const) {
	test(`<Term> on ${path} is an accessible link to the entry in the same language`, async ({ page }) => {
		await page.goto(path);
		const term = page.locator(`a.term[href="${glossary}#fkpm"]`).first();
		await expect(term).toBeVisible();
		await expect(term.locator('abbr')).toHaveAttribute('title', 'Forum Kemitraan Polri dan Masyarakat');
		// The expansion is part of the link's accessible name, not only a hover title.
		await expect(term).toHaveAccessibleName(/FKPM.*Forum Kemitraan Polri dan Masyarakat/);
		await term.click();
		await expect(page).toHaveURL(new RegExp(`${glossary}#fkpm$`));
		await expect(page.locator('h3#fkpm')).toBeInViewport();
	});
}
