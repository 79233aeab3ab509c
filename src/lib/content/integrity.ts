/**
 * Cross-collection reference check. Astro validates each entry against its own schema,
 * but a reference such as `replacedBy: perpol-1-2021` can only be checked once every
 * collection is loaded. This module finds references to ids that do not exist and
 * describes each with the file, the field and the missing id. Pure: the build passes in
 * the loaded collections (src/route-middleware.ts), unit tests pass in fixtures.
 */

export interface EntryLike {
	id: string;
	/** Path of the file the entry came from, relative to the project root. */
	filePath?: string;
	data: unknown;
}

export interface DanglingReference {
	file: string;
	field: string;
	collection: string;
	missingId: string;
}

function isReference(value: unknown): value is { collection: string; id: string } {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { collection?: unknown }).collection === 'string' &&
		typeof (value as { id?: unknown }).id === 'string' &&
		Object.keys(value).length === 2
	);
}

function walk(value: unknown, path: string, visit: (ref: { collection: string; id: string }, path: string) => void) {
	if (isReference(value)) return visit(value, path);
	if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
	if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
		for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, visit);
	}
}

/** Every reference, in any collection, whose target id is missing from its collection. */
export function findDanglingReferences(collections: Record<string, readonly EntryLike[]>): DanglingReference[] {
	const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
	const problems: DanglingReference[] = [];
	for (const [name, entries] of Object.entries(collections)) {
		for (const entry of entries) {
			walk(entry.data, '', (ref, field) => {
				const known = ids.get(ref.collection);
				if (!known || !known.has(ref.id)) {
					problems.push({
						file: entry.filePath ?? `${name}/${entry.id}`,
						field,
						collection: ref.collection,
						missingId: ref.id,
					});
				}
			});
		}
	}
	return problems;
}

/** One line per problem: `content/x.yaml: field "sources[0]" names sources "foo", which does not exist`. */
export function describeDanglingReferences(problems: readonly DanglingReference[]): string {
	return problems
		.map((p) => `${p.file}: field "${p.field}" names ${p.collection} "${p.missingId}", which does not exist (no file content/${p.collection}/${p.missingId}.*)`)
		.join('\n');
}
