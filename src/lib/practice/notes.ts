/**
 * Field notes (/praktik/notulen/): a sambang (door-to-door visit) record or the minutes of
 * an FKPM meeting — date, place, who was visited or present, issues raised, agreements and
 * follow-up (what, who, by when). Drafts are kept on the device in a versioned document;
 * a note becomes formatted text for WhatsApp. Pure; wired to the page by notes-element.ts.
 */
import { checkText, ENTRY_ID, isCalendarDate, isRecord, isTimestamp, newEntryId, type Codec, type Problem } from './store';

export const NOTES_APP = 'pustaka-polmas-notulen';
export const NOTES_VERSION = 1;
export const NOTES_STORAGE_KEY = 'pustaka-polmas.notulen';
export const MAX_NOTES = 200;
export const MAX_FOLLOW_UPS = 12;
const MAX_SHORT = 300;
const MAX_LONG = 4000;

export const noteKinds = ['sambang', 'rapat'] as const;
export type NoteKind = (typeof noteKinds)[number];

/** The free-text fields of a note, in form order; `kinds` says which note kinds show each. */
export const noteFields = [
	{ id: 'place', size: 'short', kinds: ['sambang', 'rapat'] },
	{ id: 'visited', size: 'short', kinds: ['sambang'] },
	{ id: 'attendance', size: 'long', kinds: ['sambang', 'rapat'] },
	{ id: 'agenda', size: 'long', kinds: ['rapat'] },
	{ id: 'issues', size: 'long', kinds: ['sambang', 'rapat'] },
	{ id: 'agreements', size: 'long', kinds: ['sambang', 'rapat'] },
] as const satisfies readonly { id: string; size: 'short' | 'long'; kinds: readonly NoteKind[] }[];
export type NoteFieldId = (typeof noteFields)[number]['id'];
export const noteFieldIds = noteFields.map((f) => f.id) as NoteFieldId[];

export interface FollowUp {
	what: string;
	who: string;
	/** `YYYY-MM-DD` or empty. */
	due: string;
}

export interface FieldNote {
	id: string;
	kind: NoteKind;
	/** Day of the visit or meeting, `YYYY-MM-DD`, or empty while drafting. */
	date: string;
	/** `HH:MM` or empty. */
	time: string;
	fields: Partial<Record<NoteFieldId, string>>;
	followUps: FollowUp[];
	createdAt: string;
	updatedAt: string;
}

export interface NotesDoc {
	notes: FieldNote[];
}

export const emptyNotes = (): NotesDoc => ({ notes: [] });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const maxOf = (id: NoteFieldId) => (noteFields.find((f) => f.id === id)!.size === 'short' ? MAX_SHORT : MAX_LONG);

export function noteProblems(x: unknown, item: string): Problem[] {
	if (!isRecord(x)) return [{ item, field: '', reason: 'is not a note' }];
	const out: Problem[] = [];
	const bad = (field: string, reason: string) => out.push({ item, field, reason });
	if (typeof x.id !== 'string' || !ENTRY_ID.test(x.id)) bad('id', 'is not a note id');
	if (!(noteKinds as readonly unknown[]).includes(x.kind)) bad('kind', 'is neither sambang nor rapat');
	if (x.date !== '' && !isCalendarDate(x.date)) bad('date', 'is not a date between 2000 and 2100');
	if (x.time !== '' && !(typeof x.time === 'string' && TIME.test(x.time))) bad('time', 'is not a time HH:MM');
	if (!isTimestamp(x.createdAt)) bad('createdAt', 'is not a date and time');
	if (!isTimestamp(x.updatedAt)) bad('updatedAt', 'is not a date and time');
	if (!isRecord(x.fields)) bad('fields', 'is not a set of fields');
	else
		for (const id of noteFieldIds) {
			const v = x.fields[id];
			if (v === undefined) continue;
			const p = checkText(v, maxOf(id));
			if (p) bad(`fields.${id}`, p);
		}
	if (!Array.isArray(x.followUps)) bad('followUps', 'is not a list');
	else if (x.followUps.length > MAX_FOLLOW_UPS) bad('followUps', `has more than ${MAX_FOLLOW_UPS} rows`);
	else
		x.followUps.forEach((f, i) => {
			if (!isRecord(f)) return bad(`followUps.${i}`, 'is not a follow-up');
			for (const k of ['what', 'who'] as const) {
				const p = checkText(f[k], MAX_SHORT);
				if (p) bad(`followUps.${i}.${k}`, p);
			}
			if (f.due !== '' && !isCalendarDate(f.due)) bad(`followUps.${i}.due`, 'is not a date between 2000 and 2100');
		});
	return out;
}

export const notesCodec: Codec<NotesDoc> = {
	app: NOTES_APP,
	version: NOTES_VERSION,
	empty: emptyNotes,
	read(body) {
		if (!Array.isArray(body.notes)) throw new Error('no notes list');
		const dropped: Problem[] = [];
		const notes: FieldNote[] = [];
		const seen = new Set<string>();
		body.notes.forEach((n, i) => {
			const item = `#${i + 1}`;
			if (notes.length >= MAX_NOTES) return void dropped.push({ item, field: '', reason: `is beyond the limit of ${MAX_NOTES} notes` });
			const problems = noteProblems(n, item);
			if (problems.length) return void dropped.push(...problems);
			const x = n as Record<string, unknown> & { fields: Record<string, string>; followUps: FollowUp[] };
			if (seen.has(x.id as string)) return void dropped.push({ item, field: 'id', reason: 'repeats the id of an earlier note' });
			seen.add(x.id as string);
			notes.push({
				id: x.id as string,
				kind: x.kind as NoteKind,
				date: x.date as string,
				time: x.time as string,
				fields: Object.fromEntries(noteFieldIds.flatMap((id) => (typeof x.fields[id] === 'string' ? [[id, x.fields[id]]] : []))),
				followUps: x.followUps.map((f) => ({ what: f.what, who: f.who, due: f.due })),
				createdAt: x.createdAt as string,
				updatedAt: x.updatedAt as string,
			});
		});
		return { value: { notes }, dropped };
	},
	write: (doc) => ({ notes: doc.notes }),
};

export function createNote(doc: NotesDoc, kind: NoteKind, now: Date, date: string, id = newEntryId('catatan')): { doc: NotesDoc; id: string } | null {
	if (doc.notes.length >= MAX_NOTES) return null;
	const at = now.toISOString();
	const note: FieldNote = { id, kind, date: isCalendarDate(date) ? date : '', time: '', fields: {}, followUps: [], createdAt: at, updatedAt: at };
	return { doc: { notes: [...doc.notes, note] }, id };
}

export type NotePatch = Partial<Pick<FieldNote, 'kind' | 'date' | 'time' | 'fields' | 'followUps'>>;

/** Applies a change; values outside their range (bad date or time, too long) are clipped or refused. */
export function updateNote(doc: NotesDoc, id: string, patch: NotePatch, now: Date): NotesDoc {
	return {
		notes: doc.notes.map((n) => {
			if (n.id !== id) return n;
			const next: FieldNote = { ...n, updatedAt: now.toISOString() };
			if (patch.kind && (noteKinds as readonly string[]).includes(patch.kind)) next.kind = patch.kind;
			if (patch.date !== undefined) next.date = isCalendarDate(patch.date) ? patch.date : '';
			if (patch.time !== undefined) next.time = TIME.test(patch.time) ? patch.time : '';
			if (patch.fields) {
				next.fields = { ...n.fields };
				for (const f of noteFieldIds) if (patch.fields[f] !== undefined) next.fields[f] = patch.fields[f]!.slice(0, maxOf(f));
			}
			if (patch.followUps)
				next.followUps = patch.followUps
					.slice(0, MAX_FOLLOW_UPS)
					.map((f) => ({ what: f.what.slice(0, MAX_SHORT), who: f.who.slice(0, MAX_SHORT), due: isCalendarDate(f.due) ? f.due : '' }));
			return next;
		}),
	};
}

export const deleteNote = (doc: NotesDoc, id: string): NotesDoc => ({ notes: doc.notes.filter((n) => n.id !== id) });

/** Notes newest-changed first. */
export const listNotes = (doc: NotesDoc) => [...doc.notes].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

/** The words the text needs, in the page's language. */
export interface NoteTextLabels {
	kinds: Record<NoteKind, string>;
	date: string;
	time: string;
	fields: Record<NoteFieldId, string>;
	followUps: string;
	/** Follow-up line, with `{what}`, `{who}`, `{due}`. */
	followUpLine: string;
	/** Follow-up line without a date, with `{what}`, `{who}`. */
	followUpLineNoDue: string;
	/** Said when the date is not filled in. */
	noDate: string;
}

/** Splits a multi-line field into its non-empty lines. */
const lines = (s: string | undefined) => (s ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * The note as text for WhatsApp: `*bold*` title and headings, multi-line fields as bullet
 * lists, follow-ups numbered; empty fields left out. `fmt` writes a `YYYY-MM-DD` date for
 * the reader (formatDate in share.ts).
 */
export function noteToText(n: FieldNote, l: NoteTextLabels, fmt: (date: string) => string): string {
	const out = [`*${l.kinds[n.kind]}*`, `${l.date}: ${n.date ? fmt(n.date) : l.noDate}${n.time ? ` · ${l.time} ${n.time}` : ''}`];
	for (const f of noteFields) {
		if (!(f.kinds as readonly string[]).includes(n.kind)) continue;
		const ls = lines(n.fields[f.id]);
		if (!ls.length) continue;
		if (f.size === 'short' && ls.length === 1) out.push(`${l.fields[f.id]}: ${ls[0]}`);
		else out.push('', `*${l.fields[f.id]}*`, ...ls.map((x) => `• ${x}`));
	}
	const follow = n.followUps.filter((f) => f.what.trim() || f.who.trim());
	if (follow.length) {
		out.push('', `*${l.followUps}*`);
		follow.forEach((f, i) =>
			out.push(`${i + 1}. ${(f.due ? l.followUpLine : l.followUpLineNoDue).replace(/\{(\w+)\}/g, (w, k: string) => ({ what: f.what.trim(), who: f.who.trim(), due: f.due ? fmt(f.due) : '' })[k] ?? w)}`),
		);
	}
	return out.join('\n');
}
