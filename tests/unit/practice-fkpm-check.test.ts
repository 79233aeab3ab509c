// The FKPM self-check (src/lib/practice/fkpm-check.ts and content/selfchecks/fkpm.yaml):
// answers within the scale, dated rounds, scores per area, comparison of rounds, the chart's
// geometry, the file format; and the real statements, each resting on an existing doctrine
// item or instrument with a page that explains it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	CHECK_APP,
	areaScores,
	chartLayout,
	checkCodec,
	compareRounds,
	deleteRound,
	emptyCheck,
	exportCheck,
	mergeRounds,
	saveRound,
	setAnswer,
	setDraft,
	type Round,
} from '../../src/lib/practice/fkpm-check';
import { parseDocument, serializeDocument } from '../../src/lib/practice/store';
import { selfCheckSchema } from '../../src/schemas/selfchecks';
import { doctrineListSchema } from '../../src/schemas/doctrine';
import { at } from './practice-helpers';

const areas = ['a1', 'a2'];
const statements = [
	{ id: 's1', area: 'a1' },
	{ id: 's2', area: 'a1' },
	{ id: 's3', area: 'a2' },
	{ id: 's4', area: 'a2' },
];
const round = (id: string, date: string, answers: Record<string, number>, savedAt = `${date}T10:00:00.000Z`): Round => ({
	id,
	date,
	role: 'polri',
	answers,
	note: '',
	savedAt,
});

describe('answers and rounds', () => {
	it('sets and clears answers, refusing values outside the scale', () => {
		let doc = setAnswer(emptyCheck(), 's1', 3);
		doc = setAnswer(doc, 's2', 0);
		expect(doc.draft.answers).toEqual({ s1: 3, s2: 0 });
		expect(setAnswer(doc, 's1', 4)).toBe(doc);
		expect(setAnswer(doc, 's1', 1.5)).toBe(doc);
		expect(setAnswer(doc, 's1', -1)).toBe(doc);
		expect(setAnswer(doc, 's1', null).draft.answers).toEqual({ s2: 0 });
	});

	it('keeps a round only with a real date and at least one answer', () => {
		const now = at('2026-12-03T08:00:00.000Z');
		expect(saveRound(emptyCheck(), now)).toEqual({ ok: false, reason: 'no-date' });
		expect(saveRound(setDraft(emptyCheck(), { date: '2026-12-03' }), now)).toEqual({ ok: false, reason: 'no-answers' });
		expect(setDraft(emptyCheck(), { date: '2026-02-30' }).draft.date).toBe('');
		const doc = setAnswer(setDraft(emptyCheck(), { date: '2026-12-03', role: 'warga', note: 'Rapat RW 2' }), 's1', 2);
		const r = saveRound(doc, now, 'ronde-aaaa0001');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.doc.rounds).toEqual([{ id: 'ronde-aaaa0001', date: '2026-12-03', role: 'warga', answers: { s1: 2 }, note: 'Rapat RW 2', savedAt: now.toISOString() }]);
		expect(r.doc.draft).toEqual({ role: 'warga', date: '2026-12-03', answers: {}, note: '' });
	});

	it('keeps rounds in date order whatever order they are saved in', () => {
		let doc = emptyCheck();
		for (const [id, date] of [['ronde-late0001', '2026-12-01'], ['ronde-earl0001', '2026-06-01']] as const) {
			const r = saveRound(setAnswer(setDraft(doc, { date }), 's1', 1), at('2026-12-03T08:00:00.000Z'), id);
			if (r.ok) doc = r.doc;
		}
		expect(doc.rounds.map((r) => r.date)).toEqual(['2026-06-01', '2026-12-01']);
		expect(deleteRound(doc, 'ronde-earl0001').rounds.map((r) => r.id)).toEqual(['ronde-late0001']);
	});
});

describe('scores', () => {
	it('scores each area as a percentage of what its answered statements could give', () => {
		expect(areaScores(areas, statements, { s1: 3, s2: 1, s3: 0 })).toEqual([
			{ area: 'a1', answered: 2, total: 2, points: 4, percent: 67 },
			{ area: 'a2', answered: 1, total: 2, points: 0, percent: 0 },
		]);
	});

	it('gives no score to an area with no answers, and ignores answers to unknown statements', () => {
		expect(areaScores(areas, statements, { s3: 3, old: 3 })[0]).toEqual({ area: 'a1', answered: 0, total: 2, points: 0, percent: null });
	});

	it('compares a later round with an earlier one, whichever is passed first', () => {
		const early = round('ronde-e0000001', '2026-01-10', { s1: 1, s2: 1, s3: 3 });
		const late = round('ronde-l0000001', '2026-07-10', { s1: 3, s2: 2 });
		const cmp = compareRounds(areas, statements, late, early);
		expect(cmp.earlier.id).toBe(early.id);
		expect(cmp.changes).toEqual([
			{ area: 'a1', before: 33, after: 83, change: 50 },
			{ area: 'a2', before: 100, after: null, change: null },
		]);
	});
});

describe('chartLayout', () => {
	it('draws one bar per area scaled to the plot width, empty for an unanswered area', () => {
		const layout = chartLayout(areaScores(areas, statements, { s1: 3, s2: 3 }), undefined, 200, 100);
		expect(layout.rows.map((r) => r.bars.map((b) => [b.series, b.width, b.x]))).toEqual([[['now', 200, 100]], [['now', 0, 100]]]);
		expect(layout.width).toBeGreaterThan(300);
	});

	it('adds a bar for the earlier round when comparing', () => {
		const layout = chartLayout(areaScores(areas, statements, { s1: 3 }), areaScores(areas, statements, { s1: 0, s3: 3 }), 200);
		expect(layout.rows[0]!.bars.map((b) => [b.series, b.width])).toEqual([['earlier', 0], ['now', 200]]);
		expect(layout.rows[1]!.bars.map((b) => [b.series, b.width])).toEqual([['earlier', 200], ['now', 0]]);
	});
});

describe('the self-check file format', () => {
	const doc = { draft: { role: 'warga' as const, date: '2026-12-03', answers: { s1: 2 }, note: 'x' }, rounds: [round('ronde-aaaa0001', '2026-06-01', { s1: 3, s3: 0 })] };

	it('round-trips rounds and the draft', () => {
		expect(parseDocument(checkCodec, serializeDocument(checkCodec, doc))).toEqual({ ok: true, value: doc, dropped: [] });
		const exported = parseDocument(checkCodec, exportCheck(doc, at('2026-12-03T09:00:00.000Z')));
		expect(exported.ok && exported.value).toEqual(doc);
	});

	it('drops a round with an answer outside the scale and says which', () => {
		const text = JSON.stringify({ app: CHECK_APP, v: 1, rounds: [round('ronde-bad00001', '2026-06-01', { s1: 7 }), doc.rounds[0]] });
		const parsed = parseDocument(checkCodec, text);
		expect(parsed.ok && parsed.value.rounds.map((r) => r.id)).toEqual(['ronde-aaaa0001']);
		expect(parsed.ok && parsed.dropped).toEqual([{ item: '#1 (2026-06-01)', field: 'answers.s1', reason: 'is not a whole number from 0 to 3' }]);
	});

	it('drops a round dated outside 2000–2100 or with an unknown role', () => {
		const text = JSON.stringify({ app: CHECK_APP, v: 1, rounds: [round('ronde-old00001', '1999-01-01', {}, '2026-01-01T00:00:00.000Z'), { ...doc.rounds[0], role: 'camat' }] });
		const parsed = parseDocument(checkCodec, text);
		expect(parsed.ok && parsed.dropped.map((p) => p.field)).toEqual(['date', 'role']);
	});

	it('sets aside a damaged draft but keeps the rounds', () => {
		const text = JSON.stringify({ app: CHECK_APP, v: 1, draft: { role: 'polri', date: 'besok', answers: {} }, rounds: doc.rounds });
		const parsed = parseDocument(checkCodec, text);
		expect(parsed.ok && parsed.value.rounds).toHaveLength(1);
		expect(parsed.ok && parsed.dropped).toEqual([{ item: 'draft', field: 'date', reason: 'is not a date between 2000 and 2100' }]);
	});

	it('imports rounds not already here and keeps the draft being answered', () => {
		const here = { ...doc, rounds: [] };
		const r = mergeRounds(here, doc);
		expect(r.added).toBe(1);
		expect(r.doc.draft).toEqual(here.draft);
		expect(mergeRounds(r.doc, doc).added).toBe(0);
	});
});

describe('content/selfchecks/fkpm.yaml', () => {
	const check = selfCheckSchema.parse(parse(readFileSync('content/selfchecks/fkpm.yaml', 'utf8')));
	const doctrine = new Map(
		readdirSync('content/doctrine').map((f) => [f.replace(/\.yaml$/, ''), doctrineListSchema.parse(parse(readFileSync(`content/doctrine/${f}`, 'utf8')))]),
	);
	const instruments = new Set(readdirSync('content/instruments').map((f) => f.replace(/\.yaml$/, '')));
	const sources = new Set(readdirSync('content/sources').map((f) => f.replace(/\.yaml$/, '')));

	it('has at least twelve statements, worded for both roles in both languages', () => {
		expect(check.statements.length).toBeGreaterThanOrEqual(12);
		for (const s of check.statements) for (const role of ['polri', 'warga'] as const) expect(s.text[role].id).not.toBe(s.text[role].en);
		for (const s of check.statements) expect(s.text.polri.id, s.id).not.toBe(s.text.warga.id);
	});

	it('rests every statement on a doctrine item that exists, linked at its anchor, or on an instrument', () => {
		for (const s of check.statements) {
			for (const b of s.basis) {
				if (b.doctrine) {
					const list = doctrine.get(b.doctrine.id);
					expect(list, `${s.id}: list ${b.doctrine.id}`).toBeDefined();
					expect(list!.items.map((i) => i.letter), `${s.id}: ${b.doctrine.id} ${b.item}`).toContain(b.item);
					expect(b.page, s.id).toMatch(new RegExp(`#${list!.anchor}-${b.item}$`));
				} else {
					expect(instruments.has(b.instrument!.id), `${s.id}: instrument ${b.instrument!.id}`).toBe(true);
				}
			}
			for (const src of s.sources) expect(sources.has(src.id), `${s.id}: source ${src.id}`).toBe(true);
		}
	});

	it('rejects a check with fewer than twelve statements or a statement in an unknown area', () => {
		const raw = parse(readFileSync('content/selfchecks/fkpm.yaml', 'utf8'));
		const short = selfCheckSchema.safeParse({ ...raw, statements: raw.statements.slice(0, 11) });
		expect(short.success).toBe(false);
		expect(short.error!.issues[0]!.message).toContain('at least 12');
		const stray = selfCheckSchema.safeParse({ ...raw, statements: raw.statements.map((s: { area: string }, i: number) => (i === 0 ? { ...s, area: 'lain' } : s)) });
		expect(stray.error!.issues.map((i) => i.message)).toContain('area "lain" is not among the areas');
	});
});
