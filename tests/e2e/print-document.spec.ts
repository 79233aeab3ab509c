/**
 * Each section as one printable document (/cetak/<section>/ and /en/cetak/<section>/):
 * printed by Chromium to A4, the PDF holds the cover (title, where it comes from), the
 * contents, every page of the section in sidebar order, and the sources at the end, and
 * none of the site's navigation. The section's own page links to its document.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { pdfText } from './pdf-text';
import { resultLinks, search } from './search-helpers';

const squash = (s: string) => s.replace(/\s+/g, '');
const sections = ['dasar-hukum', 'konsep', 'studi-kasus', 'buku-saku', 'glosarium'] as const;
const words = {
	id: { from: 'Dicetak dari Pustaka Polmas', contents: 'Isi', sources: 'Sumber', link: 'Cetak seluruh bagian ini sebagai satu dokumen A4', nav: ['Lewati ke konten', 'Pencarian', 'Pilih topik'] },
	en: { from: 'Printed from Pustaka Polmas', contents: 'Contents', sources: 'Sources', link: 'Print this whole section as one A4 document', nav: ['Skip to content', 'Search', 'Choose a topic'] },
} as const;

/** The printed pages' anchors in the order the section's sidebar group lists its pages. */
async function sidebarAnchors(page: Page, prefix: string, section: string): Promise<string[]> {
	const hrefs = await page
		.locator(`nav.sidebar a[href^="${prefix}/${section}/"], nav.sidebar a[href="${prefix}/${section}/"]`)
		.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
	return [...new Set(hrefs)].map((h) => `cetak-${h.split('/').filter(Boolean).pop()}`);
}

for (const lang of ['id', 'en'] as const) {
	const prefix = lang === 'en' ? '/en' : '';
	const w = words[lang];
	for (const section of sections) {
		test(`${prefix}/cetak/${section}/ prints the section's pages in sidebar order with its sources at the end, on A4`, async ({ page }) => {
			await page.goto(`${prefix}/${section}/`);
			const expected = await sidebarAnchors(page, prefix, section);
			// A one-page section has no sidebar group: it is that page.
			const order = expected.length > 0 ? expected : [`cetak-${section}`];

			await page.goto(`${prefix}/cetak/${section}/`);
			await expect(page.getByRole('button', { name: /Cetak|Print/ })).toBeVisible();
			const articles = page.locator('article.print-page');
			expect(await articles.evaluateAll((els) => els.map((e) => e.id))).toEqual(order);
			const titles = await page.locator('.print-page-title').allTextContents();
			const contents = await page.locator('.print-contents li').allTextContents();
			expect(contents.map((c) => c.trim())).toEqual(titles.map((t) => t.trim()));
			// Several pages share one HTML page: no id may repeat.
			const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
			expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
			const sourceTitles = await page.locator('.source-list li').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
			expect(sourceTitles.length).toBeGreaterThan(0);

			const pdf = await page.pdf({ preferCSSPageSize: true });
			// A4 is 595 × 842 points.
			const boxes = [...pdf.toString('latin1').matchAll(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
			expect(boxes.length).toBeGreaterThan(titles.length);
			expect(boxes.every(([x, y]) => x === 595 && y === 842)).toBe(true);
			const text = squash(pdfText(pdf));
			const title = squash((await page.locator('h1').textContent()) ?? '');
			expect(text.startsWith(title) || text.indexOf(title) < 200).toBe(true);
			expect(text).toContain(squash(w.from));
			expect(text).toContain(squash(w.contents));
			// The contents list every title in order; then the pages follow in the same order.
			let cursor = 0;
			for (const pass of ['contents', 'pages']) {
				for (const t of titles) {
					const at = text.indexOf(squash(t), cursor);
					expect(at, `${pass}: "${t}"`).toBeGreaterThanOrEqual(cursor);
					cursor = at + squash(t).length;
				}
			}
			// The sources come after the last page, each of them printed.
			const sourcesAt = text.indexOf(squash(w.sources), cursor);
			expect(sourcesAt).toBeGreaterThan(0);
			const firstSource = squash(sourceTitles[0]!).slice(0, 40);
			expect(text.indexOf(firstSource, sourcesAt)).toBeGreaterThan(sourcesAt);
			for (const chrome of [...w.nav, squash(w.link)]) expect(text).not.toContain(squash(chrome));
		});
	}

	test(`the ${lang === 'id' ? 'Indonesian' : 'English'} concepts page links to its print document`, async ({ page }) => {
		await page.goto(`${prefix}/konsep/`);
		await page.getByRole('link', { name: w.link }).click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/cetak/konsep/$`));
		await expect(page.locator('h1')).toContainText(lang === 'id' ? 'Konsep Polmas' : 'Polmas concepts');
		// Inside the document, the section page it prints does not link to the document again.
		await expect(page.getByRole('link', { name: w.link })).toHaveCount(0);
	});
}

test('the print documents are not search results', async ({ page }) => {
	await page.goto('/');
	// Words every print document holds: if those pages were indexed, they would be listed.
	await search(page, 'dokumen cetak');
	const hrefs = await resultLinks(page);
	expect(hrefs.length).toBeGreaterThan(0);
	expect(hrefs.filter((h) => h.includes('/cetak/'))).toEqual([]);
});
