/**
 * <quiz-progress>: fills the per-topic summary of QuizProgress.astro from stored progress,
 * and wires download, load (merge) and reset. Logic lives in src/lib/quiz/storage.ts and
 * scheduler.ts; this file only touches the DOM. Every outcome that changes or fails to
 * change the reader's data is said in the notice line.
 */
import {
	clearProgress,
	loadProgress,
	mergeProgress,
	parseProgress,
	saveProgress,
	serializeProgress,
	browserStorage,
	type Loaded,
} from '../../lib/quiz/storage';
import { summarize, type Clock } from '../../lib/quiz/scheduler';
import { fill } from '../../lib/i18n';

/** Files larger than this are not progress files (a full bank of answers is far smaller). */
const MAX_FILE_BYTES = 2_000_000;

class QuizProgressElement extends HTMLElement {
	/** "Now", replaceable before the element connects. */
	clock: Clock = () => new Date();
	private storage = browserStorage();
	private t: Record<string, string> = {};
	private wiring: AbortController | null = null;

	connectedCallback() {
		if (this.wiring) return;
		this.wiring = new AbortController();
		const signal = this.wiring.signal;
		this.t = JSON.parse(this.querySelector('.qp-data')!.textContent!);
		this.querySelector('.qp-nojs')?.remove();
		const loaded = loadProgress(this.storage, this.clock());
		if (loaded.notice) this.say(this.loadNotice(loaded));
		this.render();
		document.addEventListener('quiz-progress', () => this.render(), { signal });
		this.querySelector<HTMLElement>('.qp-actions')!.hidden = false;
		this.querySelector('.qp-export')!.addEventListener('click', () => this.download(), { signal });
		this.querySelector<HTMLInputElement>('.qp-import')!.addEventListener('change', (e) => this.load(e.target as HTMLInputElement), { signal });
		const confirm = this.querySelector<HTMLButtonElement>('.qp-reset-confirm')!;
		this.querySelector('.qp-reset')!.addEventListener(
			'click',
			() => {
				confirm.hidden = false;
				confirm.focus();
			},
			{ signal },
		);
		confirm.addEventListener(
			'click',
			() => {
				const ok = clearProgress(this.storage);
				confirm.hidden = true;
				this.render();
				this.say(ok ? this.t.resetDone : this.t.unavailable);
			},
			{ signal },
		);
	}

	disconnectedCallback() {
		this.wiring?.abort();
		this.wiring = null;
	}

	private loadNotice(loaded: Loaded): string {
		return loaded.notice === 'dropped' ? fill(this.t.dropped, { n: loaded.dropped }) : this.t[loaded.notice!];
	}

	private say(text: string) {
		const p = document.createElement('p');
		p.textContent = text;
		this.querySelector('.qp-notice')!.replaceChildren(p);
	}

	private render() {
		const sums = summarize(loadProgress(this.storage, this.clock()).progress, this.clock);
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-topic]')) {
			const s = sums[row.dataset.topic!] ?? { answered: 0, right: 0, due: 0 };
			row.querySelector('.qp-answered')!.textContent = String(s.answered);
			row.querySelector('.qp-right')!.textContent = String(s.right);
			row.querySelector('.qp-due')!.textContent = String(s.due);
		}
	}

	private download() {
		const blob = new Blob([serializeProgress(loadProgress(this.storage, this.clock()).progress)], { type: 'application/json' });
		const a = document.createElement('a');
		a.href = URL.createObjectURL(blob);
		a.download = `kemajuan-kuis-pustaka-polmas-${this.clock().toISOString().slice(0, 10)}.json`;
		document.body.append(a);
		a.click();
		a.remove();
		// Revoked later, not at once: some browsers read the blob after click() returns.
		setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
	}

	private async load(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		const parsed = file.size > MAX_FILE_BYTES ? null : parseProgress(await file.text(), this.clock());
		input.value = '';
		if (!parsed || (parsed.notice && parsed.notice !== 'dropped')) {
			this.say(parsed?.notice === 'newer' ? this.t.importNewer : this.t.importBad);
			return;
		}
		const here = loadProgress(this.storage, this.clock());
		const result = saveProgress(this.storage, mergeProgress(here.progress, parsed.progress));
		this.render();
		if (result === 'saved') this.say(parsed.notice === 'dropped' ? fill(this.t.importDropped, { n: parsed.dropped }) : this.t.imported);
		else this.say(result === 'full' ? this.t.full : result === 'newer' ? this.t.newer : this.t.unsaved);
	}
}

if (!customElements.get('quiz-progress')) customElements.define('quiz-progress', QuizProgressElement);
