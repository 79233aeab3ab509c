/**
 * Seeded, deterministic shuffling: the same seed gives every participant the same order of
 * questions and of options, on any device. A string seed is hashed (cyrb53-style mixing to
 * 32 bits) and drives mulberry32; the shuffle is Fisher–Yates. Pure; used by the quiz element
 * and by the trainer's class-quiz builder.
 */

/** 32-bit hash of a string (FNV-1a followed by a murmur3 finaliser for good avalanche). */
export function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** mulberry32: a small, fast PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new array with the items in a seeded order; the input is left untouched. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
	const out = items.slice();
	const rand = mulberry32(hashString(seed));
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/**
 * The set a link describes: questions shuffled by the seed, then the first `count`. Each
 * question's options use their own sub-seed so changing the count never reorders options.
 */
export function pickSet<T>(items: readonly T[], seed: string, count: number | null): T[] {
	const order = shuffled(items, seed);
	return count === null ? order : order.slice(0, count);
}

/** Seed for the option order of one question within a set. */
export const optionSeed = (seed: string, questionId: string) => `${seed}:${questionId}`;

/** A short random seed for a new set (letters and digits only, so it is safe in a URL). */
export function newSeed(random: () => number = Math.random): string {
	const abc = 'abcdefghjkmnpqrstuvwxyz23456789';
	let s = '';
	for (let i = 0; i < 6; i++) s += abc[Math.floor(random() * abc.length)];
	return s;
}
