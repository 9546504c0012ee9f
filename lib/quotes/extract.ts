/**
 * Quotes and who said them, in Indonesian news style.
 *
 * Text is expected normalized (curly quotes folded to '"' and "'", see
 * normalizeText).
 *
 * Marks. Double marks are paired left to right within a paragraph. A mark
 * that follows a space and precedes a word while a quote is open, with
 * another mark still to come, opens a new quote: the earlier mark was stray
 * (`ujar X; "langkah itu adalah "kekeliruan besar" dan …`). A paragraph that
 * opens a quote and never closes it continues into the next paragraph if that
 * one opens with a quote mark (the convention for quotes over several
 * paragraphs); otherwise the unclosed mark is reported as a warning and its
 * text is not taken as a quote, so one stray mark never swallows an article
 * (unless a verb of speaking stands right before the mark and the quoted
 * sentence ends the paragraph: a closing mark the outlet forgot).
 * Single marks (‘…’ or '…') quote too when they stand at word edges; an
 * apostrophe inside a word ("Ma'ruf") never opens or closes a quote.
 *
 * The speaker comes, in order of preference, from:
 *  1. a cue after the quote: a verb of speaking (`kata`, `ujar`, `imbuh`,
 *     `sambung`, `timpal`, `cetus`, `tulis` …) then a name (`kata Biden`), an
 *     office (`papar Presiden Rusia`, resolved through the gazetteer), an
 *     office referring back (`kata Sekjen NATO itu`, `tutur pemimpin Ukraina
 *     tersebut`: the current speaker when they held it), or a document
 *     (`kata dokumen itu`, `tambah pernyataan Gedung Putih`: the organisation
 *     named, else the one named last); a verb with -nya (`tambahnya`,
 *     `sambungya`, `katany`) or any -nya word right after a comma-closed
 *     quote (`tutupnya`, `harapnya`) is the current speaker; a name straight
 *     after a comma-closed quote (`"…," Menteri Luar Negeri X,
 *     dikutip …`) and an account handle (`dikutip dari akun Instagram
 *     @nama`) name the speaker. A news agency after the verb (`sebut kantor
 *     berita AFP`) is a citation, not a speaker;
 *  2. words before it in the same sentence: the name, office, organisation
 *     or pronoun just before the last verb of speaking (`Stoltenberg
 *     mengatakan: "…"`, `Biden menjawab: "…"`, `Macron dengan tenang
 *     menjawab, "…"`, `Kremlin mengatakan bahwa … "…"`), the agent after
 *     a passive one (`dijawab Scholz dengan kalimat, "…"`), `Menurut X`,
 *     `Polandia, katanya, "…"`, a document as subject (`Deklarasi itu
 *     juga "…"`); a verb introduced by `dengan`/`sambil` belongs to the
 *     sentence's own subject (`Ia menyambut tamunya dengan mengatakan …`);
 *  3. for a quote that is a sentence of its own (`"A," kata X. "B."`, or a
 *     paragraph that is only a quote), the current speaker.
 * The current speaker is whoever spoke last (an attributed quote, a verb of
 * speaking, `Menurut X`, `Hal itu disampaikan X`); a person merely named in a
 * later sentence takes over only after SPEAKER_MEMORY_PARAGRAPHS paragraphs
 * without speech, and a sentence opening with a pronoun keeps the speaker.
 * Names inside quotes never count. People are the gazetteer's, plus names
 * the article itself shows to be people (after a title, before a verb of
 * speaking, after a cue), plus misspellings of known surnames.
 *
 * What counts: a speaker's words, whole or partial, short ones included
 * ("masih awal"), because those are what outlets quote and reword. Not
 * counted (phrases): one quoted word; a form of address ("G7 yang
 * terhormat"); a name or title in capitals ("Negeri Tirai Bambu"); a term
 * after `yang disebut`, `istilah`, `julukan`, `kata` …; a partial quote of
 * two words unless it is a predicate (after `adalah`/`menjadi`, after a
 * pronoun, or opening with a verb or adverb: "berjalan lancar", "sangat
 * lega"); a partial quote of three or more words with no verb of speaking
 * or claim in its sentence; and quoted spans with no speaker at all
 * (titles, nicknames, headline quotes).
 */
import { findEntityHits } from '../entities';
import { canonicalSpeaker, gazetteerPerson, normalizeOffice, personByTypo, resolveOffice, stripTitles } from './speakers';
import { GAZETTEER, TITLES } from '../gazetteer';
import type { ParseWarning, Quote, Speaker } from '../types';

export interface ExtractOptions {
  /** Publication date (ISO); settles who held an office named without a name. */
  publishedAt?: string;
}

/** Paragraphs a speaker stays current while other people are only named, not heard. */
const SPEAKER_MEMORY_PARAGRAPHS = 2;

/** Characters after a closing mark searched for its cue (the rest of the sentence, bounded so a huge paragraph stays linear). */
const CUE_WINDOW = 400;

/** Verb stems that attribute a quote placed before them (`"…," kata X`). */
const AFTER_VERBS = [
  'kata', 'katakan', 'ujar', 'ucap', 'sebut', 'tandas', 'tegas', 'tambah', 'imbuh', 'urai', 'jelas', 'ungkap', 'tutur',
  'lanjut', 'pungkas', 'terang', 'papar', 'tulis', 'kenang', 'sambung', 'balas', 'jawab', 'janji', 'seru', 'cetus',
  'timpal', 'tutup', 'tukas', 'sergah', 'bilang', 'akui', 'aku', 'klaim', 'desak', 'pinta', 'tanya', 'beber', 'ulas',
  'sindir', 'kelakar', 'canda', 'harap', 'nilai', 'pesan', 'komentar', 'cuit', 'sahut', 'ajak', 'singgung', 'lontar',
  'kritik', 'kecam', 'ingat', 'tekan', 'isi', 'bunyi',
].join('|');
/** -nya, and the clipped or misspelt forms outlets print (`katany`, `sambungya`). */
const NYA = '(?:nya|ny|ya)';
const AFTER_CUE = new RegExp(`^[\\s,.]*(?:${AFTER_VERBS})(${NYA})?(?![\\p{L}])\\s*`, 'u');
/** A comma-closed quote followed by a lone -nya word is attributed by it (`"…," tutupnya.`). */
const NYA_WORD_CUE = /^\s*,?\s*(\p{Ll}{3,}nya)(?=[\s.,;]|$)/u;
const NOT_NYA_CUES = new Set(['sebelumnya', 'selanjutnya', 'akhirnya', 'sayangnya', 'sehingganya', 'lainnya', 'setelahnya', 'sesudahnya', 'biasanya', 'misalnya', 'contohnya', 'padahalnya', 'apalagi', 'dirinya', 'sendirinya']);

/** Verbs of speaking or claiming, active and passive, that introduce words in the same sentence. */
const SPEECH_VERB_WORDS = [
  'mengatakan', 'menyatakan', 'menegaskan', 'menambahkan', 'menyebut', 'menyebutkan', 'menyebutnya', 'mengungkapkan',
  'menekankan', 'berkata', 'menulis', 'menuliskan', 'menjawab', 'bertanya', 'menanyakan', 'menimpali', 'membalas',
  'menjelaskan', 'memperingatkan', 'menuturkan', 'mengakui', 'mengaku', 'menyampaikan', 'mengklaim', 'menyerukan',
  'menuduh', 'memuji', 'mendesak', 'mengingatkan', 'menilai', 'menganggap', 'menggambarkan', 'mendefinisikan',
  'mengumumkan', 'mencuit', 'menanggapi', 'mengkritik', 'mengecam', 'menyindir', 'menjabarkan', 'memaparkan',
  'menerangkan', 'mengutarakan', 'melontarkan', 'berujar', 'berpesan', 'berjanji', 'bersumpah', 'berharap',
  'berbicara', 'berkomentar', 'berterima', 'mengusulkan', 'merujuk', 'mengimbau', 'mengancam', 'menyinggung',
  'mengawali', 'menutup', 'menyambut', 'menyebutkan', 'menceritakan', 'mengenang', 'melanjutkan', 'menandaskan',
  'memastikan', 'menyerukan', 'meminta', 'mengajak', 'menolak', 'membantah', 'menyangkal', 'mengeluhkan',
  'menyoroti', 'memuji', 'sebut', 'katakan', 'kata',
];
/** A verb of speaking (and `bahwa`) right before an opening mark. */
const SPEECH_VERB_BEFORE_MARK = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERB_WORDS.join('|')})(?:\\s+bahwa)?\\s*[:,]?\\s*$`, 'u');
/** An unclosed quote is taken only when it is a sentence of at least this many words. */
const UNCLOSED_MIN_WORDS = 4;
const SPEECH_VERB = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERB_WORDS.join('|')})(?![\\p{L}-])`, 'gu');
/** Passive verbs of speaking followed by their agent: `dijawab Scholz`, `Hal itu disampaikan Macron`. */
const PASSIVE_SPEECH = /(?<![\p{L}-])(?:dikatakan|disampaikan|diungkapkan|ditegaskan|dijawab|dibalas|ditimpali|ditulis|dijelaskan|dituturkan|diucapkan|dinyatakan|diumumkan)\s+(?:oleh\s+)?/gu;
const PRONOUN_START = /^\s*(?:(?:Namun|Tetapi|Tapi|Lalu|Kemudian|Selain itu|Sementara itu|Sebelumnya|Dalam\s+\p{Ll}+(?:nya)?|Di sisi lain)\s*,?\s+)?(?:Ia|Dia|Beliau)\b/u;
/** Words between a speaker and their verb: `Scholz sendiri mengatakan`, `Macron dengan tenang menjawab`. */
const ADVERBS_BEFORE_VERB = /(?:\s+(?:juga|pun|lantas|lalu|kemudian|sendiri|pula|telah|sudah|kembali|langsung|segera|akhirnya|sempat|bahkan|secara\s+\p{Ll}+|dengan\s+(?!mengatakan|menyebut|berkata)\p{Ll}+|dalam\s+\p{Ll}+(?:nya)?|saat\s+itu|pada\s+\p{Lu}\p{Ll}+(?:\s+\(\S+\))?|,))*\s*$/u;
/** Adverbs between a subject and its verb. */
const ADVERB_RUN = /^(?:\s+(?:juga|pun|lantas|lalu|kemudian|sendiri|pula|telah|sudah|kembali|langsung|segera|akhirnya|sempat|bahkan|secara\s+\p{Ll}+|dengan\s+\p{Ll}+))*/u;
/** Nouns for written statements; `kata dokumen itu` quotes the organisation behind it. */
const DOCUMENT = '(?:dokumen|pernyataan|pengumuman|deklarasi|komunike|keterangan|rilis|siaran\\s+pers|surat|laporan|unggahan|aliansi|organisasi|konsep\\s+strategis)';
const DOCUMENT_CUE = new RegExp(`^[\\s,.]*(?:\\p{Ll}+\\s+){0,3}?${DOCUMENT}(?:\\s+(?:bersama|resmi|tertulis|tersebut|itu|ini))*(?:\\s+(?:dari|milik)\\s+)?`, 'u');
const DOCUMENT_SUBJECT = new RegExp(`^\\s*(?:\\p{L}+,?\\s+){0,2}?${DOCUMENT.replace('(?:', '(?:[Dd]okumen|[Pp]ernyataan|[Dd]eklarasi|[Kk]omunike|[Aa]liansi|')}(?:\\s+(?:bersama|resmi|tertulis))?\\s+(?:itu|tersebut|ini)\\b`, 'u');
/** News agencies and outlets: `sebut kantor berita AFP` cites a source, it does not name a speaker. */
const NEWS_SOURCES = /^(?:kantor\s+berita\s+|media\s+|situs\s+|laman\s+|harian\s+|surat\s+kabar\s+)?(?:Reuters|AFP|Agence France-Presse|AP|Associated Press|Bloomberg|BBC|CNN|Al Jazeera|TASS|RIA Novosti|Interfax|Xinhua|ANTARA|Antara|Anadolu|Politico|NPR|The Guardian|Guardian|New York Times|Washington Post|Sputnik|RT|Ukrinform|Kyiv Independent|DW|Euronews|NHK|Yonhap|Kyodo|CNBC|Fox News|ABC|NBC|CBS|Axios|Express|Daily Mail|The Telegraph)\b/u;
const CITATION = /^(?:kantor\s+berita|media|situs|laman|harian|surat\s+kabar)\b/u;
const ACCOUNT = /^[\s,]*(?:di)?kutip\s+(?:dari\s+)?akun\s+(?:resmi\s+)?(?:Instagram|Twitter|X|Facebook|TikTok|YouTube|Telegram|Threads)\s+(?:resmi\s+)?(?:miliknya\s+)?@([\w.]+)/u;

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(' ')));
/** Capitalised words that open sentences or clauses and are never names. */
const NOT_NAMES = new Set([
  'Namun', 'Tetapi', 'Tapi', 'Dan', 'Lalu', 'Kemudian', 'Sementara', 'Selain', 'Sebelumnya', 'Dalam', 'Di', 'Pada', 'Saat',
  'Ketika', 'Setelah', 'Usai', 'Seusai', 'Menurut', 'Hal', 'Ini', 'Itu', 'Ia', 'Dia', 'Beliau', 'Mereka', 'Kami', 'Kita',
  'Saya', 'Anda', 'Adapun', 'Apalagi', 'Bahkan', 'Meski', 'Meskipun', 'Walau', 'Jika', 'Bila', 'Karena', 'Sejak',
  'Sebagai', 'Para', 'Sang', 'Seorang', 'Dengan', 'Untuk', 'Dari', 'Ke', 'Oleh', 'Tak', 'Tidak', 'Sebab', 'Maka',
  'Pernyataan', 'Dokumen', 'Berikutnya', 'Pertama', 'Kedua', 'Ketiga', 'Terakhir', 'Selanjutnya', 'Dilansir',
  'Dikutip', 'Mengutip', 'Melansir', 'Seperti', 'Berbicara', 'Menanggapi', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat',
  "Jum'at", 'Sabtu', 'Minggu', 'Hari', 'Pekan', 'Tahun', 'Bulan', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember', 'Yang', 'Tuan', 'Bapak', 'Ibu', 'Mr', 'Kepala',
  'Juru', 'Bicara', 'Negara', 'Pemerintah', 'Kementerian', 'Istana', 'Gedung', 'Putih', 'Dewan', 'Sekretaris', 'Jenderal',
  'Partai', 'Kongres', 'Parlemen', 'Senat', 'Tentara', 'Pasukan', 'Angkatan', 'Militer', 'Komite', 'Komisi', 'Badan',
  'Departemen', 'Kantor', 'Markas', 'Uni', 'Pakta', 'Aliansi', 'Konsep', 'Perang', 'Operasi', 'KTT', 'Konferensi',
]);
/**
 * A word of a name: capitalised, or "AS". A full stop belongs to a name only
 * after an initial ("R.", "J.D.") or an abbreviation of a title or suffix
 * ("Jr.", "Dr."); after any other word it ends the sentence ("… perbatasan
 * Polandia. Moskwa menyebut …" names Moskwa alone; "… Kim Jong Un. Putin
 * mengatakan" names Putin).
 */
/** Abbreviations of titles and suffixes that keep their full stop inside a name (NAME_WORD, NAME_STOP). */
const NAME_ABBREVIATIONS = 'Jr|Sr|Dr|Drs|Ir|Hj|Prof|St|Mr|Mrs|Ms|Ny|Tn';
const NAME_WORD = String.raw`(?:\p{Lu}(?:\.\p{Lu})*\.|(?:${NAME_ABBREVIATIONS})\.|\p{Lu}[\p{L}'’-]*|AS)(?![\p{L}'’-])`;
/** Lower-case particles inside a name: "Ursula von der Leyen", "Rafael van der Vaart". */
const NAME_PARTICLES = String.raw`(?:(?:von|van|der|den|de|du|da|la|le|bin|binti)\s+)*`;
const NAME = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_PARTICLES}${NAME_WORD})*)`, 'u');
const NAME_AT_END = new RegExp(`(${NAME_WORD}(?:\\s+${NAME_PARTICLES}${NAME_WORD}){0,5})$`, 'u');

const placeOrOrg = new Set<string>();
for (const e of GAZETTEER) if (e.kind !== 'person') for (const a of e.aliases) placeOrOrg.add(a);
const orgNames = new Map<string, string>();
for (const e of GAZETTEER) if (e.kind === 'organization') for (const a of e.aliases) orgNames.set(a, e.name);

export interface QuoteExtraction {
  quotes: Quote[];
  warnings: ParseWarning[];
}

interface Span { paragraph: number; start: number; endParagraph: number; end: number; closeIndex: number; single?: boolean }

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Pair double quote marks; returns spans (offsets of the quoted words) and warnings. */
function findSpans(paragraphs: string[], warnings: ParseWarning[]): Span[] {
  const spans: Span[] = [];
  let open: { paragraph: number; start: number } | undefined;
  const unclosed = (paragraph: number) => warnings.push({ message: `Unclosed quote mark in paragraph ${paragraph + 1}; its text is not counted as a quote.` });
  // An opening mark right after a verb of speaking whose words run to the
  // paragraph's final stop: an outlet that forgot the closing mark
  // (`Putin mengatakan bahwa "ambisi … pengkhianatan.`), not a stray mark.
  const closeAtEnd = (o: { paragraph: number; start: number }): boolean => {
    const text = paragraphs[o.paragraph]!;
    const rest = text.slice(o.start).trimEnd();
    if (!SPEECH_VERB_BEFORE_MARK.test(text.slice(0, o.start - 1)) || !/[.!?]$/.test(rest)) return false;
    if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < UNCLOSED_MIN_WORDS) return false;
    spans.push({ paragraph: o.paragraph, start: o.start, endParagraph: o.paragraph, end: o.start + rest.length, closeIndex: text.length });
    return true;
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    if (open && !text.startsWith('"')) {
      if (open.paragraph !== p - 1 || !closeAtEnd(open)) unclosed(open.paragraph);
      open = undefined;
    }
    let i = open ? 1 : 0; // a continuation paragraph's opening mark re-opens the same quote
    for (; i < text.length; i++) {
      if (text.charCodeAt(i) !== 34) continue;
      if (open) {
        const looksOpening = open.paragraph === p && /\s/.test(text[i - 1] ?? '') && isLetter(text[i + 1]) && text.indexOf('"', i + 1) >= 0;
        if (looksOpening) {
          unclosed(open.paragraph);
          open = { paragraph: p, start: i + 1 };
          continue;
        }
        spans.push({ paragraph: open.paragraph, start: open.start, endParagraph: p, end: i, closeIndex: i });
        open = undefined;
      } else {
        open = { paragraph: p, start: i + 1 };
      }
    }
  }
  if (open && (open.paragraph !== paragraphs.length - 1 || !closeAtEnd(open))) unclosed(open.paragraph);
  // Single marks, outside double-quoted spans: an opener after a space or bracket, before a letter; a closer after a letter or stop, before a space, stop or the end.
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const covered = new Uint8Array(text.length + 1);
    for (const s of spans) {
      if (s.paragraph !== p && s.endParagraph !== p) continue;
      const from = s.paragraph === p ? s.start - 1 : 0;
      const to = s.endParagraph === p ? s.end : text.length;
      covered.fill(1, Math.max(0, from), to + 1);
    }
    const inDouble = (i: number) => covered[i] === 1;
    let start = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== "'" || inDouble(i)) continue;
      const before = text[i - 1];
      const after = text[i + 1];
      if (start < 0) {
        if ((before === undefined || /[\s([]/.test(before)) && isLetter(after)) start = i + 1;
      } else if ((isLetter(before) || /[.,!?)]/.test(before ?? '')) && (after === undefined || /[\s.,;:!?)]/.test(after))) {
        spans.push({ paragraph: p, start, endParagraph: p, end: i, closeIndex: i, single: true });
        start = -1;
      }
    }
  }
  return spans.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** The words before a quote that can name its speaker are at most this far
 * back: a sentence longer than this is a paragraph whose full stops lost
 * their spaces (or no prose at all), and reading all of it for every quote
 * would make a long paragraph cost the square of its length. */
const SENTENCE_WINDOW = 600;

function sentenceStart(text: string, before: number): number {
  const floor = Math.max(0, before - SENTENCE_WINDOW);
  let i = before - 1;
  while (i > floor) {
    if (/[.!?]/.test(text[i]!) && /\s/.test(text[i + 1] ?? '') && text[i - 1] !== '"' && !/^\s*\p{Ll}/u.test(text.slice(i + 1, i + 4))) return i + 1;
    i--;
  }
  if (floor === 0) return 0;
  // Cut at a word boundary inside the window.
  const space = text.indexOf(' ', floor);
  return space < 0 || space >= before ? floor : space + 1;
}

/** A full stop that closes an initial or a title's abbreviation ("J.D.", "R.", "Dr."), not a sentence: the same words NAME_WORD lets a name run through. */
const NAME_STOP = new RegExp(String.raw`(?:(?:^|[\s.])\p{Lu}|\b(?:${NAME_ABBREVIATIONS}))$`, 'u');

function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from);
  for (const m of rest.matchAll(/[.!?](?=\s+\p{Lu}|\s*$)/gu)) {
    if (m[0] === '.' && NAME_STOP.test(rest.slice(Math.max(0, m.index - 6), m.index)) && /^\s+\p{Lu}/u.test(rest.slice(m.index + 1))) continue;
    return from + m.index + 1;
  }
  return text.length;
}

/** A name at the start of `text`, without trailing agency words in capitals. */
function nameAt(text: string): string | undefined {
  const m = NAME.exec(text);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  while (words.length > 1 && /^[A-Z]{3,}$/.test(words.at(-1)!) && !TITLE_WORDS.has(words.at(-1)!)) words.pop();
  const name = words.join(' ').replace(/[.'’-]+$/u, '');
  return stripTitles(name) ? name : undefined;
}

/** Words that end a lower-case role before any name: `kata seorang pejabat kepada Reuters` names the outlet, not the speaker. */
const ROLE_STOP = /^(?:kepada|di|dari|dalam|melalui|pada|ke|untuk|seperti|sebagaimana|saat|ketika|usai|seusai|setelah|sebelum|dilansir|dikutip|mengutip|melansir|itu|tersebut|ini|yang|dia|ia|beliau|mereka|kami|saya|sambil|seraya|sementara|dan)$/u;

type Agent =
  | { kind: 'name'; text: string }
  /** `sang`: named by "sang" + office, which points back only to someone who holds that office. */
  | { kind: 'role'; text: string; anaphor: boolean; sang?: boolean }
  | { kind: 'current' }
  | { kind: 'org'; text: string };

interface Article {
  date?: string;
  localPeople: Map<string, string>;
}

/** Is this capitalised run a person (gazetteer, typo of a known surname, or shown to be a person in this article)? */
function personName(name: string, art: Article): boolean {
  const bare = stripTitles(name);
  if (!bare || placeOrOrg.has(bare) || placeOrOrg.has(name) || NOT_NAMES.has(bare.split(/\s+/)[0]!)) return false;
  if (gazetteerPerson(bare)) return true;
  return art.localPeople.has(bare) || art.localPeople.has(bare.split(/\s+/).at(-1)!);
}

/** An office, possibly with a country or body, possibly pointing back (`itu`/`tersebut`/`ini`). */

/** Forms of address that "sang" also takes ("sang ibu"): no office. */
const NOT_OFFICES = new Set(['ibu', 'bapak', 'pak', 'tuan', 'nyonya', 'mantan', 'eks']);

/**
 * Whether the person `name` may hold `office` ("sang jenderal", "sang
 * presiden"): someone the gazetteer gives offices must have one naming it;
 * of anyone else the article tells too little to say no.
 */
function mayHold(name: string, office: string): boolean {
  const words = normalizeOffice(office).office.split(' ').filter((w) => !NOT_OFFICES.has(w));
  if (words.length === 0) return false;
  const offices = gazetteerPerson(name)?.offices ?? [];
  if (offices.length === 0) return true;
  return offices.some((o) => {
    const held = normalizeOffice(o.title).office.split(' ');
    return words.every((w) => held.includes(w));
  });
}

function looksLikeOffice(text: string): boolean {
  const first = text.split(/\s+/).filter((w) => !/^(?:mantan|eks)$/i.test(w))[0] ?? '';
  return TITLE_WORDS.has(first[0]!.toUpperCase() + first.slice(1)) || /^(?:kepala|pemimpin|bos|juru|orang|presiden|sekjen|menteri|perdana|kanselir|pm)$/iu.test(first);
}

/** Who the words after a speech verb name: `Biden`, `Presiden Rusia`, `Sekjen NATO itu`, `mantan perdana menteri Belanda itu`. */
function agentAfterVerb(rest: string, art: Article): Agent | undefined {
  if (/^(?:dia|ia|beliau)\b/iu.test(rest)) return { kind: 'current' };
  // `kata sang jenderal`: "sang" points back to someone named, as "itu" does.
  const sang = /^sang\s+(?=\p{L})/u.exec(rest);
  if (sang) {
    const role = agentAfterVerb(rest.slice(sang[0].length), art);
    return role?.kind === 'role' ? { ...role, anaphor: true, sang: true } : role;
  }
  if (NEWS_SOURCES.test(rest) || CITATION.test(rest)) return undefined;
  const doc = DOCUMENT_CUE.exec(rest);
  if (doc && !/^\s*\p{Lu}/u.test(rest)) {
    // `tulis rilis itu mengutip Macron`: the person the statement quotes.
    const quoting = /^\s*(?:yang\s+)?(?:mengutip|menirukan)\s+/u.exec(rest.slice(doc[0].length));
    if (quoting) {
      const who = agentAfterVerb(rest.slice(doc[0].length + quoting[0].length), art);
      if (who) return who;
    }
    const owner = nameAt(rest.slice(doc[0].length).trimStart());
    return { kind: 'org', text: owner ?? '' };
  }
  const name = nameAt(rest);
  if (name) {
    const afterName = rest.slice(name.length);
    // `Menteri Pertahanan Ukraina, Oleksii Reznikov,`: the office, then the name.
    const appositive = /^\s*,\s*/.exec(afterName);
    const bare = stripTitles(name);
    const titleOnly = bare === name.split(/\s+/).at(-1) && placeOrOrg.has(bare) || !personName(name, art) && looksLikeOffice(name);
    if (titleOnly || placeOrOrg.has(bare)) {
      if (appositive) {
        const next = nameAt(afterName.slice(appositive[0].length));
        if (next && personName(next, art)) return { kind: 'name', text: next };
      }
      const anaphor = /^\s+(?:itu|tersebut|ini)\b/u.test(afterName);
      if (looksLikeOffice(name)) return { kind: 'role', text: name, anaphor };
      if (orgNames.has(name)) return { kind: 'org', text: name };
    }
    return { kind: 'name', text: name };
  }
  // A lower-case office: `kata juru bicara Kremlin, Dmitry Peskov`, `ujar mantan perdana menteri Belanda itu`.
  const clause = /^[^,.;:()]*/u.exec(rest)![0];
  const words = clause.split(/\s+/).filter(Boolean);
  const stop = words.findIndex((w) => ROLE_STOP.test(w));
  const roleWords = stop >= 0 ? words.slice(0, stop) : words.slice(0, 8);
  if (roleWords.length > 0 && looksLikeOffice(roleWords.join(' '))) {
    const anaphor = stop >= 0 && /^(?:itu|tersebut|ini)$/u.test(words[stop]!);
    const afterRole = rest.slice(clause.length);
    const appositive = /^\s*,\s*/.exec(afterRole);
    if (appositive && stop < 0) {
      // After an office and a comma, a run of two or more capitalised words that is no place or body is the holder's name.
      const next = nameAt(afterRole.slice(appositive[0].length));
      const plausible = next && next.split(/\s+/).length >= 2 && !next.split(/\s+/).some((w) => NOT_NAMES.has(w) || placeOrOrg.has(w));
      if (next && (personName(next, art) || plausible)) return { kind: 'name', text: next };
    }
    // `kata juru bicara Kremlin Dmitry Peskov`: a name closing the role.
    for (let k = 1; k < roleWords.length; k++) {
      const candidate = roleWords.slice(k).join(' ');
      if (/^\p{Lu}/u.test(candidate) && personName(candidate, art)) return { kind: 'name', text: candidate };
    }
    return { kind: 'role', text: roleWords.join(' '), anaphor };
  }
  // `kata para anggota NATO`: the organisation.
  const org = ROLE_STOP.test(words[0] ?? '') ? null : /^(?:\p{Ll}+\s+){1,3}(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)/u.exec(rest);
  if (org && orgNames.has(org[1]!)) return { kind: 'org', text: org[1]! };
  if (org && personName(org[1]!, art)) return { kind: 'name', text: org[1]! };
  return undefined;
}

/** Who speaks through the last verb of speaking in `before` (text of the sentence before a quote), if any. */
function agentBefore(before: string, art: Article, loose = true): { agent: Agent; cue: string } | undefined {
  const menurut = /\b[Mm]enurut\s+([^,]+?)\s*,[^,]*$/u.exec(before) ?? /\b[Mm]enurut\s+([^,]+?)\s*,/u.exec(before);
  if (/\b(?:menurut(?:nya)|katanya|ujarnya|tambahnya|imbuhnya|lanjutnya|tuturnya)\s*,?\s*$/iu.test(before)) return { agent: { kind: 'current' }, cue: 'katanya' };
  const verbs = [...before.matchAll(SPEECH_VERB)];
  const passives = [...before.matchAll(PASSIVE_SPEECH)];
  const lastVerb = verbs.at(-1);
  const lastPassive = passives.at(-1);
  if (lastPassive && (!lastVerb || lastPassive.index > lastVerb.index)) {
    const agent = agentAfterVerb(before.slice(lastPassive.index + lastPassive[0].length), art);
    if (agent) return { agent, cue: lastPassive[0].trim() };
  }
  if (lastVerb) {
    const head = before.slice(0, lastVerb.index);
    const cue = lastVerb[0];
    if (/^(?:kata|sebut|katakan)$/u.test(cue) && !/(?:dia|ia|beliau|yang|\p{Ll}+nya)\s+$/u.test(head)) {
      // `…, kata dia, …`: the agent follows a bare verb.
      const agent = agentAfterVerb(before.slice(lastVerb.index + cue.length).trimStart(), art);
      if (agent) return { agent, cue };
    }
    if (/(?:dengan|sambil|seraya|sembari|untuk|dan|lalu|serta|kemudian)\s*$/u.test(head) || /,\s*$/u.test(head)) {
      // `Ia menyambut tamunya dengan mengatakan`: the verb belongs to the sentence's subject.
      const subject = agentOfSentence(head, art, loose);
      if (subject) return { agent: subject, cue };
    }
    const agent = agentEndingAt(head.replace(ADVERBS_BEFORE_VERB, ''), art);
    const pronoun = /(?:^|\s)((?:[Ii]a|[Dd]ia|[Bb]eliau)(?:\s+(?:juga|pun))?)\s*$/u.exec(head);
    if (agent) return { agent, cue: agent.kind === 'current' && pronoun ? `${pronoun[1]} ${cue}` : cue };
    const subject = agentOfSentence(head, art, loose);
    if (subject) return { agent: subject, cue };
    // `Rapat para menteri NATO … menyebut "…"`: the body the sentence names.
    const body = findEntityHits(head).find((h) => h.entry.kind === 'organization');
    if (body) return { agent: { kind: 'org', text: body.entry.name }, cue };
  }
  if (menurut) {
    const who = menurut[1]!.trim();
    if (/^(?:dia|ia|beliau)$/iu.test(who)) return { agent: { kind: 'current' }, cue: 'Menurut' };
    const agent = agentAfterVerb(who, art);
    if (agent) return { agent, cue: 'Menurut' };
  }
  const doc = DOCUMENT_SUBJECT.exec(before);
  if (doc) return { agent: { kind: 'org', text: '' }, cue: doc[0].trim() };
  // `X: "…"`
  const colon = /(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*)\s*:\s*$/u.exec(before);
  if (colon && personName(colon[1]!, art)) return { agent: { kind: 'name', text: colon[1]! }, cue: ':' };
  return undefined;
}

/** A name or an office before a cue is a few words; the end-anchored
 * patterns below look only at this many characters, so a long paragraph
 * costs no more than a short one. */
const AGENT_WINDOW = 160;

/** The name, pronoun, office or organisation that ends `head` (the words right before a verb). */
function agentEndingAt(head: string, art: Article): Agent | undefined {
  const end = head.replace(/[\s,]+$/u, '');
  const trimmed = end.length > AGENT_WINDOW ? end.slice(end.length - AGENT_WINDOW).replace(/^\S*\s/u, '') : end;
  if (/(?:^|\s)(?:[Ii]a|[Dd]ia|[Bb]eliau|[Ii]a\s+pun|[Dd]ia\s+pun)$/u.test(trimmed)) return { kind: 'current' };
  const itu = /((?:mantan\s+)?(?:\p{L}[\p{L}-]*\s+){0,5}\p{L}[\p{L}-]*)\s+(?:itu|tersebut|ini)$/iu.exec(trimmed);
  const sang = itu ? null : /(?:^|\s)[Ss]ang\s+((?:\p{L}[\p{L}-]*\s+){0,3}\p{L}[\p{L}-]*)$/u.exec(trimmed);
  const role = itu ?? sang;
  if (role) {
    const words = role[1]!.split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const text = words.slice(k).join(' ');
      if (looksLikeOffice(text)) return { kind: 'role', text, anaphor: true, ...(sang ? { sang: true } : {}) };
    }
  }
  const m = NAME_AT_END.exec(trimmed);
  if (m) {
    const words = m[1]!.split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const candidate = words.slice(k).join(' ');
      if (NOT_NAMES.has(words[k]!) && k < words.length - 1 && !TITLE_WORDS.has(words[k]!)) continue;
      if (personName(candidate, art)) return { kind: 'name', text: candidate };
    }
    for (let k = 0; k < words.length; k++) {
      const candidate = words.slice(k).join(' ');
      if (orgNames.has(candidate)) {
        // `Juru bicara Kementerian Luar Negeri Ukraina`: an office of the organisation, not the organisation.
        const lead = /((?:\p{L}+\s+){1,3})$/u.exec(trimmed.slice(0, trimmed.length - m[1]!.length + m[1]!.indexOf(candidate)));
        if (lead) {
          const leadWords = lead[1]!.trim().split(/\s+/);
          for (let j = 0; j < leadWords.length; j++) {
            const office = `${leadWords.slice(j).join(' ')} ${candidate}`;
            if (looksLikeOffice(office)) return { kind: 'role', text: office, anaphor: false };
          }
        }
        return { kind: 'org', text: candidate };
      }
    }
    const full = words.join(' ');
    if (looksLikeOffice(full)) return { kind: 'role', text: full, anaphor: false };
  }
  // `Juru bicara Kementerian Pertahanan Rusia menguraikan`: an unnamed office as subject.
  const office = /(?:^|[,.]\s*)((?:\p{Lu}\p{Ll}+|\p{Ll}+)(?:\s+\p{Ll}+){0,2}(?:\s+\p{Lu}[\p{L}]*){1,5})$/u.exec(trimmed);
  if (office && looksLikeOffice(office[1]!)) return { kind: 'role', text: office[1]!, anaphor: false };
  return undefined;
}

/** The subject a sentence opens with: a pronoun, a name, an office or an organisation. */
function agentOfSentence(sentence: string, art: Article, loose = true): Agent | undefined {
  if (PRONOUN_START.test(sentence)) return { kind: 'current' };
  const lead = sentence.replace(/^\s*(?:(?:Namun|Tetapi|Sementara itu|Sebelumnya|Selain itu|Kemudian|Lalu|Adapun)\s*,?\s*)?/u, '');
  const name = nameAt(lead);
  if (name && personName(name, art)) return { kind: 'name', text: name };
  if (name && orgNames.has(stripTitles(name))) return { kind: 'org', text: stripTitles(name) };
  if (name && looksLikeOffice(name)) return { kind: 'role', text: name, anaphor: false };
  // `Dikutip dari AFP, Senin (3/3), Macron tiba … dan berjanji`: the first person the sentence names (for a quote only;
  // tracking who speaks next needs the subject itself).
  const hit = loose ? personHits(sentence, art)[0] : undefined;
  return hit ? { kind: 'name', text: hit.text } : undefined;
}

/** A name without its office and the country or body of the office: "Perdana Menteri Islandia Katrin Jonsdottir" → "Katrin Jonsdottir". */
function withoutOffice(name: string): string {
  const words = stripTitles(name).split(/\s+/);
  while (words.length > 1 && (placeOrOrg.has(words[0]!) || TITLE_WORDS.has(words[0]!))) words.shift();
  return words.join(' ');
}

/** Does the sentence open with a person doing something (`Blinken juga memberikan …`), not undergoing it? */
function opensWithActive(sentence: string, art: Article): boolean {
  const lead = sentence.replace(/^\s*(?:(?:Namun|Tetapi|Sementara itu|Sebelumnya|Selain itu|Kemudian|Lalu)\s*,?\s*)?/u, '');
  const opener = nameAt(lead);
  if (!opener || !personName(opener, art)) return false;
  return /^\s*(?:me|ber)\p{Ll}{3,}/u.test(lead.slice(opener.length).replace(ADVERB_RUN, ''));
}

function personHits(text: string, art: Article): { text: string; start: number }[] {
  const hits = findEntityHits(text).filter((h) => h.entry.kind === 'person').map((h) => ({ text: h.text, start: h.start }));
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${NAME_WORD}(?:\\s+${NAME_WORD})*`, 'gu'))) {
    const words = m[0].split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const candidate = words.slice(k).join(' ');
      if (NOT_NAMES.has(words[k]!)) continue;
      const covered = hits.some((h) => h.start <= m.index + m[0].length && h.start + h.text.length >= m.index);
      if (!covered && personName(candidate, art)) {
        hits.push({ text: candidate, start: m.index + m[0].indexOf(candidate) });
        break;
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Names the article shows to be people though the gazetteer does not know them: after an office
 * (`Perdana Menteri Swedia Magdalena Andersson`, `kepala komite investigasi, Alexander Bastrykin`),
 * before a verb of speaking (`Andersson memuji`), after a cue (`cetus Sergei Surovikin`), and misspelt known surnames.
 */
function localPeople(masked: string[]): Map<string, string> {
  const people = new Map<string, string>();
  const add = (name: string) => {
    if (name.split(/\s+/).some((w) => NOT_NAMES.has(w) && !TITLE_WORDS.has(w))) return;
    const words = name.split(/\s+/).filter((w) => !TITLE_WORDS.has(w));
    while (words.length > 0 && placeOrOrg.has(words[0]!)) words.shift();
    if (words.length === 0 || words.length > 4) return;
    const full = words.join(' ');
    if (placeOrOrg.has(full) || words.some((w) => placeOrOrg.has(w) && words.length === 1)) return;
    people.set(full, full);
    if (words.length > 1) people.set(words.at(-1)!, full);
  };
  const titled = new RegExp(`(?:${TITLES.map((t) => t.replace(/[.]/g, '\\.')).join('|')})(?:\\s+(?:${[...placeOrOrg].filter((p) => /^\p{Lu}/u.test(p)).map((p) => p.replace(/[.()]/g, '\\$&')).join('|')}))?,?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`, 'gu');
  const beforeVerb = new RegExp(`(?<![\\p{L}])(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})(?:\\s+(?:sendiri|juga|pun|lantas|kemudian))?\\s+(?:${SPEECH_VERB_WORDS.filter((w) => /^(?:me|ber)/u.test(w)).join('|')})\\b`, 'gu');
  const afterCue = new RegExp(`[",]\\s*(?:${AFTER_VERBS})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})`, 'gu');
  for (const text of masked) {
    for (const m of text.matchAll(titled)) add(m[1]!);
    for (const m of text.matchAll(beforeVerb)) if (!/^\s*$/.test(m[1]!)) add(m[1]!);
    for (const m of text.matchAll(afterCue)) add(m[1]!);
    for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}{5,}/gu)) {
      const known = personByTypo(m[0]);
      if (known && !placeOrOrg.has(m[0])) people.set(m[0], known.name);
    }
  }
  for (const key of [...people.keys()]) {
    const first = key.split(/\s+/)[0]!;
    if (NOT_NAMES.has(first) || placeOrOrg.has(key)) people.delete(key);
  }
  return people;
}

const FORM_OF_ADDRESS = /\byang\s+(?:terhormat|mulia|tercinta|saya\s+hormati|kami\s+hormati|terkasih)[\s.,!]*$|^(?:Yang\s+Mulia|Bapak-bapak|Ibu-ibu|Saudara-saudara)\b/iu;
/** A term named, not words said: `yang disebut (sebagai)`, `istilah`, `julukan`, `melontarkan kata`. */
const TERM_BEFORE = /(?:(?:yang\s+)?(?:disebut|dinamai|dinamakan|dijuluki|dikenal|diistilahkan|dicap|dilabeli)(?:\s+(?:sebagai|dengan))?|istilah|julukan|sebutan|slogan|tagar|judul|bertajuk|berjudul|bernama|kata|kata-kata|frasa|frase)\s*$/iu;
/** `apa yang disebut Rusia sebagai "…"`: a country's or body's term, not a person's words. */
const TERM_OF_BODY = /yang\s+disebut\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})\s+(?:sebagai\s+)?$/u;
/** Words that make a two-word quote a predicate or clause: modal, aspect, degree, negation. */
const PREDICATE_OPENERS = new Set(['sangat', 'tidak', 'tak', 'bukan', 'akan', 'telah', 'sudah', 'belum', 'masih', 'bisa', 'dapat', 'harus', 'perlu',
  'ingin', 'mau', 'sedang', 'tengah', 'pasti', 'segera', 'terlalu', 'lebih', 'paling', 'amat', 'sungguh', 'cukup', 'hanya', 'selalu', 'tetap',
  'pernah', 'jangan', 'siap', 'benar-benar', 'begitu', 'sama', 'agak', 'kian', 'makin', 'semakin']);
const COPULA_BEFORE = /(?:adalah|merupakan|menjadi|ialah|yakni|yaitu)\s*$/iu;
const SUBJECT_PRONOUN_BEFORE = /(?:^|\s)(?:dia|ia|mereka|kami|kita|saya|beliau|dirinya)\s*$/iu;
const PRONOUN_WORD = /^(?:dia|ia|mereka|kami|kita|saya|beliau|semua|segala|segalanya|semuanya|ini|itu|\p{Ll}+nya)$/iu;
const VERB_FORM = /^(?:mem|men(?!teri)|meng|meny|me[lrwy]|ber|ter(?!oris))\p{Ll}{2,}/u;

function isPredicate(words: string[], before: string): boolean {
  const [first, second] = [words[0]!.toLowerCase(), words[1]?.toLowerCase() ?? ''];
  if (COPULA_BEFORE.test(before) || SUBJECT_PRONOUN_BEFORE.test(before)) return true;
  if (PREDICATE_OPENERS.has(first) || VERB_FORM.test(first)) return true;
  return PRONOUN_WORD.test(first) && VERB_FORM.test(second);
}

/** Is this quoted span a term, name or one word rather than a statement? */
function isPhrase(text: string, before: string, whole: boolean): boolean {
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length <= 1) return true;
  if (words.length <= 5 && FORM_OF_ADDRESS.test(text)) return true;
  if (words.length <= 5 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return true;
  const lead = before.replace(/\s+$/u, '');
  const body = TERM_OF_BODY.exec(before);
  if (body && !personOrPronoun(body[1]!)) return true;
  if (TERM_BEFORE.test(lead) && !/(?:dia|ia|nya)\s+sebut\s*(?:sebagai)?$/iu.test(lead)) return true;
  if (whole) return false;
  if (words.length === 2) return !isPredicate(words, lead);
  return false;
}

function personOrPronoun(name: string): boolean {
  return /^(?:Dia|Ia|Beliau)$/u.test(name) || !!gazetteerPerson(name);
}

export function extractQuotesWithWarnings(paragraphs: string[], articleId: string, options: ExtractOptions = {}): QuoteExtraction {
  const warnings: ParseWarning[] = [];
  const spans = findSpans(paragraphs, warnings);
  const quotes: Quote[] = [];
  const spansByParagraph = new Map<number, Span[]>();
  for (const s of spans) {
    const list = spansByParagraph.get(s.paragraph);
    if (list) list.push(s);
    else spansByParagraph.set(s.paragraph, [s]);
  }
  // Paragraph text with every quoted span blanked, so names inside quotes never count.
  const masked = paragraphs.map((text, p) => {
    const blanks: [number, number][] = [];
    for (const s of spans) {
      if (s.paragraph === p) blanks.push([s.start - 1, s.endParagraph === p ? s.end + 1 : text.length]);
      else if (s.endParagraph === p) blanks.push([0, s.end + 1]);
    }
    if (blanks.length === 0) return text;
    blanks.sort((x, y) => x[0] - y[0]);
    const pieces: string[] = [];
    let at = 0;
    for (const [from, to] of blanks) {
      if (to <= at) continue;
      const start = Math.max(from, at);
      pieces.push(text.slice(at, start), ' '.repeat(to - start));
      at = to;
    }
    pieces.push(text.slice(at));
    return pieces.join('');
  });
  const art: Article = { date: options.publishedAt, localPeople: localPeople(masked) };

  let order = 0;
  let speaker: { name: string; paragraph: number; order: number } | undefined;
  let mention: { name: string; paragraph: number; order: number } | undefined;
  let lastOrg: string | undefined;
  const mentioned: string[] = [];

  const current = (p: number): string | undefined => {
    if (speaker && (!mention || mention.order < speaker.order || p - speaker.paragraph <= SPEAKER_MEMORY_PARAGRAPHS)) return speaker.name;
    return mention?.name ?? speaker?.name;
  };
  const idOf = (name: string) => gazetteerPerson(art.localPeople.get(name) ?? name)?.id;
  const resolve = (agent: Agent, p: number, sentence = ''): string | undefined => {
    switch (agent.kind) {
      // A pronoun before anyone has spoken: the person its own sentence names.
      case 'current': return current(p) ?? personHits(sentence, art)[0]?.text;
      case 'name': return agent.text;
      case 'org': return agent.text || lastOrg;
      case 'role': {
        const cur = current(p);
        const holder = resolveOffice(agent.text, { date: art.date, mentioned, subjectId: cur ? idOf(cur) : undefined });
        if (holder) return holder.name;
        if (agent.sang) {
          if (cur && mayHold(cur, agent.text)) return cur;
          // Else the person named last who holds it ("Stoltenberg bertemu Zelensky. … kata sang presiden").
          for (let k = mentioned.length - 1; k >= 0; k--) {
            const entry = GAZETTEER.find((e) => e.id === mentioned[k]);
            if (entry?.offices?.length && mayHold(entry.name, agent.text)) return entry.name;
          }
          return undefined;
        }
        if (agent.anaphor) return cur ?? agent.text;
        return agent.text;
      }
    }
  };
  const spoke = (name: string, p: number) => {
    speaker = { name, paragraph: p, order: ++order };
    const id = idOf(name);
    if (id) mentioned.push(id);
  };
  const noteSentences = (text: string, p: number) => {
    for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      if (!/\p{L}/u.test(sentence)) continue;
      for (const h of findEntityHits(sentence)) {
        if (h.entry.kind === 'organization') lastOrg = h.entry.name;
      }
      const people = personHits(sentence, art);
      for (const h of people) {
        const id = idOf(h.text);
        if (id) mentioned.push(id);
      }
      const said = agentBefore(sentence, art, false);
      if (said && said.agent.kind !== 'org') {
        const who = resolve(said.agent, p, sentence);
        if (who) {
          spoke(who, p);
          continue;
        }
      }
      const passive = [...sentence.matchAll(PASSIVE_SPEECH)].at(-1);
      if (passive) {
        const agent = agentAfterVerb(sentence.slice(passive.index + passive[0].length), art);
        const who = agent && agent.kind !== 'org' ? resolve(agent, p) : undefined;
        if (who) {
          spoke(who, p);
          continue;
        }
      }
      if (PRONOUN_START.test(sentence)) continue;
      const subject = agentOfSentence(sentence, art, false);
      const first = subject?.kind === 'name' ? subject.text : people[0]?.text;
      if (!first) continue;
      // A sentence that opens with a person doing something (`Scholz juga memberikan tanggapannya`) makes them the one to hear next.
      if (subject?.kind === 'name' && opensWithActive(sentence, art)) spoke(first, p);
      else mention = { name: first, paragraph: p, order: ++order };
    }
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const maskedText = masked[p]!;
    let done = 0;
    for (const span of spansByParagraph.get(p) ?? []) {
      const openMark = span.start - 1;
      if (openMark < done) continue;
      const sStart = Math.max(done, sentenceStart(maskedText, openMark));
      if (sStart > done) noteSentences(maskedText.slice(done, sStart), p);
      done = sStart;
      const closeText = paragraphs[span.endParagraph]!;
      const maskedClose = masked[span.endParagraph]!;
      const afterAll = maskedClose.slice(span.closeIndex + 1, span.closeIndex + 1 + CUE_WINDOW);
      const after = afterAll.slice(0, Math.max(0, sentenceEnd(afterAll, 0)));
      const quoteText = span.paragraph === span.endParagraph
        ? text.slice(span.start, span.end)
        : [text.slice(span.start), ...paragraphs.slice(span.paragraph + 1, span.endParagraph).map((x) => x.replace(/^"/, '')), closeText.slice(1, span.end)].join('\n');
      const commaClosed = /,\s*$/u.test(quoteText) || /^\s*,/u.test(after);
      const before = maskedText.slice(Math.min(sStart, sentenceStart(maskedText, openMark)), openMark);

      let speakerName: string | undefined;
      let cue: string | undefined;
      let spoken = false;
      let attributedAfter = false;
      const a = AFTER_CUE.exec(after);
      if (a) {
        cue = a[0].trim().replace(/^[,.\s]+/, '');
        if (a[1]) speakerName = current(p);
        else {
          const agent = agentAfterVerb(after.slice(a[0].length), art);
          if (agent) speakerName = resolve(agent, p);
        }
        spoken = !!speakerName;
      }
      if (!speakerName && commaClosed) {
        const nya = NYA_WORD_CUE.exec(after);
        const account = ACCOUNT.exec(after);
        if (nya && !NOT_NYA_CUES.has(nya[1]!)) {
          speakerName = current(p);
          cue = nya[1];
        } else if (account) {
          const handle = account[1]!.toLowerCase();
          const known = GAZETTEER.find((e) => e.kind === 'person' && e.aliases.some((x) => x.toLowerCase().replace(/[^a-z0-9]/g, '') === handle.replace(/[^a-z0-9]/g, '')));
          speakerName = known?.name ?? `@${account[1]}`;
          cue = account[0].trim();
        } else {
          const doc = /^[\s,]*(?:menurut|begitu\s+ditulis\s+dalam|demikian\s+(?:bunyi|isi)|seperti\s+ditulis\s+dalam|bunyi|isi)\s+/u.exec(after);
          const agent = doc ? agentAfterVerb(after.slice(doc[0].length), art) : /^\s*,?\s*\p{Lu}/u.test(after) ? agentAfterVerb(after.replace(/^\s*,?\s*/u, ''), art) : undefined;
          if (agent && (doc || agent.kind !== 'org')) {
            speakerName = resolve(agent, p);
            cue = doc ? doc[0].trim() : undefined;
          }
        }
        spoken = !!speakerName;
      }
      attributedAfter = spoken;
      const whole = !/\p{L}/u.test(before.replace(/^[\s-]+/u, ''));
      if (!speakerName) {
        const said = agentBefore(before, art);
        if (said) {
          speakerName = resolve(said.agent, p, before);
          cue = said.cue;
          spoken = !!speakerName;
        } else if (!whole) {
          // No verb of speaking: the person the sentence names, if any (a partial quote then needs a claim to count).
          const hit = personHits(before, art)[0];
          speakerName = hit?.text;
        }
      }
      if (!speakerName && whole && !/\p{L}/u.test(after.replace(/[-–—]/gu, ''))) {
        // A sentence that is only a quote continues the current speaker.
        speakerName = current(p);
        spoken = !!speakerName;
      }
      const cleaned = quoteText.replace(/[\s,]+$/u, '');
      // A full utterance (not a fragment inside reported speech): a sentence of its own, introduced by a colon or comma, attributed by a cue after it, or a capitalised sentence.
      const full = whole || !!a || (commaClosed && attributedAfter) || /[:,;]\s*$/u.test(before) || (/^\p{Lu}/u.test(cleaned) && cleaned.split(/\s+/).length > 2);
      const asStatement = !!speakerName && /\p{L}/u.test(cleaned) && !isPhrase(cleaned, before, full);
      if (speakerName && spoken) spoke(speakerName, p);
      else if (speakerName && opensWithActive(before, art)) spoke(speakerName, p);
      done = span.endParagraph === p ? span.closeIndex + 1 : text.length;
      if (asStatement) {
        const speakerValue: Speaker = canonicalSpeaker(art.localPeople.get(speakerName!) ?? withoutOffice(speakerName!));
        speakerValue.asWritten = speakerName!;
        const endTrim = span.end - (quoteText.length - cleaned.length);
        quotes.push({
          id: `${articleId}#q${quotes.length}`,
          text: cleaned,
          speaker: speakerValue,
          cue,
          range: { paragraph: span.paragraph, start: span.start, endParagraph: span.endParagraph, end: endTrim },
        });
      }
      if (span.endParagraph !== p) break;
    }
    noteSentences(maskedText.slice(done), p);
  }
  return { quotes, warnings };
}

export function extractQuotes(paragraphs: string[], articleId: string, options: ExtractOptions = {}): Quote[] {
  return extractQuotesWithWarnings(paragraphs, articleId, options).quotes;
}
