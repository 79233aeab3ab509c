/**
 * The quiz's share of the UI strings (content/i18n/<lang>.json, keys `quiz.*` and
 * `quizTopic.*`, declared in src/schemas/ui/quiz.ts). Server components embed the `quiz.*`
 * strings in the page's JSON, so the islands carry no strings of their own.
 */
import type { z } from 'astro/zod';
import { stringsWithPrefix, type Translate } from '../i18n';
import type { quizStrings } from '../../schemas/ui/quiz';

type Unprefixed<K, P extends string> = K extends `${P}${infer Rest}` ? Rest : never;

/** Quiz labels by short name (`check` for `quiz.check`). */
export type QuizLabels = Record<Unprefixed<keyof z.infer<typeof quizStrings>, 'quiz.'>, string>;

/** The `quiz.*` strings of one language, from `Astro.locals.t.all()`. */
export function quizLabels(all: Record<string, unknown>): QuizLabels {
	return stringsWithPrefix(all, 'quiz.') as QuizLabels;
}

/** Display name of a quiz topic. */
export function topicName(t: Translate, topic: string): string {
	return t(`quizTopic.${topic}` as Parameters<Translate>[0]);
}

/**
 * The labels the <quiz-set> island itself writes (the server renders the rest), by what the
 * page does, so each quiz page carries only the ones it can show.
 */
const everyPage = [
	'corrupt', 'dropped', 'empty', 'fewer', 'foreign', 'full', 'lastRight', 'lastWrong', 'newer', 'noMistakes', 'partial',
	'practice', 'question', 'rejected', 'resumed', 'right', 'scoreLine', 'unavailable', 'unsaved', 'wrong',
] as const satisfies readonly (keyof QuizLabels)[];
const reviewPage = ['dueCount', 'heldBack', 'nextDue', 'noneDue', 'todayLine'] as const satisfies readonly (keyof QuizLabels)[];
const builderPage = ['keyTitle', 'setCode', 'sheetTitle'] as const satisfies readonly (keyof QuizLabels)[];
const bankPage = ['bankFailed', 'bankRetry', 'loading'] as const satisfies readonly (keyof QuizLabels)[];

export const islandLabelKeys = [...everyPage, ...reviewPage, ...builderPage, ...bankPage] as const;

export type IslandLabels = Pick<QuizLabels, (typeof islandLabelKeys)[number]>;

/** The labels a page of this mode needs; the others are left out of its HTML. */
export function islandLabels(t: QuizLabels, mode: 'quiz' | 'review' | 'builder' = 'builder', wholeBank = true): IslandLabels {
	const keys: readonly (keyof QuizLabels)[] = [...everyPage, ...(mode === 'review' ? reviewPage : []), ...(mode === 'builder' ? builderPage : []), ...(wholeBank ? bankPage : [])];
	return Object.fromEntries(keys.map((k) => [k, t[k]])) as IslandLabels;
}
