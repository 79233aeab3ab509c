// Spaced review through ts-fsrs with a fixed clock.
import { describe, expect, it } from 'vitest';
import { dueIds, isDue, nextDue, ratingFor, recordAnswer, review, summarize, todaysReview } from '../../src/lib/quiz/scheduler';
import { emptyProgress } from '../../src/lib/quiz/storage';
import { Rating } from 'ts-fsrs';

const at = (iso: string) => () => new Date(iso);
const T0 = '2026-03-01T09:00:00.000Z';
const right = { correct: true, score: 1 };
const wrong = { correct: false, score: 0 };
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('review scheduling', () => {
	it('rates right as Good, partly right as Hard, wrong as Again', () => {
		expect(ratingFor(right)).toBe(Rating.Good);
		expect(ratingFor({ correct: false, score: 0.5 })).toBe(Rating.Hard);
		expect(ratingFor(wrong)).toBe(Rating.Again);
	});

	it('brings a wrong answer back sooner than a right one', () => {
		const good = review(undefined, right, at(T0));
		const again = review(undefined, wrong, at(T0));
		expect(days(T0, again.due)).toBeGreaterThanOrEqual(1);
		expect(days(T0, good.due)).toBeGreaterThan(days(T0, again.due));
	});

	it('gives the same due date for the same answers at the same time (no fuzz)', () => {
		expect(review(undefined, right, at(T0))).toEqual(review(undefined, right, at(T0)));
		expect(review(undefined, right, at(T0)).due).toMatchInlineSnapshot(`"2026-03-04T09:00:00.000Z"`);
	});

	it('spaces reviews further apart as right answers repeat', () => {
		const first = review(undefined, right, at(T0));
		const second = review(first, right, at(first.due));
		expect(days(first.due, second.due)).toBeGreaterThan(days(T0, first.due));
		expect(second.reps).toBe(2);
	});

	it('is due on its due date and not before', () => {
		const card = review(undefined, right, at(T0));
		expect(isDue(card, at(T0))).toBe(false);
		expect(isDue(card, () => new Date(Date.parse(card.due) - 1))).toBe(false);
		expect(isDue(card, at(card.due))).toBe(true);
	});

	it('lists due questions, most overdue first, and summarises per topic', () => {
		let p = emptyProgress();
		p = recordAnswer(p, 'prinsip/a', 'prinsip', right, at(T0));
		p = recordAnswer(p, 'prinsip/b', 'prinsip', wrong, at(T0));
		p = recordAnswer(p, 'fungsi/a', 'fungsi', wrong, at('2026-03-02T09:00:00.000Z'));
		expect(dueIds(p, at(T0))).toEqual([]);
		const later = at('2026-03-05T09:00:00.000Z');
		expect(dueIds(p, later).slice(0, 2)).toEqual(['prinsip/b', 'fungsi/a']);
		expect(summarize(p, at(T0))).toEqual({
			prinsip: { answered: 2, right: 1, due: 0 },
			fungsi: { answered: 1, right: 0, due: 0 },
		});
		expect(summarize(p, at('2026-12-31T00:00:00.000Z')).prinsip.due).toBe(2);
	});

	it('records the answer without changing the progress it was given', () => {
		const p = emptyProgress();
		const next = recordAnswer(p, 'x', 'fungsi', right, at(T0));
		expect(p.items).toEqual({});
		expect(next.items.x.last).toEqual({ correct: true, score: 1, at: T0 });
	});

	it('treats a card it cannot use as a new question instead of throwing (state 99, stability -5, difficulty 1e308)', () => {
		const good = review(undefined, right, at(T0));
		for (const bad of [{ state: 99 }, { stability: -5 }, { difficulty: 1e308 }, { due: 'not a date' }]) {
			const card = { ...good, ...bad } as typeof good;
			expect(() => review(card, right, at(T0))).not.toThrow();
			expect(review(card, right, at(T0))).toEqual(review(undefined, right, at(T0)));
		}
	});

	it('asks for higher retention with earlier reviews', () => {
		const strict = review(undefined, right, at(T0), { retention: 0.97, newPerDay: 10, reviewsPerDay: 30 });
		const loose = review(undefined, right, at(T0), { retention: 0.7, newPerDay: 10, reviewsPerDay: 30 });
		expect(Date.parse(strict.due)).toBeLessThan(Date.parse(loose.due));
	});

	it('keeps today\'s review within the daily limits and says how many were held back', () => {
		let p = emptyProgress();
		for (let i = 0; i < 5; i++) p = recordAnswer(p, `q${i}`, 'fkpm', wrong, at('2026-02-01T09:00:00.000Z'));
		const settings = { retention: 0.9, newPerDay: 2, reviewsPerDay: 3 };
		const today = todaysReview(p, ['q0', 'q1', 'n1', 'n2', 'n3'], at(T0), settings);
		expect(today.due).toHaveLength(3);
		expect(today.heldBack).toBe(2);
		expect(today.fresh).toEqual(['n1', 'n2']);
	});

	it('tells when the next review falls due', () => {
		expect(nextDue(emptyProgress(), at(T0))).toBeNull();
		const p = recordAnswer(emptyProgress(), 'q1', 'fkpm', right, at(T0));
		expect(nextDue(p, at(T0))).toEqual({ at: p.items.q1.card.due, count: 1 });
	});
});
