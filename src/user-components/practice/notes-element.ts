/**
 * <field-notes>: wires FieldNotes.astro's form to the reader's notes kept on the device:
 * restores the latest note, saves every change as a draft, lists notes with their date,
 * makes new sambang records or meeting minutes, deletes, shares as WhatsApp text and prints.
 * Note logic and the file format are in src/lib/practice/notes.ts; text comes from the page's JSON.
 */
import { fill } from '../../lib/i18n';
import { DocumentStore } from '../../lib/practice/store';
import {
	NOTES_STORAGE_KEY,
	createNote,
	deleteNote,
	listNotes,
	noteFields,
	noteToText,
	notesCodec,
	updateNote,
	type FieldNote,
	type NoteKind,
	type NoteTextLabels,
	type NotesDoc,
} from '../../lib/practice/notes';
import { formatDate, formatDateTime } from '../../lib/practice/share';
import {
	$,
	$$,
	browserStorage,
	button,
	enhance,
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
}

class FieldNotesElement extends HTMLElement {
	private data!: Data;
	private t!: Labels;
	private n!: Labels;
	private store = new DocumentStore(browserStorage(), NOTES_STORAGE_KEY, notesCodec);
	private doc: NotesDoc = { notes: [] };
	private current: string | null = null;

	connectedCallback() {
		this.data = readData<Data>(this);
		this.t = this.data.common;
		this.n = this.data.labels;
		enhance(this);
		const loaded = this.store.load();
		this.doc = loaded.value;
		if (loaded.notice) showLoadNotice(this, loaded.notice, this.store as DocumentStore<unknown>, this.t, 'notulen');
		this.current = listNotes(this.doc)[0]?.id ?? null;
		this.fillForm();
		this.refresh();

		const sheet = $(this, '.fn-sheet');
		sheet.addEventListener('input', (e) => {
			if ((e.target as Element).closest('.pr-share-box')) return;
			this.edit();
		});
		for (const b of $$(this, '.fn-new')) b.addEventListener('click', () => this.create(b.dataset.kind as NoteKind));
		$(this, '.pr-entries').addEventListener('click', (e) => {
			const b = (e.target as Element).closest<HTMLElement>('[data-open]');
			if (b) this.open(b.dataset.open!);
		});
		$(this, '.fn-share').addEventListener('click', () => void this.share());
		$(this, '.fn-print').addEventListener('click', () => {
			this.renderPrint();
			print();
		});
		$(this, '.fn-delete').addEventListener('click', () => this.askDelete());
		$(this, '.fn-delete-confirm').addEventListener('click', () => this.confirmDelete());
		$(this, '.fn-delete-cancel').addEventListener('click', () => this.hideDelete());
		addEventListener('beforeprint', () => this.renderPrint());
	}

	private get note(): FieldNote | undefined {
		return this.doc.notes.find((x) => x.id === this.current);
	}

	private input<T extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>(name: string): T {
		return $<T>($(this, '.fn-sheet'), `[name="${name}"]`);
	}

	private kind(): NoteKind {
		return ($$<HTMLInputElement>(this, 'input[name="kind"]').find((r) => r.checked)?.value as NoteKind) ?? 'sambang';
	}

	private edit() {
		if (!this.note) {
			const made = createNote(this.doc, this.kind(), new Date(), this.input('date').value || today());
			if (!made) return say(this, this.n.full, 'warn');
			this.doc = made.doc;
			this.current = made.id;
			if (!this.input('date').value) this.input('date').value = this.note!.date;
		}
		this.doc = updateNote(
			this.doc,
			this.current!,
			{
				kind: this.kind(),
				date: this.input('date').value,
				time: this.input('time').value,
				fields: Object.fromEntries(noteFields.map((f) => [f.id, this.input(f.id).value])),
				followUps: readTasks($(this, '#fn-follow')),
			},
			new Date(),
		);
		showSave(this, this.store.save(this.doc), this.t);
		this.refresh();
	}

	private fillForm() {
		const n = this.note;
		const kind = n?.kind ?? 'sambang';
		for (const r of $$<HTMLInputElement>(this, 'input[name="kind"]')) r.checked = r.value === kind;
		this.input('date').value = n?.date ?? '';
		this.input('time').value = n?.time ?? '';
		for (const f of noteFields) this.input(f.id).value = n?.fields[f.id] ?? '';
		writeTasks($(this, '#fn-follow'), n?.followUps ?? []);
		this.hideDelete();
	}

	private noteTitle(n: FieldNote): string {
		return fill(this.n.listItem, { title: this.n[`title.${n.kind}`]!, date: n.date ? formatDate(n.date, this.data.lang) : this.n.noDate });
	}

	private refresh() {
		const notes = listNotes(this.doc);
		$(this, '.pr-list-empty').hidden = notes.length > 0;
		$(this, '.pr-entries').replaceChildren(
			...notes.map((n) => {
				const li = document.createElement('li');
				const b = button('', 'pr-entry');
				b.dataset.open = n.id;
				const name = document.createElement('span');
				name.className = 'pr-entry-name';
				name.textContent = [this.noteTitle(n), n.fields.place].filter(Boolean).join(' · ');
				const when = document.createElement('span');
				when.className = 'pr-entry-date';
				when.textContent = fill(this.n.changed, { date: formatDateTime(n.updatedAt, this.data.lang) });
				b.append(name, when);
				if (n.id === this.current) {
					b.setAttribute('aria-current', 'true');
					const mark = document.createElement('span');
					mark.className = 'pr-entry-current';
					mark.textContent = this.n.current;
					b.append(mark);
				}
				li.append(b);
				return li;
			}),
		);
		for (const sel of ['.fn-share', '.fn-delete']) $<HTMLButtonElement>(this, sel).disabled = !this.note;
		this.renderPrint();
	}

	private open(id: string) {
		this.current = id;
		this.fillForm();
		this.refresh();
		say(this, fill(this.n.opened, { name: this.noteTitle(this.note!) }));
	}

	private create(kind: NoteKind) {
		const made = createNote(this.doc, kind, new Date(), today());
		if (!made) return say(this, this.n.full, 'warn');
		this.doc = made.doc;
		this.current = made.id;
		this.fillForm();
		showSave(this, this.store.save(this.doc), this.t);
		this.refresh();
		say(this, fill(this.n.created, { name: this.noteTitle(this.note!) }));
		this.input('place').focus();
	}

	private askDelete() {
		const n = this.note;
		if (!n) return;
		const confirm = $<HTMLButtonElement>(this, '.fn-delete-confirm');
		confirm.textContent = fill(this.n.deleteConfirm, { name: this.noteTitle(n) });
		confirm.hidden = false;
		$(this, '.fn-delete-cancel').hidden = false;
		confirm.focus();
	}

	private hideDelete() {
		$(this, '.fn-delete-confirm').hidden = true;
		$(this, '.fn-delete-cancel').hidden = true;
	}

	private confirmDelete() {
		const n = this.note;
		if (!n) return;
		this.doc = deleteNote(this.doc, n.id);
		this.current = listNotes(this.doc)[0]?.id ?? null;
		this.fillForm();
		showSave(this, this.store.save(this.doc), this.t);
		this.refresh();
		say(this, fill(this.t.deleted, { name: this.noteTitle(n) }));
		$(this, '.fn-delete').focus();
	}

	private textLabels(): NoteTextLabels {
		const n = this.n;
		return {
			kinds: { sambang: n['title.sambang']!, rapat: n['title.rapat']! },
			date: n.date!,
			time: n.time!,
			fields: Object.fromEntries(noteFields.map((f) => [f.id, n[`field.${f.id}`]])) as NoteTextLabels['fields'],
			followUps: n.followUpsShort!,
			followUpLine: n.followUpLine!,
			followUpLineNoDue: this.t.taskLineNoDue!,
			noDate: n.noDate!,
		};
	}

	private async share() {
		const note = this.note;
		if (!note) return;
		const text = noteToText(note, this.textLabels(), (d) => formatDate(d, this.data.lang));
		await shareWithFallback(this, text, this.noteTitle(note), this.t);
	}

	private renderPrint() {
		const note = this.note;
		const box = $(this, '.pr-report');
		if (!note) {
			delete this.dataset.report;
			box.replaceChildren();
			return;
		}
		this.dataset.report = '';
		const l = this.textLabels();
		const lang = this.data.lang;
		const rows = noteFields
			.filter((f) => (f.kinds as readonly string[]).includes(note.kind))
			.map((f) => ({ label: l.fields[f.id], value: note.fields[f.id] ?? '' }));
		const follow = note.followUps
			.filter((f) => f.what.trim() || f.who.trim())
			.map((f, i) => `${i + 1}. ${fill(f.due ? l.followUpLine : l.followUpLineNoDue, { what: f.what, who: f.who, due: f.due ? formatDate(f.due, lang) : '' })}`)
			.join('\n');
		const when = `${l.date}: ${note.date ? formatDate(note.date, lang) : l.noDate}${note.time ? ` · ${l.time} ${note.time}` : ''}`;
		renderReport(
			box,
			l.kinds[note.kind],
			[when],
			[{ heading: l.kinds[note.kind], rows }, { heading: l.followUps, rows: [{ label: l.followUps, value: follow }] }],
			this.t.reportEmpty!,
			fill(this.t.printedFrom!, { url: location.href.split('#')[0]! }),
		);
	}
}

customElements.define('field-notes', FieldNotesElement);
