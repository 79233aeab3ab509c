// Stored progress: versioned, and any damaged or foreign data is discarded with a notice.
import { describe, expect, it } from 'vitest';
import {
	APP,
	STORAGE_KEY,
	VERSION,
	emptyProgress,
	loadProgress,
	mergeProgress,
	parseProgress,
	saveProgress,
	type ItemProgress,
	type StorageLike,
} from '../../src/lib/quiz/storage';

function memory(initial?: string): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	if (initial !== undefined) data.set(STORAGE_KEY, initial);
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k),
	};
}

const NOW = new Date('2026-02-01T08:00:00.000Z');
const item = (at = '2026-01-10T08:00:00.000Z', correct = true): ItemProgress => ({
	topic: 'prinsip',
	card: { due: '2026-01-13T08:00:00.000Z', stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: at },
	last: { correct, score: correct ? 1 : 0, at },
});

describe('quiz progress storage', () => {
	it('starts empty with no notice when nothing is stored', () => {
		expect(loadProgress(memory())).toEqual({ progress: emptyProgress(), notice: null, dropped: 0 });
	});

	it('reads back what it saved', () => {
		const s = memory();
		const p = emptyProgress();
		p.items['prinsip/a'] = item();
		expect(saveProgress(s, p)).toBe('saved');
		expect(loadProgress(s, NOW)).toEqual({ progress: p, notice: null, dropped: 0 });
	});

	it('discards text that is not JSON, reports it, and clears it so the page works on', () => {
		const s = memory('{"app": "pustaka-polmas-kuis", "v": 1, "items": {');
		expect(loadProgress(s)).toEqual({ progress: emptyProgress(), notice: 'corrupt', dropped: 0 });
		expect(s.data.has(STORAGE_KEY)).toBe(false);
		expect(loadProgress(s).notice).toBeNull();
	});

	it('discards data of another app as foreign', () => {
		expect(loadProgress(memory(JSON.stringify({ app: 'other', v: 1, items: {} }))).notice).toBe('foreign');
		expect(loadProgress(memory('42')).notice).toBe('corrupt');
		expect(loadProgress(memory('null')).notice).toBe('corrupt');
	});

	it('keeps sound items and drops damaged ones', () => {
		const text = JSON.stringify({
			app: APP,
			v: VERSION,
			items: { 'prinsip/a': item(), 'prinsip/b': { topic: 'prinsip', card: { due: 'never' }, last: {} }, '<img>': item() },
		});
		const s = memory(text);
		const { progress, notice, dropped } = loadProgress(s, NOW);
		expect(notice).toBe('dropped');
		expect(dropped).toBe(2);
		expect(Object.keys(progress.items)).toEqual(['prinsip/a']);
		expect(parseProgress(s.data.get(STORAGE_KEY)!, NOW).notice).toBeNull();
	});

	it('reports storage the browser refuses instead of throwing', () => {
		const refusing: StorageLike = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {},
		};
		expect(loadProgress(refusing).notice).toBe('unavailable');
		expect(saveProgress(refusing, emptyProgress())).toBe('unavailable');
	});

	it('merges an imported file, keeping the later answer of each question', () => {
		const here = emptyProgress();
		here.items['a'] = item('2026-01-10T08:00:00.000Z', true);
		here.items['b'] = item('2026-01-12T08:00:00.000Z', true);
		const imported = emptyProgress();
		imported.items['a'] = item('2026-01-11T08:00:00.000Z', false);
		imported.items['b'] = item('2026-01-11T08:00:00.000Z', false);
		imported.items['c'] = item();
		const merged = mergeProgress(here, imported);
		expect(merged.items['a'].last.correct).toBe(false);
		expect(merged.items['b'].last.correct).toBe(true);
		expect(Object.keys(merged.items).sort()).toEqual(['a', 'b', 'c']);
	});

	// Each of these was accepted before range checks, then made "check answer" throw.
	it.each([
		['a state ts-fsrs does not know', { state: 99 }],
		['a negative stability', { stability: -5 }],
		['a difficulty off its scale', { difficulty: 1e308 }],
		['a due date that is not a date', { due: 'tomorrow' }],
		['a due date a thousand years away', { due: '3026-01-13T08:00:00.000Z' }],
		['more lapses than reviews', { lapses: 5, reps: 1 }],
		['a fractional review count', { reps: 1.5 }],
		['a last review after the due date', { last_review: '2026-01-20T08:00:00.000Z' }],
	])('drops a record with %s and keeps the others', (_what, change) => {
		const bad = { ...item(), card: { ...item().card, ...change } };
		const text = JSON.stringify({ app: APP, v: VERSION, items: { 'prinsip/a': item(), 'prinsip/b': bad } });
		const s = memory(text);
		const loaded = loadProgress(s, NOW);
		expect(loaded.notice).toBe('dropped');
		expect(Object.keys(loaded.progress.items)).toEqual(['prinsip/a']);
		// The bad record is cleaned out of storage, so the notice shows once.
		expect(Object.keys(JSON.parse(s.data.get(STORAGE_KEY)!).items)).toEqual(['prinsip/a']);
	});

	it('drops an answer dated in the future and a score that contradicts its verdict', () => {
		const future = item('2027-01-10T08:00:00.000Z');
		const contradiction = { ...item(), last: { correct: true, score: 0, at: '2026-01-10T08:00:00.000Z' } };
		const { progress } = parseProgress(JSON.stringify({ app: APP, v: VERSION, items: { a: future, b: contradiction, c: item() } }), NOW);
		expect(Object.keys(progress.items)).toEqual(['c']);
	});

	it('keeps progress from a newer version untouched and will not overwrite it', () => {
		const newer = JSON.stringify({ app: APP, v: VERSION + 1, items: { x: { whatever: true } } });
		const s = memory(newer);
		expect(loadProgress(s, NOW).notice).toBe('newer');
		expect(s.data.get(STORAGE_KEY)).toBe(newer);
		const p = emptyProgress();
		p.items['prinsip/a'] = item();
		expect(saveProgress(s, p)).toBe('newer');
		expect(s.data.get(STORAGE_KEY)).toBe(newer);
	});

	it('says when storage is full', () => {
		const full: StorageLike = {
			getItem: () => null,
			setItem: () => {
				throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
			},
			removeItem: () => {},
		};
		expect(saveProgress(full, emptyProgress())).toBe('full');
	});
});
