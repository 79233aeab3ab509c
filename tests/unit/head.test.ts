import { describe, expect, it } from 'vitest';
import { keepHeadEntry } from '../../src/lib/page-meta/head';

describe('the head entries a page keeps', () => {
	it('drops the generator tags and the Twitter card', () => {
		expect(keepHeadEntry({ tag: 'meta', attrs: { name: 'generator', content: 'Astro v7' } })).toBe(false);
		expect(keepHeadEntry({ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } })).toBe(false);
	});

	it('keeps the description, the link-preview tags and everything that is not a meta tag', () => {
		expect(keepHeadEntry({ tag: 'meta', attrs: { name: 'description', content: 'x' } })).toBe(true);
		expect(keepHeadEntry({ tag: 'meta', attrs: { property: 'og:title', content: 'x' } })).toBe(true);
		expect(keepHeadEntry({ tag: 'link', attrs: { rel: 'canonical', href: '/' } })).toBe(true);
		expect(keepHeadEntry({ tag: 'script', attrs: { name: 'generator' } })).toBe(true);
	});
});
