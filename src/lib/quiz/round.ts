/**
 * The round in progress on one quiz page, kept in sessionStorage so a reload
 * (pull-to-refresh, a phone that drops the tab) does not clear it. A round is keyed by the
 * page and its set code: starting a new set starts a new round. Only the first answer to
 * each question counts; later tries are practice and are not stored. Pure, with injected
 * storage; saved text is validated by range, and anything that does not fit this page's
 * questions is dropped rather than trusted.
 */
import type { Grade, Response } from './grading';
import type { StorageLike } from './storage';

export const ROUND_KEY = 'pustaka-polmas.kuis.putaran';
const APP = 'pustaka-polmas-putaran';
const VERSION = 1;

export interface Round {
	/** Page path and set code the round belongs to. */
	key: string;
	/** Question ids in play, in shown order. */
	active: string[];
	/** First-answer grade of each answered question. */
	grades: Record<string, Grade>;
	/** The first answer given to each answered question, to show it again after a reload. */
	responses: Record<string, Response>;
}

/** The key of a round: the page path and its set code (review rounds have none). */
export const roundKey = (path: string, seed: string): string => `${path}?${seed}`;

export const newRound = (key: string, active: string[]): Round => ({ key, active, grades: {}, responses: {} });

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function validGrade(g: unknown): g is Grade {
	return isObj(g) && typeof g.correct === 'boolean' && typeof g.score === 'number' && g.score >= 0 && g.score <= 1 && (g.correct ? g.score === 1 : g.score < 1);
}

const shortString = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 20;

function validResponse(r: unknown): r is Response {
	if (!isObj(r)) return false;
	switch (r.type) {
		case 'pilihan-tunggal':
			return shortString(r.choice);
		case 'benar-salah':
			return typeof r.choice === 'boolean';
		case 'pilihan-ganda':
			return Array.isArray(r.choices) && r.choices.length > 0 && r.choices.length <= 26 && r.choices.every(shortString);
		case 'menjodohkan':
			return (
				Array.isArray(r.matches) &&
				r.matches.length > 0 &&
				r.matches.length <= 26 &&
				r.matches.every((m) => m === null || (Number.isInteger(m) && m >= 0 && m < 26))
			);
		default:
			return false;
	}
}

/**
 * Reads the stored round for `key`, keeping only questions among `known` (this page's
 * question ids). Null when there is none for this key, or it cannot be used.
 */
export function parseRound(text: string | null, key: string, known: ReadonlySet<string>): Round | null {
	if (!text || text.length > 500_000) return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	if (!isObj(data) || data.app !== APP || data.v !== VERSION || data.key !== key || !Array.isArray(data.active)) return null;
	const active = [...new Set(data.active.filter((id): id is string => typeof id === 'string' && known.has(id)))];
	if (!active.length) return null;
	const round = newRound(key, active);
	const inPlay = new Set(active);
	const grades = isObj(data.grades) ? data.grades : {};
	const responses = isObj(data.responses) ? data.responses : {};
	for (const id of active) {
		if (!inPlay.has(id)) continue;
		const g = grades[id];
		const r = responses[id];
		if (validGrade(g) && validResponse(r)) {
			round.grades[id] = { correct: g.correct, score: g.score };
			round.responses[id] = r;
		}
	}
	return round;
}

export function loadRound(storage: StorageLike, key: string, known: ReadonlySet<string>): Round | null {
	try {
		return parseRound(storage.getItem(ROUND_KEY), key, known);
	} catch {
		return null;
	}
}

/** Keeps the round; false when the browser refuses (the round then lasts until reload). */
export function saveRound(storage: StorageLike, round: Round): boolean {
	try {
		storage.setItem(ROUND_KEY, JSON.stringify({ app: APP, v: VERSION, ...round }));
		return true;
	} catch {
		return false;
	}
}

/** Records a first answer; a question already answered keeps its first grade. */
export function answerInRound(round: Round, id: string, response: Response, g: Grade): { round: Round; first: boolean } {
	if (id in round.grades || !round.active.includes(id)) return { round, first: false };
	return {
		round: { ...round, grades: { ...round.grades, [id]: g }, responses: { ...round.responses, [id]: response } },
		first: true,
	};
}

/** Right answers and total of a round, counting first answers only. */
export function roundScore(round: Round): { right: number; answered: number; total: number } {
	const gs = round.active.map((id) => round.grades[id]).filter(Boolean);
	return { right: gs.filter((g) => g.correct).length, answered: gs.length, total: round.active.length };
}

export const roundComplete = (round: Round): boolean => round.active.every((id) => id in round.grades);

/** The missed questions, as the next round (retry). */
export function retryRound(round: Round): Round {
	return newRound(
		round.key,
		round.active.filter((id) => !round.grades[id]?.correct),
	);
}
