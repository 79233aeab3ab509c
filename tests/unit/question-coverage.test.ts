/**
 * Coverage of the question bank: src/lib/quiz/coverage.ts on small fixtures, then the
 * real collections read from content/ (doctrine, instruments, terms, cases, questions, sources), each file
 * parsed with its zod schema, so a gap or a bad reference in the YAML fails this test.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { collectionCoverage, questionCoverage, unmentionedTerms } from '../../src/lib/quiz/coverage';
import { caseSchema } from '../../src/schemas/cases';
import { doctrineListSchema } from '../../src/schemas/doctrine';
import { instrumentSchema } from '../../src/schemas/instruments';
import { questionSchema, quizTopics, type Question } from '../../src/schemas/questions';
import { termSchema } from '../../src/schemas/terms';
import { loadContent } from './yaml-files';

describe('questionCoverage', () => {
	const lists = [
		{ id: 'fungsi', items: [{ letter: 'a' }, { letter: 'b' }] },
		{ id: 'sasaran', items: [{ letter: 'a' }] },
	];
	const instruments = [{ id: 'uu-2-2002' }, { id: 'perpol-1-2021' }];

	it('reports nothing when every item and instrument is tested', () => {
		const report = questionCoverage(lists, instruments, [
			{ id: 'q1', doctrine: [{ list: 'fungsi', item: 'a' }, { list: { id: 'fungsi' }, item: 'b' }], instruments: ['uu-2-2002'] },
			{ id: 'q2', doctrine: [{ list: 'sasaran', item: 'a' }], instruments: [{ id: 'perpol-1-2021' }] },
		]);
		expect(report).toEqual({ uncoveredItems: [], uncoveredInstruments: [], badDoctrineRefs: [] });
	});

	it('reports a doctrine item and an instrument no question tests', () => {
		const report = questionCoverage(lists, instruments, [
			{ id: 'q1', doctrine: [{ list: 'fungsi', item: 'a' }, { list: 'sasaran', item: 'a' }], instruments: ['uu-2-2002'] },
		]);
		expect(report.uncoveredItems).toEqual([{ list: 'fungsi', item: 'b' }]);
		expect(report.uncoveredInstruments).toEqual(['perpol-1-2021']);
		expect(report.badDoctrineRefs).toEqual([]);
	});

	it('reports a letter the list does not have, and a list that does not exist, without counting them as coverage', () => {
		const report = questionCoverage(lists, instruments, [
			{ id: 'q1', doctrine: [{ list: 'fungsi', item: 'z' }, { list: 'strategi', item: 'a' }] },
		]);
		expect(report.badDoctrineRefs).toEqual([
			{ question: 'q1', list: 'fungsi', item: 'z', reason: 'unknown-item' },
			{ question: 'q1', list: 'strategi', item: 'a', reason: 'unknown-list' },
		]);
		expect(report.uncoveredItems).toHaveLength(3);
	});

	it('finds key terms no question mentions, ignoring case, in stems, options and pairs', () => {
		const questions = [
			{ stem: { id: 'Apa itu BKPM?', en: 'What is the BKPM?' } },
			{ stem: { id: 'Jodohkan', en: 'Match' }, pairs: [{ left: { id: 'pilar polmas', en: 'x' }, right: { id: 'y', en: 'y' } }] },
			{ stem: { id: 'Pilih', en: 'Choose' }, options: [{ text: { id: 'Model kawasan', en: 'Zone model' } }] },
		];
		expect(unmentionedTerms(['BKPM', 'Pilar Polmas', 'model kawasan', 'FKPM'], questions)).toEqual(['FKPM']);
	});
});

describe('collectionCoverage', () => {
	const cases = ['trenggalek', 'desa-les-bali', 'tampan-pekanbaru'];

	it('reports nothing when every case is referenced, whether written as an id or as a reference object', () => {
		const report = collectionCoverage(cases, [
			{ id: 'q1', cases: ['trenggalek', { id: 'desa-les-bali' }] },
			{ id: 'q2', cases: [{ id: 'tampan-pekanbaru' }], terms: ['fkpm'] },
		], 'cases');
		expect(report).toEqual({ unreferenced: [], badRefs: [] });
	});

	it('reports a case no question references, in collection order', () => {
		const report = collectionCoverage(cases, [{ id: 'q1', cases: ['desa-les-bali'] }, { id: 'q2' }], 'cases');
		expect(report.unreferenced).toEqual(['trenggalek', 'tampan-pekanbaru']);
		expect(report.badRefs).toEqual([]);
	});

	it('reports a reference to a missing id without counting it as coverage, and reads only the field asked for', () => {
		const report = collectionCoverage(['fkpm', 'bkpm'], [
			{ id: 'q1', terms: ['fkpm', 'pokdar'], cases: ['bkpm'] },
		], 'terms');
		expect(report.badRefs).toEqual([{ question: 'q1', id: 'pokdar' }]);
		expect(report.unreferenced).toEqual(['bkpm']);
	});
});

// ---- The real content ----

/** Parses every YAML file of a collection with its schema; the id is the path without extension, as Astro's glob loader makes it. */
function load<S extends z.ZodType>(dir: string, schema: S): { id: string; file: string; data: z.infer<S> }[] {
	return loadContent(dir).map((f) => {
		const result = schema.safeParse(f.data);
		if (!result.success) {
			const issues = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
			throw new Error(`${f.file} does not match its schema:\n${issues}`);
		}
		return { id: f.id, file: f.file, data: result.data };
	});
}

describe('the question bank in content/', () => {
	const doctrine = load('doctrine', doctrineListSchema);
	const instruments = load('instruments', instrumentSchema);
	const questions = load('questions', questionSchema);
	const terms = load('terms', termSchema);
	const cases = load('cases', caseSchema);
	const sourceIds = new Set(loadContent('sources').map((f) => f.id));

	it('has a question for every doctrine item and every instrument, and no question names a missing letter', () => {
		const report = questionCoverage(
			doctrine.map((l) => ({ id: l.id, items: l.data.items })),
			instruments.map((i) => ({ id: i.id })),
			questions.map((q) => ({ id: q.id, doctrine: q.data.doctrine, instruments: q.data.instruments })),
		);
		expect(doctrine.length).toBeGreaterThanOrEqual(6);
		expect(report).toEqual({ uncoveredItems: [], uncoveredInstruments: [], badDoctrineRefs: [] });
	});

	it('references every case study in at least one question, and only terms and cases that exist', () => {
		const refs = questions.map((q) => ({ id: q.id, terms: q.data.terms, cases: q.data.cases }));
		const caseReport = collectionCoverage(cases.map((c) => c.id), refs, 'cases');
		const termReport = collectionCoverage(terms.map((t) => t.id), refs, 'terms');
		expect(cases.length).toBeGreaterThanOrEqual(5);
		expect(caseReport).toEqual({ unreferenced: [], badRefs: [] });
		expect(termReport.badRefs).toEqual([]);
	});

	it('has at least 10 questions on glossary terms (istilah), each naming the terms it tests', () => {
		const istilah = questions.filter((q) => q.data.topic === 'istilah');
		expect(istilah.length).toBeGreaterThanOrEqual(10);
		expect(istilah.filter((q) => q.data.terms.length === 0).map((q) => q.id)).toEqual([]);
	});

	it('names every key definition in at least one question', () => {
		const keyTerms = [
			'Polmas', 'Pengemban Polmas', 'Pengemban Strategi Polmas', 'Petugas Polmas', 'Strategi Polmas',
			'Pilar Polmas', 'FKPM', 'BKPM', 'Bhabinkamtibmas', 'model wilayah', 'model kawasan',
		];
		expect(unmentionedTerms(keyTerms, questions.map((q) => q.data))).toEqual([]);
	});

	it('has at least 80 questions, each with Indonesian and English text throughout', () => {
		expect(questions.length).toBeGreaterThanOrEqual(80);
		const blank = questions.filter(({ data: q }) => {
			const texts = [q.stem, q.explanation];
			if (q.type === 'pilihan-tunggal' || q.type === 'pilihan-ganda') texts.push(...q.options.map((o) => o.text));
			if (q.type === 'menjodohkan') for (const p of q.pairs) texts.push(p.left, p.right);
			return texts.some((t) => !t.id.trim() || !t.en.trim());
		});
		expect(blank.map((q) => q.id)).toEqual([]);
	});

	it('mixes all four types, at least 8 of each, and files each question under its own topic', () => {
		const perType = new Map<Question['type'], number>();
		for (const q of questions) perType.set(q.data.type, (perType.get(q.data.type) ?? 0) + 1);
		for (const type of ['pilihan-tunggal', 'pilihan-ganda', 'benar-salah', 'menjodohkan'] as const) {
			expect(perType.get(type) ?? 0, type).toBeGreaterThanOrEqual(8);
		}
		const misfiled = questions.filter((q) => q.id.split('/')[0] !== q.data.topic).map((q) => q.id);
		expect(misfiled).toEqual([]);
		const topicsUsed = new Set(questions.map((q) => q.data.topic));
		for (const topic of quizTopics) expect(topicsUsed.has(topic), topic).toBe(true);
	});

	it('gives matching questions distinct left and right sides, so each pairing is unambiguous', () => {
		const ambiguous = questions.filter(({ data: q }) => {
			if (q.type !== 'menjodohkan') return false;
			const sides = [q.pairs.map((p) => p.left.id), q.pairs.map((p) => p.left.en), q.pairs.map((p) => p.right.id), q.pairs.map((p) => p.right.en)];
			return sides.some((texts) => new Set(texts).size !== texts.length);
		});
		expect(ambiguous.map((q) => q.id)).toEqual([]);
	});

	it('cites only sources that exist and links a site path with a trailing slash', () => {
		const bad = questions.flatMap((q) => [
			...q.data.sources.filter((s) => !sourceIds.has(s.id)).map((s) => `${q.id}: unknown source ${s.id}`),
			...(/\/(#[a-z0-9-]+)?$/.test(q.data.page) ? [] : [`${q.id}: page ${q.data.page} lacks a trailing slash`]),
		]);
		expect(bad).toEqual([]);
	});

	it('links page anchors that exist: a glossary term on /glosarium/, elsewhere a doctrine list anchor plus one of its letters', () => {
		const anchors = new Map(doctrine.map((l) => [l.data.anchor, new Set(l.data.items.map((i) => i.letter))]));
		const termIds = new Set(terms.map((t) => t.id));
		const bad = questions
			.map((q) => ({ id: q.id, path: q.data.page.split('#')[0], hash: q.data.page.split('#')[1] }))
			.filter(({ hash }) => hash !== undefined)
			.filter(({ path, hash }) => {
				if (path === '/glosarium/') return !termIds.has(hash!);
				const m = /^(.+)-([a-z])$/.exec(hash!);
				return !m || !anchors.get(m[1])?.has(m[2]);
			})
			.map(({ id, hash }) => `${id}: #${hash}`);
		expect(bad).toEqual([]);
	});
});
