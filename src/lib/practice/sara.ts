/**
 * The SARA workbook's data (/praktik/sara/): the guided fields of each stage (Scanning,
 * Analysis, Response, Assessment), a reader's cases and what can be done to them (create,
 * rename, change, delete, list), the versioned file format used for device storage and for
 * export/import, and the plain-text report shared to WhatsApp. Pure: the <sara-workbook>
 * island (src/user-components/practice/sara-element.ts) and the server component
 * SaraWorkbook.astro both read the field list from here.
 */
import { checkText, ENTRY_ID, isCalendarDate, isRecord, isTimestamp, newEntryId, type Codec, type Problem } from './store';

export const SARA_APP = 'pustaka-polmas-sara';
export const SARA_VERSION = 1;
export const SARA_STORAGE_KEY = 'pustaka-polmas.sara';

export const saraStages = ['scanning', 'analysis', 'response', 'assessment'] as const;
export type SaraStage = (typeof saraStages)[number];

/** `short`: one line (≤ 300 characters); `long`: a paragraph (≤ 4000). */
export type FieldSize = 'short' | 'long';

/** The free-text fields, stage by stage, in the order the form shows them. */
export const saraFields = [
	// Scanning: what the problem is, and how we know.
	{ id: 'what', stage: 'scanning', size: 'long' },
	{ id: 'where', stage: 'scanning', size: 'short' },
	{ id: 'when', stage: 'scanning', size: 'short' },
	{ id: 'affected', stage: 'scanning', size: 'short' },
	{ id: 'frequency', stage: 'scanning', size: 'short' },
	{ id: 'evidence', stage: 'scanning', size: 'long' },
	// Analysis: the problem triangle, each side with who controls it; causes; what was tried.
	{ id: 'offender', stage: 'analysis', size: 'short' },
	{ id: 'handler', stage: 'analysis', size: 'short' },
	{ id: 'target', stage: 'analysis', size: 'short' },
	{ id: 'guardian', stage: 'analysis', size: 'short' },
	{ id: 'place', stage: 'analysis', size: 'short' },
	{ id: 'manager', stage: 'analysis', size: 'short' },
	{ id: 'causes', stage: 'analysis', size: 'long' },
	{ id: 'tried', stage: 'analysis', size: 'long' },
	// Response: what will be done, with whom (partners, tasks and strategies are structured).
	{ id: 'actions', stage: 'response', size: 'long' },
	{ id: 'otherPartners', stage: 'response', size: 'short' },
	// Assessment: an indicator before and after, the result, the next step.
	{ id: 'indicator', stage: 'assessment', size: 'short' },
	{ id: 'before', stage: 'assessment', size: 'short' },
	{ id: 'after', stage: 'assessment', size: 'short' },
	{ id: 'result', stage: 'assessment', size: 'long' },
	{ id: 'next', stage: 'assessment', size: 'long' },
] as const satisfies readonly { id: string; stage: SaraStage; size: FieldSize }[];

export type SaraFieldId = (typeof saraFields)[number]['id'];
export const saraFieldIds = saraFields.map((f) => f.id) as SaraFieldId[];

/** Partners a response can name (Response stage); anyone else goes in `otherPartners`. */
export const saraPartners = [
	'fkpm',
	'tokoh-masyarakat',
	'tokoh-agama',
	'pemerintah-desa',
	'babinsa',
	'pokdar-kamtibmas',
	'pelaku-usaha',
	'sekolah',
] as const;
export type SaraPartner = (typeof saraPartners)[number];

/** Letters of the ten Polmas strategies (content/doctrine/strategi-polmas.yaml). */
export const strategyLetters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

export const MAX_CASES = 100;
export const MAX_TASKS = 12;
export const MAX_NAME = 120;
const MAX_SHORT = 300;
const MAX_LONG = 4000;

/** One row of "who does what by when". `due` is `YYYY-MM-DD` or empty. */
export interface SaraTask {
	what: string;
	who: string;
	due: string;
}

export interface SaraCase {
	id: string;
	name: string;
	createdAt: string;
	updatedAt: string;
	/** True for a case copied from the worked example (shown with the "Latihan" label). */
	exercise: boolean;
	answers: Partial<Record<SaraFieldId, string>>;
	partners: SaraPartner[];
	tasks: SaraTask[];
	strategies: string[];
}

export interface SaraDoc {
	cases: SaraCase[];
}

export const emptySara = (): SaraDoc => ({ cases: [] });

const sizeMax = (size: FieldSize) => (size === 'short' ? MAX_SHORT : MAX_LONG);

/** Every problem with one stored case; an empty list means the case is sound. */
export function caseProblems(x: unknown, label: string): Problem[] {
	const out: Problem[] = [];
	const bad = (field: string, reason: string) => out.push({ item: label, field, reason });
	if (!isRecord(x)) return [{ item: label, field: '', reason: 'is not a case' }];
	if (typeof x.id !== 'string' || !ENTRY_ID.test(x.id)) bad('id', 'is not a case id');
	const nameProblem = checkText(x.name, MAX_NAME);
	if (nameProblem) bad('name', nameProblem);
	else if ((x.name as string).trim() === '') bad('name', 'is empty');
	if (!isTimestamp(x.createdAt)) bad('createdAt', 'is not a date and time');
	if (!isTimestamp(x.updatedAt)) bad('updatedAt', 'is not a date and time');
	if (x.exercise !== undefined && typeof x.exercise !== 'boolean') bad('exercise', 'is not true or false');
	if (!isRecord(x.answers)) bad('answers', 'is not a set of answers');
	else {
		for (const f of saraFields) {
			const v = x.answers[f.id];
			if (v === undefined) continue;
			const p = checkText(v, sizeMax(f.size));
			if (p) bad(`answers.${f.id}`, p);
		}
	}
	if (!Array.isArray(x.partners)) bad('partners', 'is not a list');
	else if (x.partners.some((p) => !(saraPartners as readonly unknown[]).includes(p))) bad('partners', 'names a partner not on the list');
	if (!Array.isArray(x.strategies)) bad('strategies', 'is not a list');
	else if (x.strategies.some((s) => !(strategyLetters as readonly unknown[]).includes(s)) || new Set(x.strategies).size !== x.strategies.length)
		bad('strategies', 'is not a set of strategy letters a–j');
	if (!Array.isArray(x.tasks)) bad('tasks', 'is not a list');
	else if (x.tasks.length > MAX_TASKS) bad('tasks', `has more than ${MAX_TASKS} rows`);
	else
		x.tasks.forEach((t, i) => {
			if (!isRecord(t)) return bad(`tasks.${i}`, 'is not a task');
			for (const k of ['what', 'who'] as const) {
				const p = checkText(t[k], MAX_SHORT);
				if (p) bad(`tasks.${i}.${k}`, p);
			}
			if (t.due !== '' && !isCalendarDate(t.due)) bad(`tasks.${i}.due`, 'is not a date between 2000 and 2100');
		});
	return out;
}

/** How a case is named in messages: its position and, when readable, its name. */
function caseLabel(x: unknown, i: number): string {
	const name = isRecord(x) && typeof x.name === 'string' ? ` "${x.name.slice(0, 40)}"` : '';
	return `#${i + 1}${name}`;
}

/** Keeps only the known fields of a sound case (unknown keys from other versions are dropped). */
function cleanCase(x: Record<string, unknown>): SaraCase {
	const answers = x.answers as Record<string, string>;
	return {
		id: x.id as string,
		name: (x.name as string).trim(),
		createdAt: x.createdAt as string,
		updatedAt: x.updatedAt as string,
		exercise: x.exercise === true,
		answers: Object.fromEntries(saraFieldIds.flatMap((id) => (typeof answers[id] === 'string' ? [[id, answers[id]]] : []))),
		partners: [...(x.partners as SaraPartner[])],
		tasks: (x.tasks as SaraTask[]).map((t) => ({ what: t.what, who: t.who, due: t.due })),
		strategies: [...(x.strategies as string[])].sort(),
	};
}

export const saraCodec: Codec<SaraDoc> = {
	app: SARA_APP,
	version: SARA_VERSION,
	empty: emptySara,
	read(body) {
		if (!Array.isArray(body.cases)) throw new Error('no cases list');
		const dropped: Problem[] = [];
		const cases: SaraCase[] = [];
		const seen = new Set<string>();
		body.cases.forEach((c, i) => {
			const label = caseLabel(c, i);
			if (cases.length >= MAX_CASES) {
				dropped.push({ item: label, field: '', reason: `is beyond the limit of ${MAX_CASES} cases` });
				return;
			}
			const problems = caseProblems(c, label);
			if (problems.length) return void dropped.push(...problems);
			const clean = cleanCase(c as Record<string, unknown>);
			if (seen.has(clean.id)) return void dropped.push({ item: label, field: 'id', reason: 'repeats the id of an earlier case' });
			seen.add(clean.id);
			cases.push(clean);
		});
		return { value: { cases }, dropped };
	},
	write: (doc) => ({ cases: doc.cases }),
};

/* ---- Operations: each returns a new document ---- */

export function createCase(doc: SaraDoc, name: string, now: Date, id = newEntryId('kasus')): { doc: SaraDoc; id: string } {
	const at = now.toISOString();
	const c: SaraCase = {
		id,
		name: name.trim().slice(0, MAX_NAME) || id,
		createdAt: at,
		updatedAt: at,
		exercise: false,
		answers: {},
		partners: [],
		tasks: [],
		strategies: [],
	};
	return { doc: { cases: [...doc.cases, c] }, id };
}

/** What a change to a case may touch. */
export type CasePatch = Partial<Pick<SaraCase, 'name' | 'answers' | 'partners' | 'tasks' | 'strategies' | 'exercise'>>;

/** Applies a change and stamps the case as changed now; values are clipped to their limits. */
export function updateCase(doc: SaraDoc, id: string, patch: CasePatch, now: Date): SaraDoc {
	return {
		cases: doc.cases.map((c) => {
			if (c.id !== id) return c;
			const next: SaraCase = { ...c, updatedAt: now.toISOString() };
			if (patch.name !== undefined) next.name = patch.name.trim().slice(0, MAX_NAME) || c.name;
			if (patch.answers) {
				next.answers = { ...c.answers };
				for (const f of saraFields) {
					const v = patch.answers[f.id];
					if (v !== undefined) next.answers[f.id] = v.slice(0, sizeMax(f.size));
				}
			}
			if (patch.partners) next.partners = saraPartners.filter((p) => patch.partners!.includes(p));
			if (patch.strategies) next.strategies = strategyLetters.filter((s) => patch.strategies!.includes(s));
			if (patch.tasks)
				next.tasks = patch.tasks.slice(0, MAX_TASKS).map((t) => ({
					what: t.what.slice(0, MAX_SHORT),
					who: t.who.slice(0, MAX_SHORT),
					due: isCalendarDate(t.due) ? t.due : '',
				}));
			if (patch.exercise !== undefined) next.exercise = patch.exercise;
			return next;
		}),
	};
}

export const renameCase = (doc: SaraDoc, id: string, name: string, now: Date) => updateCase(doc, id, { name }, now);

export const deleteCase = (doc: SaraDoc, id: string): SaraDoc => ({ cases: doc.cases.filter((c) => c.id !== id) });

/** Cases newest-changed first (ties by name), for the case list. */
export function listCases(doc: SaraDoc): SaraCase[] {
	return [...doc.cases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
}

/** Whether a case has anything typed in it. */
export function caseIsEmpty(c: SaraCase): boolean {
	return (
		Object.values(c.answers).every((v) => !v?.trim()) &&
		c.partners.length === 0 &&
		c.strategies.length === 0 &&
		c.tasks.every((t) => !t.what.trim() && !t.who.trim() && !t.due)
	);
}

const sameContent = (a: SaraCase, b: SaraCase) =>
	JSON.stringify({ ...a, updatedAt: '', createdAt: '' }) === JSON.stringify({ ...b, updatedAt: '', createdAt: '' });

/**
 * Adds imported cases to what is here, losing nothing: a case new to this device is added;
 * the same case unchanged is skipped; the same id with different content is added as a copy
 * with a fresh id, so both versions stay (the reader deletes the one not wanted).
 */
export function mergeImported(
	here: SaraDoc,
	imported: SaraDoc,
	makeId: () => string = () => newEntryId('kasus'),
): { doc: SaraDoc; added: number; copies: number; unchanged: number; overLimit: number } {
	const cases = [...here.cases];
	const byId = new Map(cases.map((c) => [c.id, c]));
	let added = 0;
	let copies = 0;
	let unchanged = 0;
	let overLimit = 0;
	for (const c of imported.cases) {
		const mine = byId.get(c.id);
		if (mine && sameContent(mine, c)) {
			unchanged++;
			continue;
		}
		if (cases.length >= MAX_CASES) {
			overLimit++;
			continue;
		}
		if (mine) {
			let id = makeId();
			while (byId.has(id)) id = makeId();
			const copy = { ...c, id };
			cases.push(copy);
			byId.set(id, copy);
			copies++;
		} else {
			cases.push(c);
			byId.set(c.id, c);
			added++;
		}
	}
	return { doc: { cases }, added, copies, unchanged, overLimit };
}

/** The export file for some cases (or all), stamped with when it was made. */
export function exportCases(doc: SaraDoc, ids: string[] | 'all', now: Date): string {
	const cases = ids === 'all' ? doc.cases : doc.cases.filter((c) => ids.includes(c.id));
	return JSON.stringify({ app: SARA_APP, v: SARA_VERSION, exportedAt: now.toISOString(), cases });
}

/* ---- Text report (WhatsApp, clipboard) ---- */

/** The words the text report needs, in the page's language (from the UI strings). */
export interface SaraTextLabels {
	title: string;
	exercise: string;
	stages: Record<SaraStage, string>;
	fields: Record<SaraFieldId, string>;
	partners: Record<SaraPartner, string>;
	partnersHeading: string;
	tasksHeading: string;
	strategiesHeading: string;
	strategies: Record<string, string>;
	/** Task line, with `{what}`, `{who}`, `{due}`. */
	taskLine: string;
	/** Task line for a task without a date, with `{what}`, `{who}`. */
	taskLineNoDue: string;
	/** Said for a stage with nothing filled in. */
	empty: string;
	/** Last line, with `{date}`. */
	footer: string;
}

const fillIn = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);

/**
 * The case as plain text formatted for WhatsApp (`*bold*` headings, one answer per line),
 * leaving out empty fields; `date` is the case's last change, already formatted, and `fmt`
 * writes a task's `YYYY-MM-DD` date for the reader (formatDate in share.ts).
 */
export function caseToText(c: SaraCase, l: SaraTextLabels, date: string, fmt: (date: string) => string = (d) => d): string {
	const lines: string[] = [`*${l.title}: ${c.name}*`];
	if (c.exercise) lines.push(`_${l.exercise}_`);
	for (const stage of saraStages) {
		const body: string[] = [];
		for (const f of saraFields.filter((x) => x.stage === stage)) {
			const v = c.answers[f.id]?.trim();
			if (v) body.push(`${l.fields[f.id]}: ${v}`);
		}
		if (stage === 'response') {
			if (c.partners.length) body.push(`${l.partnersHeading}: ${c.partners.map((p) => l.partners[p]).join(', ')}`);
			const tasks = c.tasks.filter((t) => t.what.trim() || t.who.trim());
			if (tasks.length) {
				body.push(`${l.tasksHeading}:`);
				tasks.forEach((t, i) => body.push(`${i + 1}. ${fillIn(t.due ? l.taskLine : l.taskLineNoDue, { what: t.what.trim(), who: t.who.trim(), due: t.due ? fmt(t.due) : '' })}`));
			}
			if (c.strategies.length)
				body.push(`${l.strategiesHeading}: ${c.strategies.map((s) => `${s}. ${l.strategies[s] ?? ''}`.trim()).join('; ')}`);
		}
		lines.push('', `*${l.stages[stage]}*`, ...(body.length ? body : [l.empty]));
	}
	lines.push('', fillIn(l.footer, { date }));
	return lines.join('\n');
}
