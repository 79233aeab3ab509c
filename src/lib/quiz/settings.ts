/**
 * The reader's review settings on /kuis/ulang/: how much they want to remember (FSRS's
 * desired retention) and how many new and review questions a day. Kept in localStorage,
 * versioned; a value out of range falls back to its default with a notice, never breaks
 * the page. Pure, with injected storage; tests/unit/quiz-settings.test.ts checks it.
 */
import { isQuotaError, type SaveResult, type StorageLike } from './storage';

export const SETTINGS_KEY = 'pustaka-polmas.kuis.setelan';
const APP = 'pustaka-polmas-setelan';
const VERSION = 1;

export interface ReviewSettings {
	/** Desired retention: the chance of still knowing an answer when it comes back (FSRS `request_retention`). */
	retention: number;
	/** Most questions never answered before that review brings in per day. */
	newPerDay: number;
	/** Most due questions shown per day. */
	reviewsPerDay: number;
}

/** Allowed ranges. Below 0.70 reviews come so rarely that much is forgotten; above 0.97 they come almost daily. */
export const settingRanges = {
	retention: { min: 0.7, max: 0.97, step: 0.01 },
	newPerDay: { min: 0, max: 50, step: 1 },
	reviewsPerDay: { min: 1, max: 200, step: 1 },
} as const;

export const defaultSettings: ReviewSettings = { retention: 0.9, newPerDay: 10, reviewsPerDay: 30 };

type Key = keyof ReviewSettings;
const keys = Object.keys(settingRanges) as Key[];

/** Whether a value lies in its range and on its step. */
export function validSetting(key: Key, value: unknown): value is number {
	const r = settingRanges[key];
	if (typeof value !== 'number' || !Number.isFinite(value) || value < r.min || value > r.max) return false;
	const steps = (value - r.min) / r.step;
	return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/** Reads settings; each unusable value falls back to its default and is named in `reset`. */
export function parseSettings(text: string | null): { settings: ReviewSettings; reset: Key[]; newer: boolean } {
	if (!text) return { settings: { ...defaultSettings }, reset: [], newer: false };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { settings: { ...defaultSettings }, reset: [...keys], newer: false };
	}
	const obj = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	if (obj.app === APP && typeof obj.v === 'number' && obj.v > VERSION) return { settings: { ...defaultSettings }, reset: [], newer: true };
	if (obj.app !== APP || obj.v !== VERSION) return { settings: { ...defaultSettings }, reset: [...keys], newer: false };
	const settings = { ...defaultSettings };
	const reset: Key[] = [];
	for (const key of keys) {
		const value = obj[key];
		if (validSetting(key, value)) settings[key] = value;
		else reset.push(key);
	}
	return { settings, reset, newer: false };
}

export function loadSettings(storage: StorageLike): { settings: ReviewSettings; reset: Key[]; newer: boolean } {
	try {
		return parseSettings(storage.getItem(SETTINGS_KEY));
	} catch {
		return { settings: { ...defaultSettings }, reset: [], newer: false };
	}
}

export function saveSettings(storage: StorageLike, settings: ReviewSettings): SaveResult {
	for (const key of keys) if (!validSetting(key, settings[key])) throw new Error(`saveSettings: ${key} out of range`);
	try {
		if (parseSettings(storage.getItem(SETTINGS_KEY)).newer) return 'newer';
		storage.setItem(SETTINGS_KEY, JSON.stringify({ app: APP, v: VERSION, ...settings }));
		return 'saved';
	} catch (e) {
		return isQuotaError(e) ? 'full' : 'unavailable';
	}
}
