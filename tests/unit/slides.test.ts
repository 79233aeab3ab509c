// Splitting a page into slides by its h2 sections, and moving through the deck by key,
// swipe and index (src/lib/slides/).
import { describe, expect, it } from 'vitest';
import { opensSlide, splitIntoSlides, type SlideTree } from '../../src/lib/slides/split';
import { applyMove, moveForKey, moveForSwipe, slideLabel } from '../../src/lib/slides/navigation';

interface N {
	tag: string;
	id?: string;
	kids?: N[];
}
const el = (tag: string, id?: string, kids: N[] = []): N => ({ tag, id, kids });
const tree: SlideTree<N> = {
	children: (n) => n.kids ?? [],
	isHeading: (n) => n.tag === 'h2',
	skip: (n) => n.tag === 'deck',
};
const ids = (slides: N[][]) => slides.map((s) => s.map((n) => n.id ?? n.tag));

describe('splitIntoSlides', () => {
	it('puts the title and the lead before the first h2 on slide 1, then one slide per h2', () => {
		const roots = [el('p', 'lead'), el('h2', 'a'), el('p', 'a1'), el('ul', 'a2'), el('h2', 'b'), el('table', 'b1')];
		expect(ids(splitIntoSlides([el('h1', 'title')], roots, tree))).toEqual([
			['title', 'lead'],
			['a', 'a1', 'a2'],
			['b', 'b1'],
		]);
	});

	it('keeps a heading wrapper or a one-topic section whole, as the block that opens its slide', () => {
		const wrapper = el('div', 'wrap-a', [el('h2', 'a'), el('a', 'anchor')]);
		const section = el('section', 'sec-b', [el('h2', 'b'), el('ul', 'b1')]);
		expect(opensSlide(wrapper, tree)).toBe(true);
		expect(opensSlide(section, tree)).toBe(true);
		expect(ids(splitIntoSlides([], [wrapper, el('p', 'a1'), section], tree))).toEqual([[], ['wrap-a', 'a1'], ['sec-b']]);
	});

	it('looks into a component that holds several sections, so each starts its own slide', () => {
		const facts = el('div', 'facts', [el('dl', 'summary'), el('h2', 'problem'), el('p', 'p1'), el('section', 'f1', [el('h2', 'f1h'), el('ul')]), el('h2', 'results'), el('ul', 'r1')]);
		expect(ids(splitIntoSlides([el('h1', 't')], [el('p', 'lead'), facts, el('section', 'sources', [el('h2', 'sh'), el('ol')])], tree))).toEqual([
			['t', 'lead', 'summary'],
			['problem', 'p1'],
			['f1'],
			['results', 'r1'],
			['sources'],
		]);
	});

	it('does not treat a wrapper with a second h2 inside as one slide', () => {
		const two = el('div', 'two', [el('h2', 'a'), el('p', 'a1'), el('h2', 'b')]);
		expect(opensSlide(two, tree)).toBe(false);
		expect(ids(splitIntoSlides([], [two], tree))).toEqual([[], ['a', 'a1'], ['b']]);
	});

	it('leaves out skipped nodes, and a page without h2 is one title slide', () => {
		const slides = splitIntoSlides([el('h1', 't')], [el('deck', 'deck', [el('h2', 'inside')]), el('p', 'only')], tree);
		expect(ids(slides)).toEqual([['t', 'only']]);
		expect(splitIntoSlides([], [], tree)).toEqual([[]]);
	});

	it('keeps h3 subsections on their h2 slide', () => {
		const roots = [el('h2', 'a'), el('h3', 'a-sub'), el('p', 'x')];
		expect(ids(splitIntoSlides([], roots, tree))).toEqual([[], ['a', 'a-sub', 'x']]);
	});
});

describe('moving through the deck', () => {
	it('maps arrows, Page Up/Down, Home and End, and no other key', () => {
		expect(['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End'].map(moveForKey)).toEqual(['next', 'next', 'prev', 'prev', 'first', 'last']);
		expect(['ArrowDown', 'ArrowUp', ' ', 'Enter', 'Escape', 'a'].map(moveForKey)).toEqual([null, null, null, null, null, null]);
	});

	it('never moves past either end', () => {
		expect(applyMove(0, 5, 'prev')).toBe(0);
		expect(applyMove(4, 5, 'next')).toBe(4);
		expect(applyMove(2, 5, 'next')).toBe(3);
		expect(applyMove(2, 5, 'prev')).toBe(1);
		expect(applyMove(2, 5, 'first')).toBe(0);
		expect(applyMove(2, 5, 'last')).toBe(4);
		expect(applyMove(9, 5, 'prev')).toBe(3);
		expect(applyMove(0, 0, 'next')).toBe(0);
	});

	it('reads a swipe left as next and right as previous; short or vertical travel is no swipe', () => {
		expect(moveForSwipe(-120, 10)).toBe('next');
		expect(moveForSwipe(120, -20)).toBe('prev');
		expect(moveForSwipe(-30, 0)).toBeNull();
		expect(moveForSwipe(-80, 90)).toBeNull();
		expect(moveForSwipe(Number.NaN, 0)).toBeNull();
	});

	it('labels slides "n dari m" and "n of m", counting from 1', () => {
		expect(slideLabel('{n} dari {m}', 0, 7)).toBe('1 dari 7');
		expect(slideLabel('{n} of {m}', 6, 7)).toBe('7 of 7');
	});
});
