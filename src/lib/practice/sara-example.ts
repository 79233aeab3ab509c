/**
 * The SARA workbook's worked example ("Latihan"/"Exercise"), built from one case study of
 * content/cases/ and nothing else: each field holds only what that case's own entry says
 * (its problem, place, period, partners, response, results and strategies). Fields the case
 * does not speak to stay empty, for the reader to work out as the exercise. Pure; called by
 * SaraExample.astro, which also hands the same answers to the island so the reader can copy
 * the example into the workbook.
 */
import type { SaraFieldId, SaraTask } from './sara';

type Text = { id: string; en: string };

/** The parts of a `cases` entry (src/schemas/cases.ts) the example reads. */
export interface CaseLike {
	title: Text;
	where: { province: Text; regency?: string; district?: string; locality?: string };
	period: { stated: boolean; from?: number; to?: number; note?: Text };
	partners: { name: Text }[];
	problem: Text;
	response: { name: Text; what: Text; by?: Text }[];
	results: { claim: Text }[];
	strategies: { list: { id: string } | string; letter: string; how: Text }[];
}

export interface SaraExample {
	name: string;
	answers: Partial<Record<SaraFieldId, string>>;
	tasks: SaraTask[];
	strategies: string[];
	/** How the case shows each strategy, by letter. */
	strategyNotes: Record<string, string>;
}

const listId = (l: { id: string } | string) => (typeof l === 'string' ? l : l.id);

export function saraExampleFromCase(c: CaseLike, lang: 'id' | 'en'): SaraExample {
	const where = [c.where.locality, c.where.district, c.where.regency, c.where.province[lang]].filter(Boolean).join(', ');
	const years = c.period.stated && c.period.from ? (c.period.to && c.period.to !== c.period.from ? `${c.period.from}–${c.period.to}` : `${c.period.from}`) : '';
	const when = [years, c.period.note?.[lang]].filter(Boolean).join('. ');
	const strategies = c.strategies.filter((s) => listId(s.list) === 'strategi-polmas');
	return {
		name: c.title[lang],
		answers: {
			what: c.problem[lang],
			where,
			when,
			actions: c.response.map((r) => `${r.name[lang]}: ${r.what[lang]}`).join('\n'),
			otherPartners: c.partners.map((p) => p.name[lang]).join('; '),
			result: c.results.map((r) => r.claim[lang]).join('\n'),
		},
		tasks: c.response.filter((r) => r.by).map((r) => ({ what: r.name[lang], who: r.by![lang], due: '' })),
		strategies: strategies.map((s) => s.letter),
		strategyNotes: Object.fromEntries(strategies.map((s) => [s.letter, s.how[lang]])),
	};
}
