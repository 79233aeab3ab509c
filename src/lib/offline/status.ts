/**
 * What the offline indicator and the update prompt say, in both site languages, and which
 * message fits the service worker's state. Pure, so tests/unit/offline-status.test.ts can
 * check it; src/lib/offline/client.ts puts the text on the page.
 */

export type Lang = 'id' | 'en';

export interface OfflineState {
	/** The service worker runs and the core pages of this language are stored. */
	ready: boolean;
	/** The browser reports a network connection. */
	online: boolean;
	/** A service worker is installing (first visit: the site is being stored). */
	saving: boolean;
}

export const offlineMessages = {
	id: {
		saving: 'Menyimpan halaman inti agar bisa dibuka tanpa sinyal…',
		ready: 'Tersedia offline: halaman inti dan halaman yang Anda buka tersimpan di perangkat ini.',
		offlineReady: 'Anda sedang offline. Halaman inti dan halaman yang pernah Anda buka tetap bisa dipakai.',
		offlineNotReady: 'Anda sedang offline. Situs ini belum tersimpan untuk dibaca tanpa sinyal.',
		update: 'Versi baru tersedia — muat ulang',
	},
	en: {
		saving: 'Saving the core pages so they open without a signal…',
		ready: 'Available offline: the core pages and the pages you open are stored on this device.',
		offlineReady: 'You are offline. The core pages and the pages you opened still work.',
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
