/**
 * Language helpers for components: which of the two site languages a page is in, picking
 * the right half of a bilingual field, and building links for that language.
 */
import type { Bilingual } from '../schemas/common';
import type { UiKey } from '../schemas/ui-strings';

export type Lang = 'id' | 'en';

/** Starlight's locale for a page is `undefined` at the root (Indonesian) and `'en'` under /en/. */
export function langOf(locale: string | undefined): Lang {
	return locale === 'en' ? 'en' : 'id';
}

/** The text of a bilingual field in the page's language. */
export function pick(text: Bilingual, lang: Lang): string {
	return text[lang];
}

/** A site path in the given language: `/konsep/` → `/en/konsep/` for English. */
export function localePath(path: string, lang: Lang): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return lang === 'en' ? `/en${clean}` : clean;
}

/** Looks up one of the site's UI strings; components pass `Astro.locals.t`. */
export type Translate = (key: UiKey) => string;

/**
 * Fills `{name}` placeholders of a UI string. Single braces, because Starlight's i18next
 * would fill (and HTML-escape) `{{name}}` itself; the browser islands use this same function.
 */
export function fill(text: string, vars: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * The UI strings whose keys start with `prefix`, with the prefix removed: what an island
 * needs from `Astro.locals.t.all()`, to embed in the page as JSON.
 */
export function stringsWithPrefix(all: Record<string, unknown>, prefix: string): Record<string, string> {
	return Object.fromEntries(
		Object.entries(all).flatMap(([k, v]) => (k.startsWith(prefix) && typeof v === 'string' ? [[k.slice(prefix.length), v]] : [])),
	);
}

/** The same page in the other site language: `/konsep/` ↔ `/en/konsep/`. Every page has a twin. */
export function otherLanguagePath(pathname: string, lang: Lang): string {
	if (lang === 'en') return pathname.replace(/^\/en(\/|$)/, '/');
	return `/en${pathname.startsWith('/') ? pathname : `/${pathname}`}`;
}
