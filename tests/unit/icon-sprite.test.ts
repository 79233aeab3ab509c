import { describe, expect, it } from 'vitest';
import { buildSprite, useSprite } from '../../src/lib/build/icon-sprite';

const caret = '<svg aria-hidden="true" class="caret" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="m14 11-4-4"/></svg>';
const menu = '<svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M3 8h18"/><path d="M3 16h18"/></svg>';
const chart = '<svg viewBox="0 0 100 50" role="img"><title>Kasus per tahun</title><rect width="10" height="40"/></svg>';

describe('the icon sprite', () => {
	it('holds each icon several pages draw, once, under a name that changes with its content', () => {
		const pages = [`<p>${caret}${menu}</p>`, `<p>${caret}</p><p>${menu}${menu}</p>`, `<p>${chart}</p>`];
		const sprite = buildSprite(pages)!;
		expect(sprite.icons.size).toBe(2);
		expect(sprite.body.match(/<symbol /g)).toHaveLength(2);
		expect(sprite.body).toContain('<symbol id="i0" viewBox="0 0 24 24"><path d="M3 8h18"/><path d="M3 16h18"/></symbol>');
		expect(sprite.file).toMatch(/^_astro\/icons\.[0-9a-f]{8}\.svg$/);
		expect(sprite.href).toBe(`/${sprite.file}`);
		const other = buildSprite([`${caret}<svg viewBox="0 0 24 24"><path d="M1 1"/></svg>`, caret + '<svg viewBox="0 0 24 24"><path d="M1 1"/></svg>'])!;
		expect(other.file).not.toBe(sprite.file);
	});

	it('leaves an icon only one page draws, charts with a title, and svgs with an id inline', () => {
		const withId = '<svg id="peta" viewBox="0 0 24 24"><path d="M1 1"/></svg>';
		expect(buildSprite([`${chart}${withId}`, `${chart}${withId}`, '<svg viewBox="0 0 9 9"><path d="M2 2"/></svg>'])).toBeNull();
	});

	it('draws the icons by reference and keeps the outer tag, so size, colour and aria-hidden stay', () => {
		const pages = [`<a>${caret}</a>${chart}`, `<b>${caret}</b>`];
		const sprite = buildSprite(pages)!;
		const out = useSprite(pages[0]!, sprite);
		expect(out).toBe(`<a><svg aria-hidden="true" class="caret" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><use href="${sprite.href}#i0"/></svg></a>${chart}`);
		// Run again on its own output, it changes nothing.
		expect(useSprite(out, sprite)).toBe(out);
	});
});
