/**
 * The cross-collection check finds every reference to a missing id and names the file,
 * the field and the id; consistent content passes.
 */
import { describe, expect, it } from 'vitest';
import { findDanglingReferences, describeDanglingReferences } from '../../src/lib/content/integrity';
import { sourceSchema } from '../../src/schemas/sources';
import { instrumentSchema } from '../../src/schemas/instruments';
import { termSchema } from '../../src/schemas/terms';
import { doctrineListSchema } from '../../src/schemas/doctrine';
import { loadFixtures } from './yaml-files';

function store(dir: 'dangling' | 'valid') {
	const parse = (collection: string, schema: { parse: (v: unknown) => unknown }) =>
		loadFixtures(dir, collection).map((f) => ({ id: f.id, filePath: f.file, data: schema.parse(f.data) }));
	return {
		sources: parse('sources', sourceSchema),
		instruments: parse('instruments', instrumentSchema),
		terms: parse('terms', termSchema),
		doctrine: parse('doctrine', doctrineListSchema),
	};
}

describe('findDanglingReferences', () => {
	const problems = findDanglingReferences(store('dangling'));

	it('reports an instrument replaced by a missing instrument', () => {
		expect(problems).toContainEqual({
			file: 'tests/fixtures/dangling/instruments/perkap-3-2015.yaml',
			field: 'replacedBy',
			collection: 'instruments',
			missingId: 'perpol-9-2099',
		});
	});

	it('reports a missing source in a sources list, with its index', () => {
		expect(problems).toContainEqual(expect.objectContaining({ field: 'sources[1]', collection: 'sources', missingId: 'sumber-hilang' }));
	});

	it('reports a related term that does not exist', () => {
		expect(problems).toContainEqual(expect.objectContaining({ file: 'tests/fixtures/dangling/terms/fkpm.yaml', field: 'related[0]', missingId: 'bkpm' }));
	});

	it('reports a doctrine list naming a missing instrument', () => {
		expect(problems).toContainEqual(expect.objectContaining({ file: 'tests/fixtures/dangling/doctrine/prinsip.yaml', field: 'instrument', missingId: 'perpol-1-2022' }));
	});

	it('reports nothing else', () => {
		expect(problems).toHaveLength(4);
	});

	it('describes each problem with file, field and missing id on its own line', () => {
		const text = describeDanglingReferences(problems);
		expect(text.split('\n')).toHaveLength(4);
		expect(text).toContain('tests/fixtures/dangling/instruments/perkap-3-2015.yaml: field "replacedBy" names instruments "perpol-9-2099"');
	});

	it('passes content whose references all resolve', () => {
		const entries = {
			sources: [{ id: 'a', data: {} }],
			instruments: [{ id: 'b', data: { sources: [{ collection: 'sources', id: 'a' }] } }],
		};
		expect(findDanglingReferences(entries)).toEqual([]);
	});

	it('treats a reference into an unknown collection as dangling', () => {
		const entries = { sources: [{ id: 'a', filePath: 'x.yaml', data: { case: { collection: 'cases', id: 'z' } } }] };
		expect(findDanglingReferences(entries)).toEqual([{ file: 'x.yaml', field: 'case', collection: 'cases', missingId: 'z' }]);
	});
});
