/**
 * Test helper: reads YAML fixtures from tests/fixtures/ and reports the field each invalid
 * fixture is expected to fail on (its first line reads `# expect: <field path>`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

export interface Fixture {
	/** Path relative to the project root, as a build message would name it. */
	file: string;
	id: string;
	data: unknown;
	/** Field path the schema must name, from the `# expect:` header. */
	expect?: string;
}

export function loadFixtures(...segments: string[]): Fixture[] {
	const dir = join(fixturesDir, ...segments);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const path = join(dir, name);
			const text = readFileSync(path, 'utf8');
			return {
				file: relative(join(fixturesDir, '..', '..'), path),
				id: name.replace(/\.yaml$/, ''),
				data: parse(text),
				expect: /^# expect: (\S+)/.exec(text)?.[1],
			};
		});
}
