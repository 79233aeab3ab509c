// The yardstick of `npm run bench`: a default Starlight site (no overrides, no plugins),
// two languages like ours, built in the same run. Its pages carry a reading page's worth of
// ordinary Markdown, so its figures show what Starlight itself costs.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	outDir: process.env.BENCH_DEFAULT_OUT ?? './dist',
	integrations: [
		starlight({
			title: 'Default Starlight',
			defaultLocale: 'root',
			locales: { root: { label: 'Bahasa Indonesia', lang: 'id' }, en: { label: 'English' } },
			sidebar: [{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] }],
		}),
	],
});
