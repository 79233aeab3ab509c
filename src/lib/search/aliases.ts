/**
 * Build check of the pages' search aliases (frontmatter `aliases`, src/schemas/page.ts).
 * The schema checks each list on its own; this checks them across pages of one language:
 * an alias must lead to one page only, so it may not be claimed by two pages, nor be
 * another page's title (that page is what a reader typing it wants), nor repeat the page's
 * own title (the title is indexed already). Pure: src/lib/content/check.ts passes in the
 * loaded docs and fails the build with the messages.
 */

export interface AliasedPage {
	/** Entry id, e.g. `konsep/bhabinkamtibmas` or `en/konsep/bhabinkamtibmas`. */
	id: string;
	/** Source file, relative to the project root. */
	filePath?: string;
	data: { title: string; aliases?: readonly string[] };
}

export interface AliasProblem {
	file: string;
	field: string;
	alias: string;
	reason: string;
}

/** The page's language: its first path segment when that is a non-root locale. */
export function pageLang(id: string, locales: readonly string[] = ['en']): string {
	const first = id.split('/')[0];
	return locales.includes(first) ? first : 'root';
}

const key = (text: string) => text.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ');

/** Every alias that is ambiguous or redundant, with the file and field that hold it. */
export function findAliasProblems(pages: readonly AliasedPage[]): AliasProblem[] {
	const problems: AliasProblem[] = [];
	const titles = new Map<string, AliasedPage>();
	for (const page of pages) titles.set(`${pageLang(page.id)}|${key(page.data.title)}`, page);
	const claimed = new Map<string, AliasedPage>();
	const fileOf = (page: AliasedPage) => page.filePath ?? `content/docs/${page.id}.mdx`;
	for (const page of pages) {
		const lang = pageLang(page.id);
		(page.data.aliases ?? []).forEach((alias, i) => {
			const k = `${lang}|${key(alias)}`;
			const report = (reason: string) => problems.push({ file: fileOf(page), field: `aliases[${i}]`, alias, reason });
			const titled = titles.get(k);
			const other = claimed.get(k);
			// One reason per alias, the plainest first.
			if (titled === page) report('repeats the page title, which search already finds');
			else if (titled) report(`is the title of ${fileOf(titled)}: a reader typing it wants that page`);
			else if (other && other !== page) report(`is also an alias of ${fileOf(other)}: an alias must lead to one page`);
			if (!other) claimed.set(k, page);
		});
	}
	return problems;
}

/** One line per problem: `content/docs/x.mdx: field "aliases[1]" ("Binmas") is also an alias of …`. */
export function describeAliasProblems(problems: readonly AliasProblem[]): string {
	return problems.map((p) => `${p.file}: field "${p.field}" ("${p.alias}") ${p.reason}`).join('\n');
}
