/**
 * The format of the question bank file (see src/lib/quiz/bank.ts) and its check in the
 * browser: a file that is not what this page expects (an old cached copy, a proxy's error
 * page, a truncated download) is refused with a reason instead of half-filling the page.
 */
import type { AnswerKey } from './grading';

export const BANK_VERSION = 1;

export interface BankQuestion {
	/** Entry id, e.g. `fkpm/anggota-fkpm-kawasan`. */
	id: string;
	/** Quiz topic of the question. */
	topic: string;
	/** The question's markup, from src/lib/quiz/render.ts. */
	html: string;
}

export interface BankFile {
	v: number;
	lang: 'id' | 'en';
	questions: BankQuestion[];
	keys: Record<string, AnswerKey>;
}

const ID = /^[a-z0-9][a-z0-9/_-]{0,120}$/;
const TYPES = new Set(['pilihan-tunggal', 'pilihan-ganda', 'benar-salah', 'menjodohkan']);

/** Reads a bank file; null with a reason when it cannot be used. */
export function parseBank(data: unknown, lang: string, topics: readonly string[]): { bank: BankFile | null; problem?: string } {
	const o = data as Partial<BankFile> | null;
	if (!o || typeof o !== 'object') return { bank: null, problem: 'not an object' };
	if (o.v !== BANK_VERSION) return { bank: null, problem: `version ${String(o.v)}` };
	if (o.lang !== lang) return { bank: null, problem: `language ${String(o.lang)}` };
	if (!Array.isArray(o.questions) || !o.questions.length || typeof o.keys !== 'object' || !o.keys) return { bank: null, problem: 'no questions' };
	for (const q of o.questions) {
		if (!q || typeof q.id !== 'string' || !ID.test(q.id) || typeof q.html !== 'string' || !topics.includes(q.topic)) return { bank: null, problem: `bad question ${String(q?.id)}` };
		const key = (o.keys as Record<string, AnswerKey>)[q.id];
		if (!key || !TYPES.has(key.type)) return { bank: null, problem: `no key for ${q.id}` };
	}
	return { bank: o as BankFile };
}
