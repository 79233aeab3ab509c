import { describe, expect, it } from 'vitest';
import { PRECACHE_BUDGET_BYTES, hashedUrlPattern, kindOf, precacheGlobs, precacheIgnores, summarizePrecache } from '../../src/lib/offline/precache';

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
	it('states a budget of a few MiB, small enough for one visit on a weak link', () => {
		expect(PRECACHE_BUDGET_BYTES).toBeGreaterThan(1024 * 1024);
		expect(PRECACHE_BUDGET_BYTES).toBeLessThanOrEqual(8 * 1024 * 1024);
	});

	it('covers pages, the search index and print assets, and skips unused Pagefind UIs', () => {
		expect(precacheGlobs).toContain('**/*.html');
		expect(precacheGlobs.some((g) => g.includes('pf_index'))).toBe(true);
		expect(precacheGlobs.some((g) => g.includes('pf_fragment'))).toBe(true);
		expect(precacheGlobs).toContain('**/*.pdf');
		expect(precacheIgnores).toContain('pagefind/pagefind-ui.*');
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
});
