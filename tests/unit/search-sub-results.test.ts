import { describe, expect, it } from 'vitest';
import { foldPageTopSubResult, prepareResult } from '../../src/lib/search/sub-results';

const sub = (url: string, title = url) => ({ url, title, excerpt: `… ${title} …` });

describe('the page-top sub-result', () => {
	it("becomes the page's own entry, so the page is not listed under itself", () => {
		const result = {
			url: '/konsep/bhabinkamtibmas/',
			meta: { url: '/konsep/bhabinkamtibmas/' },
			sub_results: [sub('/konsep/bhabinkamtibmas/#_top', 'Bhabinkamtibmas'), sub('/konsep/bhabinkamtibmas/#nama-dan-pangkat')],
		};
		const folded = foldPageTopSubResult(result);
		expect(folded.sub_results.map((s) => s.url)).toEqual(['/konsep/bhabinkamtibmas/', '/konsep/bhabinkamtibmas/#nama-dan-pangkat']);
		expect(folded.sub_results[0].excerpt).toBe('… Bhabinkamtibmas …');
		expect(folded.sub_results.some((s) => s.url.endsWith('#_top'))).toBe(false);
	});

	it('is dropped when the page already has its own entry', () => {
		const result = { url: '/a/', sub_results: [sub('/a/'), sub('/a/#_top'), sub('/a/#b')] };
		expect(foldPageTopSubResult(result).sub_results.map((s) => s.url)).toEqual(['/a/', '/a/#b']);
	});

	it('leaves other results and anchors that only look alike untouched', () => {
		const result = { url: '/a/', sub_results: [sub('/a/#b'), sub('/a/#_topik'), sub('/other/#_top')] };
		expect(foldPageTopSubResult(result).sub_results.map((s) => s.url)).toEqual(['/a/#b', '/a/#_topik', '/other/#_top']);
		const none = { url: '/a/' };
		expect(foldPageTopSubResult(none)).toEqual({ url: '/a/' });
	});
});

describe('a result ready to show', () => {
	it('keeps its meta but not the ranking-only alias field', () => {
		const result = {
			url: '/konsep/bhabinkamtibmas/',
			meta: { url: '/konsep/bhabinkamtibmas/', title: 'Bhabinkamtibmas', alias: 'Babinkamtibmas · Binmas' },
			sub_results: [sub('/konsep/bhabinkamtibmas/#_top')],
		};
		const shown = prepareResult(result);
		expect(shown.meta).toEqual({ url: '/konsep/bhabinkamtibmas/', title: 'Bhabinkamtibmas' });
		expect(shown.sub_results.map((s) => s.url)).toEqual(['/konsep/bhabinkamtibmas/']);
	});
});
