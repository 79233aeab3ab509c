// The SARA workbook's worked example (src/lib/practice/sara-example.ts) is built from a case
// study's own entry and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseSchema } from '../../src/schemas/cases';
import { saraExampleFromCase } from '../../src/lib/practice/sara-example';

const malioboro = caseSchema.parse(parse(readFileSync('content/cases/malioboro-yogyakarta.yaml', 'utf8')));

describe('saraExampleFromCase', () => {
	it('fills only the fields the case speaks to, from the case text itself', () => {
		const ex = saraExampleFromCase(malioboro, 'id');
		expect(Object.keys(ex.answers).sort()).toEqual(['actions', 'otherPartners', 'result', 'what', 'when', 'where']);
		expect(ex.answers.what).toBe(malioboro.problem.id);
		expect(ex.answers.where).toBe('Kawasan Malioboro, Kota Yogyakarta, Daerah Istimewa Yogyakarta');
		expect(ex.answers.when).toContain('2003–2007');
		for (const r of malioboro.results) expect(ex.answers.result).toContain(r.claim.id);
		expect(ex.strategies).toEqual(malioboro.strategies.map((s) => s.letter));
	});

	it('gives the English text on English pages', () => {
		const ex = saraExampleFromCase(malioboro, 'en');
		expect(ex.name).toBe(malioboro.title.en);
		expect(ex.answers.what).toBe(malioboro.problem.en);
		expect(ex.tasks.map((t) => t.who)).toEqual(malioboro.response.filter((r) => r.by).map((r) => r.by!.en));
	});
});
