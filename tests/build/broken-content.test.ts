/**
 * Bad content fails the real build with a message naming the file. Each case copies the
 * project into .tmp/, breaks one file, and runs Astro (sync for schema errors, a full
 * build for dangling references, which are checked when pages render).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

function brokenCopy(name: string, file: string, edit: (text: string) => string) {
	const dir = join(root, '.tmp', 'broken', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
		cpSync(join(root, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	const target = join(dir, file);
	const before = readFileSync(target, 'utf8');
	const after = edit(before);
	expect(after, `the edit must change ${file}`).not.toEqual(before);
	writeFileSync(target, after);
	return dir;
}

function astro(dir: string, command: 'sync' | 'build') {
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const dropSources = (text: string) => text.replace(/^sources:.*\n/m, '');

describe('the build rejects bad content', { timeout: 180_000 }, () => {
	it('fails when an instrument has no sources, naming the file and the field', () => {
		const dir = brokenCopy('instrument-without-sources', 'content/instruments/perpol-4-2020.yaml', dropSources);
		const { status, output } = astro(dir, 'sync');
		expect(status).not.toBe(0);
		expect(output).toContain('content/instruments/perpol-4-2020.yaml');
		expect(output).toMatch(/sources: sources is required/);
	});

	it('fails when a page has no sources, naming the file and the field', () => {
		const dir = brokenCopy('page-without-sources', 'content/docs/dasar-hukum/index.mdx', dropSources);
		const { status, output } = astro(dir, 'sync');
		expect(status).not.toBe(0);
		expect(output).toContain('content/docs/dasar-hukum/index.mdx');
		expect(output).toMatch(/sources: sources is required/);
	});

	it('fails when a reference points at a missing id, naming the file, the field and the id', () => {
		const dir = brokenCopy('dangling-instrument', 'content/doctrine/fungsi-polmas.yaml', (t) =>
			t.replace(/^instrument: .*$/m, 'instrument: perkap-3-2051'),
		);
		const { status, output } = astro(dir, 'build');
		expect(status).not.toBe(0);
		expect(output).toContain('content/doctrine/fungsi-polmas.yaml: field "instrument" names instruments "perkap-3-2051"');
	});
});
