/** UI strings: the class hand-in — the learner's code under a finished quiz set (`handin.*`, sent to the hand-in island) and the trainer's results page /pelatih/hasil/ (`hasil.*`, sent to its island). `{name}` placeholders are filled by fill() in src/lib/i18n.ts. */
import { z } from 'astro/zod';

export const handinStrings = z.object({
	/** Heading of the hand-in box under a finished set. */
	'handin.heading': z.string(),
	/** What the hand-in does, before the name field. */
	'handin.intro': z.string(),
	/** Label of the name field. */
	'handin.name': z.string(),
	/** Button that makes the hand-in code. */
	'handin.make': z.string(),
	/** Said when the name is empty. */
	'handin.nameEmpty': z.string(),
	/** Accessible name of the QR image; {name}, {right}, {total}. */
	'handin.qrLabel': z.string(),
	/** Label above the same code as text. */
	'handin.codeLabel': z.string(),
	/** Button that copies the code. */
	'handin.copy': z.string(),
	/** Said when the code was copied. */
	'handin.copied': z.string(),
	/** Said when copying is not allowed. */
	'handin.copyFailed': z.string(),
	/** Said when the QR image could not be drawn. */
	'handin.qrFailed': z.string(),
	/** No-JS note of the results page. */
	'hasil.nojs': z.string(),
	/** Reminder where results are kept. */
	'hasil.stored': z.string(),
	/** Line when the page collects one set; {set} is its description. */
	'hasil.collecting': z.string(),
	/** Link to the page without a chosen set. */
	'hasil.allSets': z.string(),
	/** Heading of the scan and paste part. */
	'hasil.scanHeading': z.string(),
	/** Button that starts the camera scan. */
	'hasil.scan': z.string(),
	/** Button that stops the camera scan. */
	'hasil.scanStop': z.string(),
	/** Said while the camera scans. */
	'hasil.scanning': z.string(),
	/** Said when the browser cannot read QR codes. */
	'hasil.scanNone': z.string(),
	/** Said when the camera cannot be opened. */
	'hasil.scanFailed': z.string(),
	/** Label of the paste box. */
	'hasil.pasteLabel': z.string(),
	/** Button that adds pasted codes. */
	'hasil.add': z.string(),
	/** Said when a code was added; {name}, {score}, {total}. */
	'hasil.added': z.string(),
	/** Said when a learner’s newer code replaced the older. */
	'hasil.replaced': z.string(),
	/** Said when the same code came twice. */
	'hasil.same': z.string(),
	/** Said when the storage limits are reached. */
	'hasil.full': z.string(),
	/** Said when the paste box is empty. */
	'hasil.errEmpty': z.string(),
	/** A piece that is not a whole code; {code} is its start. */
	'hasil.errFormat': z.string(),
	/** A code whose checksum fails; {code} is its start. */
	'hasil.errChecksum': z.string(),
	/** A code from a newer site version. */
	'hasil.errNewer': z.string(),
	/** A code whose name cannot be read. */
	'hasil.errName': z.string(),
	/** A code of another set than the one collected; {name}, {set}. */
	'hasil.errOtherSet': z.string(),
	/** A code whose questions differ from this device’s bank; {name}. */
	'hasil.errOtherBank': z.string(),
	/** Said while the question bank loads. */
	'hasil.bankLoading': z.string(),
	/** Said when the bank cannot be loaded. */
	'hasil.bankFailed': z.string(),
	/** Button that loads the bank again. */
	'hasil.bankRetry': z.string(),
	/** Said when no result is kept yet. */
	'hasil.none': z.string(),
	/** Heading of one set; {seed} is its code. */
	'hasil.setHeading': z.string(),
	/** Line under a set heading; {topics}, {n} questions, {learners}. */
	'hasil.setMeta': z.string(),
	/** Topics of a whole-guide set. */
	'hasil.allTopics': z.string(),
	/** The topic of a set of one part of a long topic; {topic}, {part}. */
	'hasil.part': z.string(),
	/** Column: learner name. */
	'hasil.name': z.string(),
	/** Column: score. */
	'hasil.score': z.string(),
	/** Short column heading of a question; {n}. */
	'hasil.q': z.string(),
	/** A question by number; {n}. */
	'hasil.question': z.string(),
	/** Hidden word beside the right mark. */
	'hasil.markRight': z.string(),
	/** Hidden word beside the partly-right mark. */
	'hasil.markPartial': z.string(),
	/** Hidden word beside the wrong mark. */
	'hasil.markWrong': z.string(),
	/** Key to the marks under a table. */
	'hasil.legend': z.string(),
	/** Caption of a set’s table; {seed}. */
	'hasil.tableCaption': z.string(),
	/** Button that removes one learner; {name}. */
	'hasil.remove': z.string(),
	/** Said when a learner was removed; {name}. */
	'hasil.removed': z.string(),
	/** Button that clears a set. */
	'hasil.clearSet': z.string(),
	/** Confirmation before clearing; {seed}. */
	'hasil.clearConfirm': z.string(),
	/** Said when a set was cleared; {seed}. */
	'hasil.cleared': z.string(),
	/** Button that downloads the CSV. */
	'hasil.csv': z.string(),
	/** Button that prints the results. */
	'hasil.print': z.string(),
	/** Heading of the per-question summary. */
	'hasil.summaryHeading': z.string(),
	/** Title of the chart. */
	'hasil.chartTitle': z.string(),
	/** One chart row in words; {q}, {wrong}, {partial}, {right}. */
	'hasil.chartRow': z.string(),
	/** Summary column: question. */
	'hasil.colQuestion': z.string(),
	/** Summary column: wrong. */
	'hasil.colWrong': z.string(),
	/** Summary column: partly right. */
	'hasil.colPartial': z.string(),
	/** Summary column: right. */
	'hasil.colRight': z.string(),
	/** Said when storage is full. */
	'hasil.saveFull': z.string(),
	/** Said when storage is blocked. */
	'hasil.saveBlocked': z.string(),
	/** Said when the stored results cannot be read. */
	'hasil.storeCorrupt': z.string(),
	/** Said when part of the stored results was dropped; {n}. */
	'hasil.storeDropped': z.string(),
	/** Said when the stored results are of a newer version. */
	'hasil.storeNewer': z.string(),
});
