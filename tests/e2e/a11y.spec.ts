/**
 * axe (WCAG 2.2 AA and best practice) on every page in the sitemap, at phone width and on
 * a desktop, with no rule disabled.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { builtPages } from './sitemap';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const path of builtPages()) {
	test(`${path} has no axe violations`, async ({ page }) => {
		for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
			await page.setViewportSize(viewport);
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
			const summary = violations.map((v) => `${v.id} (${viewport.width}px): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary).toEqual([]);
		}
	});
}
