/**
 * The site's own UI strings, added to Starlight's `i18n` collection: one file per language
 * (content/i18n/id.json, en.json), read by components with `Astro.locals.t('key')`. The keys
 * are declared per concern in src/schemas/ui/; each is required, so a language file that lacks
 * one fails the build naming the file and the key. Placeholders are written `{name}` (single
 * braces, left alone by Starlight's i18next) and filled by `fill()` from src/lib/i18n.ts, on the
 * server and in the browser alike.
 */
import { z } from 'astro/zod';
import { siteStrings } from './ui/site';
import { quizStrings } from './ui/quiz';
import { casesStrings } from './ui/cases';
import { statsStrings } from './ui/stats';
import { legalStrings } from './ui/legal';
import { sourcesStrings } from './ui/sources';
import { guideStrings } from './ui/guide';
import { glossaryStrings } from './ui/glossary';
import { searchStrings } from './ui/search';
import { offlineStrings } from './ui/offline';
import { reviewSettingsStrings } from './ui/review-settings';
import { practiceStrings } from './ui/practice';
import { printStrings } from './ui/print';
import { slidesStrings } from './ui/slides';
import { handinStrings } from './ui/handin';

export const uiStrings = z.object({
	...siteStrings.shape,
	...quizStrings.shape,
	...casesStrings.shape,
	...statsStrings.shape,
	...legalStrings.shape,
	...sourcesStrings.shape,
	...guideStrings.shape,
	...glossaryStrings.shape,
	...searchStrings.shape,
	...offlineStrings.shape,
	...reviewSettingsStrings.shape,
	...practiceStrings.shape,
	...printStrings.shape,
	...slidesStrings.shape,
	...handinStrings.shape,
});

/** A key of the site's own UI strings. */
export type UiKey = keyof z.infer<typeof uiStrings>;
