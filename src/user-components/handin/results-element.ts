/**
 * <class-results>: the trainer's results page. Wires the DOM of ClassResults.astro to the
 * pure modules: codes are read (src/lib/handin/code.ts), checked against the set collected
 * and the question bank (verify.ts), filed in the roster kept in localStorage (roster.ts),
 * and drawn as one table and one per-question summary per set (chart.ts). A refused code
 * adds nothing and is named in the message list; a save the browser refuses is told.
 */
import { decodeHandIn, type HandInError } from '../../lib/handin/code';
import { ROSTER_KEY, addHandIn, emptyRoster, entryScore, parseRoster, questionSummary, removeSet, rosterCsv, serializeRoster, setTopics, type Roster, type RosterSet } from '../../lib/handin/roster';
import { checkHandIn, splitCodes, setQuestionIds, type BankItem, type SetParams } from '../../lib/handin/verify';
import { summaryChart } from '../../lib/handin/chart';
import { parseBank } from '../../lib/quiz/bank-file';
import { isQuotaError } from '../../lib/quiz/storage';
import { parseQuizParams } from '../../lib/quiz/url-params';
import { fill } from '../../lib/i18n';

type Labels = Record<string, string>;
interface Bank {
	items: BankItem[];
	/** Question text by id. */
	stems: Map<string, string>;
}
const SVG = 'http://www.w3.org/2000/svg';
const MARK = ['✗', '½', '✓'] as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	node.append(...children);
	return node;
}

function svgEl(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
	const node = document.createElementNS(SVG, tag);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
	node.append(...children);
	return node;
}

export class ClassResultsElement extends HTMLElement {
	private t!: Labels;
	private topics!: Record<string, string>;
	private roster: Roster = emptyRoster();
	/** Stored results from a newer version: shown nothing, never overwritten. */
	private readOnly = false;
	private bank: Bank | null = null;
	private bankLoad: Promise<void> = Promise.resolve();
	private expected: SetParams | null = null;
	private locale: 'id' | 'en' = 'id';
	private wired = false;
	private stream: MediaStream | null = null;
	/** Codes already read by the camera in this scan, so one held in view is added once. */
	private scanned = new Set<string>();

	connectedCallback() {
		if (this.wired) return;
		this.wired = true;
		const data = JSON.parse(this.querySelector('.cr-data')!.textContent!) as { labels: Labels; topics: Record<string, string> };
		this.t = data.labels;
		this.topics = data.topics;
		this.locale = document.documentElement.lang.startsWith('en') ? 'en' : 'id';
		this.querySelector('.cr-nojs')?.remove();
		this.querySelector<HTMLElement>('.cr-receive')!.hidden = false;
		const params = parseQuizParams(location.search, Object.keys(this.topics));
		if (params.seed) {
			// `part` (with one topic) narrows it to one part of a long topic; without it, a part's
			// code is another set.
			this.expected = { seed: params.seed, topics: params.topics, count: params.count, part: params.part };
			const line = this.querySelector<HTMLElement>('.cr-collecting')!;
			const all = el('a', { href: location.pathname }, this.t.allSets);
			line.append(fill(this.t.collecting, { set: this.describe(this.expected) }), ' ', all);
			line.hidden = false;
		}
		this.load();
		this.setUpScan();
		this.querySelector('form.cr-paste')!.addEventListener('submit', (e) => {
			e.preventDefault();
			const box = this.querySelector<HTMLTextAreaElement>('#cr-codes')!;
			void this.receive(box.value).then((added) => {
				if (added) box.value = '';
			});
		});
		this.querySelector('.cr-sets')!.addEventListener('click', (e) => this.onClick(e));
		this.bankLoad = this.loadBank();
		this.render();
	}

	disconnectedCallback() {
		this.stopScan();
	}

	/** "FKPM, Prinsip Polmas", "Semua topik" or "Istilah, bagian 2". */
	private setTopics(s: SetParams): string {
		return setTopics(s, (x) => this.topics[x] ?? x, { allTopics: this.t.allTopics!, part: this.t.part! });
	}

	/** "abc123 (FKPM, Prinsip; 10)" for messages. */
	private describe(s: SetParams): string {
		return `${s.seed} (${this.setTopics(s)}${s.count ? `; ${s.count}` : ''})`;
	}

	private alert(text: string) {
		this.querySelector('.cr-alerts')!.append(el('p', {}, text));
	}

	// --- storage -------------------------------------------------------------------------

	private load() {
		let text: string | null;
		try {
			text = localStorage.getItem(ROSTER_KEY);
		} catch {
			this.alert(this.t.saveBlocked);
			return;
		}
		const { roster, notice, dropped } = parseRoster(text, new Date());
		this.roster = roster;
		if (notice === 'newer') {
			this.readOnly = true;
			this.alert(this.t.storeNewer);
		} else if (notice === 'corrupt') {
			try {
				localStorage.setItem(`${ROSTER_KEY}.rusak`, text ?? '');
			} catch {
				/* the copy could not be kept; the original stays until the next save */
			}
			this.alert(this.t.storeCorrupt);
		} else if (notice === 'dropped') this.alert(fill(this.t.storeDropped, { n: dropped }));
	}

	private told = '';
	private save() {
		if (this.readOnly) return this.tellOnce(this.t.storeNewer);
		try {
			localStorage.setItem(ROSTER_KEY, serializeRoster(this.roster));
			this.told = '';
		} catch (e) {
			this.tellOnce(isQuotaError(e) ? this.t.saveFull : this.t.saveBlocked);
		}
	}

	private tellOnce(text: string) {
		if (this.told === text) return;
		this.told = text;
		this.alert(text);
	}

	// --- the question bank ---------------------------------------------------------------

	private async loadBank(): Promise<void> {
		const status = this.querySelector<HTMLElement>('.cr-bank')!;
		status.hidden = false;
		status.textContent = this.t.bankLoading;
		try {
			const response = await fetch(this.dataset.bank!);
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			const { bank, problem } = parseBank(await response.json(), this.locale, Object.keys(this.topics));
			if (!bank) throw new Error(problem);
			const stems = new Map<string, string>();
			const template = document.createElement('template');
			for (const q of bank.questions) {
				template.innerHTML = q.html;
				const legend = template.content.querySelector('legend');
				legend?.querySelector('.quiz-num')?.remove();
				stems.set(q.id, legend?.textContent?.trim() ?? q.id);
			}
			this.bank = { items: bank.questions.map((q) => ({ id: q.id, topic: q.topic })), stems };
			status.hidden = true;
			this.dataset.state = 'ready';
			this.render();
		} catch (e) {
			console.warn('results: question bank', e);
			const again = el('button', { type: 'button', class: 'pp-button cr-quiet' }, this.t.bankRetry);
			again.addEventListener('click', () => {
				this.bankLoad = this.loadBank();
			});
			status.replaceChildren(this.t.bankFailed, ' ', again);
			this.dataset.state = 'failed';
		}
	}

	// --- receiving codes -----------------------------------------------------------------

	/** Reads a paste or a scan; returns whether every piece was taken in. */
	async receive(text: string): Promise<boolean> {
		await this.bankLoad;
		const list = this.querySelector('.cr-messages ul')!;
		const items: HTMLLIElement[] = [];
		const say = (good: boolean, msg: string) => items.push(el('li', { class: good ? 'cr-good' : 'cr-bad' }, msg));
		const pieces = splitCodes(text);
		if (!pieces.length) say(false, this.t.errEmpty);
		let allGood = pieces.length > 0;
		let changed = false;
		for (const piece of pieces) {
			const code = piece.length > 18 ? `${piece.slice(0, 16)}…` : piece;
			const decoded = decodeHandIn(piece);
			if (!decoded.ok) {
				const key: Record<HandInError, string> = { empty: 'errEmpty', format: 'errFormat', checksum: 'errChecksum', newer: 'errNewer', name: 'errName' };
				say(false, fill(this.t[key[decoded.error]]!, { code }));
				allGood = false;
				continue;
			}
			const h = decoded.handIn;
			const checked = checkHandIn(h, this.bank?.items ?? null, this.expected);
			if (!checked.ok) {
				say(false, fill(checked.error === 'other-set' ? this.t.errOtherSet : this.t.errOtherBank, { name: h.name, set: this.describe(h) }));
				allGood = false;
				continue;
			}
			const { roster, outcome } = addHandIn(this.roster, h, new Date());
			this.roster = roster;
			changed ||= outcome === 'added' || outcome === 'replaced';
			const score = entryScore(h).toLocaleString(this.locale);
			if (outcome === 'added') say(true, fill(this.t.added, { name: h.name, score, total: h.results.length }));
			else if (outcome === 'replaced') say(true, fill(this.t.replaced, { name: h.name }));
			else if (outcome === 'same') say(true, fill(this.t.same, { name: h.name }));
			else {
				say(false, fill(this.t.full, { name: h.name }));
				allGood = false;
			}
		}
		list.replaceChildren(...items);
		if (changed) {
			this.save();
			this.render();
		}
		return allGood;
	}

	private setUpScan() {
		const status = this.querySelector<HTMLElement>('.cr-scan-status')!;
		const start = this.querySelector<HTMLButtonElement>('.cr-scan-start')!;
		const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
		if (!Detector || !navigator.mediaDevices?.getUserMedia) {
			status.textContent = this.t.scanNone;
			return;
		}
		void Detector.getSupportedFormats().then(
			(formats) => {
				if (!formats.includes('qr_code')) {
					status.textContent = this.t.scanNone;
					return;
				}
				start.hidden = false;
				start.addEventListener('click', () => void this.startScan(new Detector({ formats: ['qr_code'] })));
				this.querySelector('.cr-scan-stop')!.addEventListener('click', () => this.stopScan());
			},
			() => (status.textContent = this.t.scanNone),
		);
	}

	private async startScan(detector: BarcodeDetectorLike) {
		const status = this.querySelector<HTMLElement>('.cr-scan-status')!;
		const video = this.querySelector<HTMLVideoElement>('.cr-video')!;
		try {
			this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
		} catch {
			status.textContent = this.t.scanFailed;
			return;
		}
		this.scanned.clear();
		video.srcObject = this.stream;
		video.hidden = false;
		// Not awaited: a camera that is slow to give its first frame must not hold up the page.
		void video.play().catch(() => undefined);
		status.textContent = this.t.scanning;
		this.querySelector<HTMLElement>('.cr-scan-start')!.hidden = true;
		this.querySelector<HTMLElement>('.cr-scan-stop')!.hidden = false;
		const tick = async () => {
			if (!this.stream) return;
			try {
				for (const found of await detector.detect(video)) {
					const value = found.rawValue.trim();
					if (value && !this.scanned.has(value)) {
						this.scanned.add(value);
						await this.receive(value);
					}
				}
			} catch {
				/* a frame that could not be read; try the next one */
			}
			if (this.stream) setTimeout(() => void tick(), 250);
		};
		void tick();
	}

	private stopScan() {
		for (const track of this.stream?.getTracks() ?? []) track.stop();
		this.stream = null;
		const video = this.querySelector<HTMLVideoElement>('.cr-video');
		if (!video) return;
		video.srcObject = null;
		video.hidden = true;
		this.querySelector<HTMLElement>('.cr-scan-start')!.hidden = false;
		this.querySelector<HTMLElement>('.cr-scan-stop')!.hidden = true;
		this.querySelector<HTMLElement>('.cr-scan-status')!.textContent = '';
	}

	// --- tables, summary, actions --------------------------------------------------------

	private onClick(e: Event) {
		const button = (e.target as Element).closest<HTMLButtonElement>('button');
		const section = button?.closest<HTMLElement>('.cr-set');
		if (!button || !section) return;
		const key = section.dataset.key!;
		const set = this.roster.sets[key];
		if (!set) return;
		const msg = this.querySelector('.cr-messages ul')!;
		if (button.matches('.cr-remove')) {
			const index = Number(button.dataset.index);
			const name = set.entries[index]?.name ?? '';
			const entries = set.entries.filter((_, i) => i !== index);
			this.roster = entries.length ? { ...this.roster, sets: { ...this.roster.sets, [key]: { ...set, entries } } } : removeSet(this.roster, key);
			msg.replaceChildren(el('li', { class: 'cr-good' }, fill(this.t.removed, { name })));
		} else if (button.matches('.cr-clear')) {
			if (!confirm(fill(this.t.clearConfirm, { seed: set.seed }))) return;
			this.roster = removeSet(this.roster, key);
			msg.replaceChildren(el('li', { class: 'cr-good' }, fill(this.t.cleared, { seed: set.seed })));
		} else if (button.matches('.cr-csv')) return this.downloadCsv(set);
		else if (button.matches('.cr-print')) return print();
		else return;
		this.save();
		this.render();
		this.querySelector<HTMLElement>('#cr-codes')?.focus();
	}

	private questionIds(set: RosterSet): string[] | null {
		if (!this.bank) return null;
		const ids = setQuestionIds(this.bank.items, set);
		return ids.length === Math.max(...set.entries.map((e) => e.results.length)) ? ids : null;
	}

	private downloadCsv(set: RosterSet) {
		const ids = this.questionIds(set) ?? undefined;
		const csv = rosterCsv(set, { name: this.t.name!, score: this.t.score!, question: (n) => fill(this.t.question!, { n }) }, ids);
		const url = URL.createObjectURL(new Blob([`\ufeff${csv}`], { type: 'text/csv;charset=utf-8' }));
		const a = el('a', { href: url, download: `hasil-${set.seed}${set.part === null ? '' : `-${set.part}`}.csv` });
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	}

	private render() {
		const sets = Object.entries(this.roster.sets);
		const box = this.querySelector('.cr-sets')!;
		this.querySelector<HTMLElement>('.cr-none')!.hidden = sets.length > 0;
		box.replaceChildren(...sets.map(([key, set], i) => this.renderSet(key, set, i)));
	}

	private renderSet(key: string, set: RosterSet, n: number): HTMLElement {
		const t = this.t;
		const size = Math.max(...set.entries.map((e) => e.results.length));
		const ids = this.questionIds(set);
		const stem = (i: number) => (ids ? this.bank!.stems.get(ids[i]!) : undefined);
		const qName = (i: number) => fill(t.question!, { n: i + 1 });
		const id = `cr-set-${n}`;
		const section = el('section', { class: 'cr-set', 'data-key': key, 'data-seed': set.seed, 'aria-labelledby': `${id}-h` });
		section.append(
			el('h2', { id: `${id}-h` }, fill(t.setHeading!, { seed: set.seed })),
			el('p', { class: 'cr-meta' }, fill(t.setMeta!, { topics: this.setTopics(set), n: size, learners: set.entries.length })),
			el(
				'div',
				{ class: 'cr-actions' },
				el('button', { type: 'button', class: 'pp-button cr-csv' }, t.csv!),
				el('button', { type: 'button', class: 'pp-button cr-quiet cr-print' }, t.print!),
				el('button', { type: 'button', class: 'pp-button cr-quiet cr-clear' }, t.clearSet!),
			),
		);
		// The table of learners.
		const head = el('tr', {}, el('th', { scope: 'col', class: 'cr-left' }, t.name!), el('th', { scope: 'col' }, t.score!));
		for (let i = 0; i < size; i++) {
			const s = stem(i);
			head.append(el('th', { scope: 'col', ...(s ? { title: `${qName(i)}: ${s}` } : {}) }, el('span', { 'aria-hidden': 'true' }, fill(t.q!, { n: i + 1 })), el('span', { class: 'cr-sr' }, qName(i))));
		}
		head.append(el('td', { class: 'cr-act' }));
		const words = [t.markWrong!, t.markPartial!, t.markRight!];
		const rows = set.entries.map((e, index) => {
			const tr = el('tr', {}, el('th', { scope: 'row' }, e.name), el('td', { class: 'cr-score' }, `${entryScore(e).toLocaleString(this.locale)}/${e.results.length}`));
			for (let i = 0; i < size; i++) {
				const r = e.results[i];
				tr.append(r === undefined ? el('td', {}, '–') : el('td', { class: `m-${r}` }, el('span', { 'aria-hidden': 'true' }, MARK[r]), el('span', { class: 'cr-sr' }, words[r]!)));
			}
			tr.append(el('td', { class: 'cr-act' }, el('button', { type: 'button', class: 'cr-remove', 'data-index': String(index), 'aria-label': fill(t.remove!, { name: e.name }) }, '✕')));
			return tr;
		});
		section.append(
			el('div', { class: 'cr-wrap', role: 'region', 'aria-labelledby': `${id}-cap`, tabindex: '0' }, el('table', { class: 'cr-table cr-learners' }, el('caption', { id: `${id}-cap` }, fill(t.tableCaption!, { seed: set.seed })), el('thead', {}, head), el('tbody', {}, ...rows))),
			el('p', { class: 'cr-legend' }, t.legend!),
		);
		// The per-question summary: chart and the same numbers as a table.
		const summary = questionSummary(set);
		const model = summaryChart(summary);
		const desc = summary.map((q) => fill(t.chartRow!, { q: qName(q.index), wrong: q.wrong, partial: q.partial, right: q.right })).join(' ');
		const svg = svgEl(
			'svg',
			{ viewBox: `0 0 ${model.width} ${model.height}`, role: 'img', 'aria-labelledby': `${id}-ct ${id}-cd` },
			svgEl('title', { id: `${id}-ct` }, t.chartTitle!),
			svgEl('desc', { id: `${id}-cd` }, desc),
			...model.rows.flatMap((row) => [
				svgEl('text', { x: 0, y: row.y + model.barHeight - 4, 'aria-hidden': 'true' }, fill(t.q!, { n: row.index + 1 })),
				...row.segments.map((s) => svgEl('rect', { x: s.x, y: row.y, width: s.width, height: model.barHeight, class: `s-${s.kind}`, 'aria-hidden': 'true' })),
			]),
		);
		const sumRows = summary.map((q) =>
			el('tr', {}, el('th', { scope: 'row', class: 'cr-left' }, stem(q.index) ? `${qName(q.index)}: ${stem(q.index)}` : qName(q.index)), el('td', {}, String(q.wrong)), el('td', {}, String(q.partial)), el('td', {}, String(q.right))),
		);
		section.append(
			el('h3', {}, t.summaryHeading!),
			el(
				'figure',
				{ class: 'cr-chart' },
				svg,
				// The colour key; the table below holds the same numbers in words.
				el('figcaption', { 'aria-hidden': 'true' }, ...(['wrong', 'partial', 'right'] as const).map((k) => el('span', { class: `cr-key s-${k}` }, k === 'wrong' ? t.colWrong! : k === 'partial' ? t.colPartial! : t.colRight!))),
			),
			el(
				'div',
				{ class: 'cr-wrap', role: 'region', 'aria-labelledby': `${id}-st`, tabindex: '0' },
				el(
					'table',
					{ class: 'cr-table cr-summary' },
					el('caption', { id: `${id}-st` }, t.chartTitle!),
					el('thead', {}, el('tr', {}, ...[t.colQuestion!, t.colWrong!, t.colPartial!, t.colRight!].map((h, i) => el('th', { scope: 'col', ...(i === 0 ? { class: 'cr-left' } : {}) }, h)))),
					el('tbody', {}, ...sumRows),
				),
			),
		);
		return section;
	}
}

/** The parts of the Barcode Detection API this page uses (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
	new (options: { formats: string[] }): BarcodeDetectorLike;
	getSupportedFormats(): Promise<string[]>;
}

if (!customElements.get('class-results')) customElements.define('class-results', ClassResultsElement);
