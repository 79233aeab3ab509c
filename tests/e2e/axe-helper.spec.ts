/**
 * The axe helper itself: every accessibility check in the suite passes through it, so it
 * must be seen to fail. Violations are planted in a built page, in the page and in a frame
 * (the helper runs axe in legacy mode, which reaches frames through axe's own messaging).
 */
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './axe';

test('the axe helper fails on violations planted in a page and in a frame, naming each', async ({ page }) => {
	await page.goto('/konsep/apa-itu-polmas/');
	await page.locator('main').evaluate((main) => {
		const image = document.createElement('img');
		image.src = '/favicon.svg';
		const faint = document.createElement('p');
		faint.style.color = '#ddd';
		faint.textContent = 'Teks yang hampir tak terbaca';
		const frame = document.createElement('iframe');
		frame.title = 'Bingkai uji';
		frame.srcdoc = '<!doctype html><html lang="id"><title>Uji</title><button></button></html>';
		main.append(image, faint, frame);
	});
	await expect(page.frameLocator('main iframe').locator('button')).toBeAttached();
	const failure = await expectNoAxeViolations(page, { label: 'planted' }).then(
		() => '',
		(error: Error) => error.message,
	);
	expect(failure).toContain('planted image-alt: img');
	expect(failure).toContain('planted color-contrast: main > p');
	expect(failure).toMatch(/planted button-name: iframe.*button/);
});
