/**
 * <fkpm-check>: wires FkpmCheck.astro's questionnaire to the reader's answers kept on the
 * device. It restores the draft (role, date, answers, note), writes each area's score into
 * its <output>, draws the bar chart and fills the table, keeps dated rounds, compares two of
 * them, and exports, imports and prints. Scoring, comparison, chart geometry and the file
 * format are in src/lib/practice/fkpm-check.ts; all text comes from the page's JSON.
 */
import { fill } from '../../lib/i18n';
import { DocumentStore, parseDocument } from '../../lib/practice/store';
import {
	CHECK_STORAGE_KEY,
	areaScores,
	chartLayout,
	checkCodec,
	compareRounds,
	deleteRound,
	exportCheck,
	mergeRounds,
	saveRound,
	setAnswer,
	setDraft,
	type AreaScore,
	type CheckDoc,
	type CheckRole,
	type Round,
	type StatementLike,
} from '../../lib/practice/fkpm-check';
import { fileName, formatDate } from '../../lib/practice/share';
import {
	$,
	$$,
	browserStorage,
	button,
	describeProblems,
	download,
	enhance,
	errorText,
	readChosenFile,
	readData,
	say,
	showLoadNotice,
	showSave,
	today,
	type Labels,
} from './practice-dom';

interface Data {
	lang: 'id' | 'en';
	common: Labels;
	labels: Labels;
	areas: { id: string; name: string }[];
	statements: StatementLike[];
}

const SVG = 'http://www.w3.org/2000/svg';

class FkpmCheckElement extends HTMLElement {
	private data!: Data;
	private t!: Labels;
	private c!: Labels;
	private store = new DocumentStore(browserStorage(), CHECK_STORAGE_KEY, checkCodec);
	private doc!: CheckDoc;

	connectedCallback() {
		this.data = readData<Data>(this);
		this.t = this.data.common;
		this.c = this.data.labels;
		enhance(this);
		const loaded = this.store.load();
		this.doc = loaded.value;
		if (loaded.notice) showLoadNotice(this, loaded.notice, this.store as DocumentStore<unknown>, this.t, 'cek-fkpm');
		if (!this.doc.draft.date) this.doc = setDraft(this.doc, { date: today() });
		this.fillForm();
		this.render();

		const sheet = $(this, '.fc-sheet');
		sheet.addEventListener('change', (e) => this.onChange(e.target as HTMLInputElement));
		$(this, '#fc-note').addEventListener('input', () => {
			this.doc = setDraft(this.doc, { note: $<HTMLTextAreaElement>(this, '#fc-note').value });
			showSave(this, this.store.save(this.doc), this.t);
		});
		$(this, '.fc-save').addEventListener('click', () => this.keepRound());
		$(this, '.fc-print').addEventListener('click', () => print());
		$(this, '.fc-export').addEventListener('click', () => this.exportFile());
		$<HTMLInputElement>(this, '.fc-import').addEventListener('change', (e) => void this.importFile(e.target as HTMLInputElement));
		$(this, '#fc-earlier').addEventListener('change', () => this.render());
		$(this, '#fc-later').addEventListener('change', () => this.render());
		$(this, '.fc-round-list').addEventListener('click', (e) => {
			const b = (e.target as Element).closest<HTMLElement>('[data-delete]');
			if (b) this.removeRound(b.dataset.delete!);
		});
	}

	private onChange(input: HTMLInputElement) {
		if (input.name === 'role') this.doc = setDraft(this.doc, { role: input.value as CheckRole });
		else if (input.id === 'fc-date') this.doc = setDraft(this.doc, { date: input.value });
		else if (input.name.startsWith('s-')) this.doc = setAnswer(this.doc, input.name.slice(2), input.value === '' ? null : Number(input.value));
		else return;
		showSave(this, this.store.save(this.doc), this.t);
		this.render(input.name.startsWith('s-') ? input.closest<HTMLElement>('[data-area]')?.dataset.area : undefined);
	}

	private fillForm() {
		const { draft } = this.doc;
		for (const r of $$<HTMLInputElement>(this, 'input[name="role"]')) r.checked = r.value === draft.role;
		$<HTMLInputElement>(this, '#fc-date').value = draft.date;
		$<HTMLTextAreaElement>(this, '#fc-note').value = draft.note;
		for (const s of this.data.statements) {
			const v = draft.answers[s.id];
			for (const r of $$<HTMLInputElement>(this, `input[name="s-${s.id}"]`)) r.checked = v !== undefined && r.value === String(v);
		}
	}

	private scoreText(s: AreaScore | undefined): string {
		return !s || s.percent === null ? this.c.noScore : fill(this.c.scoreLine, { percent: s.percent, answered: s.answered, total: s.total });
	}

	/** The rounds picked for comparison, if any: earlier is a round, later a round or the current answers. */
	private comparison(): { earlier: Round; later: Round } | null {
		const earlierId = $<HTMLSelectElement>(this, '#fc-earlier').value;
		const earlier = this.doc.rounds.find((r) => r.id === earlierId);
		if (!earlier) return null;
		const laterId = $<HTMLSelectElement>(this, '#fc-later').value;
		const later = this.doc.rounds.find((r) => r.id === laterId) ?? { id: 'now', ...this.doc.draft, savedAt: new Date().toISOString() };
		return { earlier, later };
	}

	/** Outputs, chart, table and the rounds list; `changedArea` limits which <output> is rewritten (one announcement). */
	private render(changedArea?: string) {
		const areas = this.data.areas.map((a) => a.id);
		const now = areaScores(areas, this.data.statements, this.doc.draft.answers);
		for (const out of $$<HTMLOutputElement>(this, 'output.fc-out')) {
			if (changedArea && out.dataset.area !== changedArea) continue;
			out.value = this.scoreText(now.find((s) => s.area === out.dataset.area));
		}
		const cmp = this.comparison();
		let shown = now;
		let before: AreaScore[] | undefined;
		let changes: (number | null)[] = [];
		if (cmp) {
			const result = compareRounds(areas, this.data.statements, cmp.earlier, cmp.later);
			before = areaScores(areas, this.data.statements, result.earlier.answers);
			shown = areaScores(areas, this.data.statements, result.later.answers);
			changes = result.changes.map((c) => c.change);
		}
		this.drawChart(shown, before);
		for (const cell of $$(this, '.fc-col-earlier, .fc-col-change')) cell.hidden = !cmp;
		$(this, '.fc-key-earlier').hidden = !cmp;
		const caption = $(this, '.fc-table caption');
		caption.textContent = cmp
			? fill(this.c.compareCaption, { earlier: formatDate(cmp.earlier.date, this.data.lang), later: cmp.later.id === 'now' ? this.c.now : formatDate(cmp.later.date, this.data.lang) })
			: this.c.chartTitle;
		this.data.areas.forEach((a, i) => {
			const row = $(this, `.fc-table tr[data-area="${a.id}"]`);
			const pct = (s?: AreaScore) => (s && s.percent !== null ? `${s.percent} %` : '–');
			$(row, '.fc-col-now').textContent = pct(shown[i]);
			$(row, '.fc-col-earlier').textContent = pct(before?.[i]);
			const ch = changes[i];
			$(row, '.fc-col-change').textContent = ch === null || ch === undefined ? '–' : fill(this.c.changeLine, { n: ch > 0 ? `+${ch}` : String(ch) });
		});
		this.renderRounds();
	}

	private drawChart(now: AreaScore[], earlier?: AreaScore[]) {
		const layout = chartLayout(now, earlier);
		const svg = $<SVGSVGElement>(this, '.fc-chart');
		svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
		const g = $(svg, '.fc-bars');
		const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
			const node = document.createElementNS(SVG, name);
			for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
			if (text !== undefined) node.textContent = text;
			return node;
		};
		const nodes: Element[] = [];
		layout.rows.forEach((row, i) => {
			nodes.push(el('text', { x: 0, y: row.labelY }, this.data.areas[i]!.name));
			for (const bar of row.bars) {
				nodes.push(el('rect', { class: 'fc-track', x: bar.x, y: bar.y, width: layout.width - 60, height: bar.height }));
				if (bar.width > 0) nodes.push(el('rect', { class: `fc-bar-${bar.series}`, x: bar.x, y: bar.y, width: bar.width, height: bar.height }));
				nodes.push(el('text', { x: layout.width - 54, y: bar.y + bar.height - 4 }, bar.percent === null ? '–' : `${bar.percent} %`));
			}
		});
		g.replaceChildren(...nodes);
	}

	private renderRounds() {
		const { rounds } = this.doc;
		$(this, '.fc-rounds .pr-list-empty').hidden = rounds.length > 0;
		const areas = this.data.areas.map((a) => a.id);
		const list = $(this, '.fc-round-list');
		list.replaceChildren(
			...[...rounds].reverse().map((r) => {
				const li = document.createElement('li');
				li.className = 'fc-round';
				const head = document.createElement('p');
				head.className = 'pr-entry-name';
				head.textContent = `${formatDate(r.date, this.data.lang)} · ${this.c[`role.${r.role}`]}`;
				const scores = document.createElement('p');
				scores.className = 'fc-round-scores';
				scores.textContent = areaScores(areas, this.data.statements, r.answers)
					.map((s, i) => `${this.data.areas[i]!.name}: ${s.percent === null ? '–' : `${s.percent} %`}`)
					.join(' · ');
				li.append(head, scores);
				if (r.note) {
					const note = document.createElement('p');
					note.className = 'pr-hint';
					note.textContent = r.note;
					li.append(note);
				}
				const actions = document.createElement('p');
				actions.className = 'fc-round-actions';
				const del = button(fill(this.c.deleteRound, { date: formatDate(r.date, this.data.lang) }), 'pr-btn pr-btn-danger');
				del.dataset.delete = r.id;
				actions.append(del);
				li.append(actions);
				return li;
			}),
		);
		for (const [sel, first] of [
			['#fc-earlier', this.c.compareNone],
			['#fc-later', this.c.compareNow],
		] as const) {
			const select = $<HTMLSelectElement>(this, sel);
			const keep = select.value;
			const options = [new Option(first, ''), ...rounds.map((r) => new Option(`${formatDate(r.date, this.data.lang)} · ${this.c[`role.${r.role}`]}`, r.id))];
			select.replaceChildren(...options);
			select.value = rounds.some((r) => r.id === keep) ? keep : '';
		}
		$<HTMLButtonElement>(this, '.fc-export').disabled = rounds.length === 0;
	}

	private keepRound() {
		const result = saveRound(this.doc, new Date());
		if (!result.ok) {
			say(this, { 'no-date': this.c.noDate, 'no-answers': this.c.noAnswers, 'too-many': this.c.tooMany }[result.reason], 'warn');
			return;
		}
		const date = this.doc.draft.date;
		this.doc = result.doc;
		this.fillForm();
		showSave(this, this.store.save(this.doc), this.t);
		this.render();
		// Offer the new round for comparison at once.
		const earlier = $<HTMLSelectElement>(this, '#fc-earlier');
		if (!earlier.value) {
			earlier.value = result.id;
			this.render();
		}
		say(this, fill(this.c.roundSaved, { date: formatDate(date, this.data.lang) }));
	}

	private removeRound(id: string) {
		const r = this.doc.rounds.find((x) => x.id === id);
		if (!r) return;
		this.doc = deleteRound(this.doc, id);
		showSave(this, this.store.save(this.doc), this.t);
		this.render();
		say(this, fill(this.t.deleted, { name: `${formatDate(r.date, this.data.lang)} · ${this.c[`role.${r.role}`]}` }));
	}

	private exportFile() {
		const name = fileName('cek-fkpm', '', today());
		download(exportCheck(this.doc, new Date()), name);
		say(this, fill(this.t.exportDone, { file: name }));
	}

	private async importFile(input: HTMLInputElement) {
		const text = await readChosenFile(input);
		if (text === null) return;
		if (text === 'too-large') return say(this, fill(this.t.importBad, { error: errorText(this.t, 'too-large') }), 'warn');
		const parsed = parseDocument(checkCodec, text);
		if (!parsed.ok) return say(this, fill(this.t.importBad, { error: errorText(this.t, parsed.error) }), 'warn');
		if (parsed.value.rounds.length === 0 && parsed.dropped.length > 0)
			return say(this, `${fill(this.t.importBad, { error: errorText(this.t, 'bad-shape') })} ${fill(this.t.importSkipped, { list: describeProblems(parsed.dropped) })}`, 'warn');
		const merged = mergeRounds(this.doc, parsed.value);
		this.doc = merged.doc;
		const result = this.store.save(this.doc);
		showSave(this, result, this.t);
		this.render();
		const parts = [fill(this.c.imported, { added: merged.added })];
		if (merged.overLimit) parts.push(this.c.tooMany);
		if (parsed.dropped.length) parts.push(fill(this.t.importSkipped, { list: describeProblems(parsed.dropped) }));
		if (!result.ok) parts.push(this.t.importNotSaved);
		say(this, parts.join(' '), parsed.dropped.length || !result.ok ? 'warn' : 'info');
	}
}

customElements.define('fkpm-check', FkpmCheckElement);
