/**
 * Sharing a practice tool's text (a SARA case, an FKPM round, a field note) the way a phone
 * allows: the system share sheet (`navigator.share`, which offers WhatsApp), else copying to
 * the clipboard, else nothing automatic — the island then shows the text in a selectable
 * <textarea>. The outcome is returned so the page can tell the reader which one happened.
 * Browser APIs are injected, so this runs in unit tests without a DOM.
 */

/** The parts of `navigator` sharing needs. */
export interface ShareApis {
	share?: (data: { title?: string; text: string }) => Promise<void>;
	canShare?: (data: { title?: string; text: string }) => boolean;
	clipboard?: { writeText(text: string): Promise<void> };
}

/** `shared`: the share sheet took it; `cancelled`: the reader closed the sheet; `copied`: on the clipboard; `manual`: neither worked. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'manual';

const isAbort = (e: unknown) => typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';

/** Tries the share sheet, then the clipboard; never throws. */
export async function shareText(text: string, apis: ShareApis, title?: string): Promise<ShareOutcome> {
	const data = title ? { title, text } : { text };
	if (typeof apis.share === 'function' && (typeof apis.canShare !== 'function' || apis.canShare(data))) {
		try {
			await apis.share(data);
			return 'shared';
		} catch (e) {
			if (isAbort(e)) return 'cancelled';
			// NotAllowedError (no user gesture), DataError…: fall back to the clipboard.
		}
	}
	if (apis.clipboard && typeof apis.clipboard.writeText === 'function') {
		try {
			await apis.clipboard.writeText(text);
			return 'copied';
		} catch {
			/* clipboard refused (permissions, insecure context): show the text instead */
		}
	}
	return 'manual';
}

const MONTHS = {
	id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** `2026-12-03` → `3 Desember 2026` / `3 December 2026`; anything else is returned unchanged. */
export function formatDate(date: string, lang: 'id' | 'en'): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return date;
	const month = MONTHS[lang][Number(m[2]) - 1];
	return month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** A timestamp as the reader's local date and time: `3 Desember 2026, 14.05` / `3 December 2026, 14:05`. */
export function formatDateTime(iso: string, lang: 'id' | 'en'): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
	return `${formatDate(day, lang)}, ${pad(d.getHours())}${lang === 'id' ? '.' : ':'}${pad(d.getMinutes())}`;
}

/** A file name for a download: `sara-parkir-liar-2026-12-03.json`. */
export function fileName(prefix: string, name: string, date: string, ext = 'json'): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	return `${[prefix, slug, date].filter(Boolean).join('-')}.${ext}`;
}
