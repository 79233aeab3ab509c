/**
 * <quiz-set>: the custom element that turns the server-rendered questions of QuizSet.astro
 * into a self-test. It only wires the DOM to the pure modules in src/lib/quiz/ (URL
 * parsing, seeded order, grading, storage, scheduling); all text comes from the page's
 * JSON, so the element carries no strings. Without JavaScript none of this runs and the
 * questions still work with their <details> answers.
 */
import { grade, isAnswered, type AnswerKey, type Grade, type Response } from '../../lib/quiz/grading';
import { newSeed, optionSeed, pickSet, shuffled } from '../../lib/quiz/shuffle';
import { parseQuizParams, quizQuery, type QuizParams } from '../../lib/quiz/url-params';
import { browserStorage, loadProgress, saveProgress, type Progress } from '../../lib/quiz/storage';
import { dueIds, recordAnswer } from '../../lib/quiz/scheduler';
import { fill } from '../../lib/i18n';

interface PageData {
	mode: 'quiz' | 'review' | 'builder';
	topics: string[];
	labels: Record<string, string>;
	keys: Record<string, AnswerKey>;
}

const clock = () => new Date();

const $ = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel);
const $$ = <T extends Element>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];

class QuizSetElement extends HTMLElement {
	private data!: PageData;
	private t!: Record<string, string>;
	private storage = browserStorage();
	private progress!: Progress;
	/** Questions in play this round, in shown order. */
	private active: HTMLElement[] = [];
	/** Grades of this round, by question id. */
	private results = new Map<string, Grade>();
	private seed = '';

	connectedCallback() {
		this.data = JSON.parse($(this, '.quiz-data')!.textContent!);
		this.t = this.data.labels;
		$(this, '.quiz-nojs')?.remove();
		const loaded = loadProgress(this.storage);
		this.progress = loaded.progress;
		if (loaded.notice) this.notice(this.t[loaded.notice]);
		const params = parseQuizParams(location.search, this.data.topics);
		if (params.rejected) this.notice(this.t.rejected);

		const items = $$<HTMLElement>(this, '.quiz-q');
		let chosen: HTMLElement[];
		if (this.data.mode === 'review') {
			const byId = new Map(items.map((el) => [el.dataset.id!, el]));
			chosen = dueIds(this.progress, clock).flatMap((id) => byId.get(id) ?? []);
			const empty = $<HTMLElement>(this, '.quiz-empty')!;
			empty.hidden = false;
			empty.textContent = chosen.length ? fill(this.t.dueCount, { n: chosen.length }) : this.t.noneDue;
		} else {
			const pool = !this.dataset.topic && params.topics.length ? items.filter((el) => params.topics.includes(el.dataset.topic!)) : items;
			const asked = params.seed !== null || params.topics.length > 0 || params.count !== null;
			if (this.data.mode === 'builder' && !asked) {
				chosen = [];
				this.prefillBuilder(params);
			} else {
				this.seed = params.seed ?? newSeed();
				if (!params.seed) history.replaceState(null, '', this.query(params) + location.hash);
				chosen = pickSet(pool, this.seed, params.count);
				for (const el of chosen) this.shuffleOptions(el);
				this.showBar(params);
			}
		}
		this.layout(items, chosen);
		if (this.data.mode === 'builder') this.builder(params);
		else for (const el of chosen) this.wire(el);
		$(this, '.quiz-retry')?.addEventListener('click', () => this.retry());
	}

	private query(p: QuizParams, extra: Partial<Pick<QuizParams, 'sheet'>> = {}, seed = this.seed) {
		return quizQuery({ seed, topics: this.dataset.topic ? [] : p.topics, count: p.count, sheet: extra.sheet ?? null });
	}

	private notice(text: string) {
		const box = $(this, '.quiz-notice')!;
		const p = document.createElement('p');
		p.textContent = text;
		box.append(p);
	}

	/** Puts the chosen questions first, in order, numbered; hides the rest. */
	private layout(items: HTMLElement[], chosen: HTMLElement[]) {
		const list = $(this, '.quiz-list')!;
		const shown = new Set(chosen);
		chosen.forEach((el, i) => {
			list.append(el);
			el.hidden = false;
			$(el, '.quiz-num')!.textContent = `${this.t.question} ${i + 1}.`;
		});
		for (const el of items) if (!shown.has(el)) el.hidden = true;
		this.active = chosen;
	}

	private shuffleOptions(el: HTMLElement) {
		const s = optionSeed(this.seed, el.dataset.id!);
		const opts = $(el, '.quiz-opts');
		if (opts && el.dataset.type !== 'benar-salah') opts.append(...shuffled($$(opts, 'li'), s));
		for (const sel of $$<HTMLSelectElement>(el, 'select')) {
			const [blank, ...rest] = [...sel.options];
			sel.replaceChildren(blank, ...shuffled(rest, s));
			sel.value = '';
		}
	}

	private showBar(params: QuizParams) {
		const bar = $<HTMLElement>(this, '.quiz-bar')!;
		bar.hidden = false;
		$(bar, '.quiz-seed')!.textContent = this.seed;
		$<HTMLAnchorElement>(bar, '.quiz-new')!.href = this.query(params, {}, newSeed());
	}

	private wire(el: HTMLElement) {
		const btn = $<HTMLButtonElement>(el, '.quiz-check')!;
		btn.hidden = false;
		btn.addEventListener('click', () => this.check(el));
		const last = this.progress.items[el.dataset.id!]?.last;
		if (last) {
			const p = $<HTMLElement>(el, '.quiz-last')!;
			p.hidden = false;
			p.textContent = last.correct ? this.t.lastRight : this.t.lastWrong;
		}
	}

	private read(el: HTMLElement, type: AnswerKey['type']): Response {
		const checked = $$<HTMLInputElement>(el, 'input:checked').map((i) => i.value);
		switch (type) {
			case 'pilihan-tunggal':
				return { type, choice: checked[0] ?? null };
			case 'pilihan-ganda':
				return { type, choices: checked };
			case 'benar-salah':
				return { type, choice: checked[0] === undefined ? null : checked[0] === 'true' };
			case 'menjodohkan': {
				const matches: (number | null)[] = [];
				for (const s of $$<HTMLSelectElement>(el, 'select')) matches[Number(s.dataset.left)] = s.value === '' ? null : Number(s.value);
				return { type, matches };
			}
		}
	}

	private check(el: HTMLElement) {
		const id = el.dataset.id!;
		const key = this.data.keys[id];
		const box = $<HTMLElement>(el, '.quiz-feedback')!;
		const response = this.read(el, key.type);
		if (!isAnswered(response)) {
			box.dataset.verdict = '';
			box.textContent = this.t.empty;
			return;
		}
		const g = grade(key, response);
		if (!this.results.has(id)) {
			this.progress = recordAnswer(this.progress, id, el.dataset.topic!, g, clock);
			saveProgress(this.storage, this.progress);
			// The progress summary on the same page (review page) refreshes itself on this.
			document.dispatchEvent(new Event('quiz-progress'));
		}
		this.results.set(id, g);

		const verdict = g.correct ? 'right' : g.score > 0 ? 'partial' : 'wrong';
		const head = document.createElement('p');
		head.className = 'verdict';
		head.textContent = this.t[verdict];
		box.dataset.verdict = verdict;
		box.replaceChildren(head, ...$$(el, '.quiz-answer-body > *').map((n) => n.cloneNode(true)));
		this.mark(el, key, response);
		this.updateScore();
	}

	/** Ticks and crosses beside choice options (text marks, not colour alone). */
	private mark(el: HTMLElement, key: AnswerKey, r: Response) {
		if (key.type === 'menjodohkan') return;
		const right = new Set((Array.isArray(key.answer) ? key.answer : [key.answer]).map(String));
		const chosen = new Set(r.type === 'pilihan-ganda' ? r.choices : 'choice' in r ? [String(r.choice)] : []);
		for (const li of $$<HTMLElement>(el, '.quiz-opts li')) {
			const v = li.dataset.value!;
			li.classList.toggle('is-right', right.has(v));
			li.classList.toggle('is-wrong', chosen.has(v) && !right.has(v));
		}
	}

	private updateScore() {
		const result = $<HTMLElement>(this, '.quiz-result')!;
		const right = [...this.results.values()].filter((g) => g.correct).length;
		result.hidden = false;
		$(result, '.quiz-score')!.textContent = fill(this.t.scoreLine, { right, total: this.active.length });
		if (this.results.size < this.active.length) return;
		const missed = this.active.filter((el) => !this.results.get(el.dataset.id!)!.correct);
		const box = $<HTMLElement>(result, '.quiz-mistakes')!;
		box.hidden = false;
		const ul = $(box, 'ul')!;
		ul.replaceChildren(
			...missed.map((el) => {
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = `#${el.id}`;
				a.textContent = $(el, 'legend')!.textContent!.trim();
				li.append(a);
				return li;
			}),
		);
		$<HTMLElement>(box, '.quiz-retry')!.hidden = missed.length === 0;
		if (!missed.length) {
			const li = document.createElement('li');
			li.textContent = this.t.noMistakes;
			ul.append(li);
		}
		$<HTMLElement>(result, 'h2')!.focus();
	}

	private retry() {
		const missed = this.active.filter((el) => !this.results.get(el.dataset.id!)?.correct);
		for (const el of this.active) el.hidden = !missed.includes(el);
		for (const el of missed) {
			for (const i of $$<HTMLInputElement>(el, 'input')) i.checked = false;
			for (const s of $$<HTMLSelectElement>(el, 'select')) s.value = '';
			for (const li of $$(el, '.quiz-opts li')) li.classList.remove('is-right', 'is-wrong');
			$(el, '.quiz-feedback')!.replaceChildren();
			$<HTMLDetailsElement>(el, 'details')!.open = false;
		}
		this.active = missed;
		this.results.clear();
		const result = $<HTMLElement>(this, '.quiz-result')!;
		result.hidden = true;
		$<HTMLElement>(result, '.quiz-mistakes')!.hidden = true;
		$<HTMLElement>(missed[0], 'input, select')?.focus();
	}

	private prefillBuilder(params: QuizParams) {
		for (const box of $$<HTMLInputElement>(this, 'input[name="topic"]')) box.checked = params.topics.includes(box.value);
	}

	/** Builder mode: share and print links, and the printable sheet or key. */
	private builder(params: QuizParams) {
		this.prefillBuilder(params);
		if (params.count) $<HTMLInputElement>(this, '#quiz-count')!.value = String(params.count);
		if (!this.seed) return;
		$<HTMLInputElement>(this, '#quiz-seed')!.value = this.seed;
		const links = $<HTMLElement>(this, '.quiz-links')!;
		links.hidden = false;
		const share = new URL(this.dataset.share!, location.href);
		share.search = quizQuery({ seed: this.seed, topics: params.topics, count: params.count });
		$<HTMLAnchorElement>(links, '.quiz-link-share')!.href = share.href;
		$(links, '.quiz-share-url')!.textContent = share.href;
		$<HTMLAnchorElement>(links, '.quiz-link-sheet')!.href = this.query(params, { sheet: 'soal' });
		$<HTMLAnchorElement>(links, '.quiz-link-key')!.href = this.query(params, { sheet: 'kunci' });
		if (!params.sheet) return;
		this.dataset.sheet = params.sheet;
		// Print CSS hides the page's own intro and title only on a printable sheet.
		document.documentElement.dataset.quizSheet = params.sheet;
		$<HTMLElement>(this, '.quiz-builder')!.hidden = true;
		$<HTMLElement>(this, '.quiz-bar')!.hidden = true;
		const bar = $<HTMLElement>(this, '.quiz-print-bar')!;
		bar.hidden = false;
		$<HTMLAnchorElement>(bar, '.quiz-back')!.href = this.query(params);
		$(bar, '.quiz-print')!.addEventListener('click', () => print());
		const title = $<HTMLElement>(this, '.quiz-sheet-title')!;
		title.hidden = false;
		title.textContent = `${params.sheet === 'kunci' ? this.t.keyTitle : this.t.sheetTitle} · ${this.t.setCode} ${this.seed}`;
		$<HTMLElement>(this, '.quiz-sheet-name')!.hidden = params.sheet !== 'soal';
		for (const d of $$<HTMLDetailsElement>(this, '.quiz-answer')) {
			if (params.sheet === 'kunci') d.open = true;
			else d.hidden = true;
		}
	}
}

customElements.define('quiz-set', QuizSetElement);
