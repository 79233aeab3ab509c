/**
 * Each collection schema accepts a valid entry and rejects malformed ones with a message
 * that names the file and the offending field.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { sourceSchema } from '../../src/schemas/sources';
import { instrumentSchema } from '../../src/schemas/instruments';
import { termSchema } from '../../src/schemas/terms';
import { doctrineListSchema } from '../../src/schemas/doctrine';
import { pageSchema } from '../../src/schemas/page';
import { describeSchemaError } from '../../src/lib/content/schema-errors';
import { loadFixtures } from './yaml-files';

const schemas: Record<string, z.ZodType> = {
	sources: sourceSchema,
	instruments: instrumentSchema,
	terms: termSchema,
	doctrine: doctrineListSchema,
	pages: pageSchema,
};

describe.each(Object.entries(schemas))('the %s schema', (collection, schema) => {
	it.each(loadFixtures('valid', collection).map((f) => [f.id, f] as const))('accepts the valid fixture %s', (_id, fixture) => {
		const result = schema.safeParse(fixture.data);
		expect(result.error && describeSchemaError(fixture.file, result.error)).toBeUndefined();
	});

	const invalid = loadFixtures('invalid', collection);
	it('has malformed fixtures to reject', () => {
		expect(invalid.length).toBeGreaterThanOrEqual(3);
	});

	it.each(invalid.map((f) => [f.id, f] as const))('rejects %s, naming the file and the field', (_id, fixture) => {
		expect(fixture.expect, `${fixture.file} needs a "# expect: <field>" header`).toBeTruthy();
		const result = schema.safeParse(fixture.data);
		expect(result.success).toBe(false);
		const message = describeSchemaError(fixture.file, result.error!);
		expect(message).toContain(fixture.file);
		expect(message).toMatch(new RegExp(`^  ${fixture.expect!.replace(/\./g, '\\.')}: `, 'm'));
	});
});

describe('references written as ids', () => {
	it('turns a sources list into collection references', () => {
		const parsed = instrumentSchema.parse(loadFixtures('valid', 'instruments')[0]!.data);
		expect(parsed.sources).toEqual([{ collection: 'sources', id: 'perkap-3-2015' }]);
		expect(parsed.replacedBy).toEqual({ collection: 'instruments', id: 'perpol-1-2021' });
	});
});
