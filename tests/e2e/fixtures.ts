/**
 * Shared Playwright fixtures. Every test's page fails the test if the browser logs a
 * console error or an uncaught exception, or if any request leaves 127.0.0.1. A test that
 * provokes an error on purpose says which with `guard.expectError(pattern)`; only matching
 * messages are excused, and each expected pattern must actually occur.
 */
import { test as base, expect } from '@playwright/test';

export interface Guard {
	errors: string[];
	offsite: string[];
	/** Excuses console errors matching `pattern`; unless `optional`, fails the test if none occurs. */
	expectError(pattern: RegExp, options?: { optional?: boolean }): void;
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page }, use) => {
			const expected: { pattern: RegExp; seen: boolean; optional: boolean }[] = [];
			const guard: Guard = {
				errors: [],
				offsite: [],
				expectError: (pattern, options) => void expected.push({ pattern, seen: false, optional: options?.optional ?? false }),
			};
			const report = (text: string) => {
				const excuse = expected.find((e) => e.pattern.test(text));
				if (excuse) excuse.seen = true;
				else guard.errors.push(text);
			};
			page.on('console', (msg) => {
				if (msg.type() === 'error') report(`${page.url()}: ${msg.text()}`);
			});
			page.on('pageerror', (err) => report(`${page.url()}: ${err.message}`));
			// Names the resource behind a bare "Failed to load resource" console line.
			page.on('requestfailed', (req) => {
				if (process.env.E2E_DEBUG_FAILED) console.log(`request failed: ${req.url()} ${req.failure()?.errorText}`);
			});
			page.on('request', (req) => {
				const url = new URL(req.url());
				const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
				if (!local && !['data:', 'blob:', 'about:'].includes(url.protocol)) guard.offsite.push(req.url());
			});
			await use(guard);
			expect(guard.offsite, 'requests that left 127.0.0.1').toEqual([]);
			expect(guard.errors, 'console errors').toEqual([]);
			expect(expected.filter((e) => !e.seen && !e.optional).map((e) => String(e.pattern)), 'expected errors that never occurred').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
