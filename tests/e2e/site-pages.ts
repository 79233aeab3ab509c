/**
 * The pages of the built site, read from dist/ (the sitemap Starlight writes, plus the two
 * 404 pages it leaves out), so browser checks cover whatever pages exist at build time.
 * Paths are site paths such as `/konsep/apa-itu-polmas/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.E2E_DIST ?? 'dist';

function locs(file: string): string[] {
	return [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
}

/** Every page listed in the sitemap, as a path; throws when dist/ has not been built. */
export function sitemapPaths(): string[] {
	if (!existsSync(join(dist, 'sitemap-index.xml'))) throw new Error(`no ${dist}/sitemap-index.xml: run \`npm run build\` first`);
	const pages = locs('sitemap-index.xml').flatMap((sitemap) => locs(new URL(sitemap).pathname.slice(1)));
	return [...new Set(pages.map((url) => new URL(url).pathname))].sort();
}

/** Sitemap pages plus the 404 pages in both languages. */
export function allPagePaths(): string[] {
	return [...sitemapPaths(), '/404.html', '/en/404.html'];
}

/** The first of `wanted` that exists in the sitemap, else the first page matching `fallback`. */
export function pickPath(wanted: string[], fallback: RegExp): string | undefined {
	const pages = sitemapPaths();
	return wanted.find((p) => pages.includes(p)) ?? pages.find((p) => fallback.test(p));
}

/** Reads a built file (for tests that inspect the precache manifest). */
export function distFile(path: string): string {
	return readFileSync(join(dist, path), 'utf8');
}
export const distDir = dist;
