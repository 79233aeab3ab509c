/** UI strings: the practice tools (/praktik/): keys under `practice.` are shared by the three tools, `sara.` belong to the SARA workbook, `cekFkpm.` to the FKPM self-check and `notulen.` to the field notes. Each tool's island receives its own prefix and `practice.` as JSON; `{name}` placeholders are filled by fill() in src/lib/i18n.ts. */
import { z } from 'astro/zod';

export const practiceStrings = z.object({
	/** Shown without JavaScript: nothing is saved, print the blank form. */
	'practice.nojs': z.string(),
	/** One-line reminder that entries stay on the device. */
	'practice.privacy': z.string(),
	/** Save status after a successful save; {time} is the time of day. */
	'practice.savedAt': z.string(),
	/** Save status while the last change is not stored. */
	'practice.notSaved': z.string(),
	/** A save failed because storage is full. */
	'practice.saveFull': z.string(),
	/** A save failed because the browser blocks storage. */
	'practice.saveBlocked': z.string(),
	/** A save was held back to protect damaged data that could not be backed up. */
	'practice.saveLocked': z.string(),
	/** Storage could not be read at all. */
	'practice.unavailable': z.string(),
	/** Stored data was unreadable; {error} says why. */
	'practice.damaged': z.string(),
	/** Some stored entries were set aside; {list} names them. */
	'practice.partial': z.string(),
	/** After a damage notice: a copy of the original was kept. */
	'practice.backedUp': z.string(),
	/** After a damage notice: no copy could be kept, saving is held. */
	'practice.notBackedUp': z.string(),
	/** Button: download the damaged original data. */
	'practice.downloadDamaged': z.string(),
	/** Button: throw away the damaged data and carry on. */
	'practice.discardDamaged': z.string(),
	/** After downloading the damaged data. */
	'practice.damagedDownloaded': z.string(),
	/** After discarding the damaged data. */
	'practice.damagedDiscarded': z.string(),
	/** Why a file or stored data could not be read: empty. */
	'practice.error.empty': z.string(),
	/** Why unreadable: too large. */
	'practice.error.too-large': z.string(),
	/** Why unreadable: not JSON. */
	'practice.error.not-json': z.string(),
	/** Why unreadable: belongs to another tool or site. */
	'practice.error.not-ours': z.string(),
	/** Why unreadable: made by a newer version. */
	'practice.error.newer-version': z.string(),
	/** Why unreadable: wrong structure. */
	'practice.error.bad-shape': z.string(),
	/** Label of the file input that imports a file. */
	'practice.importLabel': z.string(),
	/** An import was refused; {error} says why. */
	'practice.importBad': z.string(),
	/** Entries of an imported file that were left out; {list} names them. */
	'practice.importSkipped': z.string(),
	/** An import was read but could not be stored. */
	'practice.importNotSaved': z.string(),
	/** Button: print. */
	'practice.print': z.string(),
	/** Button: share the text (WhatsApp or other apps). */
	'practice.share': z.string(),
	/** After the share sheet took the text. */
	'practice.shared': z.string(),
	/** The reader closed the share sheet. */
	'practice.shareCancelled': z.string(),
	/** Text copied to the clipboard instead. */
	'practice.copied': z.string(),
	/** Neither share nor clipboard worked: copy by hand. */
	'practice.manual': z.string(),
	/** Label of the box holding the text to copy by hand. */
	'practice.shareBox': z.string(),
	/** Button: cancel a deletion. */
	'practice.cancel': z.string(),
	/** After deleting an entry; {name} names it. */
	'practice.deleted': z.string(),
	/** After downloading an export file; {file} is its name. */
	'practice.exportDone': z.string(),
	/** Column of a who-does-what table: the task. */
	'practice.taskWhat': z.string(),
	/** Column: who does it. */
	'practice.taskWho': z.string(),
	/** Column: by when. */
	'practice.taskDue': z.string(),
	/** Accessible name of a task row; {n} is its number. */
	'practice.taskRow': z.string(),
	/** A task line without a date in shared text; {what}, {who}. */
	'practice.taskLineNoDue': z.string(),
	/** A task line in shared text; {what}, {who}, {due}. */
	'practice.taskLine': z.string(),
	/** An unanswered field in a printed report. */
	'practice.reportEmpty': z.string(),
	/** Footer of a printed report; {url} is the page. */
	'practice.printedFrom': z.string(),
	/** Heading of the reader's case list. */
	'sara.casesHeading': z.string(),
	/** Case list when there is none yet. */
	'sara.noCases': z.string(),
	/** Button: create a new case. */
	'sara.newCase': z.string(),
	/** Name given to a new case; {n} is a number. */
	'sara.untitled': z.string(),
	/** When a case was last changed; {date} is date and time. */
	'sara.changed': z.string(),
	/** Accessible hint on a case in the list: opens it. */
	'sara.open': z.string(),
	/** Marks the open case in the list. */
	'sara.current': z.string(),
	/** After opening a case; {name} names it. */
	'sara.opened': z.string(),
	/** After creating a case; {name} names it. */
	'sara.created': z.string(),
	/** Button: download all cases as a file. */
	'sara.exportAll': z.string(),
	/** Button: download the open case as a file. */
	'sara.exportOne': z.string(),
	/** Button: delete the open case. */
	'sara.delete': z.string(),
	/** Button confirming deletion; {name} names the case. */
	'sara.deleteConfirm': z.string(),
	/** After an import; {added}, {copies}, {unchanged} are counts. */
	'sara.imported': z.string(),
	/** Some imported cases did not fit; {n} is how many. */
	'sara.overLimit': z.string(),
	/** Heading of the worksheet. */
	'sara.sheetHeading': z.string(),
	/** Label of the case name field. */
	'sara.name': z.string(),
	/** Hint under the case name field. */
	'sara.nameHint': z.string(),
	/** Title of the printed and shared report. */
	'sara.report': z.string(),
	/** Stage name: Scanning. */
	'sara.stage.scanning': z.string(),
	/** Stage name: Analysis. */
	'sara.stage.analysis': z.string(),
	/** Stage name: Response. */
	'sara.stage.response': z.string(),
	/** Stage name: Assessment. */
	'sara.stage.assessment': z.string(),
	/** What the Scanning stage is for. */
	'sara.intro.scanning': z.string(),
	/** What the Analysis stage is for. */
	'sara.intro.analysis': z.string(),
	/** What the Response stage is for. */
	'sara.intro.response': z.string(),
	/** What the Assessment stage is for. */
	'sara.intro.assessment': z.string(),
	/** Label of the SARA field "what". */
	'sara.field.what': z.string(),
	/** Hint under the SARA field "what". */
	'sara.hint.what': z.string(),
	/** Label of the SARA field "where". */
	'sara.field.where': z.string(),
	/** Hint under the SARA field "where". */
	'sara.hint.where': z.string(),
	/** Label of the SARA field "when". */
	'sara.field.when': z.string(),
	/** Hint under the SARA field "when". */
	'sara.hint.when': z.string(),
	/** Label of the SARA field "affected". */
	'sara.field.affected': z.string(),
	/** Hint under the SARA field "affected". */
	'sara.hint.affected': z.string(),
	/** Label of the SARA field "frequency". */
	'sara.field.frequency': z.string(),
	/** Hint under the SARA field "frequency". */
	'sara.hint.frequency': z.string(),
	/** Label of the SARA field "evidence". */
	'sara.field.evidence': z.string(),
	/** Hint under the SARA field "evidence". */
	'sara.hint.evidence': z.string(),
	/** Label of the SARA field "offender". */
	'sara.field.offender': z.string(),
	/** Hint under the SARA field "offender". */
	'sara.hint.offender': z.string(),
	/** Label of the SARA field "handler". */
	'sara.field.handler': z.string(),
	/** Hint under the SARA field "handler". */
	'sara.hint.handler': z.string(),
	/** Label of the SARA field "target". */
	'sara.field.target': z.string(),
	/** Hint under the SARA field "target". */
	'sara.hint.target': z.string(),
	/** Label of the SARA field "guardian". */
	'sara.field.guardian': z.string(),
	/** Hint under the SARA field "guardian". */
	'sara.hint.guardian': z.string(),
	/** Label of the SARA field "place". */
	'sara.field.place': z.string(),
	/** Hint under the SARA field "place". */
	'sara.hint.place': z.string(),
	/** Label of the SARA field "manager". */
	'sara.field.manager': z.string(),
	/** Hint under the SARA field "manager". */
	'sara.hint.manager': z.string(),
	/** Label of the SARA field "causes". */
	'sara.field.causes': z.string(),
	/** Hint under the SARA field "causes". */
	'sara.hint.causes': z.string(),
	/** Label of the SARA field "tried". */
	'sara.field.tried': z.string(),
	/** Hint under the SARA field "tried". */
	'sara.hint.tried': z.string(),
	/** Label of the SARA field "actions". */
	'sara.field.actions': z.string(),
	/** Hint under the SARA field "actions". */
	'sara.hint.actions': z.string(),
	/** Label of the SARA field "otherPartners". */
	'sara.field.otherPartners': z.string(),
	/** Hint under the SARA field "otherPartners". */
	'sara.hint.otherPartners': z.string(),
	/** Label of the SARA field "indicator". */
	'sara.field.indicator': z.string(),
	/** Hint under the SARA field "indicator". */
	'sara.hint.indicator': z.string(),
	/** Label of the SARA field "before". */
	'sara.field.before': z.string(),
	/** Hint under the SARA field "before". */
	'sara.hint.before': z.string(),
	/** Label of the SARA field "after". */
	'sara.field.after': z.string(),
	/** Hint under the SARA field "after". */
	'sara.hint.after': z.string(),
	/** Label of the SARA field "result". */
	'sara.field.result': z.string(),
	/** Hint under the SARA field "result". */
	'sara.hint.result': z.string(),
	/** Label of the SARA field "next". */
	'sara.field.next': z.string(),
	/** Hint under the SARA field "next". */
	'sara.hint.next': z.string(),
	/** Triangle pair heading: the offender side. */
	'sara.triangle.offender': z.string(),
	/** Triangle pair heading: the target side. */
	'sara.triangle.target': z.string(),
	/** Triangle pair heading: the place side. */
	'sara.triangle.place': z.string(),
	/** Partner choice: FKPM. */
	'sara.partner.fkpm': z.string(),
	/** Partner choice: Community leaders. */
	'sara.partner.tokoh-masyarakat': z.string(),
	/** Partner choice: Religious leaders. */
	'sara.partner.tokoh-agama': z.string(),
	/** Partner choice: Village or kelurahan government. */
	'sara.partner.pemerintah-desa': z.string(),
	/** Partner choice: Babinsa. */
	'sara.partner.babinsa': z.string(),
	/** Partner choice: Pokdar Kamtibmas. */
	'sara.partner.pokdar-kamtibmas': z.string(),
	/** Partner choice: Businesses. */
	'sara.partner.pelaku-usaha': z.string(),
	/** Partner choice: Schools. */
	'sara.partner.sekolah': z.string(),
	/** Legend of the partner choices. */
	'sara.partners': z.string(),
	/** Caption of the who-does-what table. */
	'sara.tasks': z.string(),
	/** Legend of the Polmas strategy choices. */
	'sara.strategies': z.string(),
	/** Hint under the strategy legend. */
	'sara.strategiesHint': z.string(),
	/** Link to the strategies list. */
	'sara.strategiesLink': z.string(),
	/** A stage with nothing filled in, in shared text. */
	'sara.stageEmpty': z.string(),
	/** Last line of the shared text; {date} is the last change. */
	'sara.footer': z.string(),
	/** Label of the worked example and of cases copied from it. */
	'sara.exercise': z.string(),
	/** Heading of the worked example; {name} names the case study. */
	'sara.exampleHeading': z.string(),
	/** Explains how the worked example was made. */
	'sara.exampleIntro': z.string(),
	/** An example field the case study does not speak to. */
	'sara.exampleNotGiven': z.string(),
	/** Link to the case study page of the worked example. */
	'sara.exampleCase': z.string(),
	/** Button: copy the worked example into the workbook. */
	'sara.useExample': z.string(),
	/** After copying the worked example. */
	'sara.exampleCopied': z.string(),
	/** A new case was refused: the limit is reached. */
	'sara.caseFull': z.string(),
	/** Line for the writer on a printed blank form. */
	'practice.printBlank': z.string(),
	/** Title of the problem triangle diagram. */
	'sara.triangle.title': z.string(),
	/** Description of the problem triangle diagram for screen readers. */
	'sara.triangle.desc': z.string(),
	/** Triangle label: offender. */
	'sara.triangle.offenderShort': z.string(),
	/** Triangle label: victim or target. */
	'sara.triangle.targetShort': z.string(),
	/** Triangle label: place. */
	'sara.triangle.placeShort': z.string(),
	/** Triangle label: handler of the offender. */
	'sara.triangle.handlerShort': z.string(),
	/** Triangle label: guardian of the target. */
	'sara.triangle.guardianShort': z.string(),
	/** Triangle label: manager of the place. */
	'sara.triangle.managerShort': z.string(),
	/** Legend of the role choice. */
	'cekFkpm.role': z.string(),
	/** Role: a Polri member. */
	'cekFkpm.role.polri': z.string(),
	/** Role: a resident or FKPM board member. */
	'cekFkpm.role.warga': z.string(),
	/** Label of the round date. */
	'cekFkpm.date': z.string(),
	/** Label of the round remark. */
	'cekFkpm.note': z.string(),
	/** Scale choice that leaves a statement unscored. */
	'cekFkpm.dontKnow': z.string(),
	/** Word before a statement number. */
	'cekFkpm.statement': z.string(),
	/** Label before what a statement rests on. */
	'cekFkpm.basis': z.string(),
	/** After a basis from a replaced instrument. */
	'cekFkpm.replaced': z.string(),
	/** Label of an area's score output. */
	'cekFkpm.areaScore': z.string(),
	/** An area score; {percent}, {answered}, {total} are numbers. */
	'cekFkpm.scoreLine': z.string(),
	/** An area with no answers yet. */
	'cekFkpm.noScore': z.string(),
	/** Heading of the results section. */
	'cekFkpm.results': z.string(),
	/** Title of the bar chart. */
	'cekFkpm.chartTitle': z.string(),
	/** Description of the bar chart for screen readers. */
	'cekFkpm.chartDesc': z.string(),
	/** Table column: area. */
	'cekFkpm.area': z.string(),
	/** Table column and chart legend: the current answers. */
	'cekFkpm.now': z.string(),
	/** Chart legend: the earlier round. */
	'cekFkpm.earlier': z.string(),
	/** Table column: change between rounds. */
	'cekFkpm.change': z.string(),
	/** A change in percentage points; {n} is signed. */
	'cekFkpm.changeLine': z.string(),
	/** Button: keep the current answers as a dated round. */
	'cekFkpm.saveRound': z.string(),
	/** After keeping a round; {date} is its date. */
	'cekFkpm.roundSaved': z.string(),
	/** A round was refused: no valid date. */
	'cekFkpm.noDate': z.string(),
	/** A round was refused: nothing answered. */
	'cekFkpm.noAnswers': z.string(),
	/** A round was refused: limit reached. */
	'cekFkpm.tooMany': z.string(),
	/** Heading of the kept rounds. */
	'cekFkpm.rounds': z.string(),
	/** When no round is kept yet. */
	'cekFkpm.noRounds': z.string(),
	/** Rounds table column: date. */
	'cekFkpm.roundDate': z.string(),
	/** Rounds table column: role. */
	'cekFkpm.roundRole': z.string(),
	/** Button: delete a round; {date} is its date. */
	'cekFkpm.deleteRound': z.string(),
	/** Heading of the comparison. */
	'cekFkpm.compare': z.string(),
	/** Label of the earlier round choice. */
	'cekFkpm.compareEarlier': z.string(),
	/** Label of the later round choice. */
	'cekFkpm.compareLater': z.string(),
	/** Choice standing for the current answers. */
	'cekFkpm.compareNow': z.string(),
	/** Choice: no comparison. */
	'cekFkpm.compareNone': z.string(),
	/** Caption of the comparison table; {earlier}, {later} are dates. */
	'cekFkpm.compareCaption': z.string(),
	/** Explains how comparison works. */
	'cekFkpm.compareHint': z.string(),
	/** Button: download rounds as a file. */
	'cekFkpm.export': z.string(),
	/** After an import; {added} is a count. */
	'cekFkpm.imported': z.string(),
	/** Title of the shared text. */
	'cekFkpm.shareTitle': z.string(),
	/** Line for the writer on a printed blank note. */
	'notulen.printBlank': z.string(),
	/** Heading of the saved notes list. */
	'notulen.listHeading': z.string(),
	/** When no note is saved yet. */
	'notulen.none': z.string(),
	/** Button: new sambang record. */
	'notulen.new.sambang': z.string(),
	/** Button: new FKPM minutes. */
	'notulen.new.rapat': z.string(),
	/** Legend of the note kind choice. */
	'notulen.kind': z.string(),
	/** Note kind: sambang visit record. */
	'notulen.kind.sambang': z.string(),
	/** Note kind: FKPM meeting minutes. */
	'notulen.kind.rapat': z.string(),
	/** Title of a sambang record. */
	'notulen.title.sambang': z.string(),
	/** Title of FKPM minutes. */
	'notulen.title.rapat': z.string(),
	/** Label: date. */
	'notulen.date': z.string(),
	/** Label: time. */
	'notulen.time': z.string(),
	/** A note without a date, in shared text. */
	'notulen.noDate': z.string(),
	/** Label of the note field "place". */
	'notulen.field.place': z.string(),
	/** Hint under the note field "place". */
	'notulen.hint.place': z.string(),
	/** Label of the note field "visited". */
	'notulen.field.visited': z.string(),
	/** Hint under the note field "visited". */
	'notulen.hint.visited': z.string(),
	/** Label of the note field "attendance". */
	'notulen.field.attendance': z.string(),
	/** Hint under the note field "attendance". */
	'notulen.hint.attendance': z.string(),
	/** Label of the note field "agenda". */
	'notulen.field.agenda': z.string(),
	/** Hint under the note field "agenda". */
	'notulen.hint.agenda': z.string(),
	/** Label of the note field "issues". */
	'notulen.field.issues': z.string(),
	/** Hint under the note field "issues". */
	'notulen.hint.issues': z.string(),
	/** Label of the note field "agreements". */
	'notulen.field.agreements': z.string(),
	/** Hint under the note field "agreements". */
	'notulen.hint.agreements': z.string(),
	/** Caption of the follow-up table. */
	'notulen.followUps': z.string(),
	/** Heading of follow-ups in shared text. */
	'notulen.followUpsShort': z.string(),
	/** A follow-up line in shared text; {what}, {who}, {due}. */
	'notulen.followUpLine': z.string(),
	/** Button: delete the open note. */
	'notulen.delete': z.string(),
	/** Button confirming deletion; {name} names the note. */
	'notulen.deleteConfirm': z.string(),
	/** After opening a note; {name} names it. */
	'notulen.opened': z.string(),
	/** After making a note; {name} names it. */
	'notulen.created': z.string(),
	/** A new note was refused: limit reached. */
	'notulen.full': z.string(),
	/** A note in the list; {title}, {date}. */
	'notulen.listItem': z.string(),
	/** When a note was last changed; {date}. */
	'notulen.changed': z.string(),
	/** Marks the open note in the list. */
	'notulen.current': z.string(),
});
