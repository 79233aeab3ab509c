// The SARA workbook's data (src/lib/practice/sara.ts): fields, case operations, the file
// format with its validation by range, import without loss, and the WhatsApp text.
import { describe, expect, it } from 'vitest';
import {
	SARA_APP,
	caseIsEmpty,
	caseToText,
	createCase,
	deleteCase,
	emptySara,
	exportCases,
	listCases,
	mergeImported,
	renameCase,
	saraCodec,
	saraFields,
	saraStages,
	updateCase,
	type SaraCase,
	type SaraTextLabels,
} from '../../src/lib/practice/sara';
import { parseDocument, serializeDocument } from '../../src/lib/practice/store';
import { at } from './practice-helpers';

const T0 = at('2026-12-01T08:00:00.000Z');
const T1 = at('2026-12-02T09:30:00.000Z');

function oneCase(): SaraCase {
	const { doc, id } = createCase(emptySara(), 'Parkir liar di pasar', T0, 'kasus-aaaa1111');
	return updateCase(doc, id, { answers: { what: 'Parkir liar menutup jalan', where: 'Pasar Baru' }, partners: ['fkpm'], strategies: ['b', 'a'] }, T1).cases[0]!;
}

const fileWith = (cases: unknown[]) => JSON.stringify({ app: SARA_APP, v: 1, cases });

describe('SARA fields', () => {
	it('guides at least ten fields over the four stages, each stage with some', () => {
		expect(saraFields.length).toBeGreaterThanOrEqual(10);
		for (const stage of saraStages) expect(saraFields.some((f) => f.stage === stage), stage).toBe(true);
		expect(new Set(saraFields.map((f) => f.id)).size).toBe(saraFields.length);
	});

	it('asks for each side of the problem triangle and who controls it', () => {
		const analysis = saraFields.filter((f) => f.stage === 'analysis').map((f) => f.id);
		expect(analysis).toEqual(expect.arrayContaining(['offender', 'handler', 'target', 'guardian', 'place', 'manager']));
	});
});

describe('case operations', () => {
	it('creates, renames and deletes a case, stamping when it changed', () => {
		const { doc, id } = createCase(emptySara(), '  Balap liar  ', T0, 'kasus-bbbb2222');
		expect(doc.cases[0]).toMatchObject({ id, name: 'Balap liar', createdAt: T0.toISOString(), updatedAt: T0.toISOString() });
		const renamed = renameCase(doc, id, 'Balap liar malam Minggu', T1);
		expect(renamed.cases[0]).toMatchObject({ name: 'Balap liar malam Minggu', createdAt: T0.toISOString(), updatedAt: T1.toISOString() });
		expect(deleteCase(renamed, id).cases).toEqual([]);
	});

	it('keeps the old name when a rename is blank', () => {
		const { doc, id } = createCase(emptySara(), 'Balap liar', T0, 'kasus-bbbb2222');
		expect(renameCase(doc, id, '   ', T1).cases[0]!.name).toBe('Balap liar');
	});

	it('lists cases with the most recently changed first', () => {
		let { doc } = createCase(emptySara(), 'Lama', T0, 'kasus-lama0001');
		({ doc } = createCase(doc, 'Baru', T0, 'kasus-baru0001'));
		doc = updateCase(doc, 'kasus-lama0001', { answers: { what: 'x' } }, T1);
		expect(listCases(doc).map((c) => c.name)).toEqual(['Lama', 'Baru']);
	});

	it('clips answers to their limits, keeps strategies a–j in order and drops unknown partners', () => {
		const { doc, id } = createCase(emptySara(), 'X', T0, 'kasus-cccc3333');
		const c = updateCase(
			doc,
			id,
			{
				answers: { where: 'w'.repeat(500), what: 'p'.repeat(5000) },
				strategies: ['j', 'z', 'a'],
				partners: ['fkpm', 'mafia' as never],
				tasks: [{ what: 'Rapat', who: 'Ketua RT', due: '2026-02-30' }],
			},
			T1,
		).cases[0]!;
		expect(c.answers.where).toHaveLength(300);
		expect(c.answers.what).toHaveLength(4000);
		expect(c.strategies).toEqual(['a', 'j']);
		expect(c.partners).toEqual(['fkpm']);
		expect(c.tasks).toEqual([{ what: 'Rapat', who: 'Ketua RT', due: '' }]);
	});

	it('knows a case with nothing typed from one with answers', () => {
		expect(caseIsEmpty(createCase(emptySara(), 'X', T0).doc.cases[0]!)).toBe(true);
		expect(caseIsEmpty(oneCase())).toBe(false);
	});
});

describe('the SARA file format', () => {
	it('round-trips a case through storage text unchanged', () => {
		const doc = { cases: [oneCase()] };
		expect(parseDocument(saraCodec, serializeDocument(saraCodec, doc))).toEqual({ ok: true, value: doc, dropped: [] });
	});

	it('reads an export file of chosen cases', () => {
		const c = oneCase();
		const text = exportCases({ cases: [c, { ...c, id: 'kasus-other999', name: 'Lain' }] }, [c.id], T1);
		const parsed = parseDocument(saraCodec, text);
		expect(parsed.ok && parsed.value.cases.map((x) => x.id)).toEqual([c.id]);
		expect(JSON.parse(text).exportedAt).toBe(T1.toISOString());
	});

	it('drops a case whose stage field is not a string and says so', () => {
		const good = oneCase();
		const bad = { ...oneCase(), id: 'kasus-bad00001', name: 'Rusak', answers: { what: 42 } };
		const parsed = parseDocument(saraCodec, fileWith([good, bad]));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value.cases.map((c) => c.id)).toEqual([good.id]);
		expect(parsed.dropped).toEqual([{ item: '#2 "Rusak"', field: 'answers.what', reason: 'is not text' }]);
	});

	it('drops a case whose answer is longer than its field allows', () => {
		const bad = { ...oneCase(), answers: { where: 'x'.repeat(301) } };
		const parsed = parseDocument(saraCodec, fileWith([bad]));
		expect(parsed.ok && parsed.dropped).toEqual([{ item: '#1 "Parkir liar di pasar"', field: 'answers.where', reason: 'is longer than 300 characters' }]);
	});

	it('drops a case with a task due on a date that does not exist', () => {
		const bad = { ...oneCase(), tasks: [{ what: 'a', who: 'b', due: '2026-02-30' }] };
		const parsed = parseDocument(saraCodec, fileWith([bad]));
		expect(parsed.ok && parsed.dropped.map((p) => p.field)).toEqual(['tasks.0.due']);
	});

	it('drops a case with a strategy letter outside a–j, or a repeated one', () => {
		for (const strategies of [['k'], ['a', 'a']]) {
			const parsed = parseDocument(saraCodec, fileWith([{ ...oneCase(), strategies }]));
			expect(parsed.ok && parsed.dropped.map((p) => p.field), strategies.join()).toEqual(['strategies']);
		}
	});

	it('drops a case whose dates are not timestamps, and a second case repeating an id', () => {
		const c = oneCase();
		const parsed = parseDocument(saraCodec, fileWith([c, { ...c, updatedAt: 'kemarin' }, c]));
		expect(parsed.ok && parsed.dropped).toEqual([
			{ item: '#2 "Parkir liar di pasar"', field: 'updatedAt', reason: 'is not a date and time' },
			{ item: '#3 "Parkir liar di pasar"', field: 'id', reason: 'repeats the id of an earlier case' },
		]);
	});

	it('refuses a quiz progress file as not a workbook file', () => {
		expect(parseDocument(saraCodec, '{"app":"pustaka-polmas-kuis","v":1,"items":{}}')).toEqual({ ok: false, error: 'not-ours' });
	});

	it('refuses a workbook file without a list of cases', () => {
		expect(parseDocument(saraCodec, '{"app":"pustaka-polmas-sara","v":1,"cases":{}}')).toEqual({ ok: false, error: 'bad-shape' });
	});
});

describe('importing cases', () => {
	it('adds new cases, skips identical ones and keeps both versions of a changed one', () => {
		const mine = oneCase();
		const changed = { ...mine, answers: { ...mine.answers, what: 'Versi dari ponsel lain' }, updatedAt: T1.toISOString() };
		const fresh = { ...mine, id: 'kasus-new00001', name: 'Baru' };
		const r = mergeImported({ cases: [mine] }, { cases: [mine, changed, fresh] }, () => 'kasus-copy0001');
		expect({ added: r.added, copies: r.copies, unchanged: r.unchanged }).toEqual({ added: 1, copies: 1, unchanged: 1 });
		expect(r.doc.cases.map((c) => c.id)).toEqual([mine.id, 'kasus-copy0001', 'kasus-new00001']);
		expect(r.doc.cases[0]).toEqual(mine);
		expect(r.doc.cases[1]!.answers.what).toBe('Versi dari ponsel lain');
	});
});

describe('caseToText', () => {
	const labels: SaraTextLabels = {
		title: 'Kasus SARA',
		exercise: 'Latihan',
		stages: { scanning: 'S — Pemindaian', analysis: 'A — Analisis', response: 'R — Respons', assessment: 'A — Asesmen' },
		fields: Object.fromEntries(saraFields.map((f) => [f.id, f.id.toUpperCase()])) as SaraTextLabels['fields'],
		partners: { fkpm: 'FKPM', 'tokoh-masyarakat': 'Tokoh masyarakat', 'tokoh-agama': 'Tokoh agama', 'pemerintah-desa': 'Pemerintah desa', babinsa: 'Babinsa', 'pokdar-kamtibmas': 'Pokdar', 'pelaku-usaha': 'Usaha', sekolah: 'Sekolah' },
		partnersHeading: 'Mitra',
		tasksHeading: 'Pembagian tugas',
		strategiesHeading: 'Strategi',
		strategies: { a: 'Kemitraan', b: 'Pemecahan masalah' },
		taskLine: '{what} — {who} (paling lambat {due})',
		taskLineNoDue: '{what} — {who}',
		empty: '(belum diisi)',
		footer: 'Terakhir diubah {date}',
	};

	it('formats a case for WhatsApp with bold headings, leaving out empty fields', () => {
		const c = updateCase({ cases: [oneCase()] }, 'kasus-aaaa1111', { tasks: [{ what: 'Rapat FKPM', who: 'Ketua FKPM', due: '2026-12-10' }] }, T1).cases[0]!;
		const text = caseToText(c, labels, '2 Desember 2026', (d) => `[${d}]`);
		expect(text).toBe(
			[
				'*Kasus SARA: Parkir liar di pasar*',
				'',
				'*S — Pemindaian*',
				'WHAT: Parkir liar menutup jalan',
				'WHERE: Pasar Baru',
				'',
				'*A — Analisis*',
				'(belum diisi)',
				'',
				'*R — Respons*',
				'Mitra: FKPM',
				'Pembagian tugas:',
				'1. Rapat FKPM — Ketua FKPM (paling lambat [2026-12-10])',
				'Strategi: a. Kemitraan; b. Pemecahan masalah',
				'',
				'*A — Asesmen*',
				'(belum diisi)',
				'',
				'Terakhir diubah 2 Desember 2026',
			].join('\n'),
		);
	});

	it('labels a case copied from the worked example as an exercise', () => {
		expect(caseToText({ ...oneCase(), exercise: true }, labels, 'x').split('\n')[1]).toBe('_Latihan_');
	});
});
