/**
 * Wording for the case and statistics components in both site languages: figures with
 * the source's own hedge ("hampir 30 %" / "almost 30 %"), units, periods, and the fixed
 * labels those components show. Kept here rather than in content/i18n so the components
 * and their tests share one table.
 */
import type { Lang } from '../i18n';
import { formatNumber } from '../format';

const qualifiers: Record<string, Record<Lang, string>> = {
	tepat: { id: '', en: '' },
	hampir: { id: 'hampir', en: 'almost' },
	setidaknya: { id: 'setidaknya', en: 'at least' },
	sekitar: { id: 'sekitar', en: 'about' },
};

const units: Record<string, Record<Lang, string>> = {
	persen: { id: '%', en: '%' },
	orang: { id: 'orang', en: 'people' },
	perguruan: { id: 'perguruan', en: 'schools' },
	personel: { id: 'personel', en: 'personnel' },
	peserta: { id: 'peserta', en: 'participants' },
	pohon: { id: 'pohon', en: 'trees' },
	'desa-kelurahan': { id: 'desa/kelurahan', en: 'desa/kelurahan' },
	unit: { id: 'unit', en: 'units' },
	kejadian: { id: 'kejadian', en: 'incidents' },
	polda: { id: 'Polda', en: 'Polda' },
};

/** "hampir 30 %", "at least 30 %", "5.000 orang", "≈ 46,15 %". */
export function formatFigure(
	fig: { value: number; unit: string; qualifier?: string; approximate?: boolean },
	lang: Lang,
): string {
	const unit = units[fig.unit]?.[lang] ?? fig.unit;
	const number = formatNumber(fig.value, lang);
	const hedge = fig.qualifier ? (qualifiers[fig.qualifier]?.[lang] ?? '') : fig.approximate ? '≈' : '';
	const body = `${number} ${unit}`;
	return hedge ? `${hedge} ${body}` : body;
}

/** The period line: "2003–2007", "s.d. 2022", or "tidak disebutkan sumber". */
export function formatPeriod(period: { stated: boolean; from?: number; to?: number }, lang: Lang): string {
	if (!period.stated || (period.from === undefined && period.to === undefined)) return labels.notStated[lang];
	if (period.from !== undefined && period.to !== undefined) return period.from === period.to ? `${period.from}` : `${period.from}–${period.to}`;
	if (period.from !== undefined) return lang === 'id' ? `sejak ${period.from}` : `from ${period.from}`;
	return lang === 'id' ? `hingga ${period.to}` : `up to ${period.to}`;
}

/** Fixed labels of the case and statistics components. */
export const labels = {
	where: { id: 'Lokasi', en: 'Place' },
	period: { id: 'Waktu', en: 'When' },
	partners: { id: 'Mitra', en: 'Partners' },
	problem: { id: 'Masalah', en: 'The problem' },
	response: { id: 'Tindakan', en: 'What was done' },
	by: { id: 'Oleh', en: 'By' },
	results: { id: 'Hasil', en: 'Results' },
	strategies: { id: 'Strategi Polmas yang terlihat', en: 'Polmas strategies shown' },
	lessons: { id: 'Pelajaran', en: 'Lessons' },
	questions: { id: 'Pertanyaan diskusi', en: 'Discussion questions' },
	notStated: { id: 'tidak disebutkan sumber', en: 'not stated in the sources' },
	approximate: { id: 'titik peta perkiraan, tingkat kota atau kecamatan', en: 'approximate map point, town or district level' },
	sourceNumber: { id: 'No. di sumber', en: 'No. in source' },
	source: { id: 'Sumber', en: 'Source' },
	noFigure: { id: 'tanpa angka', en: 'no figure' },
	province: { id: 'Provinsi', en: 'Province' },
	strategy: { id: 'Strategi', en: 'Strategy' },
	any: { id: 'Semua', en: 'All' },
	filter: { id: 'Saring studi kasus', en: 'Filter the case studies' },
	shown: { id: 'studi kasus ditampilkan', en: 'case studies shown' },
	mapTitle: { id: 'Peta lokasi studi kasus di Indonesia', en: 'Map of the case study locations in Indonesia' },
} as const satisfies Record<string, Record<Lang, string>>;

/** "8,05° LS, 111,71° BT" (id) or "8.05° S, 111.71° E" (en). */
export function formatCoordinates(c: { lon: number; lat: number }, lang: Lang): string {
	const n = (v: number) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 }).format(Math.abs(v));
	const ns = c.lat < 0 ? (lang === 'id' ? 'LS' : 'S') : lang === 'id' ? 'LU' : 'N';
	const ew = lang === 'id' ? 'BT' : 'E';
	return `${n(c.lat)}° ${ns}, ${n(c.lon)}° ${ew}`;
}
