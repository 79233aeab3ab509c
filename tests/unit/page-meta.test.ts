import { describe, expect, test } from 'vitest';
import { mailtoHref, parseFeedbackConfig, whatsappHref } from '../../src/lib/page-meta/feedback';
import { reviewedDay, reviewedOfHtml, withLastmod } from '../../src/lib/page-meta/reviewed';
import { reviewedField } from '../../src/schemas/common';
import { feedbackConfig } from '../../src/config/feedback';

const text = { subject: 'Kesalahan: {title}', body: 'Halaman: {title}\n{url}\n\nYang keliru:\n' };
const page = { title: 'FKPM & warga', url: 'https://pustaka-polmas.example/fkpm/' };

describe('the error report links', () => {
	test('the mailto link carries the page title and address, encoded', () => {
		const href = mailtoHref({ email: 'redaksi@example.org', whatsapp: '' }, text, page);
		expect(href.startsWith('mailto:redaksi@example.org?subject=')).toBe(true);
		const url = new URL(href);
		expect(url.searchParams.get('subject')).toBe('Kesalahan: FKPM & warga');
		expect(url.searchParams.get('body')).toBe('Halaman: FKPM & warga\r\nhttps://pustaka-polmas.example/fkpm/\r\n\r\nYang keliru:\r\n');
	});

	test('a WhatsApp link only when a number is configured', () => {
		expect(whatsappHref({ email: 'a@b.org', whatsapp: '' }, text, page)).toBeNull();
		const wa = new URL(whatsappHref({ email: 'a@b.org', whatsapp: '628123456789' }, text, page)!);
		expect(wa.origin + wa.pathname).toBe('https://wa.me/628123456789');
		expect(wa.searchParams.get('text')).toContain('https://pustaka-polmas.example/fkpm/');
	});

	test('rejects a malformed address or number in the config, naming the file and field', () => {
		expect(() => parseFeedbackConfig({ email: 'redaksi', whatsapp: '' })).toThrow(/feedback\.email in src\/config\/feedback\.ts/);
		expect(() => parseFeedbackConfig({ email: 'a@b.org', whatsapp: '+62 812' })).toThrow(/feedback\.whatsapp in src\/config\/feedback\.ts/);
		expect(parseFeedbackConfig(feedbackConfig).email).toMatch(/@/);
	});
});

describe('review dates', () => {
	test('accepts a day written as text or read by YAML as a date, and keeps it as YYYY-MM-DD', () => {
		expect(reviewedField.parse('2026-12-03')).toBe('2026-12-03');
		expect(reviewedField.parse(new Date('2025-01-31T00:00:00Z'))).toBe('2025-01-31');
	});

	test('rejects a day that does not exist, one in the future and one before 2020', () => {
		expect(reviewedField.safeParse('2026-02-30').success).toBe(false);
		const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
		expect(reviewedField.safeParse(tomorrow).error?.issues[0]?.message).toMatch(/not in the future/);
		expect(reviewedField.safeParse('2019-12-31').success).toBe(false);
		expect(reviewedField.safeParse('3 Desember 2026').success).toBe(false);
	});

	test('a page is as current as the least recently checked entry it draws from', () => {
		expect(reviewedDay(['2026-12-03', '2026-11-20'])).toBe('2026-11-20');
		expect(reviewedDay(['2026-12-03'])).toBe('2026-12-03');
		expect(reviewedDay(['2026-12-03', undefined])).toBeUndefined();
	});

	test('the sitemap gets each page\'s review day as its lastmod', () => {
		const html = '<footer class="page-meta"><p><time class="page-reviewed" datetime="2026-12-03">Ditinjau 3 Desember 2026</time></p></footer>';
		expect(reviewedOfHtml(html)).toBe('2026-12-03');
		// As Astro writes it, with the component's scoping class.
		expect(reviewedOfHtml('<time class="page-reviewed astro-bfza6fk4" datetime="2026-11-30">')).toBe('2026-11-30');
		expect(reviewedOfHtml('<p>no date</p>')).toBeUndefined();
		const sitemap = '<urlset><url><loc>https://x.example/a/</loc></url><url><loc>https://x.example/b/</loc><xhtml:link rel="alternate"/></url></urlset>';
		expect(withLastmod(sitemap, (loc) => (loc.endsWith('/a/') ? '2026-12-03' : undefined))).toBe(
			'<urlset><url><loc>https://x.example/a/</loc><lastmod>2026-12-03</lastmod></url><url><loc>https://x.example/b/</loc><xhtml:link rel="alternate"/></url></urlset>',
		);
	});
});
