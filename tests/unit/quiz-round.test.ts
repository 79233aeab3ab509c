// The round kept across a reload, and the rule that only the first answer counts.
import { describe, expect, it } from 'vitest';
import { answerInRound, loadRound, newRound, parseRound, retryRound, roundComplete, roundScore, ROUND_KEY, saveRound } from '../../src/lib/quiz/round';
import type { StorageLike } from '../../src/lib/quiz/storage';

const right = { correct: true, score: 1 };
const wrong = { correct: false, score: 0 };
const pickA = { type: 'pilihan-tunggal', choice: 'a' } as const;
const pickB = { type: 'pilihan-tunggal', choice: 'b' } as const;

function memory(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('a quiz round', () => {
	it('counts the first answer; checking again changes neither score nor stored answer', () => {
		let r = newRound('/kuis/fkpm/?abc', ['q1', 'q2']);
		r = answerInRound(r, 'q1', pickA, wrong).round;
		const again = answerInRound(r, 'q1', pickB, right);
		expect(again.first).toBe(false);
		expect(again.round.grades.q1).toEqual(wrong);
		expect(again.round.responses.q1).toEqual(pickA);
		expect(roundScore(again.round)).toEqual({ right: 0, answered: 1, total: 2 });
	});

	it('ignores an answer to a question not in play', () => {
		const r = newRound('k', ['q1']);
		expect(answerInRound(r, 'q9', pickA, right).first).toBe(false);
	});

	it('is complete when every question in play has a first answer, and retry keeps only the missed ones', () => {
		let r = newRound('k', ['q1', 'q2', 'q3']);
		r = answerInRound(r, 'q1', pickA, right).round;
		r = answerInRound(r, 'q2', pickA, wrong).round;
		expect(roundComplete(r)).toBe(false);
		r = answerInRound(r, 'q3', pickA, { correct: false, score: 0.5 }).round;
		expect(roundComplete(r)).toBe(true);
		const next = retryRound(r);
		expect(next.active).toEqual(['q2', 'q3']);
		expect(next.grades).toEqual({});
	});

	it('survives a reload for the same page and set, and not for another set', () => {
		const s = memory();
		const r = answerInRound(newRound('/kuis/fkpm/?abc', ['q1', 'q2']), 'q2', pickB, right).round;
		expect(saveRound(s, r)).toBe(true);
		const known = new Set(['q1', 'q2']);
		expect(loadRound(s, '/kuis/fkpm/?abc', known)).toEqual(r);
		expect(loadRound(s, '/kuis/fkpm/?other', known)).toBeNull();
	});

	it('drops saved answers that are out of range and questions the page does not have', () => {
		const text = JSON.stringify({
			app: 'pustaka-polmas-putaran',
			v: 1,
			key: 'k',
			active: ['q1', 'q2', 'gone', 42, 'q1'],
			grades: { q1: { correct: true, score: 0.3 }, q2: { correct: false, score: 0 } },
			responses: { q1: pickA, q2: { type: 'menjodohkan', matches: [-1, 2] } },
		});
		const r = parseRound(text, 'k', new Set(['q1', 'q2']));
		expect(r?.active).toEqual(['q1', 'q2']);
		expect(r?.grades).toEqual({});
		expect(r?.responses).toEqual({});
	});

	it('returns nothing for text that is not a round, and never throws', () => {
		const known = new Set(['q1']);
		for (const text of ['', '{', 'null', '[]', '{"app":"pustaka-polmas-putaran","v":2,"key":"k","active":["q1"]}', JSON.stringify({ app: 'x', v: 1, key: 'k', active: ['q1'] })])
			expect(parseRound(text, 'k', known)).toBeNull();
	});

	it('reports a refused write instead of throwing', () => {
		const refusing: StorageLike = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {},
		};
		expect(saveRound(refusing, newRound('k', ['q1']))).toBe(false);
		const s = memory();
		s.data.set(ROUND_KEY, 'garbage');
		expect(loadRound(s, 'k', new Set(['q1']))).toBeNull();
	});
});
