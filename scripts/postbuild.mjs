#!/usr/bin/env node
/**
 * Runs the post-build steps (per-page CSP, English 404 file, service worker) on a built
 * folder. `astro build` already runs them through src/integrations/postbuild.ts; this is
 * for a folder built or changed elsewhere. Usage: npx node scripts/postbuild.mjs [--dir dist]
 */
import { postbuild } from '../src/integrations/postbuild.ts';

const i = process.argv.indexOf('--dir');
await postbuild(i >= 0 ? process.argv[i + 1] : 'dist');
