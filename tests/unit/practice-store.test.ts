// Device storage shared by the practice tools (src/lib/practice/store.ts): versioned documents,
// damaged data set aside and never silently overwritten, refused writes reported.
import { describe, expect, it } from 'vitest';
import {
	DocumentStore,
	backupKeyOf,
	isCalendarDate,
	isQuotaError,
	isTimestamp,
	newEntryId,
	parseDocument,
	serializeDocument,
	type Codec,
} from '../../src/lib/practice/store';
import { memoryStorage } from './practice-helpers';

/** A tiny codec: a list of words, each at most 5 letters. */
const words: Codec<{ words: string[] }> = {
	app: 'test-words',
	version: 2,
	empty: () => ({ words: [] }),
	read(body) {
		if (!Array.isArray(body.words)) throw new Error('no list');
		const dropped = body.words
			.map((w, i) => (typeof w === 'string' && w.length <= 5 ? null : { item: `#${i + 1}`, field: '', reason: 'is not a short word' }))
			.filter((p) => p !== null);
		return { value: { words: body.words.filter((w): w is string => typeof w === 'string' && w.length <= 5) }, dropped };
	},
	write: (v) => ({ words: v.words }),
};
const KEY = 'test.words';

describe('parseDocument', () => {
	it('reads back what serializeDocument wrote', () => {
		const text = serializeDocument(words, { words: ['satu', 'dua'] });
		expect(JSON.parse(text)).toEqual({ app: 'test-words', v: 2, words: ['satu', 'dua'] });
		expect(parseDocument(words, text)).toEqual({ ok: true, value: { words: ['satu', 'dua'] }, dropped: [] });
	});

	it.each([
		['', 'empty'],
		['{not json', 'not-json'],
		['[1,2]', 'not-ours'],
		['{"app":"pustaka-polmas-kuis","v":1,"words":[]}', 'not-ours'],
		['{"app":"test-words","v":3,"words":[]}', 'newer-version'],
		['{"app":"test-words","v":"2","words":[]}', 'bad-shape'],
		['{"app":"test-words","v":2,"words":"satu"}', 'bad-shape'],
	])('refuses %j as %s', (text, error) => {
		expect(parseDocument(words, text)).toEqual({ ok: false, error });
	});

	it('refuses a text too large to parse on a phone before parsing it', () => {
		expect(parseDocument(words, `{"app":"test-words","v":2,"words":["${'a'.repeat(4_000_001)}"]}`)).toEqual({ ok: false, error: 'too-large' });
	});

	it('reads an older version and lists the entries it drops', () => {
		const r = parseDocument(words, '{"app":"test-words","v":1,"words":["ok","terlalupanjang",3]}');
		expect(r).toEqual({
			ok: true,
			value: { words: ['ok'] },
			dropped: [
				{ item: '#2', field: '', reason: 'is not a short word' },
				{ item: '#3', field: '', reason: 'is not a short word' },
			],
		});
	});
});

describe('DocumentStore', () => {
	it('starts empty without a notice when nothing is stored', () => {
		expect(new DocumentStore(memoryStorage(), KEY, words).load()).toEqual({ value: { words: [] }, notice: null });
	});

	it('keeps what it saved across a new load', () => {
		const s = memoryStorage();
		expect(new DocumentStore(s, KEY, words).save({ words: ['a'] })).toEqual({ ok: true });
		expect(new DocumentStore(s, KEY, words).load().value).toEqual({ words: ['a'] });
	});

	it('copies damaged data aside before anything can overwrite it, and says so', () => {
		const s = memoryStorage({ [KEY]: '{broken' });
		const store = new DocumentStore(s, KEY, words);
		expect(store.load()).toEqual({ value: { words: [] }, notice: { kind: 'damaged', error: 'not-json', backedUp: true } });
		expect(s.data.get(backupKeyOf(KEY))).toBe('{broken');
		expect(store.backup()).toBe('{broken');
		expect(store.save({ words: ['baru'] })).toEqual({ ok: true });
		expect(s.data.get(backupKeyOf(KEY))).toBe('{broken');
	});

	it('leaves data of a newer version untouched in a backup and reports it', () => {
		const newer = '{"app":"test-words","v":9,"words":["x"]}';
		const s = memoryStorage({ [KEY]: newer });
		expect(new DocumentStore(s, KEY, words).load().notice).toEqual({ kind: 'damaged', error: 'newer-version', backedUp: true });
		expect(s.data.get(backupKeyOf(KEY))).toBe(newer);
	});

	it('keeps the sound entries of a partly damaged document and backs up the whole text', () => {
		const text = '{"app":"test-words","v":2,"words":["ok",42]}';
		const s = memoryStorage({ [KEY]: text });
		const loaded = new DocumentStore(s, KEY, words).load();
		expect(loaded.value).toEqual({ words: ['ok'] });
		expect(loaded.notice).toEqual({ kind: 'partial', dropped: [{ item: '#2', field: '', reason: 'is not a short word' }], backedUp: true });
		expect(s.data.get(backupKeyOf(KEY))).toBe(text);
	});

	it('keeps an earlier backup when new damage is found, appending rather than replacing', () => {
		const s = memoryStorage({ [KEY]: '{second', [backupKeyOf(KEY)]: '{first' });
		new DocumentStore(s, KEY, words).load();
		expect(s.data.get(backupKeyOf(KEY))).toBe('{first\n{second');
	});

	it('refuses to save over damaged data it could not back up, until the reader unlocks it', () => {
		const s = memoryStorage({ [KEY]: '{broken' });
		s.refuse = 'full';
		const store = new DocumentStore(s, KEY, words);
		expect(store.load().notice).toEqual({ kind: 'damaged', error: 'not-json', backedUp: false });
		s.refuse = null;
		expect(store.save({ words: ['x'] })).toEqual({ ok: false, reason: 'locked' });
		expect(s.data.get(KEY)).toBe('{broken');
		expect(store.backup()).toBe('{broken');
		store.unlock();
		expect(store.save({ words: ['x'] })).toEqual({ ok: true });
	});

	it('reports a full storage as "full" and a blocked one as "blocked"', () => {
		const s = memoryStorage();
		const store = new DocumentStore(s, KEY, words);
		s.refuse = 'full';
		expect(store.save({ words: ['a'] })).toEqual({ ok: false, reason: 'full' });
		s.refuse = 'blocked';
		expect(store.save({ words: ['a'] })).toEqual({ ok: false, reason: 'blocked' });
	});

	it('says storage is unavailable when reading throws, without throwing itself', () => {
		const s = memoryStorage();
		s.refuse = 'reads';
		expect(new DocumentStore(s, KEY, words).load()).toEqual({ value: { words: [] }, notice: { kind: 'unavailable' } });
	});

	it('removes the backup when the reader discards it', () => {
		const s = memoryStorage({ [KEY]: '{broken' });
		const store = new DocumentStore(s, KEY, words);
		store.load();
		store.discardBackup();
		expect(s.data.has(backupKeyOf(KEY))).toBe(false);
		expect(store.backup()).toBeNull();
	});
});

describe('validators', () => {
	it('accepts real calendar dates from 2000 to 2100 only', () => {
		for (const ok of ['2000-01-01', '2024-02-29', '2100-12-31']) expect(isCalendarDate(ok), ok).toBe(true);
		for (const bad of ['1999-12-31', '2101-01-01', '2023-02-29', '2026-13-01', '2026-04-31', '2026-1-01', 20260101, ''])
			expect(isCalendarDate(bad), String(bad)).toBe(false);
	});

	it('accepts ISO timestamps within range only', () => {
		expect(isTimestamp('2026-12-03T06:00:00.000Z')).toBe(true);
		expect(isTimestamp('1970-01-01T00:00:00.000Z')).toBe(false);
		expect(isTimestamp('2026-12-03')).toBe(false);
		expect(isTimestamp('2026-12-03Tnonsense')).toBe(false);
	});

	it('recognises quota errors under their different browser names', () => {
		expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
		expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
		expect(isQuotaError('full')).toBe(false);
	});

	it('makes entry ids of the accepted form', () => {
		let n = 0;
		const id = newEntryId('kasus', () => (n++ % 36) / 36);
		expect(id).toBe('kasus-01234567');
		expect(newEntryId('ronde')).toMatch(/^ronde-[a-z0-9]{8}$/);
	});
});
