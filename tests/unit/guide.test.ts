/**
 * The `guide` collection behind the pocket guide and the FKPM page: its schema accepts a
 * good card and rejects malformed ones (tests/fixtures/guide/), and the real cards in
 * content/guide/ are valid, cite existing sources and instruments, and are numbered
 * without gaps or clashes within each section.
 */
import { describe, expect, it } from 'vitest';
import { guideCardSchema, guideSections } from '../../src/schemas/guide';
import { loadContent, loadFixtures } from './yaml-files';

describe('the guide schema', () => {
	const fixtures = loadFixtures('guide');
	const valid = fixtures.filter((f) => f.name.startsWith('valid-'));

	it.each(valid.map((f) => [f.name, f] as const))('accepts the well-formed card %s', (_name, f) => {
		expect(guideCardSchema.safeParse(f.data).error).toBeUndefined();
	});
	it('has well-formed fixtures to accept', () => expect(valid.length).toBeGreaterThanOrEqual(1));

	const invalid = fixtures.filter((f) => f.name.startsWith('invalid-'));
	it('has malformed fixtures to reject', () => expect(invalid.length).toBeGreaterThanOrEqual(3));

	it.each(invalid.map((f) => [f.name, f] as const))('rejects %s, naming the field', (_name, f) => {
		const field = f.expect;
		expect(field).toBeTruthy();
		const result = guideCardSchema.safeParse(f.data);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
	});
});

describe('the guide content (content/guide/)', () => {
	const cards = loadContent('guide').map((f) => ({ ...f, card: guideCardSchema.parse(f.data) }));
	const sourceIds = new Set(loadContent('sources').map((f) => f.id));
	const instrumentIds = new Set(loadContent('instruments').map((f) => f.id));

	it('has cards in every section', () => {
		for (const section of guideSections) expect(cards.some((c) => c.card.section === section), section).toBe(true);
	});

	it('numbers each section 1, 2, 3… without gaps or clashes', () => {
		for (const section of guideSections) {
			const orders = cards.filter((c) => c.card.section === section).map((c) => c.card.order).sort((a, b) => a - b);
			expect(orders).toEqual(orders.map((_, i) => i + 1));
		}
	});

	it('cites only sources and instruments that exist', () => {
		for (const { name, card } of cards) {
			for (const s of card.sources) expect(sourceIds, name).toContain(s.id);
			if (card.instrument) expect(instrumentIds, name).toContain(card.instrument.id);
		}
	});

	it('notes the replacement wherever a card rests on Perkap 3/2015', () => {
		for (const { name, card } of cards.filter((c) => c.card.instrument?.id === 'perkap-3-2015')) {
			expect(card.note?.id, name).toMatch(/Perpol 1\/2021/);
		}
	});
});
