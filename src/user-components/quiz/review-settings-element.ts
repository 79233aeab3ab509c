/**
 * <review-settings>: fills the form of ReviewSettings.astro from the saved settings and
 * saves new ones (src/lib/quiz/settings.ts checks each value's range). A value out of
 * range is named and nothing is saved; a refused save is said. After a save the page's
 * review round is rebuilt by reloading, so the new limits apply at once.
 */
import { browserStorage } from '../../lib/quiz/storage';
import { loadSettings, saveSettings, settingRanges, validSetting, type ReviewSettings } from '../../lib/quiz/settings';
import { fill } from '../../lib/i18n';

class ReviewSettingsElement extends HTMLElement {
	private ready = false;

	connectedCallback() {
		if (this.ready) return;
		this.ready = true;
		const t = JSON.parse(this.querySelector('.rs-data')!.textContent!) as Record<string, string>;
		const storage = browserStorage();
		const form = this.querySelector('form')!;
		const status = this.querySelector<HTMLElement>('.rs-status')!;
		this.querySelector('.rs-nojs')?.remove();
		this.querySelector<HTMLElement>('.rs-save')!.hidden = false;
		const field = (name: keyof ReviewSettings) => form.elements.namedItem(name) as HTMLInputElement;
		const loaded = loadSettings(storage);
		field('retention').value = String(Math.round(loaded.settings.retention * 100));
		field('newPerDay').value = String(loaded.settings.newPerDay);
		field('reviewsPerDay').value = String(loaded.settings.reviewsPerDay);
		if (loaded.newer) status.textContent = t.newer;
		else if (loaded.reset.length) status.textContent = fill(t.reset, { fields: loaded.reset.map((k) => t[k]).join(', ') });
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			const next: ReviewSettings = {
				retention: Number(field('retention').value) / 100,
				newPerDay: Number(field('newPerDay').value),
				reviewsPerDay: Number(field('reviewsPerDay').value),
			};
			const bad = (Object.keys(next) as (keyof ReviewSettings)[]).filter((k) => !validSetting(k, next[k]));
			if (bad.length) {
				const k = bad[0]!;
				const r = settingRanges[k];
				const scale = k === 'retention' ? 100 : 1;
				status.textContent = fill(t.outOfRange, { field: t[k], min: Math.round(r.min * scale), max: Math.round(r.max * scale) });
				field(k).focus();
				return;
			}
			const result = saveSettings(storage, next);
			status.textContent = result === 'saved' ? t.saved : result === 'full' ? t.full : result === 'newer' ? t.newer : t.unavailable;
			if (result === 'saved') document.dispatchEvent(new Event('review-settings'));
		});
	}
}

if (!customElements.get('review-settings')) customElements.define('review-settings', ReviewSettingsElement);
