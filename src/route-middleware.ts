/**
 * Starlight route middleware: before any page renders, make sure no content entry
 * references a missing source, instrument, term or case.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { assertContentIntegrity } from './lib/content/check';

export const onRequest = defineRouteMiddleware(async () => {
	await assertContentIntegrity();
});
