import { describe, expect, it } from 'vitest';
import { PRECACHE_BUDGET_BYTES, corePagePaths, corePagesFor, fullSiteGlobs, fullSiteIgnores, hashedUrlPattern, kindOf, parseCoreAssets, precacheGlobs, precachedPagePaths, summarizePrecache, toolPagePaths, urlOfFile } from '../../src/lib/offline/precache';

describe('summarizePrecache', () => {
	it('adds sizes per kind and counts HTML pages', () => {
		const s = summarizePrecache([
			{ url: 'index.html', size: 100 },
			{ url: 'en/index.html', size: 120 },
			{ url: '_astro/common.abc123.css', size: 50 },
			{ url: 'pagefind/wasm.id.pagefind', size: 500 },
		]);
		expect(s.bytes).toBe(770);
		expect(s.htmlPages).toBe(2);
		expect(s.byKind.search).toEqual({ count: 1, bytes: 500 });
		expect(s.overBudget).toBe(false);
	});

	it('flags a precache over its budget', () => {
		expect(summarizePrecache([{ url: 'big.html', size: 11 }], 10).overBudget).toBe(true);
		expect(summarizePrecache([{ url: 'ok.html', size: 10 }], 10).overBudget).toBe(false);
	});
});

describe('precache configuration', () => {
	it('keeps the core set small: well under a MiB stored', () => {
		expect(PRECACHE_BUDGET_BYTES).toBeLessThanOrEqual(1024 * 1024);
	});

	it('precaches scripts, styles and the search runtime, and leaves pages and the index to the download', () => {
		expect(precacheGlobs).toContain('_astro/**/*.{js,css,woff2}');
		expect(precacheGlobs).toContain('pagefind/pagefind.js');
		expect(precacheGlobs.some((g) => g.includes('.html'))).toBe(false);
		expect(precacheGlobs.some((g) => g.includes('pf_index'))).toBe(false);
		expect(fullSiteGlobs).toContain('**/*.html');
		expect(fullSiteGlobs.some((g) => g.includes('pf_index'))).toBe(true);
		expect(fullSiteGlobs.some((g) => g.includes('pf_fragment'))).toBe(true);
		expect(fullSiteIgnores).toContain('pagefind/pagefind-ui.*');
	});

	it('lists the core pages of each language, the practice tools among them', () => {
		expect(corePagesFor('id')).toEqual(expect.arrayContaining(['/', '/buku-saku/', '/kuis/', '/luring/', '/praktik/']));
		expect(corePagesFor('en')).toEqual(corePagePaths.map((p) => `/en${p}`));
		expect(urlOfFile('konsep/index.html')).toBe('/konsep/');
		expect(urlOfFile('index.html')).toBe('/');
		expect(urlOfFile('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
	});

	it('recognises hashed file names that need no revision', () => {
		expect(hashedUrlPattern.test('_astro/page.cNngjUgL.js')).toBe(true);
		expect(hashedUrlPattern.test('pagefind/fragment/id_f69c6d9.pf_fragment')).toBe(true);
		expect(hashedUrlPattern.test('konsep/index.html')).toBe(false);
		expect(hashedUrlPattern.test('pagefind/pagefind.js')).toBe(false);
	});

	it('classifies URLs by kind', () => {
		expect(kindOf('pagefind/pagefind.js')).toBe('search');
		expect(kindOf('_astro/x.js')).toBe('js');
		expect(kindOf('_astro/x.woff2')).toBe('font');
	});

	it('precaches the bundles of every core page but the practice tools, which are core pages too', () => {
		expect(toolPagePaths.length).toBe(3);
		for (const tool of toolPagePaths) expect(corePagePaths).toContain(tool);
		expect(precachedPagePaths()).toEqual(corePagePaths.filter((p) => !toolPagePaths.includes(p)));
		expect(precachedPagePaths()).toContain('/');
	});
});

describe('parseCoreAssets', () => {
	it('keeps hashed scripts and styles under /_astro/', () => {
		expect(parseCoreAssets({ assets: ['/_astro/SaraWorkbook.j518k6JB.js', '/_astro/practice-print.EolFdRts.css'] })).toEqual([
			'/_astro/SaraWorkbook.j518k6JB.js',
			'/_astro/practice-print.EolFdRts.css',
		]);
	});

	it('drops anything else a tampered or truncated list holds', () => {
		expect(parseCoreAssets({ assets: ['https://elsewhere.example/x.js', '/_astro/../sw.js', '/konsep/', 7, null, '/_astro/a b.js'] })).toEqual([]);
		expect(parseCoreAssets({ assets: '/_astro/x.js' })).toEqual([]);
		expect(parseCoreAssets(null)).toEqual([]);
		expect(parseCoreAssets('[]')).toEqual([]);
	});
});
