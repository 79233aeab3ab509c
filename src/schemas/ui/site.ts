/** UI strings: Site-wide labels: page types, sources, instrument status. */
import { z } from 'astro/zod';

export const siteStrings = z.object({
	/** Label of the page-type filter in search results. */
	'pustaka.pageType': z.string(),
	/** Name of the Pagefind filter that holds the page type (in the search URL). */
	'pustaka.pageTypeFilter': z.string(),
	/** When the page was last checked against its sources; {date} is the day. */
	'pustaka.reviewed': z.string(),
	/** The link that opens an e-mail reporting an error on this page. */
	'pustaka.report': z.string(),
	/** The same report sent by WhatsApp. */
	'pustaka.reportWhatsApp': z.string(),
	/** Subject of the error report; {title} is the page title. */
	'pustaka.reportSubject': z.string(),
	/** Body of the error report before the reader writes; {title} and {url} are filled in. */
	'pustaka.reportBody': z.string(),
	/** "Sources" heading above a page's citations. */
	'pustaka.sources': z.string(),
	/** Status label of an instrument in force. */
	'pustaka.status.berlaku': z.string(),
	/** Status label of an instrument whose status our sources do not confirm. */
	'pustaka.status.tidak-diketahui': z.string(),
	/** Status label of a revoked instrument. */
	'pustaka.status.dicabut': z.string(),
	/** "Replaced by" label. */
	'pustaka.replacedBy': z.string(),
	/** "Replaces" label. */
	'pustaka.replaces': z.string(),
	/** "Key articles" heading. */
	'pustaka.keyArticles': z.string(),
	/** "Source" label for a list's origin. */
	'pustaka.from': z.string(),
	/** Page type: landing or general reading page. */
	'pageType.umum': z.string(),
	/** Page type: doctrine concept. */
	'pageType.konsep': z.string(),
	/** Page type: one legal instrument. */
	'pageType.instrumen': z.string(),
	/** Page type: case study. */
	'pageType.studi-kasus': z.string(),
	/** Page type: glossary. */
	'pageType.glosarium': z.string(),
	/** Page type: statistics. */
	'pageType.statistik': z.string(),
	/** Page type: pocket guide. */
	'pageType.buku-saku': z.string(),
	/** Page type: self-test. */
	'pageType.kuis': z.string(),
	/** Page type: trainer's kit. */
	'pageType.pelatih': z.string(),
	/** Page type: practice tool (SARA workbook, FKPM self-check, field notes). */
	'pageType.praktik': z.string(),
	/** Page type: a section printed as one document (/cetak/…). */
	'pageType.cetak': z.string(),
	/** Screen-reader words after the other language's code on the header link to this page in that language (written in that language). */
	'pustaka.switchLanguage': z.string(),
	/** Visible text of that link: the other language's code. */
	'pustaka.switchLanguageShort': z.string(),
});
