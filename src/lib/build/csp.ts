/**
 * Content Security Policy for built pages: finds every inline `<script>` in a page, hashes
 * its body and writes a per-page `<meta http-equiv="Content-Security-Policy">` that allows
 * exactly those scripts. Used by the post-build step (src/integrations/postbuild.ts) and
 * unit-tested in tests/unit/csp.test.ts.
 *
 * Why not Astro's `security.csp`: it hashes the scripts Vite bundles but not Starlight's
 * `is:inline` scripts (theme provider, search shortcut, sidebar state), which the browser
 * then refuses. Hashing the final HTML covers every inline script whoever wrote it.
 *
 * No imports from other modules, so Node can run this file directly (type stripping).
 */
import { createHash } from 'node:crypto';

/** Directives shared by every page; `script-src` gets the page's hashes appended. */
export const baseDirectives: ReadonlyArray<readonly [string, string]> = [
	['default-src', "'self'"],
	// Pagefind compiles its search index reader from WebAssembly.
	['script-src', "'self' 'wasm-unsafe-eval'"],
	// Starlight, Pagefind's UI and components set style attributes and <style> elements.
	['style-src', "'self' 'unsafe-inline'"],
	['style-src-attr', "'unsafe-inline'"],
	['img-src', "'self' data:"],
	['font-src', "'self'"],
	['connect-src', "'self'"],
	['worker-src', "'self'"],
	['manifest-src', "'self'"],
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
];

/** Directives a `<meta>` policy may not carry; the server sends them as headers instead. */
export const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'sandbox'] as const;

export interface InlineScript {
	/** The script's text exactly as the browser hashes it (between the tags). */
	body: string;
	/** The `type` attribute, or '' when absent. */
	type: string;
}

const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const commentPattern = /<!--[\s\S]*?-->/g;

function attr(attrs: string, name: string): string | undefined {
	const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
	if (!m) return undefined;
	return m[1] ?? m[2] ?? m[3] ?? '';
}

/** Inline scripts of a page (those without `src`), JSON-LD and other data blocks included. */
export function findInlineScripts(html: string): InlineScript[] {
	// Blank out comments with spaces so a commented-out script is not hashed, keeping offsets.
	const text = html.replace(commentPattern, (c) => ' '.repeat(c.length));
	const found: InlineScript[] = [];
	for (const m of text.matchAll(scriptPattern)) {
		const attrs = m[1] ?? '';
		if (attr(attrs, 'src') !== undefined) continue;
		const start = (m.index ?? 0) + m[0].indexOf('>') + 1;
		found.push({ body: html.slice(start, start + (m[2] ?? '').length), type: attr(attrs, 'type') ?? '' });
	}
	return found;
}

/** The CSP source expression for a script body: `'sha256-<base64>'` of its UTF-8 bytes. */
export function hashSource(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The policy text for a page whose inline scripts have these hashes (sorted, unique). */
export function buildPolicy(hashes: Iterable<string>): string {
	const unique = [...new Set(hashes)].sort();
	return baseDirectives
		.map(([name, value]) => (name === 'script-src' && unique.length ? `${name} ${value} ${unique.join(' ')}` : `${name} ${value}`))
		.join('; ');
}

const existingMeta = /<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>\s*/gi;
const charsetMeta = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;

/**
 * The page with its CSP `<meta>` written right after `<meta charset>` (so it precedes every
 * script), replacing any earlier one. Idempotent: applying it twice gives the same page.
 */
export function applyCsp(html: string): { html: string; policy: string; scripts: number } {
	const clean = html.replace(existingMeta, '');
	const scripts = findInlineScripts(clean);
	const policy = buildPolicy(scripts.map((s) => hashSource(s.body)));
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
	const charset = charsetMeta.exec(clean);
	let out: string;
	if (charset) {
		const at = charset.index + charset[0].length;
		out = clean.slice(0, at) + meta + clean.slice(at);
	} else {
		const head = /<head[^>]*>/i.exec(clean);
		if (!head) throw new Error('applyCsp: page has no <head>');
		const at = head.index + head[0].length;
		out = clean.slice(0, at) + meta + clean.slice(at);
	}
	return { html: out, policy, scripts: scripts.length };
}

/**
 * The policy the server sends as a header (deploy/nginx.conf). A header cannot hold each
 * page's script hashes, so it leaves scripts to the page's `<meta>` (it has no `script-src`
 * or `default-src`, which would block them) and says what a `<meta>` cannot: who may frame.
 */
export const headerPolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
