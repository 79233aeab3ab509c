/**
 * Starlight route middleware, before any page renders: make sure no content entry
 * references a missing source, instrument, term or case; then fold the sidebar to the
 * reader's own section (src/lib/navigation/sidebar.ts says why).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { assertContentIntegrity } from './lib/content/check';
import { compactSidebar, type SidebarEntry } from './lib/navigation/sidebar';

export const onRequest = defineRouteMiddleware(async (context) => {
	await assertContentIntegrity();
	const route = context.locals.starlightRoute;
	route.sidebar = compactSidebar(route.sidebar as SidebarEntry[]) as typeof route.sidebar;
});
