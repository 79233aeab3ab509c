/**
 * <quiz-handin>: turns a finished quiz set into a hand-in code for the trainer. It reads the
 * set from the enclosing <quiz-set> (`handInSet()`), encodes it with the learner's name
 * (src/lib/handin/code.ts), shows the code as text with a copy button, and draws it as a QR
 * image: lean-qr's nano build, fetched only now, gives the modules; src/lib/handin/qr-svg.ts
 * draws them as an SVG path. Loaded by quiz-element.ts when the whole set is answered.
 */
import { MAX_NAME, cleanName, encodeHandIn, resultDigit, setFingerprint } from '../../lib/handin/code';
import { qrPath, qrViewBox } from '../../lib/handin/qr-svg';
import { fill } from '../../lib/i18n';
import type { QuizSetElement } from '../quiz/quiz-element';

type Labels = Record<'nameEmpty' | 'qrLabel' | 'copied' | 'copyFailed' | 'qrFailed', string>;
const SVG = 'http://www.w3.org/2000/svg';

export class QuizHandInElement extends HTMLElement {
	private t!: Labels;
	private wired = false;

	connectedCallback() {
		if (this.wired) return;
		this.wired = true;
		this.t = JSON.parse(this.querySelector('.handin-data')!.textContent!);
		this.querySelector('form')!.addEventListener('submit', (e) => {
			e.preventDefault();
			void this.make();
		});
		this.querySelector('.handin-copy')!.addEventListener('click', () => void this.copy());
	}

	private say(text: string) {
		this.querySelector('.handin-msg')!.textContent = text;
	}

	private async make() {
		const set = this.closest<QuizSetElement>('quiz-set')?.handInSet();
		if (!set) return;
		const input = this.querySelector<HTMLInputElement>('#handin-name')!;
		// The field holds at most MAX_NAME characters, so a clean name always fits the code.
		const name = cleanName([...cleanName(input.value)].slice(0, MAX_NAME).join(''));
		if (!name) {
			this.say(this.t.nameEmpty);
			input.focus();
			return;
		}
		const results = set.grades.map(resultDigit);
		const code = encodeHandIn({ seed: set.seed, topics: set.topics, count: set.count, part: set.part, fingerprint: setFingerprint(set.ids), results, name });
		this.querySelector('.handin-code')!.textContent = code;
		const out = this.querySelector<HTMLElement>('.handin-out')!;
		out.hidden = false;
		const box = this.querySelector('.handin-qr')!;
		box.replaceChildren();
		this.say('');
		try {
			const { generate, correction } = await import('lean-qr/nano');
			const qr = generate(code, { minCorrectionLevel: correction.M });
			const svg = document.createElementNS(SVG, 'svg');
			svg.setAttribute('viewBox', qrViewBox(qr));
			svg.setAttribute('role', 'img');
			svg.setAttribute('aria-label', fill(this.t.qrLabel, { name, right: set.grades.filter((g) => g.correct).length, total: set.grades.length }));
			svg.setAttribute('shape-rendering', 'crispEdges');
			const [x, , size] = qrViewBox(qr).split(' ');
			const bg = document.createElementNS(SVG, 'rect');
			for (const [k, v] of [['x', x], ['y', x], ['width', size], ['height', size], ['fill', '#fff']]) bg.setAttribute(k!, v!);
			const path = document.createElementNS(SVG, 'path');
			path.setAttribute('d', qrPath(qr));
			path.setAttribute('fill', '#000');
			svg.append(bg, path);
			box.append(svg);
		} catch (e) {
			console.warn('hand-in QR:', e);
			this.say(this.t.qrFailed);
		}
	}

	private async copy() {
		const code = this.querySelector('.handin-code')!;
		try {
			await navigator.clipboard.writeText(code.textContent!);
			this.say(this.t.copied);
		} catch {
			// Select it so the browser's own copy is one tap away.
			const range = document.createRange();
			range.selectNodeContents(code);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			this.say(this.t.copyFailed);
		}
	}
}

if (!customElements.get('quiz-handin')) customElements.define('quiz-handin', QuizHandInElement);
