/**
 * Schema of the `selfchecks` collection (content/selfchecks/*.yaml): a self-assessment made
 * of statements answered on a scale, grouped into areas, such as the FKPM self-check on
 * /praktik/cek-fkpm/. Each statement is worded for each role that answers it and names the
 * doctrine item or instrument it rests on, with the site page (and anchor) that explains it.
 * Rendered by src/user-components/practice/FkpmCheck.astro; scored by
 * src/lib/practice/fkpm-check.ts.
 */
import { z } from 'astro/zod';
import { bilingual, ref, reviewedField, slugId, sourcesField } from './common';
// Plain constants shared with the browser-side scoring, kept there so the island bundles no zod.
import { SCALE_MAX, checkRoles } from '../lib/practice/fkpm-check';

export { SCALE_MAX, checkRoles };

/** A site path with an optional anchor, without the language prefix: `/konsep/apa-itu-polmas/#prinsip-a`. */
const sitePath = z.string().regex(/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/, 'page must be a site path such as "/konsep/apa-itu-polmas/#prinsip-a"');

/** What a statement rests on: one lettered doctrine item, or one instrument (with its article). */
export const basisSchema = z
	.object({
		/** The doctrine list (content/doctrine/) that holds the item. */
		doctrine: ref('doctrine').optional(),
		/** The item's letter in that list. */
		item: z.string().regex(/^[a-z]$/, 'item must be a single lowercase letter').optional(),
		/** The instrument (content/instruments/), when the statement rests on a provision rather than a list item. */
		instrument: ref('instruments').optional(),
		/** What in the instrument, in both languages ("no new FKPM where an adat forum exists"). */
		provision: bilingual.optional(),
		/** The page that explains the basis, with the item's anchor. */
		page: sitePath,
	})
	.superRefine((b, ctx) => {
		if (!!b.doctrine === !!b.instrument) {
			ctx.addIssue({ code: 'custom', path: ['doctrine'], message: 'a basis names either a doctrine list (with item) or an instrument (with provision), not both or neither' });
		}
		if (b.doctrine && !b.item) ctx.addIssue({ code: 'custom', path: ['item'], message: 'a doctrine basis needs the item letter' });
		if (b.instrument && !b.provision) ctx.addIssue({ code: 'custom', path: ['provision'], message: 'an instrument basis needs the provision it rests on' });
	});

export const statementSchema = z.object({
	/** Stable id of the statement: answers are stored under it, so never reuse one for a different statement. */
	id: slugId,
	/** Id of the area the statement belongs to. */
	area: slugId,
	/** The statement as each role reads it. */
	text: z.object({
		/** Worded for a Polri member ("I …"). */
		polri: bilingual,
		/** Worded for a resident or FKPM board member ("Our forum …"). */
		warga: bilingual,
	}),
	/** What the statement rests on (at least one). */
	basis: z.array(basisSchema).min(1, 'a statement must name what it rests on'),
	/** Where the statement comes from. */
	sources: sourcesField,
});

export const selfCheckSchema = z
	.object({
		/** The day the entry was last checked against its sources (YYYY-MM-DD). */
		reviewed: reviewedField,
		/** The areas scores are given for, in display order. */
		areas: z.array(z.object({ id: slugId, name: bilingual, summary: bilingual })).min(2),
		/** The answer scale, from 0 (lowest) to SCALE_MAX, each with its label. */
		scale: z.array(z.object({ value: z.number().int().min(0).max(SCALE_MAX), label: bilingual })),
		/** The statements (at least 12), in display order within their areas. */
		statements: z.array(statementSchema).min(12, 'a self-check needs at least 12 statements'),
		/** Where the check as a whole comes from. */
		sources: sourcesField,
	})
	.superRefine((c, ctx) => {
		const values = c.scale.map((s) => s.value);
		if (values.join() !== Array.from({ length: SCALE_MAX + 1 }, (_, i) => i).join())
			ctx.addIssue({ code: 'custom', path: ['scale'], message: `scale must list the values 0 to ${SCALE_MAX} in order` });
		const areas = new Set(c.areas.map((a) => a.id));
		const ids = new Set<string>();
		c.statements.forEach((s, i) => {
			if (!areas.has(s.area)) ctx.addIssue({ code: 'custom', path: ['statements', i, 'area'], message: `area "${s.area}" is not among the areas` });
			if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['statements', i, 'id'], message: `statement id "${s.id}" is used twice` });
			ids.add(s.id);
		});
		for (const a of areas)
			if (c.statements.filter((s) => s.area === a).length < 2)
				ctx.addIssue({ code: 'custom', path: ['areas'], message: `area "${a}" needs at least two statements` });
	});

export type SelfCheck = z.infer<typeof selfCheckSchema>;
