/**
 * Review dates on pages: which day a page shows as "Ditinjau …" / "Reviewed …", and the
 * sitemap's lastmod taken from it. Pure: used by src/user-components/page-meta/PageMeta.astro,
 * src/integrations/postbuild.ts and tests/unit/page-meta.test.ts.
 */

/**
 * The day a page shows as reviewed: the earliest of its own date and those of the entries it
 * draws its facts from (an instrument, a case), since the page is only as current as its
 * least recently checked part. Undefined when any of them has no date.
 */
export function reviewedDay(dates: readonly (string | undefined)[]): string | undefined {
	if (dates.length === 0 || dates.some((d) => !d)) return undefined;
	return [...(dates as string[])].sort()[0];
}

/** The review day a built page carries (the <time> PageMeta renders), or undefined. */
export function reviewedOfHtml(html: string): string | undefined {
	return /<time class="page-reviewed[^"]*" datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
}

/**
 * The sitemap with a <lastmod> for every page whose review day is known: `reviewedOf` maps a
 * page's address to its day. Entries that already have a lastmod keep it.
 */
export function withLastmod(sitemap: string, reviewedOf: (loc: string) => string | undefined): string {
	return sitemap.replace(/<url><loc>([^<]+)<\/loc>(?!<lastmod>)/g, (whole, loc: string) => {
		const day = reviewedOf(loc);
		return day ? `<url><loc>${loc}</loc><lastmod>${day}</lastmod>` : whole;
	});
}
