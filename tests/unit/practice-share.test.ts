// Sharing text (src/lib/practice/share.ts): share sheet, then clipboard, then the reader
// copies by hand; and the date and file-name helpers the tools use.
import { describe, expect, it } from 'vitest';
import { fileName, formatDate, shareText } from '../../src/lib/practice/share';

const abort = () => Promise.reject(new DOMException('cancelled', 'AbortError'));
const notAllowed = () => Promise.reject(new DOMException('no gesture', 'NotAllowedError'));

describe('shareText', () => {
	it('uses the share sheet when there is one', async () => {
		const shared: unknown[] = [];
		expect(await shareText('halo', { share: async (d) => void shared.push(d) }, 'Judul')).toBe('shared');
		expect(shared).toEqual([{ title: 'Judul', text: 'halo' }]);
	});

	it('reports a closed share sheet as cancelled without copying', async () => {
		let copied = false;
		expect(await shareText('halo', { share: abort, clipboard: { writeText: async () => void (copied = true) } })).toBe('cancelled');
		expect(copied).toBe(false);
	});

	it('falls back to the clipboard when sharing fails or is missing', async () => {
		const copied: string[] = [];
		const clipboard = { writeText: async (t: string) => void copied.push(t) };
		expect(await shareText('a', { share: notAllowed, clipboard })).toBe('copied');
		expect(await shareText('b', { clipboard })).toBe('copied');
		expect(await shareText('c', { share: async () => {}, canShare: () => false, clipboard })).toBe('copied');
		expect(copied).toEqual(['a', 'b', 'c']);
	});

	it('asks the reader to copy by hand when neither works', async () => {
		expect(await shareText('a', {})).toBe('manual');
		expect(await shareText('a', { clipboard: { writeText: () => Promise.reject(new Error('denied')) } })).toBe('manual');
	});
});

describe('formatDate', () => {
	it('writes a date in words in either language', () => {
		expect(formatDate('2026-12-03', 'id')).toBe('3 Desember 2026');
		expect(formatDate('2026-08-17', 'en')).toBe('17 August 2026');
	});

	it('leaves anything that is not a date as it is', () => {
		expect(formatDate('', 'id')).toBe('');
		expect(formatDate('2026-13-01', 'id')).toBe('2026-13-01');
	});
});

describe('fileName', () => {
	it('makes a safe file name from a case name', () => {
		expect(fileName('sara', 'Parkir liar — Pasar Baru!', '2026-12-03')).toBe('sara-parkir-liar-pasar-baru-2026-12-03.json');
		expect(fileName('cek-fkpm', '', '2026-12-03')).toBe('cek-fkpm-2026-12-03.json');
	});
});
