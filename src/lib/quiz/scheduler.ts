/**
 * Spaced review through ts-fsrs (the FSRS algorithm): an adapter that turns a graded answer
 * into the next review date, and builds today's review from the reader's settings (desired
 * retention, new and review questions per day). The clock is injected so tests can fix
 * "now". Day-level scheduling only (no minute steps): officers review once a day at most,
 * on /kuis/ulang/. A stored card the scheduler cannot use is treated as a new question,
 * never as an error at the moment the reader checks an answer.
 */
import { createEmptyCard, fsrs, Rating, type Card, type FSRS } from 'ts-fsrs';
import type { Grade } from './grading';
import { validCard, type Progress, type StoredCard } from './storage';
import { defaultSettings, type ReviewSettings } from './settings';

export type Clock = () => Date;

const engines = new Map<number, FSRS>();
/** One FSRS engine per desired retention. */
function engineFor(retention: number): FSRS {
	let engine = engines.get(retention);
	if (!engine) {
		engine = fsrs({ enable_fuzz: false, enable_short_term: false, request_retention: retention });
		engines.set(retention, engine);
	}
	return engine;
}

/** A right answer is "Good", a partly right one "Hard", a wrong one "Again". */
export function ratingFor(g: Grade): Rating.Again | Rating.Hard | Rating.Good {
	if (g.correct) return Rating.Good;
	return g.score > 0 ? Rating.Hard : Rating.Again;
}

function toCard(s: StoredCard): Card {
	return { ...s, due: new Date(s.due), last_review: s.last_review ? new Date(s.last_review) : undefined };
}

function toStored(c: Card): StoredCard {
	const { due, last_review, ...rest } = c;
	const out: StoredCard = { ...rest, state: Number(c.state), due: due.toISOString() };
	if (last_review) out.last_review = new Date(last_review).toISOString();
	return out;
}

/** The card after answering: a new card when the question was never seen, or its card is unusable. */
export function review(previous: StoredCard | undefined, g: Grade, clock: Clock, settings: ReviewSettings = defaultSettings): StoredCard {
	const now = clock();
	const engine = engineFor(settings.retention);
	if (previous && validCard(previous, now)) {
		try {
			return toStored(engine.next(toCard(previous), now, ratingFor(g)).card);
		} catch {
			// Fall through: a card ts-fsrs refuses starts again as new.
		}
	}
	return toStored(engine.next(createEmptyCard(now), now, ratingFor(g)).card);
}

/** Records an answer in the progress (a new object; the input is untouched). */
export function recordAnswer(
	progress: Progress,
	id: string,
	topic: string,
	g: Grade,
	clock: Clock,
	settings: ReviewSettings = defaultSettings,
): Progress {
	const card = review(progress.items[id]?.card, g, clock, settings);
	const last = { correct: g.correct, score: g.score, at: clock().toISOString() };
	return { ...progress, items: { ...progress.items, [id]: { topic, card, last } } };
}

export const isDue = (card: StoredCard, clock: Clock): boolean => Date.parse(card.due) <= clock().getTime();

/** Ids of questions due for review now, the most overdue first. */
export function dueIds(progress: Progress, clock: Clock): string[] {
	return Object.entries(progress.items)
		.filter(([, it]) => isDue(it.card, clock))
		.sort(([, a], [, b]) => Date.parse(a.card.due) - Date.parse(b.card.due) || 0)
		.map(([id]) => id);
}

/** When the next question that is not yet due comes back, or null when none is waiting. */
export function nextDue(progress: Progress, clock: Clock): { at: string; count: number } | null {
	const now = clock().getTime();
	const waiting = Object.values(progress.items)
		.map((it) => Date.parse(it.card.due))
		.filter((t) => t > now)
		.sort((a, b) => a - b);
	if (!waiting.length) return null;
	const first = waiting[0]!;
	const sameDay = (t: number) => new Date(t).toDateString() === new Date(first).toDateString();
	return { at: new Date(first).toISOString(), count: waiting.filter(sameDay).length };
}

const sameLocalDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** How many questions the reader met for the first time today (their first answer was today). */
export function newToday(progress: Progress, clock: Clock): number {
	const now = clock();
	return Object.values(progress.items).filter((it) => it.card.reps === 1 && sameLocalDay(new Date(it.last.at), now)).length;
}

export interface TodaysReview {
	/** Due questions to go over, most overdue first, at most `reviewsPerDay`. */
	due: string[];
	/** Questions never answered, in bank order, so that new ones today stay within `newPerDay`. */
	fresh: string[];
	/** Due questions left for another day by the limit. */
	heldBack: number;
}

/**
 * Today's review: due questions up to the daily limit, then new questions (from `bankIds`,
 * those never answered) up to the new-question limit less the new ones already met today.
 */
export function todaysReview(progress: Progress, bankIds: readonly string[], clock: Clock, settings: ReviewSettings = defaultSettings): TodaysReview {
	const allDue = dueIds(progress, clock);
	const due = allDue.slice(0, settings.reviewsPerDay);
	const room = Math.max(0, settings.newPerDay - newToday(progress, clock));
	const fresh = bankIds.filter((id) => !progress.items[id]).slice(0, room);
	return { due, fresh, heldBack: allDue.length - due.length };
}

export interface TopicSummary {
	/** Questions answered at least once. */
	answered: number;
	/** Of those, answered right the last time. */
	right: number;
	/** Of those, due for review now. */
	due: number;
}

/** Per-topic counts for the progress summary. */
export function summarize(progress: Progress, clock: Clock): Record<string, TopicSummary> {
	const out: Record<string, TopicSummary> = {};
	for (const it of Object.values(progress.items)) {
		const s = (out[it.topic] ??= { answered: 0, right: 0, due: 0 });
		s.answered++;
		if (it.last.correct) s.right++;
		if (isDue(it.card, clock)) s.due++;
	}
	return out;
}
