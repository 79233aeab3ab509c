/**
 * The bank lint: tells in a question that give its answer away without knowing the
 * doctrine. Pure; tests/unit/question-bank-lint.test.ts runs it over content/questions/
 * and fails naming each file and what gives it away.
 *
 * - `longest-answer`: in a single-choice question the right option is at least 1.5× as long
 *   as the longest wrong one (in either language). Across the bank, the right option may be
 *   the longest in at most 35 % of single-choice questions (`longestShare`).
 * - `all-right`: every option of a multiple-choice question is right, or all but one.
 * - `answer-in-stem`: the stem contains the right option's text, or most of its distinctive
 *   words (those of 5 letters or more that no wrong option has).
 */
import type { Question } from '../../schemas/questions';

export type LintKind = 'longest-answer' | 'all-right' | 'answer-in-stem';
export interface LintIssue {
	kind: LintKind;
	lang: 'id' | 'en';
	detail: string;
}

/** Right option at least this many times the longest wrong one is a tell. */
export const LONGEST_RATIO = 1.5;
/** Largest share of single-choice questions whose right option is the longest. */
export const MAX_LONGEST_SHARE = 0.35;

const langs = ['id', 'en'] as const;
const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}/ ]+/gu, ' ').replace(/\s+/g, ' ').trim();
const words = (s: string) => new Set(norm(s).split(' ').filter((w) => w.length >= 5));

export function lintQuestion(q: Question): LintIssue[] {
	const issues: LintIssue[] = [];
	if (q.type === 'pilihan-tunggal') {
		for (const lang of langs) {
			const right = q.options.find((o) => o.key === q.answer)!.text[lang];
			const wrong = q.options.filter((o) => o.key !== q.answer).map((o) => o.text[lang]);
			const longestWrong = Math.max(...wrong.map((w) => w.length));
			if (right.length >= LONGEST_RATIO * longestWrong)
				issues.push({ kind: 'longest-answer', lang, detail: `right option ${right.length} characters, longest wrong one ${longestWrong} (${(right.length / longestWrong).toFixed(1)}×)` });
		}
	}
	if (q.type === 'pilihan-ganda' && q.options.length >= 3 && q.answer.length >= q.options.length - 1)
		issues.push({ kind: 'all-right', lang: 'id', detail: `${q.answer.length} of ${q.options.length} options are right` });
	if (q.type === 'pilihan-tunggal' || q.type === 'pilihan-ganda') {
		const rightKeys = new Set(q.type === 'pilihan-tunggal' ? [q.answer] : q.answer);
		for (const lang of langs) {
			const stem = norm(q.stem[lang]);
			const stemWords = words(q.stem[lang]);
			const wrongWords = new Set(q.options.filter((o) => !rightKeys.has(o.key)).flatMap((o) => [...words(o.text[lang])]));
			for (const o of q.options.filter((o) => rightKeys.has(o.key))) {
				const text = norm(o.text[lang]);
				const distinctive = [...words(o.text[lang])].filter((w) => !wrongWords.has(w));
				const inStem = distinctive.filter((w) => stemWords.has(w));
				if ((text.length >= 4 && stem.includes(text)) || (distinctive.length >= 2 && inStem.length / distinctive.length >= 0.6))
					issues.push({ kind: 'answer-in-stem', lang, detail: `option ${o.key} is given by the stem (${inStem.join(', ') || text})` });
			}
		}
	}
	return issues;
}

/** Share of single-choice questions whose right option is the longest, in Indonesian. */
export function longestShare(questions: Question[]): { longest: number; total: number; share: number } {
	const single = questions.filter((q): q is Extract<Question, { type: 'pilihan-tunggal' }> => q.type === 'pilihan-tunggal');
	const longest = single.filter((q) => {
		const right = q.options.find((o) => o.key === q.answer)!.text.id.length;
		return q.options.every((o) => o.key === q.answer || o.text.id.length < right);
	}).length;
	return { longest, total: single.length, share: single.length ? longest / single.length : 0 };
}
