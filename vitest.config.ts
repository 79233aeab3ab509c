// Unit tests only: Playwright's *.spec.ts files under tests/e2e are run by `playwright test`.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
	},
});
