/**
 * Starlight route middleware, before any page renders: make sure no content entry
 * references a missing source, instrument, term or case; then fold the sidebar to the
 * reader's own section (src/lib/navigation/sidebar.ts says why). A print document (/cetak/…)
 * adds to its own `sources` those of the pages it prints, so its closing source list is
 * theirs too, and shows the earliest review day among them. A case study page lists its
 * sections in "On this page" (src/lib/cases/toc.ts says why). Head tags nobody reads are
 * dropped (src/lib/page-meta/head.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { assertContentIntegrity } from './lib/content/check';
import { getCollection, getEntry } from 'astro:content';
import { compactSidebar, type SidebarEntry } from './lib/navigation/sidebar';
import { collectSources, langOfId, sectionPages } from './lib/print/document';
import { isCasePage, isPrintPage } from './schemas/page';
import { caseTocItems } from './lib/cases/toc';
import { langOf } from './lib/i18n';
import { reviewedDay } from './lib/page-meta/reviewed';
import { keepHeadEntry } from './lib/page-meta/head';

export const onRequest = defineRouteMiddleware(async (context) => {
	await assertContentIntegrity();
	const route = context.locals.starlightRoute;
	route.sidebar = compactSidebar(route.sidebar as SidebarEntry[]) as typeof route.sidebar;
	route.head = route.head.filter(keepHeadEntry);
	const data = route.entry.data as unknown as { type: string };
	if (isCasePage(data) && route.toc) {
		const entry = await getEntry('cases', data.case.id);
		if (entry) route.toc.items.push(...caseTocItems(entry.data.findings, langOf(route.locale), context.locals.t));
	}
	if (isPrintPage(data)) {
		const pages = sectionPages(await getCollection('docs'), data.section, langOfId(route.entry.id));
		const own = { id: route.entry.id, data: data as unknown as (typeof pages)[number]['data'] };
		const sources = collectSources([own, ...pages]).map((id) => ({ collection: 'sources' as const, id }));
		const reviewed = reviewedDay([data.reviewed, ...pages.map((p) => (p.data as { reviewed?: string }).reviewed)]);
		route.entry = { ...route.entry, data: { ...route.entry.data, sources, reviewed } as typeof route.entry.data };
	}
});
