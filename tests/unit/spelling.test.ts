// Every page, question and data file under content/ writes names as the spelling list in
// CONTRIBUTING.md says; a planted bad file fails, naming file and line.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHit, parseSpellingList, spellingHits } from '../../src/lib/content/spelling';
import { fixturesDir, projectRoot } from './yaml-files';

const rules = parseSpellingList(readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8'));

function filesUnder(dir: string): { file: string; text: string }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(mdx?|ya?ml|json)$/.test(f))
		.sort()
		.map((f) => ({ file: relative(projectRoot, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

const content = filesUnder(join(projectRoot, 'content'));
const planted = (name: string) => {
	const file = join(fixturesDir, 'spelling', name);
	return spellingHits(relative(projectRoot, file), readFileSync(file, 'utf8'), rules).map(formatHit);
};

describe('spelling list in CONTRIBUTING.md', () => {
	it('is a table of forms to write, each with the variants not to write', () => {
		expect(rules.length).toBeGreaterThanOrEqual(15);
		const satbinmas = rules.find((r) => r.write === 'Satbinmas');
		expect(satbinmas?.forbidden).toContain('Sat Binmas');
		expect(rules.find((r) => r.write === 'Skep/737/X/2005')?.forbidden).toContain('Skep 737');
		expect(rules.find((r) => r.write === 'Forum Kemitraan Polri dan Masyarakat')?.forbidden).toContain('Forum Kemitraan Polisi dan Masyarakat');
	});

	it('is kept by every page, question and data file in content/', () => {
		expect(content.length).toBeGreaterThan(300);
		const hits = content.flatMap(({ file, text }) => spellingHits(file, text, rules)).map(formatHit);
		expect(hits).toEqual([]);
	});

	it('fails on a planted page, naming file, line and the form to write', () => {
		expect(planted('bad-page.mdx')).toEqual([
			'tests/fixtures/spelling/bad-page.mdx:5: "Sat Binmas" — write "Satbinmas" (spelling list in CONTRIBUTING.md)',
			'tests/fixtures/spelling/bad-page.mdx:6: "Pam Swakarsa" — write "pam swakarsa" (spelling list in CONTRIBUTING.md)',
			'tests/fixtures/spelling/bad-page.mdx:6: "Skep 737" — write "Skep/737/X/2005" (spelling list in CONTRIBUTING.md)',
		]);
	});

	it('fails on a planted question file, and leaves aliases and lines marked ejaan-boleh alone', () => {
		expect(planted('bad-question.yaml')).toEqual([
			'tests/fixtures/spelling/bad-question.yaml:3: "pendataan data" — write "pendataan" (spelling list in CONTRIBUTING.md)',
			'tests/fixtures/spelling/bad-question.yaml:8: "Pokdarkamtibmas" — write "Pokdar Kamtibmas" (spelling list in CONTRIBUTING.md)',
		]);
	});

	it('matches a variant with its exact capitals and as a whole word only', () => {
		const hits = (text: string) => spellingHits('x.mdx', text, rules).map((h) => h.found);
		expect(hits('Pam swakarsa dan pam swakarsa; Pengamanan Swakarsa')).toEqual([]);
		expect(hits('Skep/737/X/2005, Skep 7370')).toEqual([]);
		expect(hits('POLRI dan POLMAS')).toEqual(['POLRI', 'POLMAS']);
	});

	it('refuses a list without its markers or with a row that has no form to write', () => {
		expect(() => parseSpellingList('# no list here')).toThrow(/no spelling list/);
		expect(() => parseSpellingList('<!-- spelling-list:start -->\n| write | not |\n| --- | --- |\n| x | `Sat Binmas` |\n<!-- spelling-list:end -->')).toThrow(/:4: a spelling row needs/);
	});
});
