/**
 * Moving through a slide deck: which key or swipe means what, where a move lands (never past
 * either end) and each slide's "n of m" label. Pure; the slide deck island
 * (src/user-components/slides/slides-element.ts) wires the DOM to it.
 */
import { fill } from '../i18n';

/** A move through the deck. */
export type SlideMove = 'next' | 'prev' | 'first' | 'last';

/**
 * The move a key asks for: arrows and Page Up/Down (what presentation clickers send), Home
 * and End. Up and Down are left to scroll a long slide; other keys are not the deck's.
 */
export function moveForKey(key: string): SlideMove | null {
	switch (key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'prev';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}

/** The slide a move lands on, from `index` in a deck of `count`; an index out of range counts as the nearest end. */
export function applyMove(index: number, count: number, move: SlideMove): number {
	if (count < 1) return 0;
	const clamp = (i: number) => Math.min(Math.max(Number.isInteger(i) ? i : 0, 0), count - 1);
	const from = clamp(index);
	return clamp(move === 'next' ? from + 1 : move === 'prev' ? from - 1 : move === 'first' ? 0 : count - 1);
}

/** Shortest horizontal travel, in CSS pixels, that counts as a swipe. */
export const SWIPE_MIN_PX = 48;

/**
 * The move a finger's travel asks for: a swipe to the left shows the next slide, to the right
 * the previous one. A travel that is short, or more vertical than horizontal (scrolling a
 * long slide), is no swipe.
 */
export function moveForSwipe(dx: number, dy: number, minPx = SWIPE_MIN_PX): SlideMove | null {
	if (!Number.isFinite(dx) || !Number.isFinite(dy)) return null;
	if (Math.abs(dx) < minPx || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
	return dx < 0 ? 'next' : 'prev';
}

/** A slide's label from the UI string `slides.position` ("{n} dari {m}"), counting from 1. */
export function slideLabel(template: string, index: number, count: number): string {
	return fill(template, { n: index + 1, m: count });
}
