import { describe, expect, it } from 'vitest';
import { langFromHtml, offlineMessages, statusMessage } from '../../src/lib/offline/status';
import { queryFromPath } from '../../src/lib/search/not-found';

describe('statusMessage', () => {
	it('says the site is available offline once it is stored', () => {
		expect(statusMessage({ ready: true, online: true, saving: false }, 'id')).toMatch(/^Tersedia offline/);
		expect(statusMessage({ ready: true, online: true, saving: false }, 'en')).toMatch(/^Available offline/);
	});

	it('tells an offline reader whether the site was stored', () => {
		expect(statusMessage({ ready: true, online: false, saving: false }, 'id')).toContain('tetap bisa dipakai');
		expect(statusMessage({ ready: false, online: false, saving: false }, 'en')).toContain('not been stored');
	});

	it('says nothing before a service worker exists', () => {
		expect(statusMessage({ ready: false, online: true, saving: false }, 'id')).toBe('');
	});

	it('has the same messages in both languages', () => {
		expect(Object.keys(offlineMessages.en).sort()).toEqual(Object.keys(offlineMessages.id).sort());
		expect(offlineMessages.id.update).toBe('Versi baru tersedia — muat ulang');
		expect(offlineMessages.en.update).toBe('New version available — reload');
	});
});

describe('langFromHtml', () => {
	it('reads English from en and en-GB, Indonesian otherwise', () => {
		expect(langFromHtml('en')).toBe('en');
		expect(langFromHtml('en-GB')).toBe('en');
		expect(langFromHtml('id')).toBe('id');
		expect(langFromHtml(null)).toBe('id');
	});
});

describe('queryFromPath', () => {
	it('turns the last part of a missing address into words', () => {
		expect(queryFromPath('/en/konsep/prinsip-polmas/')).toBe('prinsip polmas');
		expect(queryFromPath('/dasar-hukum/perpol_1_2021.html')).toBe('perpol 1 2021');
	});

	it('gives nothing for the 404 page itself or the language root', () => {
		expect(queryFromPath('/404.html')).toBe('');
		expect(queryFromPath('/en/')).toBe('');
	});

	it('survives a malformed escape', () => {
		expect(queryFromPath('/konsep/%E0%A4%A/')).toBe('%E0%A4%A');
	});
});
