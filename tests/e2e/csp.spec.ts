/**
 * Content Security Policy in the browser: the interactive parts that run inline or bundled
 * scripts work under each page's policy — theme switch, search, the mobile sidebar and the
 * quiz — and a script the policy does not list is refused. (Every page loading without a
 * violation is checked by pages.spec.ts.) The shared fixture also fails any test whose page
 * requests another host.
 */
import { test, expect } from './fixtures';
import { watchCsp } from './csp-watch';
import { answerOneRightly } from './quiz-helpers';
import { pickPath } from './site-pages';
import { resultPages, search } from './search-helpers';

test('theme switching works under the CSP', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const select = page.locator('starlight-theme-select select').first();
	await select.selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await select.selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// The inline theme provider script restores the choice on the next page.
	await page.goto('/en/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(violations).toEqual([]);
});

test('search finds pages in both languages under the CSP', async ({ page }) => {
	const violations = await watchCsp(page);
	for (const [path, query] of [
		['/', 'Bhabinkamtibmas'],
		['/en/', 'community'],
	] as const) {
		await page.goto(path);
		await search(page, query);
		expect(await resultPages(page), query).not.toEqual([]);
	}
	expect(violations).toEqual([]);
});

test('the mobile sidebar opens and closes under the CSP', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto(pickPath(['/konsep/apa-itu-polmas/', '/dasar-hukum/perpol-1-2021/'], /^\/konsep\//) ?? '/');
	const toggle = page.locator('button[popovertarget="starlight__sidebar"], starlight-menu-button button').first();
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar).toBeHidden();
	await toggle.click();
	await expect(sidebar).toBeVisible();
	await expect(sidebar.getByRole('link').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(sidebar).toBeHidden();
	expect(violations).toEqual([]);
});

test('the quiz responds to an answer under the CSP', async ({ page }) => {
	const violations = await watchCsp(page);
	await answerOneRightly(page);
	expect(violations).toEqual([]);
});

test('an inline script that is not hashed into the policy is refused', async ({ page, guard }) => {
	const violations = await watchCsp(page);
	// The browser logs the refusal as an error: that is the point here.
	guard.expectError(/Content Security Policy/);
	await page.goto('/');
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true;';
		document.head.append(s);
	});
	await expect.poll(() => violations.length).toBeGreaterThan(0);
	expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
});

