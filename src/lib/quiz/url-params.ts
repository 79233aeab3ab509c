/**
 * Reading a quiz set from the URL (`?seed=…&topic=a,b&count=10&lembar=kunci`) without
 * trusting it. Anything outside the whitelist is dropped: topics must be known topic ids,
 * the count is clamped, and a seed must be a short run of letters, digits and hyphens, so a
 * crafted value such as `<script>` never reaches the page. `part=n` names one part of a long
 * topic (src/lib/quiz/parts.ts): an integer 1–99, kept only with exactly one topic; only the
 * trainer's results page reads it (a quiz page's part is the page itself). Pure; used by the
 * quiz element, the trainer's builder and the results page.
 */

export const MAX_COUNT = 100;
const SEED = /^[A-Za-z0-9-]{1,32}$/;

export interface QuizParams {
	/** Seed for the order, or null when absent or unsafe. */
	seed: string | null;
	/** Topics asked for, whitelisted and de-duplicated; empty means "no filter". */
	topics: string[];
	/** How many questions, 1…MAX_COUNT, or null for all. */
	count: number | null;
	/** Part of a long topic, 1…99 (MAX_PART of src/lib/quiz/parts.ts), with exactly one topic; null when absent or unsound. */
	part: number | null;
	/** Printable sheet asked for by the trainer's builder: questions only, or the answer key. */
	sheet: 'soal' | 'kunci' | null;
	/** Whether something in the URL was dropped as unsafe or unknown (for a quiet notice). */
	rejected: boolean;
}

export function parseQuizParams(search: string, knownTopics: readonly string[]): QuizParams {
	const p = new URLSearchParams(search);
	let rejected = false;

	const rawSeed = p.get('seed');
	let seed: string | null = null;
	// An empty field (the builder's form sent with no code) just means "pick one for me".
	if (rawSeed !== null && rawSeed !== '') {
		if (SEED.test(rawSeed)) seed = rawSeed;
		else rejected = true;
	}

	const topics: string[] = [];
	for (const raw of p.getAll('topic').flatMap((t) => t.split(','))) {
		const t = raw.trim();
		if (!t) continue;
		if (knownTopics.includes(t)) {
			if (!topics.includes(t)) topics.push(t);
		} else rejected = true;
	}

	let count: number | null = null;
	const rawCount = p.get('count');
	if (rawCount !== null && rawCount.trim() !== '') {
		const n = /^\d{1,6}$/.test(rawCount.trim()) ? Number(rawCount.trim()) : NaN;
		if (Number.isFinite(n)) count = Math.min(MAX_COUNT, Math.max(1, n));
		else rejected = true;
	}

	let part: number | null = null;
	const rawPart = p.get('part');
	if (rawPart !== null && rawPart.trim() !== '') {
		// Two digits, no leading zero: 1–99. Not imported from parts.ts, which would bring its
		// splitting code into every quiz page's script for one constant.
		if (/^[1-9]\d?$/.test(rawPart.trim()) && topics.length === 1) part = Number(rawPart.trim());
		else rejected = true;
	}

	const rawSheet = p.get('lembar');
	const sheet = rawSheet === 'soal' || rawSheet === 'kunci' ? rawSheet : null;
	if (rawSheet !== null && sheet === null) rejected = true;

	return { seed, topics, count, part, sheet, rejected };
}

/** The query string for a set (the inverse of parseQuizParams, for share links). */
export function quizQuery(p: { seed: string; topics?: string[]; count?: number | null; part?: number | null; sheet?: 'soal' | 'kunci' | null }): string {
	const q = new URLSearchParams();
	q.set('seed', p.seed);
	if (p.topics?.length) q.set('topic', p.topics.join(','));
	if (p.count) q.set('count', String(p.count));
	if (p.part) q.set('part', String(p.part));
	if (p.sheet) q.set('lembar', p.sheet);
	return `?${q.toString()}`;
}
