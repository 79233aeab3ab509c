/**
 * The doctrine core as a reader meets it on the built site: a page for every instrument in
 * both languages showing the status its entry records, an anchor for every doctrine item
 * on /konsep/, Perkap 3/2015 pages saying that Perpol 1/2021 replaced it, and a
 * bibliography entry for every source that says how to find it, and the field content (the
 * Bhabinkamtibmas routine, FKPM formation as steps). Expectations are read from content/ so that a new
 * instrument or source without its page fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from './fixtures';

// Everything here is in the server-rendered HTML: reading it without JavaScript is faster on a
// busy machine, and proves it is there for a reader whose browser runs no scripts. One test
// per language and concern, visiting its pages in turn, keeps the per-test cost down.
test.use({ javaScriptEnabled: false });

const ids = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
		.map((f) => basename(f, '.yaml'));
const ui = {
	id: JSON.parse(readFileSync('content/i18n/id.json', 'utf8')) as Record<string, string>,
	en: JSON.parse(readFileSync('content/i18n/en.json', 'utf8')) as Record<string, string>,
};
const prefix = { id: '', en: '/en' } as const;

const instruments = ids('content/instruments').map((id) => {
	const data = parse(readFileSync(`content/instruments/${id}.yaml`, 'utf8')) as { status: string; year: number; page?: string; keyArticles?: { article: string }[] };
	return { id, ...data };
});

test.describe('instrument pages', () => {
	for (const lang of ['id', 'en'] as const) {
		test(`${lang}: every instrument has a page showing its status`, async ({ page }) => {
			for (const instrument of instruments) {
				const response = await page.goto(`${prefix[lang]}/dasar-hukum/${instrument.page ?? instrument.id}/`);
				expect(response?.status(), instrument.id).toBe(200);
				const facts = page.locator('.instrument-facts');
				await expect(facts, instrument.id).toHaveCount(1);
				await expect(facts.locator('.status'), instrument.id).toHaveText(ui[lang][`pustaka.status.${instrument.status}`]!);
				await expect(page.locator('h1'), instrument.id).toContainText(String(instrument.year));
				// The cited articles sit under a heading of the page's own (for the table of contents).
				const articles = instrument.keyArticles ?? [];
				await expect(page.locator('.instrument-articles dt'), instrument.id).toHaveText(articles.map((a) => a.article));
			}
		});
	}

	test('the timeline links every instrument and shows its status', async ({ page }) => {
		await page.goto('/dasar-hukum/');
		for (const instrument of instruments) {
			const item = page.locator(`#instrumen-${instrument.id}`);
			await expect(item.locator('.badge')).toHaveText(ui.id[`pustaka.status.${instrument.status}`]!);
			await expect(item.locator('a').first()).toHaveAttribute('href', `/dasar-hukum/${instrument.page ?? instrument.id}/`);
		}
	});
});

/** Anchors of a lettered list: `letters('prinsip', 'i')` → prinsip-a … prinsip-i. */
const letters = (anchor: string, last: string) =>
	Array.from({ length: last.charCodeAt(0) - 96 }, (_, i) => `${anchor}-${String.fromCharCode(97 + i)}`);

const anchoredLists = [
	{ path: '/konsep/apa-itu-polmas/', anchors: letters('prinsip', 'i') },
	{ path: '/konsep/fungsi-strategi-sasaran/', anchors: [...letters('fungsi', 'd'), ...letters('strategi', 'j'), ...letters('sasaran', 'f')] },
	{ path: '/konsep/bhabinkamtibmas/', anchors: [...letters('fungsi-bhabin', 'h'), ...letters('tugas-bhabin', 'c')] },
];

test.describe('doctrine item anchors', () => {
	for (const lang of ['id', 'en'] as const) {
		test(`${lang}: each lettered list has exactly its items' anchors`, async ({ page }) => {
			for (const { path, anchors } of anchoredLists) {
				await page.goto(`${prefix[lang]}${path}`);
				for (const anchor of anchors) await expect(page.locator(`li#${anchor}`), `${path} ${anchor}`).toHaveCount(1);
				// Exactly these letters: an extra item would mean the list and its anchors drifted apart.
				const found = await page.locator('li[id]').evaluateAll((els) => els.map((e) => e.id));
				for (const p of new Set(anchors.map((a) => a.slice(0, -2)))) {
					const ofList = new RegExp(`^${p}-[a-z]$`);
					expect(found.filter((id) => ofList.test(id)), `${path} ${p}`).toEqual(anchors.filter((a) => ofList.test(a)));
				}
			}
		});
	}

	test('following an item link scrolls to that item', async ({ page }) => {
		await page.goto('/konsep/fungsi-strategi-sasaran/#strategi-g');
		await expect(page.locator('#strategi-g')).toBeInViewport();
		await expect(page.locator('#strategi-g')).toContainText('Patroli dialogis');
	});
});

test.describe('which instrument is current', () => {
	const replaced = [
		{ lang: 'id', path: '/dasar-hukum/perkap-3-2015/', says: /diganti(kan)? (oleh )?Perpol 1\/2021|Perpol 1\/2021 menggantikan Perkap 3\/2015/ },
		{ lang: 'en', path: '/en/dasar-hukum/perkap-3-2015/', says: /replaced by Perpol 1\/2021|Perpol 1\/2021 replaced Perkap 3\/2015/ },
	] as const;
	for (const { lang, path, says } of replaced) {
		test(`${lang}: the Perkap 3/2015 page says Perpol 1/2021 replaced it`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('.starlight-aside--caution')).toContainText('Perpol 1/2021');
			await expect(page.locator('.instrument-facts a', { hasText: 'Perpol 1/2021' })).toHaveAttribute('href', `${prefix[lang]}/dasar-hukum/perpol-1-2021/`);
			await expect(page.locator('main')).toContainText(says);
		});
	}

	// Every konsep page that teaches a Perkap 3/2015 list or definition names its successor.
	const teachesPerkap = ['fungsi-strategi-sasaran', 'bhabinkamtibmas', 'pengemban-polmas', 'fkpm-bkpm', 'pilar-polmas', 'apa-itu-polmas'];
	for (const lang of ['id', 'en'] as const) {
		test(`${lang}: every concept page that teaches a Perkap 3/2015 list marks it as replaced by Perpol 1/2021`, async ({ page }) => {
			for (const slug of teachesPerkap) {
				await page.goto(`${prefix[lang]}/konsep/${slug}/`);
				const main = page.locator('main');
				await expect(main, slug).toContainText('Perkap 3/2015');
				await expect(main, slug).toContainText(lang === 'id' ? /sudah diganti|telah diganti/ : /replaced/);
				await expect(main, slug).toContainText('Perpol 1/2021');
			}
		});
	}

	test('the Litbang Polri finding that Polmas is seen as only the Bhabinkamtibmas is on the concept page', async ({ page }) => {
		await page.goto('/konsep/apa-itu-polmas/');
		await expect(page.locator('main')).toContainText('masih dipahami sebagai tugas Bhabinkamtibmas saja');
		await page.goto('/en/konsep/apa-itu-polmas/');
		// Typographic apostrophe: Starlight's Markdown turns ' into ’.
		await expect(page.locator('main')).toContainText(/still understood as the Bhabinkamtibmas[’'] task alone/);
	});
});

test.describe('bibliography', () => {
	const sources = ids('content/sources');
	for (const lang of ['id', 'en'] as const) {
		test(`${lang}: /sumber/ lists every source at its own anchor`, async ({ page }) => {
			await page.goto(`${prefix[lang]}/sumber/`);
			for (const id of sources) await expect(page.locator(`.source-index li#${id}`), id).toHaveCount(1);
			await expect(page.locator('.source-index > li')).toHaveCount(sources.length);
		});
	}

	const findLabels = { id: { published: 'Terbit', copy: 'Salinan', unknown: 'Belum diketahui' }, en: { published: 'Published', copy: 'Copy held', unknown: 'Not known' } };
	for (const lang of ['id', 'en'] as const) {
		test(`${lang}: every source on /sumber/ says how a reader can find it, or that it is not known`, async ({ page }) => {
			const l = findLabels[lang];
			await page.goto(`${prefix[lang]}/sumber/`);
			const entries = page.locator('.source-index > li');
			await expect(entries).toHaveCount(sources.length);
			const unfindable = await entries.evaluateAll((lis) => lis.filter((li) => !li.querySelector('.title a[href], dl.find dd')).map((li) => li.id));
			expect(unfindable).toEqual([]);
			await expect(page.locator('#uu-2-2002 dl.find .find-published dt')).toHaveText(l.published);
			await expect(page.locator('#uu-2-2002 dl.find .find-published dd')).toContainText(lang === 'id' ? 'Lembaran Negara RI Tahun 2002 Nomor 2' : 'State Gazette (Lembaran Negara) 2002 No. 2');
			await expect(page.locator('#perpol-1-2021 dl.find .find-unknown dt')).toHaveText(l.unknown);
			await expect(page.locator('#artikel-trenggalek-2022 dl.find .find-copy dt')).toHaveText(l.copy);
		});
	}

	test('both Bhabinkamtibmas counts are shown, each with its source', async ({ page }) => {
		const counts = [
			{ path: '/sumber/', bappenas: '49.335', litbang: '38.477', litbangSource: 'Litbang Polri 2022' },
			{ path: '/en/sumber/', bappenas: '49,335', litbang: '38,477', litbangSource: 'Litbang Polri study' },
		];
		for (const c of counts) {
			await page.goto(c.path);
			const items = page.locator('main li');
			await expect(items.filter({ hasText: c.bappenas }).filter({ hasText: 'Bappenas' }).first()).toBeVisible();
			await expect(items.filter({ hasText: c.litbang }).filter({ hasText: c.litbangSource }).first()).toBeVisible();
		}
	});
});

test.describe('home', () => {
	for (const lang of ['id', 'en'] as const) {
		test(`${lang}: the three entry points link pages that exist`, async ({ page, request }) => {
			await page.goto(`${prefix[lang]}/`);
			const cards = page.locator('.card');
			await expect(cards).toHaveCount(3);
			const hrefs = await cards.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			expect(hrefs.length).toBeGreaterThanOrEqual(12);
			for (const href of hrefs) {
				expect(href.startsWith(`${prefix[lang]}/`), href).toBe(true);
				expect((await request.get(href)).status(), href).toBe(200);
			}
		});
	}
});

test.describe('field content', () => {
	const routine = {
		id: { path: '/konsep/kerja-rutin-bhabinkamtibmas/', silent: 'Tidak disebut sumber kami:', caveat: 'Perkap 3/2015', fkpm: '/fkpm/', silentCard: 'Tidak disebut sumber kami' },
		en: { path: '/en/konsep/kerja-rutin-bhabinkamtibmas/', silent: 'Not in our sources:', caveat: 'Perkap 3/2015', fkpm: '/en/fkpm/', silentCard: 'Not in our sources' },
	};
	for (const lang of ['id', 'en'] as const) {
		const r = routine[lang];
		test(`${lang}: the Bhabinkamtibmas routine gives its four parts, each saying what the sources leave out, after the replaced-regulation caveat`, async ({ page }) => {
			await page.goto(r.path);
			const parts = page.locator('main h2').filter({ hasText: /^[1-4]\. / });
			await expect(parts).toHaveCount(4);
			await expect(page.locator('main p strong').filter({ hasText: r.silent })).toHaveCount(4);
			await expect(page.locator('main aside').first()).toContainText(r.caveat);
		});

		test(`${lang}: FKPM formation is numbered steps, with what the sources do not say`, async ({ page }) => {
			await page.goto(r.fkpm);
			for (const id of ['pembentukan-fkpm', 'fkpm-kawasan']) {
				const card = page.locator(`section.guide-card[aria-labelledby="kartu-${id}"]`);
				await expect(card.locator('ol > li').first()).toBeVisible();
				await expect(card.locator('ul')).toHaveCount(0);
				await expect(card.locator('.guide-silent')).toContainText(r.silentCard);
			}
			await expect(page.locator('section.guide-card[aria-labelledby="kartu-pembentukan-fkpm"] ol > li')).toHaveCount(5);
		});
	}
});
