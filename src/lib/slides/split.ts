/**
 * Splits a page into slides by its h2 sections, without copying anything: the result names
 * the page's own blocks ("leaves") that each slide shows, in page order. The first slide is
 * the title slide: the title block and whatever comes before the first h2. Works on any tree
 * through `SlideTree`, so the slide deck island (src/user-components/slides/slides-element.ts)
 * passes DOM elements and the unit tests pass plain objects.
 */

/** How the splitter reads a tree. */
export interface SlideTree<N> {
	/** The element children of a node, in order. */
	children(node: N): readonly N[];
	/** True for the heading a slide starts with (an h2). */
	isHeading(node: N): boolean;
	/** True for nodes that take no part in the slides (the deck itself, hidden helpers). */
	skip?(node: N): boolean;
}

/** One slide: the blocks it shows, in page order. */
export type Slide<N> = N[];

function headingCount<N>(node: N, tree: SlideTree<N>): number {
	if (tree.skip?.(node)) return 0;
	if (tree.isHeading(node)) return 1;
	return tree.children(node).reduce((sum, c) => sum + headingCount(c, tree), 0);
}

/**
 * A block that opens a slide: an h2, or a wrapper that starts with one and holds no other
 * (Starlight's heading wrapper with its anchor link; a `<section>` of one topic). Such a
 * wrapper moves whole, so its own markup (ids, aria-labelledby) stays intact.
 */
export function opensSlide<N>(node: N, tree: SlideTree<N>): boolean {
	if (tree.skip?.(node)) return false;
	if (tree.isHeading(node)) return true;
	const first = tree.children(node)[0];
	return first !== undefined && opensSlide(first, tree) && headingCount(node, tree) === 1;
}

/**
 * The slides of a page: `title` (the page title's blocks) and everything in `roots` before the
 * first h2 form slide 1, then one slide per h2 section. A container that holds an h2 deeper
 * down (and is not a slide opener itself) is looked into, so sections nested in components
 * still start their own slides; every other block stays whole.
 */
export function splitIntoSlides<N>(title: readonly N[], roots: readonly N[], tree: SlideTree<N>): Slide<N>[] {
	const slides: Slide<N>[] = [[...title]];
	const visit = (node: N) => {
		if (tree.skip?.(node)) return;
		if (opensSlide(node, tree)) slides.push([node]);
		else if (headingCount(node, tree) > 0) tree.children(node).forEach(visit);
		else slides[slides.length - 1]!.push(node);
	};
	roots.forEach(visit);
	return slides;
}
