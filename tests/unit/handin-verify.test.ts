// The trainer's checks of a hand-in (src/lib/handin/verify.ts), the QR drawing
// (src/lib/handin/qr-svg.ts) and the per-question chart (src/lib/handin/chart.ts).
import { describe, expect, it } from 'vitest';
import { generate } from 'lean-qr/nano';
import { decodeHandIn, encodeHandIn, setFingerprint, type HandIn } from '../../src/lib/handin/code';
import { checkHandIn, sameSet, setQuestionIds, splitCodes, type BankItem } from '../../src/lib/handin/verify';
import { QUIET_ZONE, qrPath, qrViewBox } from '../../src/lib/handin/qr-svg';
import { summaryChart } from '../../src/lib/handin/chart';
import { pickSet } from '../../src/lib/quiz/shuffle';
import { partCount, partOf } from '../../src/lib/quiz/parts';

const bank: BankItem[] = ['fkpm/a', 'fkpm/b', 'fkpm/c', 'prinsip/a', 'prinsip/b', 'strategi/a', 'strategi/b'].map((id) => ({ id, topic: id.split('/')[0]! }));

/** A learner's hand-in of the set, as the quiz page would make it. */
function learner(set: Pick<HandIn, 'seed' | 'topics' | 'count' | 'part'>, name: string): HandIn {
	const ids = setQuestionIds(bank, set);
	return { ...set, fingerprint: setFingerprint(ids), results: ids.map((_, i) => (i % 3) as 0 | 1 | 2), name };
}

describe('trainer check of a hand-in', () => {
	it('draws the same questions as the quiz page does from its pool', () => {
		const pool = bank.filter((q) => q.topic === 'fkpm' || q.topic === 'prinsip');
		expect(setQuestionIds(bank, { seed: 'abc', topics: ['prinsip', 'fkpm'], count: 3, part: null })).toEqual(pickSet(pool, 'abc', 3).map((q) => q.id));
		expect(setQuestionIds(bank, { seed: 'abc', topics: [], count: null, part: null })).toHaveLength(bank.length);
	});

	it('accepts a learner’s code for the set collected and gives its questions', () => {
		const h = learner({ seed: 'kelas1', topics: ['fkpm'], count: 2, part: null }, 'Ani');
		const back = decodeHandIn(encodeHandIn(h));
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		const checked = checkHandIn(back.handIn, bank, { seed: 'kelas1', topics: ['fkpm'], count: 2, part: null });
		expect(checked).toEqual({ ok: true, ids: setQuestionIds(bank, h) });
	});

	it('refuses a code of another set when one set is collected', () => {
		const h = learner({ seed: 'lain', topics: ['fkpm'], count: 2, part: null }, 'Ani');
		expect(checkHandIn(h, bank, { seed: 'kelas1', topics: ['fkpm'], count: 2, part: null })).toEqual({ ok: false, error: 'other-set' });
		expect(checkHandIn(h, bank, { seed: 'lain', topics: ['fkpm'], count: 3, part: null })).toEqual({ ok: false, error: 'other-set' });
		expect(checkHandIn(h, bank, null).ok).toBe(true);
	});

	it('refuses a code whose questions differ from the trainer’s bank', () => {
		const h = learner({ seed: 'kelas1', topics: [], count: 3, part: null }, 'Ani');
		const otherBank = bank.filter((q) => q.id !== 'fkpm/b');
		expect(checkHandIn(h, otherBank, null)).toEqual({ ok: false, error: 'other-bank' });
		expect(checkHandIn({ ...h, results: [2, 2] }, bank, null)).toEqual({ ok: false, error: 'other-bank' });
		expect(checkHandIn(h, null, null)).toEqual({ ok: true, ids: null });
	});

	it('treats topic order as the same set', () => {
		expect(sameSet({ seed: 'a', topics: ['x', 'y'], count: null, part: null }, { seed: 'a', topics: ['y', 'x'], count: null, part: null })).toBe(true);
	});

	it('splits a paste of several codes, wrapped or run together, and keeps stray text apart', () => {
		const a = encodeHandIn(learner({ seed: 'k', topics: [], count: 2, part: null }, 'Ani'));
		const b = encodeHandIn(learner({ seed: 'k', topics: [], count: 2, part: null }, 'PP1 Budi'));
		expect(splitCodes(`${a.slice(0, 10)}\n${a.slice(10)}\n\n${b}`)).toEqual([a, b]);
		expect(splitCodes(`${a}${b}`)).toEqual([a, b]);
		expect(splitCodes(`Kode: ${a}`)).toEqual(['Kode:', a]);
		expect(splitCodes(`${a}\nnot a code\n${b.slice(0, 12)}\n${b.slice(12)}`)).toEqual([a, 'not a code', b]);
		expect(splitCodes('  \n ')).toEqual([]);
	});
});

describe('trainer check of a hand-in from one part of a long topic', () => {
	// A topic of 20 questions is shown in two parts (src/lib/quiz/parts.ts): /kuis/istilah/ and /kuis/istilah-2/.
	const long: BankItem[] = [...bank, ...Array.from({ length: 20 }, (_, i) => ({ id: `istilah/t${String(i + 1).padStart(2, '0')}`, topic: 'istilah' }))].sort((a, b) => a.id.localeCompare(b.id));
	/** The questions a part's page holds, as QuizSet.astro picks them: the topic's questions by id, then its part. */
	const page = (part: number) => {
		const ofTopic = long.filter((q) => q.topic === 'istilah').sort((a, b) => a.id.localeCompare(b.id));
		return partOf(ofTopic, part, partCount(ofTopic.length));
	};

	it('draws a part’s set from the questions of its page, as the page does with the same seed', () => {
		expect(partCount(20)).toBe(2);
		for (const part of [1, 2]) {
			const ids = setQuestionIds(long, { seed: 'bag', topics: ['istilah'], count: null, part });
			expect(ids).toEqual(pickSet(page(part), 'bag', null).map((q) => q.id));
			expect(setQuestionIds(long, { seed: 'bag', topics: ['istilah'], count: 4, part })).toEqual(pickSet(page(part), 'bag', 4).map((q) => q.id));
		}
		const [one, two] = [1, 2].map((part) => setQuestionIds(long, { seed: 'bag', topics: ['istilah'], count: null, part }));
		expect(one!.filter((id) => two!.includes(id))).toEqual([]);
		expect(one!.length + two!.length).toBe(20);
	});

	it('accepts a part’s code against the same bank, and refuses it as another set on a page collecting another part', () => {
		const set = { seed: 'bag', topics: ['istilah'], count: null, part: 2 };
		const ids = setQuestionIds(long, set);
		const code: HandIn = { ...set, fingerprint: setFingerprint(ids), results: ids.map(() => 2), name: 'Ani' };
		expect(checkHandIn(code, long, null)).toEqual({ ok: true, ids });
		expect(checkHandIn(code, long, { seed: 'bag', topics: ['istilah'], count: null, part: 2 }).ok).toBe(true);
		expect(checkHandIn(code, long, { seed: 'bag', topics: ['istilah'], count: null, part: 1 })).toEqual({ ok: false, error: 'other-set' });
		expect(checkHandIn(code, long, { seed: 'bag', topics: ['istilah'], count: null, part: null })).toEqual({ ok: false, error: 'other-set' });
		expect(sameSet({ seed: 'bag', topics: ['istilah'], count: null, part: 1 }, { seed: 'bag', topics: ['istilah'], count: null, part: 2 })).toBe(false);
	});

	it('refuses, without throwing, a code naming a part the trainer’s bank does not have', () => {
		const ids = page(2).map((q) => q.id);
		const h: HandIn = { seed: 'bag', topics: ['istilah'], count: null, part: 3, fingerprint: setFingerprint(ids), results: ids.map(() => 2), name: 'Ani' };
		expect(setQuestionIds(long, h)).toEqual([]);
		expect(checkHandIn(h, long, null)).toEqual({ ok: false, error: 'other-bank' });
		// A bank where the topic fits one page has no part 2.
		const short = long.filter((q) => q.topic !== 'istilah' || q.id < 'istilah/t11');
		expect(checkHandIn({ ...h, part: 2 }, short, null)).toEqual({ ok: false, error: 'other-bank' });
		// Parts the decoder never lets through are refused the same way, not thrown.
		for (const set of [{ part: 0 }, { part: 1.5 }, { part: 1, topics: [] }, { part: 1, topics: ['istilah', 'fkpm'] }]) expect(setQuestionIds(long, { ...h, ...set })).toEqual([]);
	});
});

describe('QR drawing', () => {
	it('draws exactly the dark modules of the code', () => {
		const code = generate('PP1|abc|fkpm|5|x1|20122|Ani|zz');
		const dark = new Set<string>();
		for (const m of qrPath(code).matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) for (let i = 0; i < Number(m[3]); i++) dark.add(`${Number(m[1]) + i},${m[2]}`);
		for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) expect(dark.has(`${x},${y}`)).toBe(code.get(x, y));
		expect(qrViewBox(code)).toBe(`-${QUIET_ZONE} -${QUIET_ZONE} ${code.size + 8} ${code.size + 8}`);
	});
});

describe('per-question chart', () => {
	it('splits each bar by the class’s answers, most missed first as given', () => {
		const m = summaryChart([
			{ index: 2, right: 0, partial: 1, wrong: 3 },
			{ index: 0, right: 4, partial: 0, wrong: 0 },
		]);
		expect(m.rows.map((r) => r.index)).toEqual([2, 0]);
		expect(m.rows[0]!.segments.map((s) => s.kind)).toEqual(['wrong', 'partial']);
		const [w, p] = m.rows[0]!.segments;
		expect(w!.width / p!.width).toBeCloseTo(3, 1);
		expect(m.rows[1]!.segments).toEqual([{ kind: 'right', x: m.left, width: m.width - m.left - 4 }]);
		expect(m.height).toBeGreaterThan(m.rows[1]!.y + m.barHeight);
	});
});
