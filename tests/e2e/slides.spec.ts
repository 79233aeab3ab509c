/**
 * Slides for seminars: a case study or trainer module shown full screen, one h2 section a
 * slide, title slide first. Moved through by keyboard, by buttons and by a touch swipe; left
 * with Escape, back at the same scroll position with focus on the button and the page as it
 * was; each slide a group with aria-roledescription "slide" and an "n of m" name; axe clean
 * with the deck open; a projector (1280×720) and a fallback without the Fullscreen API;
 * nothing offered without JavaScript.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './axe';

const langs = [
	{ prefix: '', show: 'Tampilkan sebagai salindia', of: 'dari', close: 'Kembali ke halaman' },
	{ prefix: '/en', show: 'Show as slides', of: 'of', close: 'Back to the page' },
] as const;

/** The visible slide. */
const current = (page: Page) => page.locator('dialog.pp-deck [aria-roledescription="slide"]:visible');

/** The page's content (title and body) without the deck's own controls, whose state changes. */
const pageContent = (page: Page) =>
	page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('pp-slides, footer').forEach((e) => e.remove());
		return copy.innerHTML;
	});

/** How many h2 sections the page has: the deck shows one slide per section, plus the title slide. */
const sectionCount = (page: Page) => page.locator('.sl-markdown-content h2').count();

async function openDeck(page: Page, show: string) {
	await page.getByRole('button', { name: show }).click();
	await expect(page.locator('dialog.pp-deck')).toHaveJSProperty('open', true);
	await expect(current(page)).toHaveCount(1);
}

for (const { prefix, show, of, close } of langs) {
	test.describe(`slides ${prefix || '/'}`, () => {
		test('a case study goes through its slides by keyboard and Escape returns to the same place', async ({ page }) => {
			await page.goto(`${prefix}/studi-kasus/trenggalek/`);
			const before = await pageContent(page);
			const m = (await sectionCount(page)) + 1;
			expect(m).toBeGreaterThan(5);
			await page.evaluate(() => window.scrollTo(0, 60));
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(60);

			await page.getByRole('button', { name: show }).focus();
			await page.keyboard.press('Enter');
			const slide = current(page);
			await expect(slide).toHaveAttribute('aria-label', `1 ${of} ${m}`);
			await expect(slide.locator('h1')).toContainText('Trenggalek');
			await expect(slide).toBeFocused();
			await expect(page.locator('.pp-deck-count')).toHaveText(`1 ${of} ${m}`);

			await page.keyboard.press('ArrowRight');
			await expect(slide).toHaveAttribute('aria-label', `2 ${of} ${m}`);
			await expect(slide.locator('h2')).toHaveCount(1);
			await expect(slide).toBeFocused();
			await page.keyboard.press('ArrowLeft');
			await expect(slide).toHaveAttribute('aria-label', `1 ${of} ${m}`);
			await page.keyboard.press('ArrowLeft');
			await expect(slide).toHaveAttribute('aria-label', `1 ${of} ${m}`);
			await page.keyboard.press('End');
			await expect(slide).toHaveAttribute('aria-label', `${m} ${of} ${m}`);
			await page.keyboard.press('ArrowRight');
			await expect(slide).toHaveAttribute('aria-label', `${m} ${of} ${m}`);
			await page.keyboard.press('PageUp');
			await expect(slide).toHaveAttribute('aria-label', `${m - 1} ${of} ${m}`);
			await page.keyboard.press('Home');
			await expect(slide).toHaveAttribute('aria-label', `1 ${of} ${m}`);
			await page.keyboard.press('PageDown');
			await page.keyboard.press('PageDown');
			await expect(slide).toHaveAttribute('aria-label', `3 ${of} ${m}`);
			// Every slide is a labelled slide, only one shown at a time.
			const labels = await page.locator('dialog.pp-deck [aria-roledescription="slide"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
			expect(labels).toEqual(Array.from({ length: m }, (_, i) => `${i + 1} ${of} ${m}`));

			await page.keyboard.press('Escape');
			await expect(page.locator('dialog.pp-deck')).toHaveJSProperty('open', false);
			await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
			await expect(page.getByRole('button', { name: show })).toBeFocused();
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(60);
			expect(await pageContent(page), 'the page is back as it was').toBe(before);
		});

		test('the buttons move through a trainer module and leave it; focus stays on the pressed button', async ({ page }) => {
			await page.goto(`${prefix}/pelatih/modul-2-strategi-fkpm/`);
			const m = (await sectionCount(page)) + 1;
			await openDeck(page, show);
			const slide = current(page);
			const next = page.locator('.pp-deck-next');
			await expect(page.locator('.pp-deck-prev')).toHaveAttribute('aria-disabled', 'true');
			await next.click();
			await expect(slide).toHaveAttribute('aria-label', `2 ${of} ${m}`);
			await expect(next).toBeFocused();
			await expect(slide.getByRole('heading', { level: 2 })).toBeVisible();
			await page.locator('.pp-deck-prev').click();
			await expect(slide).toHaveAttribute('aria-label', `1 ${of} ${m}`);
			await page.getByRole('button', { name: close }).click();
			await expect(page.locator('dialog.pp-deck')).toHaveJSProperty('open', false);
			await expect(page.getByRole('button', { name: show })).toBeFocused();
			await expect(page.locator('.sl-markdown-content h2')).toHaveCount(m - 1);
		});

		test('axe finds nothing with the deck open, on a section slide and the title slide', async ({ page }) => {
			await page.goto(`${prefix}/studi-kasus/desa-les-bali/`);
			await openDeck(page, show);
			await expectNoAxeViolations(page, { label: `${prefix}/studi-kasus/desa-les-bali/ title slide` });
			await page.keyboard.press('ArrowRight');
			await expect(current(page)).toHaveAttribute('aria-label', new RegExp(`^2 ${of} `));
			await expectNoAxeViolations(page, { label: `${prefix}/studi-kasus/desa-les-bali/ slide 2` });
		});
	});
}

test('a link to a source on the same page shows the slide that lists it', async ({ page }) => {
	await page.goto('/studi-kasus/malioboro-yogyakarta/');
	const m = (await sectionCount(page)) + 1;
	await openDeck(page, 'Tampilkan sebagai salindia');
	const slide = current(page);
	for (let i = 0; i < m && !(await slide.locator('a[href="#sumber-taf-2007"]').count()); i++) await page.keyboard.press('ArrowRight');
	await slide.locator('a[href="#sumber-taf-2007"]').first().click();
	await expect(slide).toHaveAttribute('aria-label', `${m} dari ${m}`);
	await expect(slide.locator('#sumber-taf-2007')).toBeVisible();
	await expect(page.locator('dialog.pp-deck')).toHaveJSProperty('open', true);
});

test.describe('slides by touch', () => {
	test.use({ hasTouch: true, isMobile: true });

	/** A real touch drag through Chromium's input pipeline, so touch-action and pointer events apply. */
	async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
		for (let i = 1; i <= 6; i++) {
			const p = { x: from.x + ((to.x - from.x) * i) / 6, y: from.y + ((to.y - from.y) * i) / 6 };
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await cdp.detach();
	}

	test('a swipe left shows the next slide, right the previous; a short or vertical drag does not', async ({ page }) => {
		await page.goto('/studi-kasus/malioboro-yogyakarta/');
		await page.getByRole('button', { name: 'Tampilkan sebagai salindia' }).tap();
		const slide = current(page);
		await expect(slide).toHaveAttribute('aria-label', /^1 dari /);
		const y = 300;
		await drag(page, { x: 300, y }, { x: 60, y: y + 10 });
		await expect(slide).toHaveAttribute('aria-label', /^2 dari /);
		await drag(page, { x: 300, y }, { x: 60, y });
		await expect(slide).toHaveAttribute('aria-label', /^3 dari /);
		await drag(page, { x: 60, y }, { x: 300, y });
		await expect(slide).toHaveAttribute('aria-label', /^2 dari /);
		await drag(page, { x: 200, y }, { x: 180, y });
		await drag(page, { x: 180, y: 450 }, { x: 120, y: 200 });
		// A later swipe proves the short and vertical drags were read and ignored, not still pending.
		await drag(page, { x: 300, y }, { x: 60, y });
		await expect(slide).toHaveAttribute('aria-label', /^3 dari /);
	});
});

test.describe('slides on a projector', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('the deck fills the screen in full screen, with large type', async ({ page }) => {
		await page.goto('/en/pelatih/modul-3-studi-kasus/');
		await openDeck(page, 'Show as slides');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
		const box = await page.locator('dialog.pp-deck').boundingBox();
		expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
		await page.keyboard.press('ArrowRight');
		const text = current(page).locator('p, li').first();
		const px = await text.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(px).toBeGreaterThanOrEqual(24);
		const h2 = await current(page).locator('h2').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(h2).toBeGreaterThan(px);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await expect(page.locator('dialog.pp-deck')).toHaveJSProperty('open', false);
	});

	test('without the Fullscreen API the deck still covers the window and Escape leaves it', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined, configurable: true });
			Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false, configurable: true });
		});
		await page.goto('/studi-kasus/tampan-pekanbaru/');
		await openDeck(page, 'Tampilkan sebagai salindia');
		expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
		expect(await page.locator('dialog.pp-deck').boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
		await page.keyboard.press('ArrowRight');
		await expect(current(page)).toHaveAttribute('aria-label', /^2 dari /);
		await page.keyboard.press('Escape');
		await expect(page.locator('dialog.pp-deck')).toHaveJSProperty('open', false);
		await expect(page.getByRole('button', { name: 'Tampilkan sebagai salindia' })).toBeFocused();
	});
});

test.describe('slides without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page offers no slides button and reads as usual', async ({ page }) => {
		await page.goto('/studi-kasus/trenggalek/');
		await expect(page.locator('.case-facts')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Tampilkan sebagai salindia' })).toHaveCount(0);
		await expect(page.locator('dialog.pp-deck')).toBeHidden();
	});
});
