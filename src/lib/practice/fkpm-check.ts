/**
 * The FKPM self-check's logic (/praktik/cek-fkpm/): the reader's current answers (a draft)
 * and the rounds kept with their dates, scores per area, comparison of a later round with an
 * earlier one, the bar chart's geometry, and the versioned file format for device storage and
 * export/import. Statements themselves are content (content/selfchecks/fkpm.yaml); this module
 * only needs their ids and areas. Pure; wired to the page by fkpm-check-element.ts.
 */
import { ENTRY_ID, isCalendarDate, isRecord, isTimestamp, newEntryId, type Codec, type Problem } from './store';

/** Who answers: a Polri member (Bhabinkamtibmas, Pengemban Polmas) or a resident/FKPM board member. */
export const checkRoles = ['polri', 'warga'] as const;
export type CheckRole = (typeof checkRoles)[number];

/** Highest answer on the scale; answers run 0…SCALE_MAX (content/selfchecks/ labels each value). */
export const SCALE_MAX = 3;

export const CHECK_APP = 'pustaka-polmas-cek-fkpm';
export const CHECK_VERSION = 1;
export const CHECK_STORAGE_KEY = 'pustaka-polmas.cek-fkpm';
export const MAX_ROUNDS = 200;
const MAX_NOTE = 1000;
const STATEMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Answers by statement id: 0…SCALE_MAX; a statement not answered (or "don't know") is absent. */
export type Answers = Record<string, number>;

export interface Round {
	id: string;
	/** The day the round was answered, `YYYY-MM-DD`. */
	date: string;
	role: CheckRole;
	answers: Answers;
	/** Optional remark (who took part, what was discussed). */
	note: string;
	savedAt: string;
}

export interface CheckDoc {
	/** What is being answered now, kept as typed. */
	draft: { role: CheckRole; date: string; answers: Answers; note: string };
	rounds: Round[];
}

export const emptyCheck = (): CheckDoc => ({ draft: { role: 'polri', date: '', answers: {}, note: '' }, rounds: [] });

/** The parts of a statement scoring needs. */
export interface StatementLike {
	id: string;
	area: string;
}

/** Problems with a set of answers (ids well formed, values whole numbers 0…SCALE_MAX). */
function answerProblems(x: unknown, item: string, field: string): Problem[] {
	if (!isRecord(x)) return [{ item, field, reason: 'is not a set of answers' }];
	const out: Problem[] = [];
	for (const [id, v] of Object.entries(x)) {
		if (!STATEMENT_ID.test(id) || id.length > 60) out.push({ item, field: `${field}.${id.slice(0, 30)}`, reason: 'is not a statement id' });
		else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > SCALE_MAX)
			out.push({ item, field: `${field}.${id}`, reason: `is not a whole number from 0 to ${SCALE_MAX}` });
	}
	return out;
}

const isRole = (x: unknown): x is CheckRole => (checkRoles as readonly unknown[]).includes(x);

function noteProblem(x: unknown): string | null {
	if (x === undefined) return null;
	if (typeof x !== 'string') return 'is not text';
	return x.length > MAX_NOTE ? `is longer than ${MAX_NOTE} characters` : null;
}

/** Every problem with one stored round. */
export function roundProblems(x: unknown, item: string): Problem[] {
	if (!isRecord(x)) return [{ item, field: '', reason: 'is not a round' }];
	const out: Problem[] = [];
	if (typeof x.id !== 'string' || !ENTRY_ID.test(x.id)) out.push({ item, field: 'id', reason: 'is not a round id' });
	if (!isCalendarDate(x.date)) out.push({ item, field: 'date', reason: 'is not a date between 2000 and 2100' });
	if (!isRole(x.role)) out.push({ item, field: 'role', reason: 'is not one of the roles' });
	if (!isTimestamp(x.savedAt)) out.push({ item, field: 'savedAt', reason: 'is not a date and time' });
	const n = noteProblem(x.note);
	if (n) out.push({ item, field: 'note', reason: n });
	out.push(...answerProblems(x.answers, item, 'answers'));
	return out;
}

export const checkCodec: Codec<CheckDoc> = {
	app: CHECK_APP,
	version: CHECK_VERSION,
	empty: emptyCheck,
	read(body) {
		const dropped: Problem[] = [];
		const doc = emptyCheck();
		const d = body.draft;
		if (d !== undefined) {
			const problems = isRecord(d)
				? [
						...(isRole(d.role) ? [] : [{ item: 'draft', field: 'role', reason: 'is not one of the roles' }]),
						...(d.date === '' || isCalendarDate(d.date) ? [] : [{ item: 'draft', field: 'date', reason: 'is not a date between 2000 and 2100' }]),
						...(noteProblem(d.note) ? [{ item: 'draft', field: 'note', reason: noteProblem(d.note)! }] : []),
						...answerProblems(d.answers, 'draft', 'answers'),
					]
				: [{ item: 'draft', field: '', reason: 'is not a draft' }];
			if (problems.length) dropped.push(...problems);
			else if (isRecord(d)) doc.draft = { role: d.role as CheckRole, date: d.date as string, answers: { ...(d.answers as Answers) }, note: (d.note as string) ?? '' };
		}
		if (!Array.isArray(body.rounds)) throw new Error('no rounds list');
		const seen = new Set<string>();
		body.rounds.forEach((r, i) => {
			const item = `#${i + 1}${isRecord(r) && typeof r.date === 'string' ? ` (${r.date.slice(0, 10)})` : ''}`;
			if (doc.rounds.length >= MAX_ROUNDS) return void dropped.push({ item, field: '', reason: `is beyond the limit of ${MAX_ROUNDS} rounds` });
			const problems = roundProblems(r, item);
			if (problems.length) return void dropped.push(...problems);
			const x = r as Record<string, unknown>;
			if (seen.has(x.id as string)) return void dropped.push({ item, field: 'id', reason: 'repeats the id of an earlier round' });
			seen.add(x.id as string);
			doc.rounds.push({
				id: x.id as string,
				date: x.date as string,
				role: x.role as CheckRole,
				answers: { ...(x.answers as Answers) },
				note: (x.note as string) ?? '',
				savedAt: x.savedAt as string,
			});
		});
		return { value: doc, dropped };
	},
	write: (doc) => ({ draft: doc.draft, rounds: doc.rounds }),
};

/* ---- Answers and rounds ---- */

/** Sets (or, with `null`, clears) one answer of the draft; values outside the scale are refused. */
export function setAnswer(doc: CheckDoc, statement: string, value: number | null): CheckDoc {
	const answers = { ...doc.draft.answers };
	if (value === null) delete answers[statement];
	else if (Number.isInteger(value) && value >= 0 && value <= SCALE_MAX && STATEMENT_ID.test(statement)) answers[statement] = value;
	else return doc;
	return { ...doc, draft: { ...doc.draft, answers } };
}

export function setDraft(doc: CheckDoc, patch: Partial<Pick<CheckDoc['draft'], 'role' | 'date' | 'note'>>): CheckDoc {
	const draft = { ...doc.draft };
	if (patch.role && isRole(patch.role)) draft.role = patch.role;
	if (patch.date !== undefined && (patch.date === '' || isCalendarDate(patch.date))) draft.date = patch.date;
	if (patch.note !== undefined) draft.note = patch.note.slice(0, MAX_NOTE);
	return { ...doc, draft };
}

/** Why a draft cannot be kept as a round yet. */
export type RoundRefusal = 'no-date' | 'no-answers' | 'too-many';

/**
 * Keeps the draft as a dated round (rounds stay in date order) and starts a fresh draft for
 * the same role; refuses a draft without a valid date or without any answer.
 */
export function saveRound(doc: CheckDoc, now: Date, id = newEntryId('ronde')): { ok: true; doc: CheckDoc; id: string } | { ok: false; reason: RoundRefusal } {
	const { draft } = doc;
	if (!isCalendarDate(draft.date)) return { ok: false, reason: 'no-date' };
	if (Object.keys(draft.answers).length === 0) return { ok: false, reason: 'no-answers' };
	if (doc.rounds.length >= MAX_ROUNDS) return { ok: false, reason: 'too-many' };
	const round: Round = { id, date: draft.date, role: draft.role, answers: { ...draft.answers }, note: draft.note, savedAt: now.toISOString() };
	const rounds = sortRounds([...doc.rounds, round]);
	return { ok: true, id, doc: { rounds, draft: { role: draft.role, date: draft.date, answers: {}, note: '' } } };
}

export const deleteRound = (doc: CheckDoc, id: string): CheckDoc => ({ ...doc, rounds: doc.rounds.filter((r) => r.id !== id) });

/** Rounds oldest first (by date, then by when they were saved). */
export const sortRounds = (rounds: Round[]) => [...rounds].sort((a, b) => a.date.localeCompare(b.date) || a.savedAt.localeCompare(b.savedAt));

/** Adds imported rounds not already here (same id = same round); the draft here is kept. */
export function mergeRounds(here: CheckDoc, imported: CheckDoc): { doc: CheckDoc; added: number; overLimit: number } {
	const ids = new Set(here.rounds.map((r) => r.id));
	const rounds = [...here.rounds];
	let added = 0;
	let overLimit = 0;
	for (const r of imported.rounds) {
		if (ids.has(r.id)) continue;
		if (rounds.length >= MAX_ROUNDS) {
			overLimit++;
			continue;
		}
		rounds.push(r);
		ids.add(r.id);
		added++;
	}
	return { doc: { ...here, rounds: sortRounds(rounds) }, added, overLimit };
}

/* ---- Scores ---- */

export interface AreaScore {
	area: string;
	/** Statements of the area answered on the scale. */
	answered: number;
	/** Statements in the area. */
	total: number;
	/** Sum of the answers. */
	points: number;
	/** Points as a whole percentage of the most the answered statements could give; null when none answered. */
	percent: number | null;
}

/** Score per area, in the order the areas are given; answers to unknown statements are ignored. */
export function areaScores(areas: readonly string[], statements: readonly StatementLike[], answers: Answers): AreaScore[] {
	return areas.map((area) => {
		const mine = statements.filter((s) => s.area === area);
		const given = mine.filter((s) => answers[s.id] !== undefined);
		const points = given.reduce((sum, s) => sum + answers[s.id]!, 0);
		return {
			area,
			answered: given.length,
			total: mine.length,
			points,
			percent: given.length ? Math.round((points / (given.length * SCALE_MAX)) * 100) : null,
		};
	});
}

export interface AreaChange {
	area: string;
	before: number | null;
	after: number | null;
	/** Percentage points, later minus earlier; null when either side has no answers in the area. */
	change: number | null;
}

/** Compares two rounds area by area, whichever order they are passed in: earlier → later. */
export function compareRounds(areas: readonly string[], statements: readonly StatementLike[], a: Round, b: Round): { earlier: Round; later: Round; changes: AreaChange[] } {
	const [earlier, later] = sortRounds([a, b]) as [Round, Round];
	const before = areaScores(areas, statements, earlier.answers);
	const after = areaScores(areas, statements, later.answers);
	return {
		earlier,
		later,
		changes: areas.map((area, i) => {
			const x = before[i]!.percent;
			const y = after[i]!.percent;
			return { area, before: x, after: y, change: x === null || y === null ? null : y - x };
		}),
	};
}

/* ---- Bar chart ---- */

export interface Bar {
	/** Which series: the current answers, or the earlier round in a comparison. */
	series: 'now' | 'earlier';
	x: number;
	y: number;
	width: number;
	height: number;
	percent: number | null;
}

export interface ChartLayout {
	width: number;
	height: number;
	rows: { area: string; y: number; labelY: number; bars: Bar[] }[];
}

/**
 * Horizontal bars, one row per area with the area's name above its bar, 0–100 % across
 * `plot` units from `left`; with `earlier` each row carries a second, thinner bar for the
 * earlier round above the current one. Geometry only: the island draws it.
 */
export function chartLayout(now: AreaScore[], earlier?: AreaScore[], plot = 260, left = 0): ChartLayout {
	const label = 18;
	const rowHeight = label + (earlier ? 32 : 20) + 10;
	const rows = now.map((s, i) => {
		const y = 4 + i * rowHeight;
		const bar = (series: Bar['series'], percent: number | null, dy: number, h: number): Bar => ({
			series,
			x: left,
			y: y + label + dy,
			width: percent === null ? 0 : Math.round((percent / 100) * plot),
			height: h,
			percent,
		});
		const bars = earlier ? [bar('earlier', earlier[i]?.percent ?? null, 0, 12), bar('now', s.percent, 14, 18)] : [bar('now', s.percent, 0, 20)];
		return { area: s.area, y, labelY: y + 13, bars };
	});
	return { width: left + plot + 60, height: 4 + now.length * rowHeight, rows };
}

/** Export file of the rounds (and the draft), stamped with when it was made. */
export function exportCheck(doc: CheckDoc, now: Date): string {
	return JSON.stringify({ app: CHECK_APP, v: CHECK_VERSION, exportedAt: now.toISOString(), draft: doc.draft, rounds: doc.rounds });
}
