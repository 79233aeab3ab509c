/** UI strings: The quiz, the review page and the trainer's builder. Keys under `quiz.` are also sent to the <quiz-set> and <quiz-progress> islands; `{name}` placeholders are filled by fill() in src/lib/i18n.ts. */
import { z } from 'astro/zod';

export const quizStrings = z.object({
	/** Word before a question's number. */
	'quiz.question': z.string(),
	/** Button that checks an answer. */
	'quiz.check': z.string(),
	/** Summary of the no-JS answer disclosure. */
	'quiz.showAnswer': z.string(),
	/** Label before the right answer. */
	'quiz.answer': z.string(),
	/** Link to the page that explains the answer. */
	'quiz.readMore': z.string(),
	/** True option of a true/false question. */
	'quiz.true': z.string(),
	/** False option of a true/false question. */
	'quiz.false': z.string(),
	/** Empty choice of a matching question's select. */
	'quiz.choose': z.string(),
	/** Instruction of a multiple-answer question. */
	'quiz.chooseAll': z.string(),
	/** Verdict: fully right. */
	'quiz.right': z.string(),
	/** Verdict: wrong. */
	'quiz.wrong': z.string(),
	/** Verdict: partly right. */
	'quiz.partial': z.string(),
	/** Said when "check" is pressed with nothing chosen. */
	'quiz.empty': z.string(),
	/** Reminder that the last answer to this question was right. */
	'quiz.lastRight': z.string(),
	/** Reminder that the last answer to this question was wrong. */
	'quiz.lastWrong': z.string(),
	/** Heading of the round's result. */
	'quiz.score': z.string(),
	/** Score line; {right} and {total} are numbers. */
	'quiz.scoreLine': z.string(),
	/** Heading of the list of missed questions. */
	'quiz.mistakes': z.string(),
	/** Said when every answer was right. */
	'quiz.noMistakes': z.string(),
	/** Button that retries the missed questions. */
	'quiz.retry': z.string(),
	/** Label of the shuffle seed that identifies a set. */
	'quiz.setCode': z.string(),
	/** Link to a new shuffled set. */
	'quiz.newSet': z.string(),
	/** Explains that the link carries the set. */
	'quiz.shareHint': z.string(),
	/** Said when a topic has no questions. */
	'quiz.none': z.string(),
	/** Review page: nothing is due. */
	'quiz.noneDue': z.string(),
	/** Review page: how many are due; {n} is a number. */
	'quiz.dueCount': z.string(),
	/** Review page without JavaScript. */
	'quiz.noJsReview': z.string(),
	/** Said when part of a quiz link was not understood. */
	'quiz.rejected': z.string(),
	/** Stored progress was damaged and set aside. */
	'quiz.corrupt': z.string(),
	/** Stored progress belongs to another version. */
	'quiz.foreign': z.string(),
	/** The browser refuses storage. */
	'quiz.unavailable': z.string(),
	/** Some stored records were unusable and were removed; {n} is how many. */
	'quiz.dropped': z.string(),
	/** Stored progress was written by a newer version of the site; it is kept and not read. */
	'quiz.newer': z.string(),
	/** Saving failed because the device storage is full. */
	'quiz.full': z.string(),
	/** Saving failed because the browser refuses storage. */
	'quiz.unsaved': z.string(),
	/** Said when a question is checked again after its first answer. */
	'quiz.practice': z.string(),
	/** Said when a round kept across a reload is shown again. */
	'quiz.resumed': z.string(),
	/** A progress file was loaded but some records in it were unusable; {n} is how many. */
	'quiz.importDropped': z.string(),
	/** A progress file from a newer version was refused. */
	'quiz.importNewer': z.string(),
	/** Whole-guide set without JavaScript. */
	'quiz.noJsAll': z.string(),
	/** Link to the list of quiz topics. */
	'quiz.topicsLink': z.string(),
	/** Said while the question bank is being fetched. */
	'quiz.loading': z.string(),
	/** The question bank could not be fetched or read. */
	'quiz.bankFailed': z.string(),
	/** Button that fetches the question bank again. */
	'quiz.bankRetry': z.string(),
	/** Said when a set was asked with more questions than there are; {asked} and {n} are numbers. */
	'quiz.fewer': z.string(),
	/** Label of the links between the parts of a long topic. */
	'quiz.parts': z.string(),
	/** Which part of a long topic this page is; {part} and {parts} are numbers. */
	'quiz.partOf': z.string(),
	/** Link to the next part of a long topic; {part} and {parts} are numbers. */
	'quiz.nextPart': z.string(),
	/** Review page: nothing is due now; {n} questions come back on {date}. */
	'quiz.nextDue': z.string(),
	/** Review page: how many due and new questions today; {due} and {fresh} are numbers. */
	'quiz.todayLine': z.string(),
	/** Review page: due questions left for another day by the daily limit; {n} is a number. */
	'quiz.heldBack': z.string(),
	/** Progress table: topic column. */
	'quiz.topic': z.string(),
	/** Progress table: questions in the topic. */
	'quiz.total': z.string(),
	/** Progress table: questions answered. */
	'quiz.answered': z.string(),
	/** Progress table: answered right last time. */
	'quiz.rightCol': z.string(),
	/** Progress table: due now. */
	'quiz.due': z.string(),
	/** Button that downloads progress as a file. */
	'quiz.exportBtn': z.string(),
	/** Label of the file input that loads progress. */
	'quiz.importLabel': z.string(),
	/** Progress from a file was merged. */
	'quiz.imported': z.string(),
	/** A progress file was refused. */
	'quiz.importBad': z.string(),
	/** Button that asks to delete progress. */
	'quiz.reset': z.string(),
	/** Button that confirms deleting progress. */
	'quiz.resetConfirm': z.string(),
	/** Progress was deleted. */
	'quiz.resetDone': z.string(),
	/** Progress summary without JavaScript. */
	'quiz.needsJs': z.string(),
	/** Builder: legend of the topic choice. */
	'quiz.topics': z.string(),
	/** Builder: number of questions. */
	'quiz.count': z.string(),
	/** Builder: optional set code. */
	'quiz.seed': z.string(),
	/** Builder: submit button. */
	'quiz.build': z.string(),
	/** Builder: the participants' link. */
	'quiz.shareLink': z.string(),
	/** Builder: link to the printable sheet. */
	'quiz.sheetLink': z.string(),
	/** Builder: link to the printable key. */
	'quiz.keyLink': z.string(),
	/** Builder link to the results page collecting this set's hand-in codes. */
	'quiz.resultsLink': z.string(),
	/** Print button. */
	'quiz.print': z.string(),
	/** Title of the printed question sheet. */
	'quiz.sheetTitle': z.string(),
	/** Title of the printed answer key. */
	'quiz.keyTitle': z.string(),
	/** Link from a printable sheet back to the builder. */
	'quiz.backToBuilder': z.string(),
	/** Builder: heading of the set preview. */
	'quiz.preview': z.string(),
	/** Printed sheet: line for the participant's name. */
	'quiz.name': z.string(),
	/** Builder without JavaScript. */
	'quiz.builderNoJs': z.string(),
	/** Name of the set of every topic. */
	'quiz.all': z.string(),
	/** Topic list: word after a question count. */
	'quiz.questionsUnit': z.string(),
	/** Quiz topic name: legal basis. */
	'quizTopic.dasar-hukum': z.string(),
	/** Quiz topic name: definitions. */
	'quizTopic.definisi': z.string(),
	/** Quiz topic name: principles. */
	'quizTopic.prinsip': z.string(),
	/** Quiz topic name: functions. */
	'quizTopic.fungsi': z.string(),
	/** Quiz topic name: strategies. */
	'quizTopic.strategi': z.string(),
	/** Quiz topic name: targets. */
	'quizTopic.sasaran': z.string(),
	/** Quiz topic name: the Bhabinkamtibmas. */
	'quizTopic.bhabinkamtibmas': z.string(),
	/** Quiz topic name: FKPM. */
	'quizTopic.fkpm': z.string(),
	/** Quiz topic name: case studies. */
	'quizTopic.studi-kasus': z.string(),
	/** Quiz topic name: terms. */
	'quizTopic.istilah': z.string(),
	/** Quiz topic name: problem solving (the SARA method). */
	'quizTopic.pemecahan-masalah': z.string(),
});
