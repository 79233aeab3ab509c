/**
 * Shared Playwright fixtures. Every test's page fails the test if the browser logs a
 * console error or an uncaught exception, or if any request leaves 127.0.0.1.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guard: { errors: string[]; offsite: string[] } }>({
	guard: [
		async ({ page }, use) => {
			const guard = { errors: [] as string[], offsite: [] as string[] };
			page.on('console', (msg) => {
				if (msg.type() === 'error') guard.errors.push(`${page.url()}: ${msg.text()}`);
			});
			page.on('pageerror', (err) => guard.errors.push(`${page.url()}: ${err.message}`));
			page.on('request', (req) => {
				const url = new URL(req.url());
				const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
				if (!local && !['data:', 'blob:', 'about:'].includes(url.protocol)) guard.offsite.push(req.url());
			});
			await use(guard);
			expect(guard.offsite, 'requests that left 127.0.0.1').toEqual([]);
			expect(guard.errors, 'console errors').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
