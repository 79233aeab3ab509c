/**
 * Collects a page's Content Security Policy violations: `securitypolicyviolation` events
 * and the browser's CSP console messages. Shared by pages.spec.ts (every built page) and
 * csp.spec.ts (the interactive parts under the policy).
 */
import type { Page } from '@playwright/test';

export async function watchCsp(page: Page): Promise<string[]> {
	const seen: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) seen.push(msg.text());
	});
	await page.exposeFunction('__reportCsp', (text: string) => seen.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
			);
		});
	});
	return seen;
}
