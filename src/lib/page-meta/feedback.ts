/**
 * The "report an error" links of every page: a mailto: link (and a WhatsApp link when a
 * number is configured) with the page's title and address already written in, so the
 * reader only says what is wrong. Pure: used by src/user-components/page-meta/PageMeta.astro
 * and tests/unit/page-meta.test.ts.
 */
import { z } from 'astro/zod';

/** The feedback settings of src/config/feedback.ts, checked. */
export const feedbackSchema = z.object({
	/** The editors' inbox. */
	email: z.email('feedback.email in src/config/feedback.ts must be an e-mail address'),
	/** WhatsApp number, digits only in international form (8 to 15 digits), or empty. */
	whatsapp: z.union([z.literal(''), z.string().regex(/^[1-9]\d{7,14}$/, 'feedback.whatsapp in src/config/feedback.ts must be digits only, in international form (62…), or empty')]),
});
export type FeedbackConfig = z.infer<typeof feedbackSchema>;

/** Reads the settings, throwing a message that names the file and the field. */
export function parseFeedbackConfig(raw: unknown): FeedbackConfig {
	const result = feedbackSchema.safeParse(raw);
	if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join('; '));
	return result.data;
}

/** The words of the report, in the page's language. */
export interface ReportText {
	/** Subject line; {title} is the page title. */
	subject: string;
	/** Body before the reader writes; {title} and {url} are filled in. */
	body: string;
}

const fillIn = (text: string, page: { title: string; url: string }) => text.replace(/\{title\}/g, page.title).replace(/\{url\}/g, page.url);

/** mailto: link with subject and body filled in (RFC 6068: percent-encoded, line breaks as %0D%0A). */
export function mailtoHref(config: FeedbackConfig, text: ReportText, page: { title: string; url: string }): string {
	const enc = (s: string) => encodeURIComponent(s).replace(/%0A/g, '%0D%0A');
	return `mailto:${config.email}?subject=${enc(fillIn(text.subject, page))}&body=${enc(fillIn(text.body, page))}`;
}

/** WhatsApp link with the same report as its text, or null when no number is configured. */
export function whatsappHref(config: FeedbackConfig, text: ReportText, page: { title: string; url: string }): string | null {
	if (!config.whatsapp) return null;
	return `https://wa.me/${config.whatsapp}?text=${encodeURIComponent(`${fillIn(text.subject, page)}\n${fillIn(text.body, page)}`)}`;
}
