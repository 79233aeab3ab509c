/**
 * `<pp-slides>`: the slide deck island of SlideDeck.astro. Opening it moves the page's own
 * blocks (title, then each h2 section, as src/lib/slides/split.ts groups them) into the
 * modal dialog, each slide a group with `aria-roledescription="slide"` and an "n of m" name,
 * with the page in full screen (the dialog fills the window where the Fullscreen API is
 * missing or refused). Arrow keys, Page Up/Down, Home/End and a touch swipe move (navigation.ts);
 * Escape, or the back button, puts every block back where it was, returns to the same
 * scroll position and focuses the button that opened the deck.
 */
import { splitIntoSlides, type SlideTree } from '../../lib/slides/split';
import { applyMove, moveForKey, moveForSwipe, slideLabel, type SlideMove } from '../../lib/slides/navigation';

const domTree: SlideTree<Element> = {
	children: (node) => [...node.children],
	isHeading: (node) => node.tagName === 'H2',
	skip: (node) => node.tagName === 'PP-SLIDES' || node.tagName === 'SCRIPT' || node.tagName === 'STYLE' || node.hasAttribute('hidden'),
};

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

class SlidesElement extends HTMLElement {
	private dialog!: HTMLDialogElement;
	private box!: HTMLElement;
	private counter!: HTMLElement;
	private opener!: HTMLButtonElement;
	private prevButton!: HTMLButtonElement;
	private nextButton!: HTMLButtonElement;
	private slides: HTMLElement[] = [];
	/** Each moved block with the marker left at its place in the page. */
	private moved: [Comment, Element][] = [];
	private index = 0;
	private pageScroll = { x: 0, y: 0 };
	private touch: { id: number; x: number; y: number } | null = null;

	connectedCallback() {
		if (this.dataset.ready) return;
		const dialog = this.querySelector('dialog');
		const offer = this.querySelector<HTMLElement>('.pp-slides-offer');
		if (!dialog || !offer || typeof dialog.showModal !== 'function') return;
		this.dataset.ready = 'true';
		this.dialog = dialog;
		this.box = dialog.querySelector('.pp-deck-slides')!;
		this.counter = dialog.querySelector('.pp-deck-count')!;
		this.opener = offer.querySelector('.pp-slides-open')!;
		this.prevButton = dialog.querySelector('.pp-deck-prev')!;
		this.nextButton = dialog.querySelector('.pp-deck-next')!;

		this.opener.addEventListener('click', () => this.open());
		this.prevButton.addEventListener('click', () => this.go('prev'));
		this.nextButton.addEventListener('click', () => this.go('next'));
		dialog.querySelector('.pp-deck-close')!.addEventListener('click', () => dialog.close());
		dialog.addEventListener('keydown', (e) => this.onKey(e));
		// Escape outside full screen closes the modal dialog itself; this puts the page back.
		dialog.addEventListener('close', () => this.restore());
		// In full screen the browser takes Escape to leave it: leave the slides with it.
		document.addEventListener('fullscreenchange', () => {
			if (!document.fullscreenElement && dialog.open) dialog.close();
		});
		this.box.addEventListener('pointerdown', (e) => {
			if (e.pointerType !== 'mouse' && e.isPrimary) this.touch = { id: e.pointerId, x: e.clientX, y: e.clientY };
		});
		this.box.addEventListener('pointerup', (e) => {
			const start = this.touch;
			this.touch = null;
			if (!start || start.id !== e.pointerId) return;
			const move = moveForSwipe(e.clientX - start.x, e.clientY - start.y);
			if (move) this.go(move);
		});
		this.box.addEventListener('pointercancel', () => (this.touch = null));
		// A link to a place on this page (a result's source) shows the slide that holds it.
		this.box.addEventListener('click', (e) => {
			const link = (e.target as Element).closest?.('a[href^="#"]');
			const id = link ? decodeURIComponent(link.getAttribute('href')!.slice(1)) : '';
			const target = id ? document.getElementById(id) : null;
			const at = target ? this.slides.findIndex((s) => s.contains(target)) : -1;
			if (at < 0) return;
			e.preventDefault();
			this.show(at, true);
		});
		offer.hidden = false;
	}

	private open() {
		if (this.dialog.open || this.moved.length) return;
		const content = this.parentElement;
		if (!content) return;
		const h1 = document.querySelector('main h1');
		const title = h1?.parentElement ? [...h1.parentElement.children].filter((e) => !domTree.skip!(e)) : [];
		const groups = splitIntoSlides(title, [...content.children], domTree);
		const template = this.dataset.position ?? '{n} / {m}';
		this.pageScroll = { x: window.scrollX, y: window.scrollY };
		this.slides = groups.map((blocks, i) => {
			const slide = document.createElement('div');
			slide.className = i === 0 ? 'pp-slide pp-slide-title' : 'pp-slide';
			slide.setAttribute('role', 'group');
			slide.setAttribute('aria-roledescription', 'slide');
			slide.setAttribute('aria-label', slideLabel(template, i, groups.length));
			slide.tabIndex = -1;
			for (const block of blocks) {
				const mark = document.createComment('slide');
				block.before(mark);
				this.moved.push([mark, block]);
				slide.append(block);
			}
			return slide;
		});
		this.box.replaceChildren(...this.slides);
		// A dialog cannot itself go full screen: the page does, then the modal dialog covers it
		// (opened after, so it sits above). Refused or missing, the dialog fills the window.
		const root = document.documentElement;
		const fullscreen = document.fullscreenEnabled && typeof root.requestFullscreen === 'function' ? root.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined) : Promise.resolve();
		void fullscreen.then(() => {
			if (!this.moved.length || this.dialog.open) return;
			this.dialog.showModal();
			this.show(0, true);
		});
	}

	private show(index: number, focusSlide: boolean) {
		const count = this.slides.length;
		this.index = index;
		this.slides.forEach((s, i) => (s.hidden = i !== index));
		this.counter.textContent = slideLabel(this.dataset.position ?? '{n} / {m}', index, count);
		this.prevButton.setAttribute('aria-disabled', String(index === 0));
		this.nextButton.setAttribute('aria-disabled', String(index === count - 1));
		this.box.scrollTop = 0;
		if (focusSlide) this.slides[index]?.focus({ preventScroll: true });
	}

	private go(move: SlideMove) {
		const target = applyMove(this.index, this.slides.length, move);
		if (target === this.index) return;
		// Focus follows the slide when it was on the slide (now hidden); a pressed button keeps it.
		const active = document.activeElement;
		this.show(target, !active || active === document.body || active === this.dialog || this.box.contains(active));
	}

	private onKey(e: KeyboardEvent) {
		if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
		const move = moveForKey(e.key);
		if (!move) return;
		e.preventDefault();
		this.go(move);
	}

	private restore() {
		if (!this.moved.length) return;
		for (const [mark, block] of this.moved) mark.replaceWith(block);
		this.moved = [];
		this.slides = [];
		this.box.replaceChildren();
		const back = () => {
			window.scrollTo(this.pageScroll.x, this.pageScroll.y);
			this.opener.focus({ preventScroll: true });
		};
		if (document.fullscreenElement) document.exitFullscreen().then(back, back);
		else back();
	}
}

if (!customElements.get('pp-slides')) customElements.define('pp-slides', SlidesElement);
