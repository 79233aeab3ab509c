/**
 * The spelling and terms list of CONTRIBUTING.md, read and applied. The list is a Markdown
 * table between `<!-- spelling-list:start -->` and `<!-- spelling-list:end -->`: the first
 * column the form to write, the second the forbidden variants, each in backticks. A variant
 * matches case-sensitively and as a whole word (no letter or digit right before or after it).
 *
 * Two kinds of line are left alone: a glossary entry's `aliases:` line (aliases exist to list
 * the other spellings readers search for) and a line carrying the marker `ejaan-boleh`
 * (a YAML `# ejaan-boleh` comment, an MDX `{/* ejaan-boleh *\/}` comment), for the few places
 * that quote a variant on purpose, such as a source's own title or a page comparing how the
 * sources write a name. Pure: tests/unit/spelling.test.ts runs it over content/.
 */

export interface SpellingRule {
	/** The form to write. */
	write: string;
	/** Variants that must not appear. */
	forbidden: string[];
	/** Line of CONTRIBUTING.md the rule is on, for messages. */
	line: number;
}

export interface SpellingHit {
	/** Path of the file, as given. */
	file: string;
	/** 1-based line number. */
	line: number;
	/** The forbidden variant found. */
	found: string;
	/** The form to write instead. */
	write: string;
}

/** The marker that allows a variant on its line. */
export const allowMarker = 'ejaan-boleh';

const codeSpans = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.trim()).filter(Boolean);

/** The rules of the spelling table in a CONTRIBUTING.md text; throws when the table is missing or a row is malformed. */
export function parseSpellingList(markdown: string): SpellingRule[] {
	const lines = markdown.split('\n');
	const start = lines.findIndex((l) => l.includes('<!-- spelling-list:start -->'));
	const end = lines.findIndex((l) => l.includes('<!-- spelling-list:end -->'));
	if (start < 0 || end < start) throw new Error('CONTRIBUTING.md: no spelling list between <!-- spelling-list:start --> and <!-- spelling-list:end -->');
	const rules: SpellingRule[] = [];
	for (let i = start + 1; i < end; i++) {
		const row = lines[i]!.trim();
		if (!row.startsWith('|') || /^\|\s*-/.test(row)) continue;
		const cells = row.slice(1, row.endsWith('|') ? -1 : undefined).split('|');
		const write = codeSpans(cells[0] ?? '');
		const forbidden = codeSpans(cells[1] ?? '');
		if (write.length === 0 && forbidden.length === 0) continue; // the header row
		if (write.length !== 1 || forbidden.length === 0) {
			throw new Error(`CONTRIBUTING.md:${i + 1}: a spelling row needs one \`form\` to write and at least one \`variant\` not to write`);
		}
		rules.push({ write: write[0]!, forbidden, line: i + 1 });
	}
	if (rules.length === 0) throw new Error('CONTRIBUTING.md: the spelling list has no rows');
	return rules;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One whole-word, case-sensitive pattern per forbidden variant. */
function compile(rules: readonly SpellingRule[]): { re: RegExp; found: string; write: string }[] {
	return rules.flatMap((r) => r.forbidden.map((found) => ({ re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(found)}(?![\\p{L}\\p{N}])`, 'u'), found, write: r.write })));
}

/** Forbidden variants in one file's text, line by line. */
export function spellingHits(file: string, text: string, rules: readonly SpellingRule[]): SpellingHit[] {
	const checks = compile(rules);
	const hits: SpellingHit[] = [];
	text.split('\n').forEach((content, i) => {
		if (content.includes(allowMarker) || /^\s*aliases\s*:/.test(content)) return;
		for (const { re, found, write } of checks) if (re.test(content)) hits.push({ file, line: i + 1, found, write });
	});
	return hits;
}

/** A hit as a message naming file and line. */
export const formatHit = (h: SpellingHit): string => `${h.file}:${h.line}: "${h.found}" — write "${h.write}" (spelling list in CONTRIBUTING.md)`;
