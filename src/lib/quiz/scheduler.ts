/**
 * Spaced review through ts-fsrs (the FSRS algorithm): an adapter that turns a graded answer
 * into the next review date and tells which questions are due. The clock is injected so
 * tests can fix "now". Day-level scheduling only (no minute steps): officers review once a
 * day at most, on /kuis/ulang/.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { Grade } from './grading';
import type { Progress, StoredCard } from './storage';

export type Clock = () => Date;

const engine = fsrs({ enable_fuzz: false, enable_short_term: false });

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

/** The card after answering: a new card when the question was never seen. */
export function review(previous: StoredCard | undefined, g: Grade, clock: Clock): StoredCard {
	const now = clock();
	const card = previous ? toCard(previous) : createEmptyCard(now);
	return toStored(engine.next(card, now, ratingFor(g)).card);
}

/** Records an answer in the progress (a new object; the input is untouched). */
export function recordAnswer(progress: Progress, id: string, topic: string, g: Grade, clock: Clock): Progress {
	const card = review(progress.items[id]?.card, g, clock);
	const last = { correct: g.correct, score: g.score, at: clock().toISOString() };
	return { ...progress, items: { ...progress.items, [id]: { topic, card, last } } };
}

export const isDue = (card: StoredCard, clock: Clock): boolean => Date.parse(card.due) <= clock().getTime();

/** Ids of questions due for review now, the most overdue first. */
export function dueIds(progress: Progress, clock: Clock): string[] {
	return Object.entries(progress.items)
		.filter(([, it]) => isDue(it.card, clock))
		.sort(([, a], [, b]) => Date.parse(a.card.due) - Date.parse(b.card.due))
		.map(([id]) => id);
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
