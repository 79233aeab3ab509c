/**
 * DOM wiring shared by the three practice islands (sara-element.ts, fkpm-check-element.ts,
 * notes-element.ts): the notice and message regions of PracticeNotices.astro, the load notice
 * with its download/discard buttons, save status, file download and import reading, sharing
 * with the selectable fallback box of ShareBox.astro, and the task tables of TaskTable.astro.
 * No logic of its own: validation, storage and formats live in src/lib/practice/.
 */
import { fill } from '../../lib/i18n';
import { browserStorage } from '../../lib/quiz/storage';
import { MAX_DOCUMENT_CHARS, localDate, type DocumentStore, type LoadNotice, type Problem, type SaveResult, type ParseError } from '../../lib/practice/store';
import { shareText } from '../../lib/practice/share';

export { browserStorage };

export type Labels = Record<string, string>;

export const $ = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => root.querySelector<T>(sel)!;
export const $$ = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];

/** The JSON block a server component put inside the island. */
export function readData<T>(root: HTMLElement): T {
	return JSON.parse($(root, 'script.pr-data').textContent!) as T;
}

/** Removes the no-JS note and shows the parts that need JavaScript. */
export function enhance(root: HTMLElement): void {
	for (const el of $$(root, '.pr-nojs')) el.remove();
	for (const el of $$(root, '[data-needs-js]')) el.hidden = false;
	root.dataset.ready = '';
}

/** Says something in the message region (a polite live region); replaces the last message. */
export function say(root: HTMLElement, text: string, tone: 'info' | 'warn' = 'info'): void {
	const box = $(root, '.pr-message');
	const p = document.createElement('p');
	p.textContent = text;
	box.dataset.tone = tone;
	box.replaceChildren(p);
}

/** Problems as one readable list: `#2 "Rusak" answers.what is not text; …`. */
export function describeProblems(dropped: Problem[], max = 5): string {
	const parts = dropped.slice(0, max).map((p) => [p.item, p.field, p.reason].filter(Boolean).join(' '));
	if (dropped.length > max) parts.push(`+${dropped.length - max}`);
	return parts.join('; ');
}

export const errorText = (t: Labels, e: ParseError) => t[`error.${e}`] ?? e;

/** Triggers a download of `text` as `name`. */
export function download(text: string, name: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today as `YYYY-MM-DD` for file names and default dates. */
export const today = () => localDate(new Date());

/**
 * Shows what loading found (storage unreadable, damaged or partly damaged data) in the
 * alert region, with buttons to download or discard the damaged original when one is kept.
 */
export function showLoadNotice(root: HTMLElement, notice: LoadNotice, store: DocumentStore<unknown>, t: Labels, filePrefix: string): void {
	const box = $(root, '.pr-alerts');
	const wrap = document.createElement('div');
	wrap.className = 'pr-alert';
	wrap.dataset.kind = notice.kind;
	const p = (text: string) => {
		const el = document.createElement('p');
		el.textContent = text;
		wrap.append(el);
	};
	if (notice.kind === 'unavailable') p(t.unavailable);
	else {
		p(notice.kind === 'damaged' ? fill(t.damaged, { error: errorText(t, notice.error) }) : fill(t.partial, { list: describeProblems(notice.dropped) }));
		p(notice.backedUp ? t.backedUp : t.notBackedUp);
		const actions = document.createElement('p');
		actions.className = 'pr-actions';
		const dl = button(t.downloadDamaged, 'pr-btn pr-download-damaged');
		dl.addEventListener('click', () => {
			download(store.backup() ?? '', `${filePrefix}-data-asli-${today()}.txt`, 'text/plain');
			if (store.locked) {
				store.unlock();
				say(root, t.damagedDownloaded);
			}
		});
		actions.append(dl);
		if (!notice.backedUp) {
			const discard = button(t.discardDamaged, 'pr-btn pr-btn-quiet pr-discard-damaged');
			discard.addEventListener('click', () => {
				store.unlock();
				store.discardBackup();
				wrap.remove();
				say(root, t.damagedDiscarded);
			});
			actions.append(discard);
		}
		wrap.append(actions);
	}
	box.append(wrap);
}

export function button(text: string, className: string): HTMLButtonElement {
	const b = document.createElement('button');
	b.type = 'button';
	b.className = className;
	b.textContent = text;
	return b;
}

/** Shows the result of a save: the quiet status line, or a warning the reader cannot miss. */
export function showSave(root: HTMLElement, result: SaveResult, t: Labels): void {
	const status = $(root, '.pr-status');
	if (result.ok) {
		const now = new Date();
		status.textContent = fill(t.savedAt, { time: `${String(now.getHours()).padStart(2, '0')}.${String(now.getMinutes()).padStart(2, '0')}` });
		status.dataset.state = 'saved';
		if (root.dataset.saveProblem) {
			delete root.dataset.saveProblem;
			$(root, '.pr-message').replaceChildren();
		}
		return;
	}
	status.textContent = t.notSaved;
	status.dataset.state = 'failed';
	// Say it once per kind of failure, not on every keystroke.
	if (root.dataset.saveProblem === result.reason) return;
	root.dataset.saveProblem = result.reason;
	say(root, result.reason === 'full' ? t.saveFull : result.reason === 'blocked' ? t.saveBlocked : t.saveLocked, 'warn');
}

/**
 * Reads a chosen file as text, clearing the input so the same file can be chosen again;
 * `null` when nothing was chosen, `too-large` when it is over the size a document may have.
 */
export async function readChosenFile(input: HTMLInputElement): Promise<string | 'too-large' | null> {
	const file = input.files?.[0];
	input.value = '';
	if (!file) return null;
	if (file.size > MAX_DOCUMENT_CHARS * 4) return 'too-large';
	return file.text();
}

/** Shares text, then tells the reader which way it went; the fallback box is filled and selected. */
export async function shareWithFallback(root: HTMLElement, text: string, title: string, t: Labels): Promise<void> {
	const outcome = await shareText(text, {
		share: typeof navigator.share === 'function' ? (d) => navigator.share(d) : undefined,
		canShare: typeof navigator.canShare === 'function' ? (d) => navigator.canShare(d) : undefined,
		clipboard: navigator.clipboard,
	}, title);
	const box = $(root, '.pr-share-box');
	const area = $<HTMLTextAreaElement>(box, 'textarea');
	box.hidden = outcome !== 'manual';
	if (outcome === 'manual') {
		area.value = text;
		area.focus();
		area.select();
	}
	say(root, { shared: t.shared, cancelled: t.shareCancelled, copied: t.copied, manual: t.manual }[outcome]);
	root.dataset.shareOutcome = outcome;
}

/** Rows of a TaskTable as data. */
export function readTasks(table: HTMLElement): { what: string; who: string; due: string }[] {
	return $$(table, 'tbody tr').map((tr) => ({
		what: $<HTMLInputElement>(tr, '[data-col="what"]').value,
		who: $<HTMLInputElement>(tr, '[data-col="who"]').value,
		due: $<HTMLInputElement>(tr, '[data-col="due"]').value,
	}));
}

/** Fills a TaskTable's rows (extra rows are emptied). */
export function writeTasks(table: HTMLElement, tasks: { what: string; who: string; due: string }[]): void {
	$$(table, 'tbody tr').forEach((tr, i) => {
		const task = tasks[i] ?? { what: '', who: '', due: '' };
		$<HTMLInputElement>(tr, '[data-col="what"]').value = task.what;
		$<HTMLInputElement>(tr, '[data-col="who"]').value = task.who;
		$<HTMLInputElement>(tr, '[data-col="due"]').value = task.due;
	});
}

/**
 * Writes the print-only report: a title, then for each section a heading and label/value
 * pairs (values keep their line breaks; an empty one shows `empty`).
 */
export function renderReport(
	box: HTMLElement,
	title: string,
	meta: string[],
	sections: { heading: string; rows: { label: string; value: string }[] }[],
	empty: string,
	footer: string,
): void {
	const h = document.createElement('h2');
	h.textContent = title;
	const nodes: Node[] = [h];
	for (const m of meta) {
		const p = document.createElement('p');
		p.className = 'pr-report-meta';
		p.textContent = m;
		nodes.push(p);
	}
	for (const s of sections) {
		const h3 = document.createElement('h3');
		h3.textContent = s.heading;
		const dl = document.createElement('dl');
		for (const r of s.rows) {
			const dt = document.createElement('dt');
			dt.textContent = r.label;
			const dd = document.createElement('dd');
			dd.textContent = r.value.trim() || empty;
			dl.append(dt, dd);
		}
		nodes.push(h3, dl);
	}
	const f = document.createElement('p');
	f.className = 'pr-report-footer';
	f.textContent = footer;
	nodes.push(f);
	box.replaceChildren(...nodes);
}
