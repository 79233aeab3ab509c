/**
 * Page weight budgets, checked on every built page: an officer on a prepaid data quota pays for
 * each page's HTML before anything is cached, so the build fails when a page grows past its
 * budget (issue 10). Sizes are gzip bytes as nginx sends them (kB = 1000 bytes).
 *
 * Pure: used by src/integrations/postbuild.ts and tests/unit/page-budget.test.ts.
 */

/** Any page's HTML, gzipped. */
export const PAGE_BUDGET = 20_000;
/**
 * Quiz and trainer pages, gzipped: the pages opened in a class, on many phones at once, over
 * one weak signal. Long quiz topics are split to stay within it (src/lib/quiz/parts.ts).
 */
export const QUIZ_PAGE_BUDGET = 12_000;

/**
 * A whole section as one printable document (/cetak/…), gzipped. Opened on purpose, to
 * print or save, never on the way to something else, and left out of the offline download
 * (it repeats pages the download holds). The concepts document, the largest, is 22.2 kB
 * without the section anchors after its headings (25.2 kB with them); 25 kB holds that
 * gain with room for a few more paragraphs, and a larger section should be printed in parts.
 */
export const PRINT_DOCUMENT_BUDGET = 25_000;

/** The budget of the page at `file` (a path under dist/, e.g. "en/kuis/fkpm/index.html"). */
export function pageBudget(file: string): number {
	if (/^(en\/)?cetak\//.test(file)) return PRINT_DOCUMENT_BUDGET;
	return /^(en\/)?(kuis|pelatih)\//.test(file) ? QUIZ_PAGE_BUDGET : PAGE_BUDGET;
}

/** One line per page over its budget, naming the page, its size and its budget. */
export function budgetProblems(pages: readonly { file: string; wire: number }[]): string[] {
	return pages
		.filter((p) => p.wire > pageBudget(p.file))
		.map((p) => `${p.file}: ${(p.wire / 1000).toFixed(1)} kB gzip HTML, over its budget of ${pageBudget(p.file) / 1000} kB`);
}
