// The core set's scripts and styles, found from the core pages' HTML and what the scripts import.
import { describe, expect, it } from 'vitest';
import { assetsOfHtml, coreAssets, importsOfScript, laterAssets } from '../../src/lib/offline/core-assets';

describe('core assets', () => {
	it('finds the bundles a page names, once each', () => {
		const html = '<link rel="stylesheet" href="/_astro/common.A1.css"><script type="module" src="/_astro/page.B2.js"></script><script src="/_astro/page.B2.js"></script><a href="/konsep/">x</a>';
		expect(assetsOfHtml(html)).toEqual(['/_astro/common.A1.css', '/_astro/page.B2.js']);
	});

	it('finds the icon sprite the icons draw from, whichever symbol they use', () => {
		const html = '<svg><use href="/_astro/icons.a1b2c3d4.svg#i0"/></svg><svg><use href="/_astro/icons.a1b2c3d4.svg#i7"/></svg>';
		expect(assetsOfHtml(html)).toEqual(['/_astro/icons.a1b2c3d4.svg']);
	});

	it('follows static and dynamic imports of built scripts', () => {
		const code = 'import{a}from"./i18n.C3.js";const l=()=>import(`./client.D4.js`);x("./style.E5.css")';
		expect(importsOfScript(code, '/_astro/page.B2.js').sort()).toEqual(['/_astro/client.D4.js', '/_astro/i18n.C3.js', '/_astro/style.E5.css']);
	});

	it('collects everything reachable and skips files that do not exist', () => {
		const files: Record<string, string> = {
			'/_astro/page.js': 'import"./a.js";import"./missing.js"',
			'/_astro/a.js': 'import"./b.js"',
			'/_astro/b.js': 'import"./a.js"',
			'/_astro/unused.js': '',
		};
		const found = coreAssets(['<script src="/_astro/page.js"></script>'], (p) => files[p] ?? null);
		expect(found).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/page.js']);
	});

	it('leaves to the later pages only the bundles the first pages do not reach', () => {
		const files: Record<string, string> = {
			'/_astro/page.js': 'import"./shared.js"',
			'/_astro/shared.js': '',
			'/_astro/tool.js': 'import"./shared.js";import"./tool-dom.js"',
			'/_astro/tool-dom.js': '',
			'/_astro/tool.css': '',
		};
		const read = (p: string) => files[p] ?? null;
		const first = ['<script src="/_astro/page.js"></script>'];
		const later = ['<script src="/_astro/page.js"></script><script src="/_astro/tool.js"></script><link href="/_astro/tool.css">'];
		expect(laterAssets(first, later, read)).toEqual(['/_astro/tool-dom.js', '/_astro/tool.css', '/_astro/tool.js']);
		expect(laterAssets(later, first, read)).toEqual([]);
	});
});
