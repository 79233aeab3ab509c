/// <reference types="vitest/config" />
// Unit tests (tests/unit) and build tests (tests/build). Playwright's *.spec.ts files under
// tests/e2e are run by `playwright test`, not here.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
	},
});
