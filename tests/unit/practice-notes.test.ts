// Field notes (src/lib/practice/notes.ts): sambang records and FKPM minutes as drafts, the
// file format with range checks, and the WhatsApp text.
import { describe, expect, it } from 'vitest';
import {
	NOTES_APP,
	createNote,
	deleteNote,
	emptyNotes,
	listNotes,
	noteFields,
	noteToText,
	notesCodec,
	updateNote,
	type NoteTextLabels,
} from '../../src/lib/practice/notes';
import { parseDocument, serializeDocument } from '../../src/lib/practice/store';
import { at } from './practice-helpers';

const T0 = at('2026-12-01T08:00:00.000Z');
const T1 = at('2026-12-01T09:00:00.000Z');

function minutes() {
	const { doc, id } = createNote(emptyNotes(), 'rapat', T0, '2026-12-01', 'catatan-aaaa0001')!;
	return updateNote(
		doc,
		id,
		{
			time: '19:30',
			fields: { place: 'Balai RW 03', attendance: 'Pak RW\nKetua FKPM\n\nBhabinkamtibmas', agenda: 'Parkir liar', issues: 'Jalan tertutup', agreements: 'Juru parkir ditata' },
			followUps: [{ what: 'Surati pengelola pasar', who: 'Ketua FKPM', due: '2026-12-08' }, { what: '', who: '', due: '' }],
		},
		T1,
	);
}

const labels: NoteTextLabels = {
	kinds: { sambang: 'Catatan sambang', rapat: 'Notulen rapat FKPM' },
	date: 'Tanggal',
	time: 'pukul',
	fields: { place: 'Tempat', visited: 'Yang dikunjungi', attendance: 'Hadir', agenda: 'Agenda', issues: 'Masalah', agreements: 'Kesepakatan' },
	followUps: 'Tindak lanjut',
	followUpLine: '{what} — {who}, paling lambat {due}',
	followUpLineNoDue: '{what} — {who}',
	noDate: 'belum diisi',
};

describe('notes', () => {
	it('records date, place, attendance, issues, agreements and follow-up for both kinds', () => {
		const ids = noteFields.map((f) => f.id);
		expect(ids).toEqual(expect.arrayContaining(['place', 'attendance', 'issues', 'agreements']));
		expect(noteFields.find((f) => f.id === 'visited')!.kinds).toEqual(['sambang']);
	});

	it('creates, changes, lists and deletes notes', () => {
		const doc = minutes();
		expect(doc.notes[0]).toMatchObject({ kind: 'rapat', date: '2026-12-01', time: '19:30', updatedAt: T1.toISOString() });
		const { doc: two } = createNote(doc, 'sambang', at('2026-12-02T08:00:00.000Z'), '', 'catatan-bbbb0002')!;
		expect(listNotes(two).map((n) => n.id)).toEqual(['catatan-bbbb0002', 'catatan-aaaa0001']);
		expect(deleteNote(two, 'catatan-aaaa0001').notes.map((n) => n.id)).toEqual(['catatan-bbbb0002']);
	});

	it('refuses a time or date outside its range by leaving it empty', () => {
		const doc = updateNote(minutes(), 'catatan-aaaa0001', { time: '24:10', date: '2026-11-31' }, T1);
		expect(doc.notes[0]).toMatchObject({ time: '', date: '' });
	});

	it('round-trips through storage text', () => {
		const doc = minutes();
		expect(parseDocument(notesCodec, serializeDocument(notesCodec, doc))).toEqual({ ok: true, value: doc, dropped: [] });
	});

	it('drops a note whose follow-up is due on an impossible date and says so', () => {
		const n = { ...minutes().notes[0]!, followUps: [{ what: 'x', who: 'y', due: '2026-02-29' }] };
		const parsed = parseDocument(notesCodec, JSON.stringify({ app: NOTES_APP, v: 1, notes: [n] }));
		expect(parsed.ok && parsed.value.notes).toEqual([]);
		expect(parsed.ok && parsed.dropped).toEqual([{ item: '#1', field: 'followUps.0.due', reason: 'is not a date between 2000 and 2100' }]);
	});

	it('drops a note of an unknown kind', () => {
		const n = { ...minutes().notes[0]!, kind: 'laporan' };
		const parsed = parseDocument(notesCodec, JSON.stringify({ app: NOTES_APP, v: 1, notes: [n] }));
		expect(parsed.ok && parsed.dropped.map((p) => p.field)).toEqual(['kind']);
	});
});

describe('noteToText', () => {
	it('formats minutes for WhatsApp: bold headings, bullets per line, numbered follow-ups', () => {
		expect(noteToText(minutes().notes[0]!, labels, (d) => `<${d}>`)).toBe(
			[
				'*Notulen rapat FKPM*',
				'Tanggal: <2026-12-01> · pukul 19:30',
				'Tempat: Balai RW 03',
				'',
				'*Hadir*',
				'• Pak RW',
				'• Ketua FKPM',
				'• Bhabinkamtibmas',
				'',
				'*Agenda*',
				'• Parkir liar',
				'',
				'*Masalah*',
				'• Jalan tertutup',
				'',
				'*Kesepakatan*',
				'• Juru parkir ditata',
				'',
				'*Tindak lanjut*',
				'1. Surati pengelola pasar — Ketua FKPM, paling lambat <2026-12-08>',
			].join('\n'),
		);
	});

	it('leaves out the meeting-only agenda from a sambang record', () => {
		const doc = updateNote(minutes(), 'catatan-aaaa0001', { kind: 'sambang', fields: { visited: 'Keluarga Pak Darto' } }, T1);
		const text = noteToText(doc.notes[0]!, labels, (d) => d);
		expect(text).toContain('Yang dikunjungi: Keluarga Pak Darto');
		expect(text).not.toContain('Agenda');
	});
});
