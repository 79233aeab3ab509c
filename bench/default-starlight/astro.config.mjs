// The yardstick of `npm run bench`: a default Starlight site (no overrides, no plugins),
// two languages like ours, built in the same run. `npm run bench` copies it to .tmp/ and adds
// our concept pages as plain Markdown, so its figures show what Starlight costs for our words.
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
