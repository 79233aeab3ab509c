/**
 * <quiz-set>: turns the server-rendered questions of QuizSet.astro into a self-test. It only
 * wires the DOM to the pure modules in src/lib/quiz/ (URL parsing, seeded order, grading,
 * the round, stored progress, scheduling); its text comes from the page's JSON. Without
 * JavaScript none of this runs and each question still shows its answer in a <details>.
 *
 * Rules the reader can rely on: the first answer to a question counts (for the score and
 * for the stored progress); checking again is practice. The round survives a reload until a
 * new set is started. A save that fails (full or blocked storage, data of a newer version)
 * is said on the page, never swallowed. When every question of the round is answered the
 * element fires `quiz-round-complete` (detail: right, total) on itself. Pages that need the
 * whole bank fetch it first (src/lib/quiz/bank.ts); `data-state` says `ready` or `failed`.
 * Once a whole set is answered (now or in a round kept across a reload) it shows the hand-in
 * box and loads its script (src/user-components/handin/), which reads `handInSet()`. Every
 * quiz-mode page has the box: the whole-bank page a class link opens, and each topic page,
 * whose set names its topic and, on a topic shown in parts, the page's part (`data-part`).
 */
import { grade, isAnswered, type AnswerKey, type Grade, type Response } from '../../lib/quiz/grading';
import { newSeed, optionSeed, pickSet, shuffled } from '../../lib/quiz/shuffle';
import { parseQuizParams, quizQuery, type QuizParams } from '../../lib/quiz/url-params';
import { browserStorage, loadProgress, saveProgress, type Progress, type SaveResult } from '../../lib/quiz/storage';
import { nextDue, recordAnswer, todaysReview, type Clock } from '../../lib/quiz/scheduler';
import { defaultSettings, loadSettings, type ReviewSettings } from '../../lib/quiz/settings';
import { ROUND_KEY, answerInRound, loadRound, newRound, retryRound, roundComplete, roundKey, roundScore, saveRound, type Round } from '../../lib/quiz/round';
import { fill } from '../../lib/i18n';
import { parseBank } from '../../lib/quiz/bank-file';
import type { IslandLabels } from '../../lib/quiz/labels';

interface PageData {
	mode: 'quiz' | 'review' | 'builder';
	topics: string[];
	labels: IslandLabels;
	keys: Record<string, AnswerKey>;
}

const $ = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel);
const $$ = <T extends Element>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];

export class QuizSetElement extends HTMLElement {
	/** "Now", replaceable before the element connects (tests fix the date with it). */
	clock: Clock = () => new Date();
	private data!: PageData;
	private t!: IslandLabels;
	private storage = browserStorage();
	private session = browserStorage('sessionStorage');
	private progress!: Progress;
	/** The reader's review settings (desired retention, daily limits). */
	private settings: ReviewSettings = defaultSettings;
	private round: Round | null = null;
	/** Question elements by id. */
	private byId = new Map<string, HTMLElement>();
	private seed = '';
	/** The bank's questions, when the page fetched them (not attached until chosen). */
	private detached: HTMLElement[] | null = null;
	/** Whether the page has been set up (once, however often the element is connected). */
	private ready = false;
	/** Removes the click listener on disconnect. */
	private wiring: AbortController | null = null;
	/** Save problems already told, so each is said once. */
	private told = new Set<string>();
	/** The set a class link names (quiz mode): seed, topics, count, part, and its questions in shown order. */
	private set: { seed: string; topics: string[]; count: number | null; part: number | null; ids: string[] } | null = null;
	/** First-answer grades of the whole set once it is finished, kept through a retry. */
	private finished: Grade[] | null = null;

	connectedCallback() {
		if (!this.ready) void this.start();
		this.ready = true;
		this.wiring?.abort();
		this.wiring = new AbortController();
		// One delegated listener: connecting twice cannot grade an answer twice.
		this.addEventListener('click', (e) => this.onClick(e), { signal: this.wiring.signal });
	}

	disconnectedCallback() {
		this.wiring?.abort();
		this.wiring = null;
	}

	private onClick(e: Event) {
		const button = (e.target as Element).closest('button');
		if (!button || !this.contains(button)) return;
		if (button.matches('.quiz-check')) {
			const q = button.closest<HTMLElement>('.quiz-q');
			if (q && this.round?.active.includes(q.dataset.id!)) this.check(q);
		} else if (button.matches('.quiz-retry') && this.round) this.retry();
		else if (button.matches('.quiz-print')) print();
	}

	/** Reads the page's data, fetches the whole bank when the page needs it, then sets up. */
	private async start() {
		this.data = JSON.parse($(this, '.quiz-data')!.textContent!);
		this.t = this.data.labels;
		$(this, '.quiz-nojs')?.remove();
		if (this.dataset.bank && !(await this.loadBank(this.dataset.bank))) return;
		this.setUp();
		this.dataset.state = 'ready';
	}

	/**
	 * Puts the bank's questions into the list. On failure (offline and not stored, a damaged
	 * file) says so with a button to try again; the page stays usable otherwise.
	 */
	private async loadBank(url: string): Promise<boolean> {
		const loading = $<HTMLElement>(this, '.quiz-loading')!;
		loading.hidden = false;
		loading.textContent = this.t.loading;
		let problem = '';
		try {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			const { bank, problem: why } = parseBank(await response.json(), document.documentElement.lang.startsWith('en') ? 'en' : 'id', this.data.topics);
			if (bank) {
				// Parsed but not attached: only the questions of the round go into the page, so a
				// phone lays out a dozen questions, not the whole bank.
				const template = document.createElement('template');
				template.innerHTML = bank.questions.map((q) => q.html).join('');
				this.detached = [...template.content.children] as HTMLElement[];
				this.data.keys = bank.keys;
				loading.hidden = true;
				return true;
			}
			problem = why ?? '';
		} catch (e) {
			problem = String(e);
		}
		console.warn(`quiz bank ${url}: ${problem}`);
		loading.textContent = this.t.bankFailed;
		const again = document.createElement('button');
		again.type = 'button';
		again.className = 'quiz-bank-retry';
		again.textContent = this.t.bankRetry;
		again.addEventListener('click', () => {
			again.remove();
			void this.loadBank(url).then((ok) => {
				if (!ok) return;
				this.setUp();
				this.dataset.state = 'ready';
			});
		});
		loading.append(' ', again);
		this.dataset.state = 'failed';
		return false;
	}

	private setUp() {
		this.settings = loadSettings(this.storage).settings;
		const loaded = loadProgress(this.storage, this.clock());
		this.progress = loaded.progress;
		if (loaded.notice === 'dropped') this.notice(fill(this.t.dropped, { n: loaded.dropped }));
		else if (loaded.notice) this.notice(this.t[loaded.notice]);
		const params = parseQuizParams(location.search, this.data.topics);
		if (params.rejected) this.notice(this.t.rejected);

		const items = this.detached ?? $$<HTMLElement>(this, '.quiz-q');
		this.byId = new Map(items.map((el) => [el.dataset.id!, el]));
		const known = new Set(this.byId.keys());
		let chosen: string[] = [];
		if (this.data.mode === 'review') {
			const key = roundKey(location.pathname, 'ulang');
			const kept = loadRound(this.session, key, known);
			// A finished review round is not kept: what is due has changed. A new one follows the
			// reader's settings: due questions up to the daily limit, then new ones.
			const today = todaysReview(this.progress, [...known], this.clock, this.settings);
			this.round = kept && !roundComplete(kept) ? kept : newRound(key, [...today.due, ...today.fresh]);
			chosen = this.round.active;
			const empty = $<HTMLElement>(this, '.quiz-empty')!;
			empty.hidden = false;
			const next = chosen.length ? null : nextDue(this.progress, this.clock);
			const locale = document.documentElement.lang.startsWith('en') ? 'en-GB' : 'id-ID';
			empty.textContent = chosen.length
				? today.fresh.length
					? fill(this.t.todayLine, { due: today.due.length, fresh: today.fresh.length })
					: fill(this.t.dueCount, { n: chosen.length })
				: next
					? fill(this.t.nextDue, { n: next.count, date: new Date(next.at).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long' }) })
					: this.t.noneDue;
			if (today.heldBack) this.notice(fill(this.t.heldBack, { n: today.heldBack }));
			// New settings: start today's round again with them.
			document.addEventListener('review-settings', () => {
				try {
					this.session.removeItem(ROUND_KEY);
				} catch {
					/* nothing kept */
				}
				location.reload();
			});
		} else {
			const pool = !this.dataset.topic && params.topics.length ? items.filter((el) => params.topics.includes(el.dataset.topic!)) : items;
			const asked = params.seed !== null || params.topics.length > 0 || params.count !== null;
			if (this.data.mode === 'builder' && !asked) {
				this.prefillBuilder(params);
			} else {
				this.seed = params.seed ?? newSeed();
				if (!params.seed) history.replaceState(null, '', this.query(params) + location.hash);
				chosen = pickSet(pool, this.seed, params.count).map((el) => el.dataset.id!);
				if (params.count !== null && chosen.length < params.count) this.notice(fill(this.t.fewer, { asked: params.count, n: chosen.length }));
				for (const id of chosen) this.shuffleOptions(this.byId.get(id)!);
				this.showBar(params);
				if (this.data.mode === 'quiz') {
					// A topic page in parts holds only its part, and says which (QuizSet.astro).
					const part = this.dataset.topic && this.dataset.part ? Number(this.dataset.part) : null;
					this.set = { seed: this.seed, topics: this.dataset.topic ? [this.dataset.topic] : params.topics, count: params.count, part, ids: chosen };
					const key = roundKey(location.pathname, `${this.seed}|${params.topics.join(',')}|${params.count ?? ''}`);
					const kept = loadRound(this.session, key, new Set(chosen));
					this.round = kept ?? newRound(key, chosen);
					if (kept && Object.keys(kept.grades).length) this.notice(this.t.resumed);
				}
			}
		}
		this.layout(items, this.round?.active ?? chosen);
		if (this.data.mode === 'builder') this.builder(params);
		else if (this.round) {
			for (const id of this.round.active) this.showCheck(this.byId.get(id)!);
			this.restore();
		}
	}

	private query(p: QuizParams, extra: Partial<Pick<QuizParams, 'sheet'>> = {}, seed = this.seed) {
		return quizQuery({ seed, topics: this.dataset.topic ? [] : p.topics, count: p.count, sheet: extra.sheet ?? null });
	}

	private notice(text: string) {
		const p = document.createElement('p');
		p.textContent = text;
		$(this, '.quiz-notice')!.append(p);
	}

	/** Says once why progress was not saved. */
	private tellSave(result: SaveResult) {
		if (result === 'saved' || this.told.has(result)) return;
		this.told.add(result);
		this.notice(result === 'full' ? this.t.full : result === 'newer' ? this.t.newer : this.t.unsaved);
	}

	/** Puts the questions in play first, in order, numbered; hides the rest. */
	private layout(items: HTMLElement[], ids: string[]) {
		const list = $(this, '.quiz-list')!;
		const shown = new Set(ids);
		ids.forEach((id, i) => {
			const el = this.byId.get(id)!;
			list.append(el);
			el.hidden = false;
			$(el, '.quiz-num')!.textContent = `${this.t.question} ${i + 1}.`;
		});
		for (const el of items) if (!shown.has(el.dataset.id!)) el.hidden = true;
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

	private showCheck(el: HTMLElement) {
		$<HTMLButtonElement>(el, '.quiz-check')!.hidden = false;
		const last = this.progress.items[el.dataset.id!]?.last;
		if (last) {
			const p = $<HTMLElement>(el, '.quiz-last')!;
			p.hidden = false;
			p.textContent = last.correct ? this.t.lastRight : this.t.lastWrong;
		}
	}

	/** Shows the first answers of a round kept across a reload. */
	private restore() {
		const round = this.round!;
		for (const [id, r] of Object.entries(round.responses)) {
			const el = this.byId.get(id)!;
			this.fillIn(el, r);
			this.show(el, this.data.keys[id], r, round.grades[id], false);
		}
		if (Object.keys(round.grades).length) this.updateScore(false);
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

	/** Puts a saved answer back into the form; values the page does not have are ignored. */
	private fillIn(el: HTMLElement, r: Response) {
		const values = r.type === 'pilihan-ganda' ? r.choices : r.type === 'menjodohkan' ? [] : [String(r.choice)];
		for (const input of $$<HTMLInputElement>(el, 'input')) input.checked = values.includes(input.value);
		if (r.type === 'menjodohkan')
			for (const s of $$<HTMLSelectElement>(el, 'select')) {
				const m = r.matches[Number(s.dataset.left)];
				s.value = m === null || m === undefined ? '' : String(m);
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
		const { round, first } = answerInRound(this.round!, id, response, g);
		if (first) {
			this.round = round;
			saveRound(this.session, round);
			this.progress = recordAnswer(this.progress, id, el.dataset.topic!, g, this.clock, this.settings);
			this.tellSave(saveProgress(this.storage, this.progress));
			// The progress summary on the same page (review page) refreshes itself on this.
			document.dispatchEvent(new Event('quiz-progress'));
		}
		this.show(el, key, response, g, !first);
		this.updateScore(first);
	}

	/** Verdict, explanation and marks for one answer; a later try says it is practice. */
	private show(el: HTMLElement, key: AnswerKey, r: Response, g: Grade, practice: boolean) {
		const box = $<HTMLElement>(el, '.quiz-feedback')!;
		const verdict = g.correct ? 'right' : g.score > 0 ? 'partial' : 'wrong';
		const head = document.createElement('p');
		head.className = 'verdict';
		head.textContent = this.t[verdict];
		const parts: Node[] = [head];
		if (practice) {
			const note = document.createElement('p');
			note.className = 'quiz-practice';
			note.textContent = this.t.practice;
			parts.push(note);
		}
		box.dataset.verdict = verdict;
		box.replaceChildren(...parts, ...$$(el, '.quiz-answer-body > *').map((n) => n.cloneNode(true)));
		this.mark(el, key, r);
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

	private updateScore(justFinished: boolean) {
		const round = this.round!;
		const result = $<HTMLElement>(this, '.quiz-result')!;
		const { right, total } = roundScore(round);
		result.hidden = false;
		$(result, '.quiz-score')!.textContent = fill(this.t.scoreLine, { right, total });
		const box = $<HTMLElement>(result, '.quiz-mistakes')!;
		if (!roundComplete(round)) {
			box.hidden = true;
			return;
		}
		const missed = round.active.filter((id) => !round.grades[id].correct);
		box.hidden = false;
		const ul = $(box, 'ul')!;
		ul.replaceChildren(
			...missed.map((id) => {
				const el = this.byId.get(id)!;
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
		this.offerHandIn();
		if (!justFinished) return;
		$<HTMLElement>(result, 'h2')!.focus();
		this.dispatchEvent(new CustomEvent('quiz-round-complete', { bubbles: true, detail: { right, total } }));
	}

	/**
	 * The finished set for a learner's hand-in: the set's parameters, its questions in shown
	 * order and the first answer's grade of each; null until the whole set is answered.
	 */
	handInSet(): { seed: string; topics: string[]; count: number | null; part: number | null; ids: string[]; grades: Grade[] } | null {
		return this.set && this.finished ? { ...this.set, ids: [...this.set.ids], grades: [...this.finished] } : null;
	}

	/** Shows the hand-in box when the round just finished is the whole set (not a retry of missed ones). */
	private offerHandIn() {
		const round = this.round!;
		const box = $<HTMLElement>(this, '.quiz-handin');
		if (!box || !this.set || round.active.join() !== this.set.ids.join()) return;
		this.finished = round.active.map((id) => round.grades[id]!);
		box.hidden = false;
		if (box.dataset.offered) return;
		box.dataset.offered = '';
		// The box shows before its script has arrived: a name sent by then must not submit the
		// form (a reload of the page, with a new set); it is made into a code once the script runs.
		const form = $<HTMLFormElement>(box, 'form')!;
		let early = false;
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			early ||= !customElements.get('quiz-handin');
		});
		void import('../handin/handin-element').then(() => {
			if (early) form.requestSubmit();
		});
	}

	private retry() {
		const next = retryRound(this.round!);
		const missed = new Set(next.active);
		for (const id of this.round!.active) this.byId.get(id)!.hidden = !missed.has(id);
		for (const id of next.active) {
			const el = this.byId.get(id)!;
			for (const i of $$<HTMLInputElement>(el, 'input')) i.checked = false;
			for (const s of $$<HTMLSelectElement>(el, 'select')) s.value = '';
			for (const li of $$(el, '.quiz-opts li')) li.classList.remove('is-right', 'is-wrong');
			$(el, '.quiz-feedback')!.replaceChildren();
			$<HTMLDetailsElement>(el, 'details')!.open = false;
		}
		this.round = next;
		saveRound(this.session, next);
		const result = $<HTMLElement>(this, '.quiz-result')!;
		result.hidden = true;
		$<HTMLElement>(result, '.quiz-mistakes')!.hidden = true;
		const firstMissed = this.byId.get(next.active[0]);
		if (firstMissed) $<HTMLElement>(firstMissed, 'input, select')?.focus();
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
		$<HTMLAnchorElement>(links, '.quiz-link-results')!.href = this.dataset.results! + share.search;
		if (!params.sheet) return;
		this.dataset.sheet = params.sheet;
		// Print CSS hides the page's own intro and title only on a printable sheet.
		document.documentElement.dataset.quizSheet = params.sheet;
		$<HTMLElement>(this, '.quiz-builder')!.hidden = true;
		$<HTMLElement>(this, '.quiz-bar')!.hidden = true;
		const bar = $<HTMLElement>(this, '.quiz-print-bar')!;
		bar.hidden = false;
		$<HTMLAnchorElement>(bar, '.quiz-back')!.href = this.query(params);
		const title = $<HTMLElement>(this, '.quiz-sheet-title')!;
		title.hidden = false;
		title.textContent = `${params.sheet === 'kunci' ? this.t.keyTitle : this.t.sheetTitle} · ${this.t.setCode} ${this.seed}`;
		$<HTMLElement>(this, '.quiz-sheet-name')!.hidden = params.sheet !== 'soal';
		for (const d of $$<HTMLDetailsElement>(this, '.quiz-answer')) {
			if (params.sheet === 'kunci') d.open = true;
			else d.hidden = true;
		}
		for (const el of this.round?.active.map((id) => this.byId.get(id)!) ?? $$<HTMLElement>(this, '.quiz-q:not([hidden])')) this.letter(el, params.sheet === 'kunci');
	}

	/**
	 * Printed sheets name options A, B, C… in the order printed, and the key gives the
	 * letters of the right ones in that same order, so a trainer marks papers at a glance.
	 */
	private letter(el: HTMLElement, key: boolean) {
		const items = $$<HTMLElement>(el, '.quiz-opts li');
		if (!items.length) return;
		const k = this.data.keys[el.dataset.id!];
		const right = new Set(k && 'answer' in k ? (Array.isArray(k.answer) ? k.answer : [k.answer]).map(String) : []);
		const lines: string[] = [];
		items.forEach((li, i) => {
			const letter = String.fromCharCode(65 + i);
			const span = $<HTMLElement>(li, 'label > span')!;
			if (!span.dataset.letter) {
				span.dataset.letter = letter;
				span.prepend(`${letter}. `);
			}
			if (right.has(li.dataset.value!)) lines.push(span.textContent!.trim());
		});
		if (!key) return;
		const line = $<HTMLElement>(el, '.quiz-key')!;
		const label = $(line, 'strong')!;
		line.replaceChildren(label, ` ${lines.join('; ')}`);
	}
}

if (!customElements.get('quiz-set')) customElements.define('quiz-set', QuizSetElement);
