/**
 * Wording of figures, periods and map points for the case and statistics components: a
 * figure keeps the source's own hedge ("hampir 30 %" / "almost 30 %"). The words come from
 * the UI strings (`figure.*`, `case.*` in content/i18n/), passed in as `t`; numbers are
 * formatted for the page's language.
 */
import { fill, type Lang, type Translate } from '../i18n';
import { formatNumber } from '../format';
import type { UiKey } from '../../schemas/ui-strings';

/** The UI string for a key built from data (a unit or hedge name), or undefined if none. */
function lookup(t: Translate, key: string): string | undefined {
	const text = t(key as UiKey);
	return text === key ? undefined : text;
}

/** "hampir 30 %", "at least 30 %", "5.000 orang", "≈ 46,15 %". */
export function formatFigure(
	fig: { value: number; unit: string; qualifier?: string; approximate?: boolean },
	lang: Lang,
	t: Translate,
): string {
	const unit = lookup(t, `figure.unit.${fig.unit}`) ?? fig.unit;
	const number = formatNumber(fig.value, lang);
	const hedge = fig.qualifier ? (lookup(t, `figure.${fig.qualifier}`) ?? '') : fig.approximate ? '≈' : '';
	const body = `${number} ${unit}`;
	return hedge ? `${hedge} ${body}` : body;
}

/** The period line: "2003–2007", "s.d. 2022", or "tidak disebutkan sumber". */
export function formatPeriod(period: { stated: boolean; from?: number; to?: number }, t: Translate): string {
	if (!period.stated || (period.from === undefined && period.to === undefined)) return t('case.notStated');
	if (period.from !== undefined && period.to !== undefined) return period.from === period.to ? `${period.from}` : `${period.from}–${period.to}`;
	if (period.from !== undefined) return fill(t('case.since'), { year: period.from });
	return fill(t('case.until'), { year: period.to! });
}

/** "8,05° LS, 111,71° BT" (id) or "8.05° S, 111.71° E" (en). */
export function formatCoordinates(c: { lon: number; lat: number }, lang: Lang, t: Translate): string {
	const n = (v: number) => formatNumber(Math.abs(v), lang, 3);
	const ns = c.lat < 0 ? t('case.south') : t('case.north');
	const ew = t('case.east');
	return `${n(c.lat)}° ${ns}, ${n(c.lon)}° ${ew}`;
}
