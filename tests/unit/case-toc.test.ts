import { describe, expect, it } from 'vitest';
import { caseTocItems } from '../../src/lib/cases/toc';
import type { UiKey } from '../../src/schemas/ui-strings';

const t = (key: UiKey) => `«${key}»`;

describe("a case study's 'On this page' entries", () => {
	it('lists every section of the case in page order, findings by their own headings', () => {
		const items = caseTocItems([{ heading: { id: 'Faktor penghambat', en: 'Inhibiting factors' } }, { heading: { id: 'Faktor pendukung', en: 'Supporting factors' } }], 'en', t);
		expect(items.map((i) => i.slug)).toEqual(['masalah', 'tindakan', 'temuan-1', 'temuan-2', 'hasil', 'strategi', 'pelajaran', 'pertanyaan']);
		expect(items[2]).toEqual({ depth: 2, slug: 'temuan-1', text: 'Inhibiting factors', children: [] });
		expect(items[0]!.text).toBe('«case.problem»');
	});

	it('has no findings entries for a case without findings', () => {
		expect(caseTocItems([], 'id', t).map((i) => i.slug)).toEqual(['masalah', 'tindakan', 'hasil', 'strategi', 'pelajaran', 'pertanyaan']);
	});
});
