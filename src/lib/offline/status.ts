/**
 * What the offline indicator and the update prompt say, in both site languages, and which
 * message fits the service worker's state. Pure, so tests/unit/offline-status.test.ts can
 * check it; src/lib/offline/client.ts puts the text on the page.
 */

export type Lang = 'id' | 'en';

export interface OfflineState {
	/** The service worker has stored the whole site (its install finished). */
	ready: boolean;
	/** The browser reports a network connection. */
	online: boolean;
	/** A service worker is installing (first visit: the site is being stored). */
	saving: boolean;
}

export const offlineMessages = {
	id: {
		saving: 'Menyimpan situs agar bisa dibuka tanpa sinyal…',
		ready: 'Tersedia offline: seluruh situs tersimpan di perangkat ini.',
		offlineReady: 'Anda sedang offline. Semua halaman dan pencarian tetap bisa dipakai.',
		offlineNotReady: 'Anda sedang offline. Halaman ini belum tersimpan untuk dibaca tanpa sinyal.',
		update: 'Versi baru tersedia — muat ulang',
	},
	en: {
		saving: 'Saving the site so it opens without a signal…',
		ready: 'Available offline: the whole site is stored on this device.',
		offlineReady: 'You are offline. Every page and search still work.',
		offlineNotReady: 'You are offline. This site has not been stored for offline reading yet.',
		update: 'New version available — reload',
	},
} as const satisfies Record<Lang, Record<string, string>>;

/** The page's language from `<html lang>`: English for `en…`, Indonesian otherwise. */
export function langFromHtml(lang: string | null | undefined): Lang {
	return lang?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** The status line for a state, or '' when there is nothing worth saying. */
export function statusMessage(state: OfflineState, lang: Lang): string {
	const m = offlineMessages[lang];
	if (!state.online) return state.ready ? m.offlineReady : m.offlineNotReady;
	if (state.ready) return m.ready;
	if (state.saving) return m.saving;
	return '';
}
