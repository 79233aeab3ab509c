/**
 * Test helper, the one YAML reader of the unit tests: fixtures from tests/fixtures/ and the
 * real entries in content/. An invalid fixture names the field it must fail on in its first
 * line (`# expect: <field path>`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const fixturesDir = join(projectRoot, 'tests', 'fixtures');

export interface YamlFile {
	/** Path relative to the project root, as a build message would name it. */
	file: string;
	/** File name without `.yaml`, and for nested folders the path below the folder read. */
	id: string;
	/** File name, e.g. `valid-fkpm.yaml`. */
	name: string;
	text: string;
	data: unknown;
	/** Field path the schema must name, from the `# expect:` header. */
	expect?: string;
}

function readYaml(dir: string, rel: string): YamlFile {
	const path = join(dir, rel);
	const text = readFileSync(path, 'utf8');
	return {
		file: relative(projectRoot, path),
		id: rel.replace(/\.ya?ml$/, '').split('\\').join('/'),
		name: rel.split(/[\\/]/).pop()!,
		text,
		data: parse(text),
		expect: /^# expect: (\S+)/.exec(text)?.[1],
	};
}

/** Every YAML file in a folder (and its subfolders), sorted by path. */
export function loadYamlDir(dir: string): YamlFile[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((rel) => /\.ya?ml$/.test(rel) && !rel.split(/[\\/]/).pop()!.startsWith('_'))
		.sort()
		.map((rel) => readYaml(dir, rel));
}

/** The fixtures in tests/fixtures/<segments…>/. */
export const loadFixtures = (...segments: string[]): YamlFile[] => loadYamlDir(join(fixturesDir, ...segments));

/** One fixture's data: tests/fixtures/<folder>/<name>.yaml. */
export const fixture = (folder: string, name: string): unknown => readYaml(join(fixturesDir, folder), `${name}.yaml`).data;

/** The real entries of a collection: content/<collection>/. */
export const loadContent = (collection: string): YamlFile[] => loadYamlDir(join(projectRoot, 'content', collection));
