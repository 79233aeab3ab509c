/**
 * The questions schema (src/schemas/questions.ts) against fixtures in tests/fixtures/questions/:
 * one valid question of each type, and malformed ones that must fail naming the field at fault.
 */
import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../src/schemas/questions';
import { fixture as loadFixture } from './yaml-files';

const fixture = (name: string): unknown => loadFixture('questions', name);

/** Every issue as "path: message", the way a build error would name it. */
function problems(name: string): string[] {
	const result = questionSchema.safeParse(fixture(name));
	if (result.success) return [];
	return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('questions schema', () => {
	it.each(['pilihan-tunggal', 'pilihan-ganda', 'benar-salah', 'menjodohkan'])('accepts a valid %s question', (type) => {
		const result = questionSchema.safeParse(fixture(`valid-${type}`));
		expect(result.success ? [] : result.error.issues).toEqual([]);
		expect(result.data?.type).toBe(type);
	});

	it('fills in difficulty 1 and empty reference lists when omitted', () => {
		const q = questionSchema.parse(fixture('valid-benar-salah'));
		expect(q.difficulty).toBe(1);
		expect(q.doctrine).toEqual([]);
		expect(q.instruments).toEqual([{ collection: 'instruments', id: 'perkap-3-2015' }]);
	});

	it.each([
		['rejects a question without any reference', 'invalid-no-references', /^doctrine: .*must reference what it tests/],
		['rejects an answer that is not among the options', 'invalid-answer-not-in-options', /^answer: answer "d" is not among the options/],
		['rejects duplicate option keys', 'invalid-duplicate-option-keys', /^options: option keys must be unique/],
		['rejects a matching question with one pair', 'invalid-matching-one-pair', /^pairs: a matching question needs at least two pairs/],
		['rejects a question without sources', 'invalid-missing-sources', /^sources: sources is required/],
		['rejects a stem without English text', 'invalid-missing-english-stem', /^stem\.en: /],
		['rejects a blank English option', 'invalid-empty-english-option', /^options\.0\.text\.en: English text \(en\) must not be empty/],
		['rejects an unknown question type', 'invalid-unknown-type', /^type: /],
	])('%s', (_title, name, expected) => {
		const found = problems(name);
		expect(found.length).toBeGreaterThan(0);
		expect(found.some((p) => expected.test(p)), `issues were:\n${found.join('\n')}`).toBe(true);
	});
});
