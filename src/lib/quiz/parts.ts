/**
 * Long quiz topics in parts. A topic page carries its questions in its HTML (it works without
 * JavaScript), so a topic with many questions makes a heavy page on a prepaid data quota. A
 * topic with more than QUESTIONS_PER_PAGE questions is shown over several pages: the topic's
 * own page (/kuis/<topic>/, part 1) and /kuis/<topic>-<n>/ for the others, each an MDX page
 * with `part: n` in its frontmatter.
 *
 * Pure: used by QuizSet.astro (which fails the build when a part's page is missing or out of
 * range), by the trainer's check of a hand-in (src/lib/handin/verify.ts, which draws a part's
 * set as its page does) and by tests/unit/quiz-parts.test.ts.
 */

/**
 * Most questions on one page. Measured on /kuis/istilah/ (22 questions, 12.4 kB gz) and
 * /kuis/bhabinkamtibmas/ (20, 11.3 kB): 300–330 bytes gz per question over a page of 5.3 kB,
 * so 18 questions keep a topic page near 11 kB, under the 12 kB budget of quiz pages
 * (src/lib/build/page-budget.ts), with room for longer questions. The hand-in box that every
 * topic page carries (src/user-components/handin/HandIn.astro) adds about 0.43 kB: the
 * heaviest topic page, /en/kuis/definisi/ (16 questions), is 11.4 kB with it.
 */
export const QUESTIONS_PER_PAGE = 18;

/**
 * Highest part a hand-in code may name (src/lib/handin/code.ts; src/lib/quiz/url-params.ts
 * allows the same two digits by pattern): far above what any topic needs.
 */
export const MAX_PART = 99;

/** How many pages a topic of `count` questions needs. */
export function partCount(count: number, perPage = QUESTIONS_PER_PAGE): number {
	return Math.max(1, Math.ceil(count / perPage));
}

/**
 * The items of part `part` (1-based) when `items` are split into `parts` parts of sizes that
 * differ by at most one (22 in two parts: 11 and 11, not 16 and 6), in their given order.
 */
export function partOf<T>(items: readonly T[], part: number, parts = partCount(items.length)): T[] {
	if (!Number.isInteger(part) || part < 1 || part > parts) throw new RangeError(`part ${part} is not between 1 and ${parts}`);
	const base = Math.floor(items.length / parts);
	const extra = items.length % parts;
	const start = (part - 1) * base + Math.min(part - 1, extra);
	return items.slice(start, start + base + (part <= extra ? 1 : 0));
}

/** The path of part `part` of a topic, without the language prefix. */
export function partPath(topic: string, part: number): string {
	return part === 1 ? `/kuis/${topic}/` : `/kuis/${topic}-${part}/`;
}

/**
 * What is wrong with a topic's pages in one language: the parts it needs that have no page,
 * and the pages whose part it does not have. Empty when every part has exactly one page.
 */
export function partProblems(count: number, pageParts: readonly number[], perPage = QUESTIONS_PER_PAGE): string[] {
	const parts = partCount(count, perPage);
	const problems: string[] = [];
	for (let p = 1; p <= parts; p++) {
		const n = pageParts.filter((x) => x === p).length;
		if (n === 0) problems.push(`part ${p} of ${parts} has no page`);
		if (n > 1) problems.push(`part ${p} has ${n} pages`);
	}
	for (const p of new Set(pageParts)) if (p > parts) problems.push(`part ${p} is beyond the ${parts} part(s) that ${count} questions need`);
	return problems;
}
