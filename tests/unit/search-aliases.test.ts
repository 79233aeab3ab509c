import { describe, expect, it } from 'vitest';
import { describeAliasProblems, findAliasProblems, pageLang, type AliasedPage } from '../../src/lib/search/aliases';
import { aliasesField } from '../../src/schemas/page';

const page = (id: string, title: string, aliases: string[] = []): AliasedPage => ({
	id,
	filePath: `content/docs/${id}.mdx`,
	data: { title, aliases },
});

describe('search aliases across pages', () => {
	it('accepts aliases that each lead to one page', () => {
		const pages = [
			page('konsep/bhabinkamtibmas', 'Bhabinkamtibmas', ['Babinkamtibmas', 'Binmas']),
			page('konsep/apa-itu-polmas', 'Apa itu Polmas', ['community policing']),
			// The same alias in another language is another index: no clash.
			page('en/konsep/bhabinkamtibmas', 'Bhabinkamtibmas', ['Babinkamtibmas']),
		];
		expect(findAliasProblems(pages)).toEqual([]);
	});

	it('rejects an alias two pages of one language claim, naming the second file and field', () => {
		const problems = findAliasProblems([
			page('konsep/bhabinkamtibmas', 'Bhabinkamtibmas', ['Binmas']),
			page('glosarium', 'Glosarium', ['Istilah', 'binmas']),
		]);
		expect(problems).toHaveLength(1);
		expect(describeAliasProblems(problems)).toBe(
			'content/docs/glosarium.mdx: field "aliases[1]" ("binmas") is also an alias of content/docs/konsep/bhabinkamtibmas.mdx: an alias must lead to one page',
		);
	});

	it("rejects an alias that is another page's title or the page's own", () => {
		const problems = findAliasProblems([
			page('konsep/fkpm-bkpm', 'FKPM dan BKPM', ['fkpm  dan bkpm']),
			page('fkpm', 'FKPM untuk warga', ['FKPM dan BKPM']),
		]);
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			['content/docs/konsep/fkpm-bkpm.mdx', 'aliases[0]'],
			['content/docs/fkpm.mdx', 'aliases[0]'],
		]);
		expect(problems[0].reason).toMatch(/repeats the page title/);
		expect(problems[1].reason).toMatch(/is the title of content\/docs\/konsep\/fkpm-bkpm\.mdx/);
	});

	it('reads the language from the entry id', () => {
		expect(pageLang('en/konsep/x')).toBe('en');
		expect(pageLang('konsep/x')).toBe('root');
		expect(pageLang('index')).toBe('root');
	});
});

describe('the aliases field', () => {
	it('defaults to none and trims each alias', () => {
		expect(aliasesField.parse(undefined)).toEqual([]);
		expect(aliasesField.parse([' Babinkamtibmas '])).toEqual(['Babinkamtibmas']);
	});

	it('rejects a repeated, empty or overlong alias', () => {
		expect(aliasesField.safeParse(['Binmas', 'binmas']).success).toBe(false);
		expect(aliasesField.safeParse([' ']).success).toBe(false);
		expect(aliasesField.safeParse(['x'.repeat(61)]).success).toBe(false);
	});
});
