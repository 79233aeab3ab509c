import { describe, expect, it } from 'vitest';
import { collectSources, pageAnchor, prefixIds, sectionPages, type PageLike } from '../../src/lib/print/document';

const page = (id: string, order?: number, sources: string[] = [], type = 'konsep'): PageLike => ({
	id,
	data: { title: id, type, sidebar: order === undefined ? undefined : { order }, sources: sources.map((s) => ({ id: s })) },
});

const pages = [
	page('konsep/pilar-polmas', 3, ['perpol-1-2021']),
	page('konsep/apa-itu-polmas', 1, ['perpol-1-2021', 'perkap-3-2015']),
	page('konsep', 0, ['fakta-terperiksa'], 'umum'),
	page('konsep/zonder-urutan'),
	page('konsep/bhabinkamtibmas', 3, ['kep-618-2014']),
	page('en/konsep/apa-itu-polmas', 1),
	page('en/konsep', 0, [], 'umum'),
	page('konsepsi/lain', 1),
	page('cetak/konsep', 1, [], 'cetak'),
	page('glosarium', undefined, ['uu-2-2002'], 'glosarium'),
];

describe('the pages of a print document', () => {
	it('follow the sidebar: the section page first, then by order, then by id', () => {
		expect(sectionPages(pages, 'konsep', 'id').map((p) => p.id)).toEqual([
			'konsep',
			'konsep/apa-itu-polmas',
			'konsep/bhabinkamtibmas',
			'konsep/pilar-polmas',
			'konsep/zonder-urutan',
		]);
	});

	it('are those of one language, and a one-page section is that page', () => {
		expect(sectionPages(pages, 'konsep', 'en').map((p) => p.id)).toEqual(['en/konsep', 'en/konsep/apa-itu-polmas']);
		expect(sectionPages(pages, 'glosarium', 'id').map((p) => p.id)).toEqual(['glosarium']);
		expect(sectionPages(pages, 'glosarium', 'en')).toEqual([]);
	});

	it('cite each source once, in the order first cited', () => {
		expect(collectSources(sectionPages(pages, 'konsep', 'id'))).toEqual(['fakta-terperiksa', 'perpol-1-2021', 'perkap-3-2015', 'kep-618-2014']);
	});

	it('are anchored by their last path segment', () => {
		expect(pageAnchor('en/konsep/fkpm-bkpm')).toBe('cetak-fkpm-bkpm');
		expect(pageAnchor('konsep')).toBe('cetak-konsep');
	});
});

describe('prefixing the ids of a page', () => {
	it('renames ids and the same-page references to them, and leaves other links alone', () => {
		const html =
			'<h2 id="sumber">S</h2><a href="#sumber">x</a><a href="/konsep/a/#sumber">y</a>' +
			'<section aria-labelledby="temuan-1 sumber"><h3 id="temuan-1">T</h3></section><label for="f">L</label><input id="f">' +
			'<a href="#luar">z</a>';
		expect(prefixIds(html, 'p2-')).toBe(
			'<h2 id="p2-sumber">S</h2><a href="#p2-sumber">x</a><a href="/konsep/a/#sumber">y</a>' +
				'<section aria-labelledby="p2-temuan-1 p2-sumber"><h3 id="p2-temuan-1">T</h3></section><label for="p2-f">L</label><input id="p2-f">' +
				'<a href="#luar">z</a>',
		);
	});
});
