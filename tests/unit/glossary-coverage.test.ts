// Every abbreviation and Polri unit name a page uses has a glossary entry.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesIn, pageText, unexplained } from '../../src/lib/glossary/coverage';
import { loadContent, projectRoot } from './yaml-files';

const known = new Set(
	loadContent('terms').flatMap((f) => {
		const d = f.data as { term: string; aliases?: string[] };
		return [d.term, ...(d.aliases ?? [])].map((t) => t.toLowerCase());
	}),
);
const docs = join(projectRoot, 'content', 'docs');
const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => ({ file: relative(projectRoot, join(docs, f)), text: pageText(readFileSync(join(docs, f), 'utf8')) }));

describe('glossary coverage', () => {
	it('has an entry for every abbreviation and unit name used on a page', () => {
		const missing = pages.flatMap(({ file, text }) => unexplained(text, known).map((w) => `${file}: "${w}" has no glossary entry (content/terms/)`));
		expect(missing).toEqual([]);
	});

	it('finds abbreviations and Polri unit names, and not ordinary words', () => {
		expect(namesIn('FKPM dan Kakorbinmas bertemu Dirbinmas; Baharkam. Polisi datang.').sort()).toEqual(['Baharkam', 'Dirbinmas', 'FKPM', 'Kakorbinmas']);
	});

	it('fails on a planted page that uses an unexplained unit name', () => {
		const planted = pageText('---\ntitle: x\n---\nimport A from "b";\nKasatbinmas dan XYZW hadir. `KODE` tidak dihitung.');
		expect(unexplained(planted, known)).toEqual(['Kasatbinmas', 'XYZW']);
	});
});
