import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyCsp, buildPolicy, findInlineScripts, hashSource, headerPolicy } from '../../src/lib/build/csp';

const page = (head: string, body = '') =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('findInlineScripts', () => {
	it('finds classic, module and JSON-LD inline scripts but not scripts with src', () => {
		const html = page(
			'<script>a()</script><script type="module">b()</script><script src="/x.js"></script>',
			'<script type="application/ld+json">{"@type":"Thing"}</script>',
		);
		expect(findInlineScripts(html).map((s) => s.body)).toEqual(['a()', 'b()', '{"@type":"Thing"}']);
	});

	it('keeps the body byte for byte, whitespace included', () => {
		expect(findInlineScripts(page('<script>\n\tx();\n</script>'))[0]?.body).toBe('\n\tx();\n');
	});

	it('ignores scripts inside HTML comments', () => {
		expect(findInlineScripts(page('<!-- <script>old()</script> --><script>now()</script>')).map((s) => s.body)).toEqual(['now()']);
	});

	it('treats an empty src attribute as external', () => {
		expect(findInlineScripts(page('<script src>x</script>'))).toEqual([]);
	});
});

describe('hashSource', () => {
	it('is the base64 SHA-256 of the UTF-8 bytes, as browsers compute it', () => {
		const body = 'console.log("Polmas — é")';
		const expected = createHash('sha256').update(Buffer.from(body, 'utf8')).digest('base64');
		expect(hashSource(body)).toBe(`'sha256-${expected}'`);
	});
});

describe('buildPolicy', () => {
	it('never allows unsafe-inline or unsafe-eval for scripts', () => {
		const scriptSrc = buildPolicy(["'sha256-abc'"]).split('; ').find((d) => d.startsWith('script-src '));
		expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
	});

	it('lists each hash once, sorted, so the output is reproducible', () => {
		expect(buildPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"])).toContain("'sha256-a' 'sha256-b';");
	});

	it('locks down objects, base URI, workers and the manifest', () => {
		const policy = buildPolicy([]);
		for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "worker-src 'self'", "manifest-src 'self'", "img-src 'self' data:"])
			expect(policy).toContain(d);
	});

	it('leaves frame-ancestors to the header, since a meta policy cannot carry it', () => {
		expect(buildPolicy([])).not.toContain('frame-ancestors');
		expect(headerPolicy).toContain("frame-ancestors 'none'");
		expect(headerPolicy).not.toMatch(/script-src|default-src/);
	});
});

describe('applyCsp', () => {
	it('puts the policy right after <meta charset>, before any script', () => {
		const { html } = applyCsp(page('<script>a()</script>'));
		expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
		expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
		expect(html).toContain(hashSource('a()'));
	});

	it('is idempotent: a second pass gives the same page', () => {
		const once = applyCsp(page('<script>a()</script>', '<script type="module">b()</script>')).html;
		expect(applyCsp(once).html).toBe(once);
		expect(once.match(/Content-Security-Policy/g)).toHaveLength(1);
	});

	it('hashes only the page’s own scripts', () => {
		const { policy, scripts } = applyCsp(page('<script>only()</script>'));
		expect(scripts).toBe(1);
		expect(policy.match(/sha256-/g)).toHaveLength(1);
	});

	it('rejects a page without a head', () => {
		expect(() => applyCsp('<p>fragment</p>')).toThrow(/no <head>/);
	});
});
