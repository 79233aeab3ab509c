/**
 * <sara-workbook>: wires the server-rendered worksheet of SaraWorkbook.astro to the reader's
 * cases kept on the device. It reads and fills the form, keeps the case list, and runs
 * create, open, rename (the name field), delete, export, import, copying the worked exercise,
 * the printed report and sharing. Case logic and the file format are in
 * src/lib/practice/sara.ts, storage in store.ts; all text comes from the page's JSON.
 */
import { fill } from '../../lib/i18n';
import { DocumentStore, parseDocument } from '../../lib/practice/store';
import {
	MAX_CASES,
	SARA_STORAGE_KEY,
	caseToText,
	createCase,
	deleteCase,
	exportCases,
	listCases,
	mergeImported,
	saraCodec,
	saraFields,
	saraPartners,
	saraStages,
	updateCase,
	type SaraCase,
	type SaraDoc,
	type SaraPartner,
	type SaraTextLabels,
} from '../../lib/practice/sara';
import type { SaraExample } from '../../lib/practice/sara-example';
import { fileName, formatDate, formatDateTime } from '../../lib/practice/share';
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
	readTasks,
	renderReport,
	say,
	shareWithFallback,
	showLoadNotice,
	showSave,
	today,
	writeTasks,
	type Labels,
} from './practice-dom';

interface Data {
	lang: 'id' | 'en';
	common: Labels;
	labels: Labels;
	strategies: Record<string, string>;
	example: SaraExample | null;
}

class SaraWorkbookElement extends HTMLElement {
	private data!: Data;
	private t!: Labels;
	private s!: Labels;
	private store = new DocumentStore(browserStorage(), SARA_STORAGE_KEY, saraCodec);
	private doc: SaraDoc = { cases: [] };
	private current: string | null = null;

	connectedCallback() {
		this.data = readData<Data>(this);
		this.t = this.data.common;
		this.s = this.data.labels;
		enhance(this);
		const loaded = this.store.load();
		this.doc = loaded.value;
		if (loaded.notice) showLoadNotice(this, loaded.notice, this.store as DocumentStore<unknown>, this.t, 'sara');
		this.current = listCases(this.doc)[0]?.id ?? null;
		this.fillForm();
		this.refresh();

		const sheet = $(this, '.sara-sheet');
		sheet.addEventListener('input', (e) => {
			if ((e.target as Element).closest('.pr-share-box')) return;
			this.edit();
		});
		$(this, '.sara-new').addEventListener('click', () => this.create());
		$(this, '.sara-export-all').addEventListener('click', () => this.exportFile('all'));
		$(this, '.sara-export-one').addEventListener('click', () => this.current && this.exportFile([this.current]));
		$<HTMLInputElement>(this, '.sara-import').addEventListener('change', (e) => void this.importFile(e.target as HTMLInputElement));
		$(this, '.sara-share').addEventListener('click', () => void this.share());
		$(this, '.sara-print').addEventListener('click', () => {
			this.renderPrint();
			print();
		});
		$(this, '.sara-delete').addEventListener('click', () => this.askDelete());
		$(this, '.sara-delete-confirm').addEventListener('click', () => this.confirmDelete());
		$(this, '.sara-delete-cancel').addEventListener('click', () => this.hideDelete());
		this.querySelector('.sara-use-example')?.addEventListener('click', () => this.useExample());
		this.querySelector('.pr-entries')!.addEventListener('click', (e) => {
			const b = (e.target as Element).closest<HTMLElement>('[data-open]');
			if (b) this.open(b.dataset.open!);
		});
		addEventListener('beforeprint', () => this.renderPrint());
	}

	private get case(): SaraCase | undefined {
		return this.doc.cases.find((c) => c.id === this.current);
	}

	private field<T extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>(name: string): T {
		return $<T>($(this, '.sara-sheet'), `[name="${name}"]`);
	}

	/** Reads the worksheet into a change of the open case (creating one on the first keystroke). */
	private edit() {
		if (!this.case) {
			if (this.doc.cases.length >= MAX_CASES) return say(this, this.s.caseFull, 'warn');
			const typed = this.field('name').value;
			const { doc, id } = createCase(this.doc, typed || fill(this.s.untitled, { n: this.doc.cases.length + 1 }), new Date());
			this.doc = doc;
			this.current = id;
			if (!typed) this.field('name').value = this.case!.name;
		}
		const sheet = $(this, '.sara-sheet');
		const answers = Object.fromEntries(saraFields.map((f) => [f.id, this.field(f.id).value]));
		const checked = (name: string) => $$<HTMLInputElement>(sheet, `input[name="${name}"]:checked`).map((i) => i.value);
		this.doc = updateCase(
			this.doc,
			this.current!,
			{
				name: this.field('name').value,
				answers,
				partners: checked('partner') as SaraPartner[],
				strategies: checked('strategy'),
				tasks: readTasks($(this, '#sara-task')),
			},
			new Date(),
		);
		this.persist();
	}

	private persist() {
		showSave(this, this.store.save(this.doc), this.t);
		this.refresh();
	}

	/** Puts the open case (or nothing) into the worksheet. */
	private fillForm() {
		const c = this.case;
		this.field('name').value = c?.name ?? '';
		for (const f of saraFields) this.field(f.id).value = c?.answers[f.id] ?? '';
		const sheet = $(this, '.sara-sheet');
		for (const box of $$<HTMLInputElement>(sheet, 'input[name="partner"]')) box.checked = !!c?.partners.includes(box.value as SaraPartner);
		for (const box of $$<HTMLInputElement>(sheet, 'input[name="strategy"]')) box.checked = !!c?.strategies.includes(box.value);
		writeTasks($(this, '#sara-task'), c?.tasks ?? []);
		this.hideDelete();
	}

	/** Case list, action buttons and report after any change. */
	private refresh() {
		const list = $(this, '.pr-entries');
		const cases = listCases(this.doc);
		$(this, '.pr-list-empty').hidden = cases.length > 0;
		list.replaceChildren(
			...cases.map((c) => {
				const li = document.createElement('li');
				const b = button('', 'pr-entry');
				b.dataset.open = c.id;
				const name = document.createElement('span');
				name.className = 'pr-entry-name';
				name.textContent = c.name;
				const when = document.createElement('span');
				when.className = 'pr-entry-date';
				when.textContent = fill(this.s.changed, { date: formatDateTime(c.updatedAt, this.data.lang) });
				b.append(name, when);
				if (c.exercise) {
					const badge = document.createElement('span');
					badge.className = 'pr-badge';
					badge.textContent = this.s.exercise;
					b.prepend(badge);
				}
				if (c.id === this.current) {
					b.setAttribute('aria-current', 'true');
					const mark = document.createElement('span');
					mark.className = 'pr-entry-current';
					mark.textContent = this.s.current;
					b.append(mark);
				}
				li.append(b);
				return li;
			}),
		);
		for (const sel of ['.sara-share', '.sara-export-one', '.sara-delete']) $<HTMLButtonElement>(this, sel).disabled = !this.case;
		$<HTMLButtonElement>(this, '.sara-export-all').disabled = cases.length === 0;
		this.renderPrint();
	}

	private open(id: string) {
		this.current = id;
		this.fillForm();
		this.refresh();
		say(this, fill(this.s.opened, { name: this.case!.name }));
	}

	private create() {
		if (this.doc.cases.length >= MAX_CASES) return say(this, this.s.caseFull, 'warn');
		const { doc, id } = createCase(this.doc, fill(this.s.untitled, { n: this.doc.cases.length + 1 }), new Date());
		this.doc = doc;
		this.current = id;
		this.fillForm();
		this.persist();
		say(this, fill(this.s.created, { name: this.case!.name }));
		this.field('name').focus();
		this.field('name').select();
	}

	private useExample() {
		const ex = this.data.example;
		if (!ex) return;
		if (this.doc.cases.length >= MAX_CASES) return say(this, this.s.caseFull, 'warn');
		const now = new Date();
		const { doc, id } = createCase(this.doc, ex.name, now);
		this.doc = updateCase(doc, id, { answers: ex.answers, tasks: ex.tasks, strategies: ex.strategies, exercise: true }, now);
		this.current = id;
		this.fillForm();
		this.persist();
		say(this, this.s.exampleCopied);
		this.field('name').focus();
	}

	private askDelete() {
		const c = this.case;
		if (!c) return;
		const confirm = $<HTMLButtonElement>(this, '.sara-delete-confirm');
		confirm.textContent = fill(this.s.deleteConfirm, { name: c.name });
		confirm.hidden = false;
		$(this, '.sara-delete-cancel').hidden = false;
		confirm.focus();
	}

	private hideDelete() {
		$(this, '.sara-delete-confirm').hidden = true;
		$(this, '.sara-delete-cancel').hidden = true;
	}

	private confirmDelete() {
		const c = this.case;
		if (!c) return;
		this.doc = deleteCase(this.doc, c.id);
		this.current = listCases(this.doc)[0]?.id ?? null;
		this.fillForm();
		this.persist();
		say(this, fill(this.t.deleted, { name: c.name }));
		$(this, '.sara-delete').focus();
	}

	private exportFile(ids: string[] | 'all') {
		const name = fileName('sara', ids === 'all' ? '' : (this.case?.name ?? ''), today());
		download(exportCases(this.doc, ids, new Date()), name);
		say(this, fill(this.t.exportDone, { file: name }));
	}

	private async importFile(input: HTMLInputElement) {
		const text = await readChosenFile(input);
		if (text === null) return;
		if (text === 'too-large') return say(this, fill(this.t.importBad, { error: errorText(this.t, 'too-large') }), 'warn');
		const parsed = parseDocument(saraCodec, text);
		if (!parsed.ok) return say(this, fill(this.t.importBad, { error: errorText(this.t, parsed.error) }), 'warn');
		if (parsed.value.cases.length === 0 && parsed.dropped.length > 0)
			return say(this, `${fill(this.t.importBad, { error: errorText(this.t, 'bad-shape') })} ${fill(this.t.importSkipped, { list: describeProblems(parsed.dropped) })}`, 'warn');
		const merged = mergeImported(this.doc, parsed.value);
		this.doc = merged.doc;
		if (!this.current) this.current = listCases(this.doc)[0]?.id ?? null;
		this.fillForm();
		const result = this.store.save(this.doc);
		showSave(this, result, this.t);
		this.refresh();
		const parts = [fill(this.s.imported, { added: merged.added, copies: merged.copies, unchanged: merged.unchanged })];
		if (merged.overLimit) parts.push(fill(this.s.overLimit, { n: merged.overLimit }));
		if (parsed.dropped.length) parts.push(fill(this.t.importSkipped, { list: describeProblems(parsed.dropped) }));
		if (!result.ok) parts.push(this.t.importNotSaved);
		say(this, parts.join(' '), parsed.dropped.length || !result.ok ? 'warn' : 'info');
	}

	private textLabels(): SaraTextLabels {
		const s = this.s;
		return {
			title: s.report,
			exercise: s.exercise,
			stages: Object.fromEntries(saraStages.map((st) => [st, s[`stage.${st}`]])) as SaraTextLabels['stages'],
			fields: Object.fromEntries(saraFields.map((f) => [f.id, s[`field.${f.id}`]])) as SaraTextLabels['fields'],
			partners: Object.fromEntries(saraPartners.map((p) => [p, s[`partner.${p}`]])) as SaraTextLabels['partners'],
			partnersHeading: s.partners,
			tasksHeading: s.tasks,
			strategiesHeading: s.strategies,
			strategies: this.data.strategies,
			taskLine: this.t.taskLine,
			taskLineNoDue: this.t.taskLineNoDue,
			empty: s.stageEmpty,
			footer: s.footer,
		};
	}

	private async share() {
		const c = this.case;
		if (!c) return;
		const text = caseToText(c, this.textLabels(), formatDateTime(c.updatedAt, this.data.lang), (d) => formatDate(d, this.data.lang));
		await shareWithFallback(this, text, `${this.s.report}: ${c.name}`, this.t);
	}

	/** The print-only report of the open case; without one, paper gets the blank worksheet. */
	private renderPrint() {
		const c = this.case;
		const box = $(this, '.pr-report');
		if (!c) {
			delete this.dataset.report;
			box.replaceChildren();
			return;
		}
		this.dataset.report = '';
		const l = this.textLabels();
		const lang = this.data.lang;
		const sections = saraStages.map((stage) => {
			const rows = saraFields.filter((f) => f.stage === stage).map((f) => ({ label: l.fields[f.id], value: c.answers[f.id] ?? '' }));
			if (stage === 'response') {
				rows.push({ label: l.partnersHeading, value: c.partners.map((p) => l.partners[p]).join(', ') });
				rows.push({
					label: l.tasksHeading,
					value: c.tasks
						.filter((t) => t.what.trim() || t.who.trim())
						.map((t, i) => `${i + 1}. ${fill(t.due ? l.taskLine : l.taskLineNoDue, { what: t.what, who: t.who, due: t.due ? formatDate(t.due, lang) : '' })}`)
						.join('\n'),
				});
				rows.push({ label: l.strategiesHeading, value: c.strategies.map((s) => `${s}. ${l.strategies[s]}`).join('\n') });
			}
			return { heading: l.stages[stage], rows };
		});
		const meta = [fill(this.s.changed, { date: formatDateTime(c.updatedAt, lang) })];
		if (c.exercise) meta.unshift(this.s.exercise);
		renderReport(box, `${l.title}: ${c.name}`, meta, sections, this.t.reportEmpty, fill(this.t.printedFrom, { url: location.href.split('#')[0]! }));
	}
}

customElements.define('sara-workbook', SaraWorkbookElement);
