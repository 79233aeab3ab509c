// The class hand-in: the learner's code (src/lib/handin/code.ts) and the trainer's results
// (src/lib/handin/roster.ts).
import { describe, expect, it } from 'vitest';
import { decodeHandIn, encodeHandIn, resultDigit, setFingerprint, setKey, type HandIn } from '../../src/lib/handin/code';
import { addHandIn, csvCell, emptyRoster, entryScore, parseRoster, questionSummary, rosterCsv, serializeRoster } from '../../src/lib/handin/roster';

const sample: HandIn = {
	seed: 'abc123',
	topics: ['fkpm', 'prinsip'],
	count: 5,
	fingerprint: setFingerprint(['fkpm/a', 'prinsip/b', 'fkpm/c', 'prinsip/d', 'fkpm/e']),
	results: [2, 0, 1, 2, 2],
	name: 'Siti Rahayu | Polsek Tampan',
};
const now = new Date('2026-12-02T10:00:00Z');

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
		const code = encodeHandIn(sample).replace(/^PP1/, 'PP2');
		expect(decodeHandIn(code)).toEqual({ ok: false, error: 'newer' });
	});

	it('refuses values out of range even with a matching checksum', async () => {
		const { hashString } = await import('../../src/lib/quiz/shuffle');
		const forge = (body: string) => `${body}|${hashString(body).toString(36)}`;
		expect(decodeHandIn(forge('PP1|abc123|fkpm|5|zz|2013|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP1|abc123|fkpm|500|zz|2012|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP1|abc123|fkpm|2|zz|2012|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP1|<script>|fkpm|2|zz|20|Ani'))).toEqual({ ok: false, error: 'format' });
		expect(decodeHandIn(forge('PP1|abc|fkpm|2|zz|20|%E0%A4%A'))).toEqual({ ok: false, error: 'name' });
		expect(decodeHandIn(forge(`PP1|abc|fkpm|2|zz|20|${'a'.repeat(61)}`))).toEqual({ ok: false, error: 'name' });
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
		expect(parseRoster(JSON.stringify({ app: 'pustaka-polmas-hasil', v: 2, sets: {} }), now).notice).toBe('newer');
		expect(parseRoster('{not json', now).notice).toBe('corrupt');
		expect(parseRoster(null, now)).toEqual({ roster: emptyRoster(), notice: null, dropped: 0 });
	});

	it('refuses entries dated in the far future', () => {
		let r = emptyRoster();
		r = addHandIn(r, { ...sample, name: 'Ani' }, new Date('2030-01-01T00:00:00Z')).roster;
		expect(parseRoster(serializeRoster(r), now).dropped).toBe(1);
	});
});
