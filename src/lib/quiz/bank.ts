/**
 * The whole question bank of one language as one JSON file, for the pages that need every
 * question (review, whole pocket guide, class builder). Carrying the bank in those pages'
 * HTML made each 35 kB gz; as a file it is fetched once, only by the reader who opens such
 * a page, and kept by the service worker. The name carries a hash of the content, so a new
 * bank is a new URL and a stored one never goes stale.
 *
 * Server only (astro:content). src/pages/data/[file].json.ts writes the files; QuizSet.astro
 * names the file its page needs. src/lib/quiz/bank-file.ts validates it in the browser.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from './answers';
import { answerKey } from './answers';
import { quizLabels } from './labels';
import { questionHtml } from './render';
import { BANK_VERSION, type BankFile } from './bank-file';

const built = new Map<Lang, Promise<{ path: string; body: string }>>();

async function build(lang: Lang): Promise<{ path: string; body: string }> {
	const strings = await getEntry('i18n', lang);
	if (!strings) throw new Error(`quiz bank: content/i18n/${lang}.json is missing`);
	const t = quizLabels(strings.data as Record<string, unknown>);
	const all = (await getCollection('questions')).sort((a, b) => a.id.localeCompare(b.id));
	const file: BankFile = {
		v: BANK_VERSION,
		lang,
		questions: all.map((q, i) => ({ id: q.id, topic: q.data.topic, html: questionHtml(q.id, q.data, lang, t, i + 1) })),
		keys: Object.fromEntries(all.map((q) => [q.id, answerKey(q.data)])),
	};
	const body = JSON.stringify(file);
	const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
	return { path: `/data/soal-${lang}.${hash}.json`, body };
}

/** The bank file of a language: its URL path and its text. */
export function bankFile(lang: Lang): Promise<{ path: string; body: string }> {
	let file = built.get(lang);
	if (!file) {
		file = build(lang);
		built.set(lang, file);
	}
	return file;
}
