import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutShortcutScript } from '../../src/lib/build/search-shortcut';

/** Starlight's own Search component, the inline script exactly as it ships. */
const starlightSearch = readFileSync('node_modules/@astrojs/starlight/dist/components/Search.astro', 'utf8');
const inline = /<script is:inline>([\s\S]*?)<\/script>/.exec(starlightSearch)![1]!;

describe("removing Starlight's inline search-shortcut script", () => {
	it("matches the script of the installed Starlight and nothing around it", () => {
		const page = `<button data-open-modal></button><script>${inline}</script><script type="module" src="/_astro/Search.js"></script>`;
		expect(withoutShortcutScript(page)).toBe('<button data-open-modal></button><script type="module" src="/_astro/Search.js"></script>');
	});

	it('leaves other inline scripts alone', () => {
		const page = "<script>StarlightThemeProvider.updatePickers();</script><script>(() => { const x = 1; })();</script>";
		expect(withoutShortcutScript(page)).toBe(page);
	});
});
