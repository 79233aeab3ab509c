/**
 * The site's UI strings as unit tests see them: read straight from content/i18n/<lang>.json,
 * with a `t` that behaves like Starlight's `Astro.locals.t` for our keys (a missing key
 * comes back as the key itself, as i18next does).
 */
import { readFileSync } from 'node:fs';
import type { Lang, Translate } from '../../src/lib/i18n';

export function uiJson(lang: Lang): Record<string, string> {
	return JSON.parse(readFileSync(`content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
}

export function translator(lang: Lang): Translate {
	const strings = uiJson(lang);
	return (key) => strings[key] ?? key;
}
