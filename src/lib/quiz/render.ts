/**
 * One quiz question as HTML: the form the reader answers and its answer in a <details>.
 * Pure and shared: topic pages render their questions with it on the server (they work
 * without JavaScript), and the whole-bank file that the review, whole-guide and class
 * builder pages fetch (src/lib/quiz/bank.ts) carries the same markup, so there is one
 * definition of a question on the page. Every text is escaped.
 */
import type { Question } from '../../schemas/questions';
import { localePath } from '../i18n';
import type { QuizLabels } from './labels';
import { answerTexts, shownMatches, shownOptions, type Lang } from './answers';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for an HTML text node or a double-quoted attribute. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => escapes[c]!);

/** The element id of a question (entry ids hold a slash). */
export const domId = (id: string): string => `q-${id.replace(/[^a-z0-9-]/g, '--')}`;

export function questionHtml(id: string, q: Question, lang: Lang, t: QuizLabels, number: number): string {
	const dom = domId(id);
	const field = `${dom}-a`;
	const options = shownOptions(q, id, lang, t);
	const answer = answerTexts(q, lang, t);
	const input = q.type === 'pilihan-ganda' ? 'checkbox' : 'radio';
	const parts: string[] = [];
	parts.push(`<li class="quiz-q" id="${dom}" data-id="${esc(id)}" data-topic="${esc(q.topic)}" data-type="${q.type}"><fieldset>`);
	parts.push(`<legend><span class="quiz-num">${esc(t.question)} ${number}.</span> ${esc(q.stem[lang])}`);
	if (q.type === 'pilihan-ganda') parts.push(`<span class="quiz-multi"> ${esc(t.chooseAll)}</span>`);
	parts.push('</legend>');
	if (options.length) {
		parts.push('<ul class="quiz-opts">');
		for (const o of options)
			parts.push(`<li data-value="${esc(o.value)}"><label><input type="${input}" name="${field}" value="${esc(o.value)}"> <span>${esc(o.text)}</span></label></li>`);
		parts.push('</ul>');
	}
	if (q.type === 'menjodohkan') {
		const rights = shownMatches(q, id, lang);
		parts.push('<ul class="quiz-pairs">');
		q.pairs.forEach((p, n) => {
			parts.push(`<li><label for="${dom}-m${n}">${esc(p.left[lang])}</label><select id="${dom}-m${n}" data-left="${n}"><option value="">${esc(t.choose)}</option>`);
			for (const r of rights) parts.push(`<option value="${r.n}">${esc(r.text)}</option>`);
			parts.push('</select></li>');
		});
		parts.push('</ul>');
	}
	parts.push('</fieldset><p class="quiz-last" hidden></p>');
	parts.push(`<button type="button" class="quiz-check" hidden>${esc(t.check)}</button>`);
	parts.push('<div class="quiz-feedback" role="status" aria-live="polite"></div>');
	const answerLine = answer.length === 1 ? esc(answer[0]!) : `<span>${answer.map(esc).join('; ')}</span>`;
	parts.push(
		`<details class="quiz-answer"><summary>${esc(t.showAnswer)}</summary><div class="quiz-answer-body">` +
			`<p class="quiz-key"><strong>${esc(t.answer)}:</strong> ${answerLine}</p>` +
			`<p>${esc(q.explanation[lang])}</p>` +
			`<p><a href="${esc(localePath(q.page, lang))}">${esc(t.readMore)}</a></p></div></details></li>`,
	);
	return parts.join('');
}
