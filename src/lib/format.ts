/**
 * Formatting of dates and numbers for the two site languages. Dates are stored as
 * YYYY-MM-DD strings and formatted without time zones so they never shift a day.
 */
import type { Lang } from './i18n';

const months: Record<Lang, string[]> = {
	id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2002-01-08" → "8 Januari 2002" (id) or "8 January 2002" (en). */
export function formatDate(iso: string, lang: Lang): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return iso;
	const [, y, m, d] = match;
	const month = months[lang][Number(m) - 1];
	if (!month) return iso;
	return `${Number(d)} ${month} ${y}`;
}

/** The BCP 47 locale whose number conventions each site language follows. */
export const numberLocale: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** 38477 → "38.477" (id) or "38,477" (en); at most `maxFractionDigits` decimals. */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 3): string {
	return new Intl.NumberFormat(numberLocale[lang], { maximumFractionDigits: maxFractionDigits }).format(value);
}
