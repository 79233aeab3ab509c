// The reader's review settings: ranges, defaults, and data of a newer version left alone.
import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, parseSettings, saveSettings, SETTINGS_KEY, validSetting } from '../../src/lib/quiz/settings';
import type { StorageLike } from '../../src/lib/quiz/storage';

function memory(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const stored = (o: object) => JSON.stringify({ app: 'pustaka-polmas-setelan', v: 1, ...o });

describe('review settings', () => {
	it('accepts values inside their range and on their step only', () => {
		expect(validSetting('retention', 0.85)).toBe(true);
		expect(validSetting('retention', 0.5)).toBe(false);
		expect(validSetting('retention', 0.999)).toBe(false);
		expect(validSetting('newPerDay', 2.5)).toBe(false);
		expect(validSetting('reviewsPerDay', 0)).toBe(false);
		expect(validSetting('reviewsPerDay', Number.NaN)).toBe(false);
		expect(validSetting('newPerDay', '5')).toBe(false);
	});

	it('falls back to the default for each unusable value and names it', () => {
		const r = parseSettings(stored({ retention: 2, newPerDay: 5, reviewsPerDay: -1 }));
		expect(r.settings).toEqual({ ...defaultSettings, newPerDay: 5 });
		expect(r.reset.sort()).toEqual(['retention', 'reviewsPerDay']);
	});

	it('treats text that is not settings as defaults, and never throws', () => {
		for (const text of ['{', '[]', 'null', '"x"']) expect(parseSettings(text).settings).toEqual(defaultSettings);
		expect(parseSettings(null).reset).toEqual([]);
	});

	it('saves and reads back; never overwrites settings of a newer version', () => {
		const s = memory();
		expect(saveSettings(s, { retention: 0.8, newPerDay: 0, reviewsPerDay: 200 })).toBe('saved');
		expect(loadSettings(s).settings).toEqual({ retention: 0.8, newPerDay: 0, reviewsPerDay: 200 });
		const newer = JSON.stringify({ app: 'pustaka-polmas-setelan', v: 9, retention: 0.8 });
		s.data.set(SETTINGS_KEY, newer);
		expect(loadSettings(s).newer).toBe(true);
		expect(saveSettings(s, defaultSettings)).toBe('newer');
		expect(s.data.get(SETTINGS_KEY)).toBe(newer);
	});

	it('says when storage is full', () => {
		const full: StorageLike = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {},
		};
		expect(saveSettings(full, defaultSettings)).toBe('full');
	});
});
