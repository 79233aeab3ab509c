/**
 * <quiz-progress>: fills the per-topic summary of QuizProgress.astro from stored progress,
 * and wires download, load (merge) and reset. Logic lives in src/lib/quiz/storage.ts and
 * scheduler.ts; this file only touches the DOM.
 */
import {
	clearProgress,
	loadProgress,
	mergeProgress,
	parseProgress,
	saveProgress,
	serializeProgress,
	browserStorage,
} from '../../lib/quiz/storage';
import { summarize } from '../../lib/quiz/scheduler';


class QuizProgressElement extends HTMLElement {
	private storage = browserStorage();
	private t: Record<string, string> = {};

	connectedCallback() {
		this.t = JSON.parse(this.querySelector('.qp-data')!.textContent!);
		this.querySelector('.qp-nojs')?.remove();
		const { notice } = loadProgress(this.storage);
		if (notice) this.say(this.t[notice]);
		this.render();
		document.addEventListener('quiz-progress', () => this.render());
		this.querySelector<HTMLElement>('.qp-actions')!.hidden = false;
		this.querySelector('.qp-export')!.addEventListener('click', () => this.download());
		this.querySelector<HTMLInputElement>('.qp-import')!.addEventListener('change', (e) => this.load(e.target as HTMLInputElement));
		const confirm = this.querySelector<HTMLButtonElement>('.qp-reset-confirm')!;
		this.querySelector('.qp-reset')!.addEventListener('click', () => {
			confirm.hidden = false;
			confirm.focus();
		});
		confirm.addEventListener('click', () => {
			clearProgress(this.storage);
			confirm.hidden = true;
			this.render();
			this.say(this.t.resetDone);
		});
	}

	private say(text: string) {
		const p = document.createElement('p');
		p.textContent = text;
		this.querySelector('.qp-notice')!.replaceChildren(p);
	}

	private render() {
		const sums = summarize(loadProgress(this.storage).progress, () => new Date());
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-topic]')) {
			const s = sums[row.dataset.topic!] ?? { answered: 0, right: 0, due: 0 };
			row.querySelector('.qp-answered')!.textContent = String(s.answered);
			row.querySelector('.qp-right')!.textContent = String(s.right);
			row.querySelector('.qp-due')!.textContent = String(s.due);
		}
	}

	private download() {
		const blob = new Blob([serializeProgress(loadProgress(this.storage).progress)], { type: 'application/json' });
		const a = document.createElement('a');
		a.href = URL.createObjectURL(blob);
		a.download = `kemajuan-kuis-pustaka-polmas-${new Date().toISOString().slice(0, 10)}.json`;
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(a.href), 1000);
	}

	private async load(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		const parsed = file.size > 2_000_000 ? null : parseProgress(await file.text());
		input.value = '';
		if (!parsed || parsed.notice) {
			this.say(this.t.importBad);
			return;
		}
		saveProgress(this.storage, mergeProgress(loadProgress(this.storage).progress, parsed.progress));
		this.render();
		this.say(this.t.imported);
	}
}

customElements.define('quiz-progress', QuizProgressElement);
