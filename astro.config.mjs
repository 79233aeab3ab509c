// @ts-check
/**
 * Site configuration: Starlight with Indonesian at the root and English under /en/.
 * Content is in content/ (src/content links to it); see README.md for the layout.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import starlightLinksValidator from 'starlight-links-validator';
import pustakaPostbuild from './src/integrations/postbuild.ts';

export default defineConfig({
	site: 'https://pustaka-polmas.example',
	trailingSlash: 'always',
	// Keep src/content → content/ as a path of the docs collection, so Starlight's Markdown
	// processing and the links validator recognise the files as theirs.
	// assetsInlineLimit 0: Astro's small module scripts become cached files rather than a copy
	// inlined in every page (about 1.5 kB less gzip HTML per page, fewer CSP hashes).
	// The alias puts src/lib/search/pagefind-ui.ts in front of Pagefind UI for Starlight's search
	// modal: it drops the `#_top` sub-result that repeated every page under its own title.
	vite: {
		resolve: {
			preserveSymlinks: true,
			alias: [
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(new URL('./src/lib/search/pagefind-ui.ts', import.meta.url)),
				},
			],
		},
		build: { assetsInlineLimit: 0 },
	},
	// Heading ids before the links validator's rehype step reads them: Starlight adds them
	// itself only with its heading links, which are off (see `markdown` below).
	markdown: { rehypePlugins: [rehypeHeadingIds] },
	integrations: [
		starlight({
			title: { id: 'Pustaka Polmas', en: 'Pustaka Polmas' },
			description: 'Rujukan dan bahan latihan doktrin Pemolisian Masyarakat (Polmas) Polri.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'Bahasa Indonesia', lang: 'id' },
				en: { label: 'English', lang: 'en' },
			},
			favicon: '/favicon.svg',
			lastUpdated: false,
			// No link icon after each heading: "Di halaman ini" already links every section, and
			// the icons and their hidden labels cost about 0.3 kB gzip of each reading page.
			markdown: { headingLinks: false },
			// A page's search aliases (frontmatter `aliases`, indexed as the `alias` meta field by
			// src/components/PageTitle.astro) weigh as much as its title.
			pagefind: { ranking: { metaWeights: { title: 5, alias: 5 } } },
			// No code samples on this site: skip Expressive Code and its CSS and JS.
			expressiveCode: false,
			routeMiddleware: './src/route-middleware.ts',
			components: {
				Search: './src/components/Search.astro',
				PageTitle: './src/components/PageTitle.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
				Head: './src/components/Head.astro',
				SiteTitle: './src/components/SiteTitle.astro',
				ThemeProvider: './src/components/ThemeProvider.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
				LanguageSelect: './src/components/LanguageSelect.astro',
				Sidebar: './src/components/Sidebar.astro',
			},
			customCss: ['./src/styles/site.css'],
			plugins: [starlightLinksValidator({ errorOnInconsistentLocale: true, errorOnLocalLinks: true })],
			sidebar: [
				{ label: 'Mulai', translations: { en: 'Start' }, link: '/' },
				{
					label: 'Dasar hukum',
					translations: { en: 'Legal basis' },
					items: [{ autogenerate: { directory: 'dasar-hukum' } }],
				},
				{
					label: 'Konsep Polmas',
					translations: { en: 'Polmas concepts' },
					items: [{ autogenerate: { directory: 'konsep' } }],
				},
				{
					label: 'Studi kasus',
					translations: { en: 'Case studies' },
					items: [{ autogenerate: { directory: 'studi-kasus' } }],
				},
				{
					label: 'Rujukan',
					translations: { en: 'Reference' },
					items: [
						{ label: 'Buku saku', translations: { en: 'Pocket guide' }, link: '/buku-saku/' },
						{ label: 'Glosarium', translations: { en: 'Glossary' }, link: '/glosarium/' },
						{ label: 'Statistik', translations: { en: 'Statistics' }, link: '/statistik/' },
						{ label: 'FKPM untuk warga', translations: { en: 'FKPM for citizens' }, link: '/fkpm/' },
						{ label: 'Sumber', translations: { en: 'Sources' }, link: '/sumber/' },
						{ label: 'Baca tanpa sinyal', translations: { en: 'Read offline' }, link: '/luring/' },
					],
				},
				{
					label: 'Kuis',
					translations: { en: 'Quiz' },
					// Three entries, not one per topic: the sidebar is in every page's HTML, and
					// /kuis/ lists the topics anyway.
					items: [
						{ label: 'Pilih topik', translations: { en: 'Choose a topic' }, link: '/kuis/' },
						{ label: 'Seluruh buku saku', translations: { en: 'Whole pocket guide' }, link: '/kuis/semua/' },
						{ label: 'Ulangan hari ini', translations: { en: 'Review today' }, link: '/kuis/ulang/' },
					],
				},
				{
					label: 'Praktik',
					translations: { en: 'Practice' },
					// One entry: the sidebar is in every page's HTML; /praktik/ lists the tools.
					items: [{ label: 'Alat praktik', translations: { en: 'Practice tools' }, link: '/praktik/' }],
				},
				{
					label: 'Pelatih',
					translations: { en: 'Trainers' },
					items: [{ autogenerate: { directory: 'pelatih' } }],
				},
			],
		}),
		// After Starlight: its astro:build:done hook writes the Pagefind index first.
		pustakaPostbuild(),
	],
});
