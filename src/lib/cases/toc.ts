/**
 * The "On this page" entries of a case study page. Its sections (problem, what was done,
 * findings, results, strategies, lessons, questions) are drawn by CaseFacts.astro from the
 * `cases` entry, not written in Markdown, so Starlight's table of contents never saw them
 * and a case page listed only its overview. The route middleware appends these after the
 * page's own headings, which come first on the page too. The slugs are CaseFacts' ids.
 */
import type { Lang, Translate } from '../i18n';

/** One entry of Starlight's table of contents. */
export interface TocItem {
	depth: number;
	slug: string;
	text: string;
	children: TocItem[];
}

/** The case's sections in page order; `findings` are the case's findings, each with its heading. */
export function caseTocItems(findings: readonly { heading: Record<Lang, string> }[], lang: Lang, t: Translate): TocItem[] {
	const item = (slug: string, text: string): TocItem => ({ depth: 2, slug, text, children: [] });
	return [
		item('masalah', t('case.problem')),
		item('tindakan', t('case.response')),
		...findings.map((f, i) => item(`temuan-${i + 1}`, f.heading[lang])),
		item('hasil', t('case.results')),
		item('strategi', t('case.strategies')),
		item('pelajaran', t('case.lessons')),
		item('pertanyaan', t('case.questions')),
	];
}
