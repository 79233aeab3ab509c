/**
 * The glossary: the terms schema accepts a good entry and rejects malformed ones
 * (tests/fixtures/terms/), `<Term>`'s lookup fails on an unknown id, links and groups are
 * built as the pages expect, and the real content/terms/ collection holds together.
 */
import { describe, expect, it } from 'vitest';
import { termSchema } from '../../src/schemas/terms';
import { loadContent, loadFixtures } from './yaml-files';
import { findTerm, glossaryHref, groupByInitial, sortTerms, sourceNumbers, termLink, type TermEntryLike } from '../../src/lib/glossary/terms';

const entry = (id: string, term: string, extra: Partial<TermEntryLike['data']> = {}): TermEntryLike => ({
	id,
	data: { term, sources: [{ id: 'fakta-terperiksa' }], ...extra },
});

describe('the terms schema', () => {
	const fixtures = loadFixtures('terms');

	it('accepts a well-formed term', () => {
		const valid = fixtures.filter((f) => f.name.startsWith('valid-'));
		expect(valid.length).toBeGreaterThan(0);
		for (const f of valid) expect(termSchema.safeParse(f.data).error).toBeUndefined();
	});

	const invalid = fixtures.filter((f) => f.name.startsWith('invalid-'));
	it.each(invalid.map((f) => [f.name, f] as const))('rejects %s, naming the field', (_name, f) => {
		const field = /^# expect: (\S+)/.exec(f.text)?.[1];
		expect(field, `${f.name} needs a "# expect: <field>" first line`).toBeTruthy();
		const result = termSchema.safeParse(f.data);
		expect(result.success).toBe(false);
		const paths = result.error!.issues.map((issue) => issue.path.join('.'));
		expect(paths).toContain(field);
	});
});

describe('findTerm (the lookup behind <Term>)', () => {
	const terms = [entry('fkpm', 'FKPM'), entry('bkpm', 'BKPM'), entry('polsek', 'Polsek')];

	it('returns the entry with the id', () => {
		expect(findTerm(terms, 'bkpm').data.term).toBe('BKPM');
	});

	it('throws on an unknown id, naming the id and the file it looked for', () => {
		expect(() => findTerm(terms, 'fkpmm')).toThrow(/unknown glossary term id "fkpmm".*content\/terms\/fkpmm\.yaml/);
	});

	it('suggests near ids when the id looks like a typo', () => {
		expect(() => findTerm(terms, 'fkmp')).toThrow(/Did you mean: fkpm\?/);
		expect(() => findTerm(terms, 'pol')).toThrow(/Did you mean: polsek\?/);
	});

	it('suggests nothing when no id is close', () => {
		expect(() => findTerm(terms, 'kesbangpol')).toThrow(/yaml\)\.$/);
	});

	it('names the component that asked', () => {
		expect(() => findTerm([], 'x', '<TermSummary>')).toThrow(/^<TermSummary>:/);
	});
});

describe('termLink', () => {
	it('links to the entry on the glossary page of the same language', () => {
		const fkpm = entry('fkpm', 'FKPM', { expansion: 'Forum Kemitraan Polri dan Masyarakat' });
		expect(termLink(fkpm, 'id')).toEqual({ text: 'FKPM', expansion: 'Forum Kemitraan Polri dan Masyarakat', gloss: undefined, href: '/glosarium/#fkpm' });
		expect(termLink(fkpm, 'en').href).toBe('/en/glosarium/#fkpm');
	});

	it('glosses a plain Indonesian term in English on English pages only', () => {
		const sambang = entry('sambang', 'Sambang', { english: 'Visit (to residents)' });
		expect(termLink(sambang, 'en')).toMatchObject({ expansion: undefined, gloss: 'Visit (to residents)' });
		expect(termLink(sambang, 'id').gloss).toBeUndefined();
	});

	it('adds nothing when the English rendering is the term itself', () => {
		expect(termLink(entry('icitap', 'ICITAP', { english: 'ICITAP' }), 'en')).toMatchObject({ expansion: undefined, gloss: undefined });
	});

	it('builds the anchor from the id', () => {
		expect(glossaryHref('pokdar-kamtibmas', 'id')).toBe('/glosarium/#pokdar-kamtibmas');
	});
});

describe('sorting and grouping', () => {
	const terms = [entry('polsek', 'Polsek'), entry('kdrt', 'KDRT'), entry('bkpm', 'BKPM'), entry('babinsa', 'Babinsa'), entry('uu-2-2002', 'UU 2/2002'), entry('x', '2 huruf')];

	it('sorts by the term, ignoring case', () => {
		expect(sortTerms(terms).map((t) => t.id)).toEqual(['x', 'babinsa', 'bkpm', 'kdrt', 'polsek', 'uu-2-2002']);
	});

	it('groups under initial letters, with digits under #', () => {
		expect(groupByInitial(terms).map((g) => [g.letter, g.entries.length])).toEqual([['#', 1], ['B', 2], ['K', 1], ['P', 1], ['U', 1]]);
	});
});

describe('sourceNumbers', () => {
	it('numbers a term’s sources by their place in the page’s list', () => {
		const t = entry('kdrt', 'KDRT', { sources: [{ id: 'taf-2007' }, { id: 'bappenas-kemitraan' }] });
		expect(sourceNumbers(t, ['fakta-terperiksa', 'bappenas-kemitraan', 'taf-2007'])).toEqual([
			{ id: 'taf-2007', n: 3 },
			{ id: 'bappenas-kemitraan', n: 2 },
		]);
	});

	it('throws when the page does not list a source the term cites', () => {
		expect(() => sourceNumbers(entry('kdrt', 'KDRT'), ['taf-2007'])).toThrow(/term "kdrt" cites source "fakta-terperiksa"/);
	});
});

describe('the glossary content (content/terms/)', () => {
	const terms = loadContent('terms');
	const ids = new Set(terms.map((t) => t.id));
	const sourceIds = new Set(loadContent('sources').map((f) => f.id));
	const instrumentIds = new Set(loadContent('instruments').map((f) => f.id));

	it('holds at least 40 terms, each valid', () => {
		expect(terms.length).toBeGreaterThanOrEqual(40);
		for (const t of terms) expect(termSchema.safeParse(t.data).error, t.name).toBeUndefined();
	});

	it('includes the terms the issue names', () => {
		for (const id of ['polmas', 'kamtibmas', 'harkamtibmas', 'bhabinkamtibmas', 'babinsa', 'fkpm', 'bkpm', 'binmas', 'satbinmas', 'pokdar-kamtibmas', 'siskamling', 'pam-swakarsa', 'pecalang', 'polsek', 'polres', 'polda', 'kapolsek', 'kesbangpol', 'kdrt', 'perkap', 'perpol', 'skep', 'fkpsb']) {
			expect(ids, id).toContain(id);
		}
	});

	it('only refers to terms, sources and instruments that exist, never to itself', () => {
		for (const t of terms) {
			const data = termSchema.parse(t.data);
			for (const r of data.related) {
				expect(ids, `${t.name} related`).toContain(r.id);
				expect(r.id, `${t.name} relates to itself`).not.toBe(t.id);
			}
			for (const s of data.sources) expect(sourceIds, `${t.name} sources`).toContain(s.id);
			if (data.instrument) expect(instrumentIds, `${t.name} instrument`).toContain(data.instrument.id);
		}
	});

	it('states the doubt about the Babinkamtibmas renaming', () => {
		const data = termSchema.parse(terms.find((t) => t.id === 'babinkamtibmas')!.data);
		expect(data.note?.id).toMatch(/KEP\/8\/II\/2009/);
		expect(data.note?.id).toMatch(/24 November 2009/);
	});
});
