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
 * The labels the <quiz-set> island itself writes (the server renders the rest), so each
 * quiz page carries only these in its JSON.
 */
export const islandLabelKeys = [
	'bankFailed', 'bankRetry', 'corrupt', 'fewer', 'nextDue', 'todayLine', 'heldBack', 'dropped', 'dueCount', 'empty', 'foreign', 'full', 'keyTitle', 'lastRight', 'lastWrong',
	'loading', 'newer', 'noMistakes', 'noneDue', 'partial', 'practice', 'question', 'rejected', 'resumed', 'right', 'scoreLine',
	'setCode', 'sheetTitle', 'unavailable', 'unsaved', 'wrong',
] as const satisfies readonly (keyof QuizLabels)[];

export type IslandLabels = Pick<QuizLabels, (typeof islandLabelKeys)[number]>;

export function islandLabels(t: QuizLabels): IslandLabels {
	return Object.fromEntries(islandLabelKeys.map((k) => [k, t[k]])) as IslandLabels;
}
