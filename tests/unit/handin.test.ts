// The class hand-in: the learner's code (src/lib/handin/code.ts) and the trainer's results
// (src/lib/handin/roster.ts).
import { describe, expect, it } from 'vitest';
import { decodeHandIn, encodeHandIn, resultDigit, setFingerprint, setKey, type HandIn } from '../../src/lib/handin/code';
import { addHandIn, csvCell, emptyRoster, entryScore, parseRoster, questionSummary, rosterCsv, serializeRoster, setTopics } from '../../src/lib/handin/roster';
import { hashString } from '../../src/lib/quiz/shuffle';
import { topicName } from '../../src/lib/quiz/labels';
import { translator, uiJson } from './ui-text';

const sample: HandIn = {
	seed: 'abc123',
	topics: ['fkpm', 'prinsip'],
	count: 5,
	part: null,
	fingerprint: setFingerprint(['fkpm/a', 'prinsip/b', 'fkpm/c', 'prinsip/d', 'fkpm/e']),
	results: [2, 0, 1, 2, 2],
	name: 'Siti Rahayu | Polsek Tampan',
};
/** A hand-in of part 2 of a long topic (/kuis/istilah-2/). */
const ofPart: HandIn = {
	seed: 'bag2',
	topics: ['istilah'],
	count: null,
	part: 2,
	fingerprint: setFingerprint(['istilah/k', 'istilah/m', 'istilah/l']),
	results: [2, 1, 0],
	name: 'Budi',
};
const now = new Date('2026-12-02T10:00:00Z');
/** A code with a sound checksum around any body, as someone who read code.ts could make. */
const forge = (body: string) => `${body}|${hashString(body).toString(36)}`;

describe('hand-in code', () => {
	it('round-trips a hand-in, separators in the name included', () => {
		const code = encodeHandIn(sample);
		expect(code.startsWith('PP1|abc123|fkpm,prinsip|5|')).toBe(true);
		expect(decodeHandIn(code)).toEqual({ ok: true, handIn: sample });
	});

	it('reads a code pasted with line breaks and spaces around it', () => {
		const code = encodeHandIn(sample);
		expect(decodeHandIn(`  ${code.slice(0, 20)}\n${code.slice(20)} \n`)).toEqual({ ok: true, handIn: sample });
	});

	it('refuses an edited result, naming the checksum', () => {
		const code = encodeHandIn(sample).replace('|20122|', '|22222|');
		expect(decodeHandIn(code)).toEqual({ ok: false, error: 'checksum' });
	});

	it('refuses a truncated or garbled code', () => {
		const code = encodeHandIn(sample);
		expect(decodeHandIn(code.slice(0, -3)).ok).toBe(false);
		expect(decodeHandIn(code.slice(0, 30)).ok).toBe(false);
		expect(decodeHandIn('hello world')).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn('')).toEqual({ ok: false, error: 'empty' });
	});

	it('says when a code comes from a newer version', () => {
		// Version 2 is read now (sets with a part); 3 and above are newer than this copy.
		for (const v of ['PP3', 'PP10']) expect(decodeHandIn(encodeHandIn(sample).replace(/^PP1/, v))).toEqual({ ok: false, error: 'newer' });
	});

	it('refuses values out of range even with a matching checksum', () => {
		expect(decodeHandIn(forge('PP1|abc123|fkpm|5|zz|2013|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP1|abc123|fkpm|500|zz|2012|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP1|abc123|fkpm|2|zz|2012|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP1|<script>|fkpm|2|zz|20|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP1|abc|fkpm|2|zz|20|%E0%A4%A'))).toEqual({ ok: false, error: 'name' });
		expect(decodeHandIn(forge(`PP1|abc|fkpm|2|zz|20|${'a'.repeat(61)}`))).toEqual({ ok: false, error: 'name' });
	});

	it('writes a set without a part as the same version-1 code as before parts existed', () => {
		// Made by the encoder of the commit before parts (PP1 only), for this very hand-in.
		const old = 'PP1|kelas13|fkpm,prinsip|3|kmyus|202|Siti%20Rahayu%2C%20S.H.|1m2xx05';
		const h: HandIn = { seed: 'kelas13', topics: ['fkpm', 'prinsip'], count: 3, part: null, fingerprint: setFingerprint(['fkpm/a', 'prinsip/b', 'fkpm/c']), results: [2, 0, 2], name: 'Siti Rahayu, S.H.' };
		expect(encodeHandIn(h)).toBe(old);
		expect(decodeHandIn(old)).toEqual({ ok: true, handIn: h });
	});

	it('round-trips a set of one part of a topic as a version-2 code naming the part', () => {
		const code = encodeHandIn(ofPart);
		expect(code).toMatch(/^PP2\|bag2\|istilah\|\|2\|[0-9a-z]+\|210\|Budi\|[0-9a-z]+$/);
		expect(decodeHandIn(code)).toEqual({ ok: true, handIn: ofPart });
		const counted = { ...ofPart, count: 3, part: 11 };
		expect(decodeHandIn(encodeHandIn(counted))).toEqual({ ok: true, handIn: counted });
	});

	it('refuses a version-2 code whose part is out of range, not an integer, or not of exactly one topic', () => {
		expect(decodeHandIn(forge('PP2|abc|istilah||1|zz|20|Ani')).ok).toBe(true);
		expect(decodeHandIn(forge('PP2|abc|istilah||99|zz|20|Ani')).ok).toBe(true);
		for (const part of ['0', '100', '1.5', '2e0', '02', '-1', 'x', ''])
			expect(decodeHandIn(forge(`PP2|abc|istilah||${part}|zz|20|Ani`)), `part "${part}"`).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP2|abc|istilah,fkpm||2|zz|20|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP2|abc|||2|zz|20|Ani'))).toEqual({ ok: false, error: 'format' });
		// A version-2 code without its part field, and a version-1 code with one field too many.
		expect(decodeHandIn(forge('PP2|abc|istilah||zz|20|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP1|abc|istilah||2|zz|20|Ani'))).toEqual({ ok: false, error: 'format' });
	});

	it('refuses a code whose part was changed, naming the checksum', () => {
		const code = encodeHandIn(ofPart);
		const edited = code.replace('|istilah||2|', '|istilah||1|');
		expect(edited).not.toBe(code);
		expect(decodeHandIn(edited)).toEqual({ ok: false, error: 'checksum' });
	});

	it('refuses to encode a part that no page has', () => {
		for (const part of [0, 100, 1.5, Number.NaN]) expect(() => encodeHandIn({ ...ofPart, part }), `part ${part}`).toThrow();
		expect(() => encodeHandIn({ ...ofPart, topics: ['istilah', 'fkpm'] })).toThrow();
		expect(() => encodeHandIn({ ...ofPart, topics: [] })).toThrow();
	});

	it('fingerprints the order of questions, not just their set', () => {
		expect(setFingerprint(['a', 'b'])).not.toBe(setFingerprint(['b', 'a']));
	});

	it('refuses to encode an empty name', () => {
		expect(() => encodeHandIn({ ...sample, name: '  \u200b ' })).toThrow();
	});

	it('turns a grade into a digit', () => {
		expect([resultDigit({ correct: true, score: 1 }), resultDigit({ correct: false, score: 0.5 }), resultDigit({ correct: false, score: 0 })]).toEqual([2, 1, 0]);
	});
});

describe('trainer results', () => {
	it('groups hand-ins by set and replaces a learner’s earlier code', () => {
		let r = emptyRoster();
		({ roster: r } = addHandIn(r, sample, now));
		const second = addHandIn(r, { ...sample, name: 'Budi' }, now);
		expect(second.outcome).toBe('added');
		const retake = addHandIn(second.roster, { ...sample, name: 'siti rahayu | polsek tampan', results: [2, 2, 2, 2, 2] }, now);
		expect(retake.outcome).toBe('replaced');
		expect(addHandIn(retake.roster, { ...sample, name: 'Budi' }, now).outcome).toBe('same');
		const set = retake.roster.sets[setKey(sample)]!;
		expect(set.entries.map((e) => [e.name, entryScore(e)])).toEqual([
			['siti rahayu | polsek tampan', 5],
			['Budi', 3.5],
		]);
		const other = addHandIn(retake.roster, { ...sample, seed: 'zzz' }, now).roster;
		expect(Object.keys(other.sets)).toHaveLength(2);
	});

	it('lists the questions the class missed most first', () => {
		let r = emptyRoster();
		r = addHandIn(r, { ...sample, name: 'A', results: [2, 0, 1, 2, 0] }, now).roster;
		r = addHandIn(r, { ...sample, name: 'B', results: [2, 0, 2, 0, 2] }, now).roster;
		expect(questionSummary(r.sets[setKey(sample)]!).map((q) => q.index)).toEqual([1, 3, 4, 2, 0]);
	});

	it('writes CSV a spreadsheet cannot run as a formula', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('Ani, S.H.')).toBe('"Ani, S.H."');
		let r = emptyRoster();
		r = addHandIn(r, { ...sample, name: 'Ani', results: [2, 1, 0, 2, 2] }, now).roster;
		const csv = rosterCsv(r.sets[setKey(sample)]!, { name: 'Nama', score: 'Skor', question: (n) => `Soal ${n}` });
		expect(csv).toBe('Nama,Skor,Soal 1,Soal 2,Soal 3,Soal 4,Soal 5\r\nAni,3.5,1,0.5,0,1,1\r\n');
	});

	it('keeps the sound part of a hand-edited store and says how much was dropped', () => {
		let r = emptyRoster();
		r = addHandIn(r, { ...sample, name: 'Ani' }, now).roster;
		r = addHandIn(r, { ...sample, name: 'Budi' }, now).roster;
		const data = JSON.parse(serializeRoster(r));
		const key = setKey(sample);
		data.sets[key].entries[1].results = [2, 9];
		data.sets['bogus'] = { seed: '<x>', topics: [], count: null, fingerprint: 'a', entries: [] };
		const back = parseRoster(JSON.stringify(data), now);
		expect(back.notice).toBe('dropped');
		expect(back.dropped).toBe(2);
		expect(back.roster.sets[key]!.entries.map((e) => e.name)).toEqual(['Ani']);
	});

	it('sets aside a store from a newer version without reading it', () => {
		// Version 2 holds sets with a part; 3 and above are newer than this copy.
		expect(parseRoster(JSON.stringify({ app: 'pustaka-polmas-hasil', v: 3, sets: {} }), now).notice).toBe('newer');
		expect(parseRoster('{not json', now).notice).toBe('corrupt');
		expect(parseRoster(null, now)).toEqual({ roster: emptyRoster(), notice: null, dropped: 0 });
	});

	it('keeps two parts of one topic with one seed as two sets, and reads them back', () => {
		let r = emptyRoster();
		r = addHandIn(r, { ...ofPart, part: 1, name: 'Ani' }, now).roster;
		r = addHandIn(r, { ...ofPart, part: 2, name: 'Ani' }, now).roster;
		// Same seed, topic and even fingerprint: the part alone tells them apart.
		expect(Object.values(r.sets).map((s) => [s.part, s.entries.map((e) => e.name)])).toEqual([
			[1, ['Ani']],
			[2, ['Ani']],
		]);
		expect(setKey({ ...ofPart, part: 1 })).not.toBe(setKey({ ...ofPart, part: 2 }));
		const text = serializeRoster(r);
		expect(JSON.parse(text).v).toBe(2);
		expect(parseRoster(text, now)).toEqual({ roster: r, notice: null, dropped: 0 });
	});

	it('loads a roster stored before parts existed, under the same keys, and stores it as before', () => {
		const fingerprint = setFingerprint(['fkpm/a', 'prinsip/b']);
		const key = `abc123|fkpm,prinsip|2|${fingerprint}`;
		const old = JSON.stringify({
			app: 'pustaka-polmas-hasil',
			v: 1,
			sets: { [key]: { seed: 'abc123', topics: ['fkpm', 'prinsip'], count: 2, fingerprint, entries: [{ name: 'Ani', results: [2, 1], at: '2026-11-30T08:00:00.000Z' }] } },
		});
		const back = parseRoster(old, now);
		expect(back.notice).toBeNull();
		expect(back.roster.sets[key]).toEqual({ seed: 'abc123', topics: ['fkpm', 'prinsip'], count: 2, part: null, fingerprint, entries: [{ name: 'Ani', results: [2, 1], at: '2026-11-30T08:00:00.000Z' }] });
		expect(setKey({ seed: 'abc123', topics: ['prinsip', 'fkpm'], count: 2, part: null, fingerprint })).toBe(key);
		// Without a part set it stays a version-1 roster, readable by a copy from before parts.
		expect(JSON.parse(serializeRoster(back.roster)).v).toBe(1);
	});

	it('drops a stored set whose part is out of range, of several topics, or in a version-1 roster', () => {
		const sound = addHandIn(emptyRoster(), ofPart, now).roster;
		const [key, set] = Object.entries(sound.sets)[0]!;
		const stored = (v: number, change: Record<string, unknown>) => JSON.stringify({ app: 'pustaka-polmas-hasil', v, sets: { [key]: { ...set, ...change } } });
		expect(parseRoster(stored(2, {}), now).roster.sets[key]?.part).toBe(2);
		for (const change of [{ part: 0 }, { part: 100 }, { part: 1.5 }, { part: '2' }, { topics: ['istilah', 'fkpm'] }, { topics: [] }]) {
			const back = parseRoster(stored(2, change), now);
			expect(back, JSON.stringify(change)).toMatchObject({ notice: 'dropped', dropped: 1 });
			expect(back.roster.sets).toEqual({});
		}
		expect(parseRoster(stored(1, {}), now)).toMatchObject({ notice: 'dropped', dropped: 1 });
		// A part removed by hand no longer matches its key.
		expect(parseRoster(stored(2, { part: null }), now)).toMatchObject({ notice: 'dropped', dropped: 1 });
	});

	it.each([
		['id', 'Istilah, bagian 2', 'Istilah', 'Semua topik'],
		['en', 'Terms, part 2', 'Terms', 'All topics'],
	] as const)('describes a part set in %s with its topic and part', (lang, partText, whole, all) => {
		const t = translator(lang);
		const labels = { allTopics: uiJson(lang)['hasil.allTopics']!, part: uiJson(lang)['hasil.part']! };
		const name = (id: string) => topicName(t, id);
		expect(setTopics({ topics: ['istilah'], part: 2 }, name, labels)).toBe(partText);
		expect(setTopics({ topics: ['istilah'], part: null }, name, labels)).toBe(whole);
		expect(setTopics({ topics: [], part: null }, name, labels)).toBe(all);
	});

	it('refuses entries dated in the far future', () => {
		let r = emptyRoster();
		r = addHandIn(r, { ...sample, name: 'Ani' }, new Date('2030-01-01T00:00:00Z')).roster;
		expect(parseRoster(serializeRoster(r), now).dropped).toBe(1);
	});
});
