/**
 * Which abbreviations and Polri unit names a page uses that the glossary does not explain.
 * An abbreviation is a word with two or more capitals (FKPM, PPNS, Kakorbinmas is caught by
 * the unit-name pattern); unit and role names follow Polri's own word-building (Ka- head of,
 * Kor-/Dit-/Sat- corps, directorate, unit, -binmas community guidance). Pure:
 * tests/unit/glossary-coverage.test.ts runs it over content/docs/.
 */

/** Words that look like abbreviations but need no entry, each with why. */
export const notTerms: Record<string, string> = {
	JavaScript: 'a product name',
	WhatsApp: 'a product name',
	I: 'roman numeral',
	II: 'roman numeral (month in a decree number)',
	III: 'roman numeral',
	VII: 'roman numeral (month in a decree number)',
	X: 'roman numeral',
	XI: 'roman numeral (month in a decree number)',
	RI: 'Republik Indonesia, part of a statute title',
	UU: 'Undang-Undang, always followed by the statute it names',
	DIY: 'a province name, written out nearby',
	NTB: 'a province name, written out nearby',
	DKI: 'a province name, written out nearby',
	RW: 'rukun warga, an everyday neighbourhood unit',
	RT: 'rukun tetangga, an everyday neighbourhood unit',
	LSM: 'lembaga swadaya masyarakat, everyday Indonesian',
	NGOs: 'English plural of NGO, everyday English',
	COVID: 'the disease',
	POP: 'part of "POP Center", named in full with its source',
	FSRS: 'the review algorithm, explained on the review page',
	NCO: 'English military rank word, everyday English',
	BUJUKLAP: 'part of a field-manual number, given with its source',
	KBR: 'a news outlet named with its report',
	PDF: 'a file format',
	CSV: 'a file format',
	QR: 'a code format',
	ID: 'language code',
	EN: 'language code',
	A4: 'a paper size',
	A6: 'a paper size',
};

/** Readable text of an MDX page: no frontmatter, imports, code, tags or link targets. */
export function pageText(mdx: string): string {
	return mdx
		.replace(/^---[\s\S]*?\n---/, '')
		.split('\n')
		.filter((l) => !/^\s*(import|export) /.test(l))
		.join('\n')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/`[^`]*`/g, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']');
}

const pattern = /\b([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|(?:Ka|Dir|Kor|Dit|Sat|Kasat|Kanit)[a-z]*binmas|Baharkam|Kabaharkam|Babinsa|Kesbangpol)\b/g;

/** The abbreviations and unit names in a text. */
export function namesIn(text: string): string[] {
	return [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))];
}

/** Names in `text` that are neither a glossary term or alias (`known`, lower case) nor in notTerms. */
export function unexplained(text: string, known: ReadonlySet<string>): string[] {
	return namesIn(text).filter((w) => !known.has(w.toLowerCase()) && !(w in notTerms));
}
