/**
 * Turns the address of a missing page into words to search for, so the 404 page
 * (src/components/NotFoundSearch.astro) can start with a useful query:
 * `/en/konsep/prinsip-polmas/` → "prinsip polmas".
 */
export function queryFromPath(pathname: string): string {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// A malformed escape: search for the raw text.
	}
	return path
		.split('/')
		.filter((part) => part !== '' && part !== 'en' && !/^404(\.html)?$/.test(part) && part !== 'index.html')
		.slice(-1)
		.flatMap((part) => part.replace(/\.html?$/, '').split(/[-_.+\s]+/))
		.filter((w) => w.length > 0)
		.join(' ')
		.slice(0, 80);
}
