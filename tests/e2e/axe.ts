/**
 * The one way the browser suites run axe: WCAG 2.0, 2.1 and 2.2 at A and AA plus axe's
 * best practices, no rule disabled. tests/e2e/pages.spec.ts scans every built page once (and
 * one page of each type at desktop width); other specs scan only states a page load cannot
 * reach (feedback shown, a printable sheet, an open deck), through this helper.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Time each scan adds to its test's timeout: a scan of a whole page took up to 12 s on a busy
 * 2-CPU machine and 30–47 s when it was overloaded (load average 40); 60 s covers both.
 */
const SCAN_MS = 60_000;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Fails with one line per violation (rule and the elements it found), naming `label`. */
export async function expectNoAxeViolations(page: Page, options: { label?: string; include?: string[] } = {}): Promise<void> {
	test.setTimeout(test.info().timeout + SCAN_MS);
	// Only violations are reported: collecting every pass and incomplete result made each
	// scan 20–40 % slower and this helper reads none of them.
	// Legacy mode runs axe in the page itself. The default opens a blank page in the context
	// to merge each frame's results, which doubled every scan (six pages: 9.5–11.6 s against
	// 4.6–5.6 s) and found the same violations, in iframes too (tests/e2e/axe-helper.spec.ts).
	let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true);
	for (const selector of options.include ?? []) builder = builder.include(selector);
	const { violations } = await builder.analyze();
	const label = options.label ?? new URL(page.url()).pathname + new URL(page.url()).search;
	expect(violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
