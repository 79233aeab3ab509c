/**
 * Language helpers for components: which of the two site languages a page is in, picking
 * the right half of a bilingual field, and building links for that language.
 */
import type { Bilingual } from '../schemas/common';

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
