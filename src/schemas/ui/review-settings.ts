/** UI strings: the review settings on /kuis/ulang/ (src/user-components/quiz/ReviewSettings.astro). */
import { z } from 'astro/zod';

export const reviewSettingsStrings = z.object({
	/** Label: desired retention, in percent. */
	'reviewSettings.retention': z.string(),
	/** Explains desired retention. */
	'reviewSettings.retentionHelp': z.string(),
	/** Label: new questions a day. */
	'reviewSettings.newPerDay': z.string(),
	/** Explains new questions a day. */
	'reviewSettings.newPerDayHelp': z.string(),
	/** Label: due questions a day. */
	'reviewSettings.reviewsPerDay': z.string(),
	/** Explains the daily review limit. */
	'reviewSettings.reviewsPerDayHelp': z.string(),
	/** Button that saves the settings. */
	'reviewSettings.save': z.string(),
	/** The settings were saved. */
	'reviewSettings.saved': z.string(),
	/** A value is out of range; {field}, {min} and {max} are filled in. */
	'reviewSettings.outOfRange': z.string(),
	/** Saved values were unusable and the defaults are used; {fields} names them. */
	'reviewSettings.reset': z.string(),
	/** Settings of a newer version are kept and not read. */
	'reviewSettings.newer': z.string(),
	/** Saving failed: storage full. */
	'reviewSettings.full': z.string(),
	/** Saving failed: storage refused. */
	'reviewSettings.unavailable': z.string(),
	/** The form without JavaScript. */
	'reviewSettings.noJs': z.string(),
});
