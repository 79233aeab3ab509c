/**
 * Every label of the quiz, the review page and the trainer's builder, in both site languages.
 * Server components pick one language and embed the client's share in the page JSON, so the
 * custom element carries no strings of its own.
 */
import type { Lang } from '../i18n';

const L = {
	question: { id: 'Soal', en: 'Question' },
	check: { id: 'Periksa jawaban', en: 'Check answer' },
	showAnswer: { id: 'Lihat jawaban', en: 'Show answer' },
	answer: { id: 'Jawaban', en: 'Answer' },
	readMore: { id: 'Baca penjelasannya di halaman sumber', en: 'Read the explanation on the source page' },
	true: { id: 'Benar', en: 'True' },
	false: { id: 'Salah', en: 'False' },
	choose: { id: '— pilih —', en: '— choose —' },
	chooseAll: { id: 'Pilih semua yang benar.', en: 'Choose all that apply.' },
	right: { id: 'Benar!', en: 'Right!' },
	wrong: { id: 'Belum tepat.', en: 'Not quite.' },
	partial: { id: 'Sebagian benar.', en: 'Partly right.' },
	empty: { id: 'Pilih jawaban dulu.', en: 'Choose an answer first.' },
	lastRight: { id: 'Terakhir kali Anda menjawab benar.', en: 'Last time you answered this right.' },
	lastWrong: { id: 'Terakhir kali jawaban Anda belum tepat.', en: 'Last time your answer was not right.' },
	score: { id: 'Skor', en: 'Score' },
	of: { id: 'dari', en: 'of' },
	scoreLine: { id: '{right} dari {total} soal benar', en: '{right} of {total} questions right' },
	mistakes: { id: 'Soal yang perlu diulang', en: 'Questions to go over again' },
	noMistakes: { id: 'Semua benar. Bagus!', en: 'All right. Well done!' },
	retry: { id: 'Ulangi soal yang salah', en: 'Retry the ones I missed' },
	setCode: { id: 'Kode set', en: 'Set code' },
	newSet: { id: 'Acak ulang (set baru)', en: 'Shuffle again (new set)' },
	shareHint: {
		id: 'Tautan halaman ini memuat kode set: peserta yang membukanya mendapat soal dan urutan yang sama.',
		en: 'This page’s link carries the set code: everyone who opens it gets the same questions in the same order.',
	},
	none: { id: 'Belum ada soal untuk topik ini.', en: 'No questions for this topic yet.' },
	noneDue: {
		id: 'Tidak ada soal yang jatuh tempo hari ini. Kerjakan kuis per topik; soal yang sudah dijawab akan kembali di sini sesuai jadwal.',
		en: 'Nothing is due today. Take a topic quiz; questions you answer come back here when they are due.',
	},
	dueCount: { id: '{n} soal jatuh tempo hari ini.', en: '{n} questions due today.' },
	noJsReview: {
		id: 'Tanpa JavaScript halaman ini tidak dapat membaca jadwal ulangan Anda; di bawah ini semua soal ditampilkan.',
		en: 'Without JavaScript this page cannot read your review schedule; all questions are shown below.',
	},
	rejected: {
		id: 'Sebagian isi tautan tidak dikenali dan diabaikan.',
		en: 'Part of the link was not recognised and was ignored.',
	},
	corrupt: {
		id: 'Data kemajuan kuis yang tersimpan di perangkat ini rusak dan telah dibuang. Kemajuan dimulai dari awal.',
		en: 'The quiz progress stored on this device was damaged and has been discarded. Progress starts afresh.',
	},
	foreign: {
		id: 'Data kemajuan yang tersimpan berasal dari versi lain dan telah dibuang. Kemajuan dimulai dari awal.',
		en: 'The stored progress came from another version and has been discarded. Progress starts afresh.',
	},
	unavailable: {
		id: 'Peramban ini tidak mengizinkan penyimpanan, jadi kemajuan tidak akan tersimpan.',
		en: 'This browser does not allow storage, so progress will not be saved.',
	},
	// progress summary
	topic: { id: 'Topik', en: 'Topic' },
	total: { id: 'Soal', en: 'Total' },
	answered: { id: 'Dijawab', en: 'Done' },
	rightCol: { id: 'Benar', en: 'Right' },
	due: { id: 'Jatuh tempo', en: 'Due' },
	exportBtn: { id: 'Unduh kemajuan (berkas)', en: 'Download progress (file)' },
	importLabel: { id: 'Muat kemajuan dari berkas', en: 'Load progress from a file' },
	imported: { id: 'Kemajuan dari berkas telah digabungkan.', en: 'Progress from the file has been merged.' },
	importBad: {
		id: 'Berkas itu bukan berkas kemajuan Pustaka Polmas yang utuh; tidak ada yang diubah.',
		en: 'That file is not a sound Pustaka Polmas progress file; nothing was changed.',
	},
	reset: { id: 'Hapus semua kemajuan', en: 'Delete all progress' },
	resetConfirm: { id: 'Ya, hapus kemajuan di perangkat ini', en: 'Yes, delete progress on this device' },
	resetDone: { id: 'Kemajuan telah dihapus.', en: 'Progress has been deleted.' },
	needsJs: {
		id: 'Ringkasan kemajuan, unduh, muat, dan hapus memerlukan JavaScript.',
		en: 'The progress summary, download, load and delete need JavaScript.',
	},
	// trainer's builder
	topics: { id: 'Topik', en: 'Topics' },
	count: { id: 'Jumlah soal', en: 'Number of questions' },
	seed: { id: 'Kode set (kosongkan untuk kode acak)', en: 'Set code (leave empty for a random one)' },
	build: { id: 'Buat set soal', en: 'Build the set' },
	shareLink: { id: 'Tautan untuk peserta', en: 'Link for participants' },
	sheetLink: { id: 'Lembar soal untuk dicetak', en: 'Printable question sheet' },
	keyLink: { id: 'Kunci jawaban untuk dicetak', en: 'Printable answer key' },
	print: { id: 'Cetak', en: 'Print' },
	sheetTitle: { id: 'Lembar soal', en: 'Question sheet' },
	keyTitle: { id: 'Kunci jawaban', en: 'Answer key' },
	backToBuilder: { id: 'Kembali ke penyusun kuis', en: 'Back to the quiz builder' },
	preview: { id: 'Pratinjau set', en: 'Preview of the set' },
	name: { id: 'Nama: ____________________', en: 'Name: ____________________' },
	builderNoJs: {
		id: 'Tanpa JavaScript penyusun tidak dapat memilih dan mengacak soal; di bawah ini semua soal ditampilkan beserta jawabannya.',
		en: 'Without JavaScript the builder cannot pick and shuffle questions; all questions are shown below with their answers.',
	},
	all: { id: 'Seluruh buku saku', en: 'Whole pocket guide' },
} as const;

export type LabelKey = keyof typeof L;
export type Labels = Record<LabelKey, string>;

/** All labels in one language. */
export function labels(lang: Lang): Labels {
	return Object.fromEntries(Object.entries(L).map(([k, v]) => [k, v[lang]])) as Labels;
}

/** Display names of the quiz topics (ids from src/schemas/questions.ts). */
export const topicNames: Record<string, { id: string; en: string }> = {
	'dasar-hukum': { id: 'Dasar hukum', en: 'Legal basis' },
	definisi: { id: 'Definisi', en: 'Definitions' },
	prinsip: { id: 'Prinsip Polmas', en: 'Principles of Polmas' },
	fungsi: { id: 'Fungsi Polmas', en: 'Functions of Polmas' },
	strategi: { id: 'Strategi Polmas', en: 'Strategies of Polmas' },
	sasaran: { id: 'Sasaran Polmas', en: 'Targets of Polmas' },
	bhabinkamtibmas: { id: 'Bhabinkamtibmas', en: 'Bhabinkamtibmas' },
	fkpm: { id: 'FKPM', en: 'FKPM' },
	'studi-kasus': { id: 'Studi kasus', en: 'Case studies' },
	istilah: { id: 'Istilah', en: 'Terms' },
};

/** Fills `{name}` placeholders. */
export const fill = (s: string, vars: Record<string, string | number>) =>
	s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
