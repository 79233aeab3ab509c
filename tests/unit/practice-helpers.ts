/**
 * Helpers for the practice tools' unit tests: an in-memory storage that can be told to refuse
 * writes the way browsers do (quota full, or storage blocked).
 */
import type { StorageLike } from '../../src/lib/practice/store';

export type MemoryStorage = StorageLike & { data: Map<string, string>; refuse: null | 'full' | 'blocked' | 'reads' };

export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
	const data = new Map(Object.entries(initial));
	const s: MemoryStorage = {
		data,
		refuse: null,
		getItem: (k) => {
			if (s.refuse === 'reads' || s.refuse === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
			return data.get(k) ?? null;
		},
		setItem: (k, v) => {
			if (s.refuse === 'full') throw new DOMException('quota', 'QuotaExceededError');
			if (s.refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
			data.set(k, v);
		},
		removeItem: (k) => {
			if (s.refuse === 'blocked' || s.refuse === 'reads') throw new DOMException('The operation is insecure.', 'SecurityError');
			data.delete(k);
		},
	};
	return s;
}

export const at = (iso: string) => new Date(iso);
