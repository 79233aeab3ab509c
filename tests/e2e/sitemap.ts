/**
 * The list of built pages, read from dist/'s sitemap, so browser suites cover every page
 * that exists without keeping a list by hand. Throws (failing the suite) if the site has
 * not been built.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function builtPages(): string[] {
	const dist = join(import.meta.dirname, '..', '..', 'dist');
	const maps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	if (maps.length === 0) throw new Error('dist/ has no sitemap: run `npm run build` before the browser tests');
	const paths = maps.flatMap((file) =>
		[...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
	);
	if (paths.length < 10) throw new Error(`sitemap lists only ${paths.length} pages`);
	return paths.sort();
}
