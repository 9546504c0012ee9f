/**
 * The evidence that two wordings are one statement, as numbers.
 *
 * Real Indonesian outlets translate one English or Ukrainian sentence
 * independently, so two renderings of one statement share only 40–70 % of
 * their words, while two different statements by the same speaker on the
 * same day can share as many. No single measure separates them; together
 * they do. Each feature below is one kind of evidence; quote-model.ts weighs
 * them (the weights are fitted on labelled real pairs by
 * scripts/fit-quote-model.ts).
 */
import { numberValue, type AlignWord, type WordAlignment } from './align';
import { stem } from '../text/tokens';
import { readingsOf, synonymOf } from '../text/synonyms';
import { samePlaceAtTwoScales } from '../places';
import type { Speaker } from '../types';
import { sameSpeaker } from '../quotes/speakers';

/** What is known about the article a candidate quote comes from, relative to the page. */
export interface ArticleContext {
  /** Text similarity of the two articles (the related-coverage score's text part), 0..1. */
  textSimilarity?: number;
  /** Whole days between the two publication dates, when both are known. */
  daysApart?: number;
}

/** Negations, and the forms translators swap for one another. */
const NEGATIONS = new Set(['tidak', 'tak', 'bukan', 'belum', 'jangan', 'tanpa', 'takkan', 'tiada', 'enggak', 'nggak', 'gak', 'tidaklah', 'bukanlah']);

export const FEATURE_NAMES = [
  'align',
  'aligned',
  'cover',
  'coverLonger',
  'ordered',
  'sentenceCover',
  'shortLength',
  'diverge',
  'identical',
  'sameSpeaker',
  'otherSpeaker',
  'eventSimilarity',
  'sameDays',
  'farApart',
  'numberConflict',
  'negationConflict',
  'nameConflict',
  'contrastConflict',
  'partWays',
  'bestInArticle',
  'mutualBest',
  'neighbours',
  'plainCover',
  'plainCoverLonger',
  'lastOfSpeaker',
  'verbatimRun',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/**
 * Function words: what any two Indonesian sentences share. Not the
 * retrieval stopword list (stopwords-id), which also holds verbs like
 * "diperlukan" and "mengatakan" that are exactly what tells two statements apart.
 */
const FUNCTION_WORDS = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada', 'dalam', 'ini', 'itu', 'adalah', 'ialah', 'merupakan',
  'akan', 'telah', 'sudah', 'juga', 'kami', 'kita', 'saya', 'aku', 'kamu', 'anda', 'mereka', 'ia', 'dia', 'beliau', 'nya',
  'atau', 'bahwa', 'karena', 'oleh', 'sebagai', 'para', 'sang', 'si', 'lebih', 'sangat', 'bisa', 'dapat', 'harus',
  'ada', 'tersebut', 'maka', 'jika', 'kalau', 'agar', 'supaya', 'namun', 'tetapi', 'tapi', 'saat', 'ketika', 'seperti',
  'hanya', 'masih', 'lagi', 'pun', 'bagi', 'terhadap', 'tentang', 'antara', 'hingga', 'sampai', 'sejak', 'atas',
  'secara', 'serta', 'pula', 'yaitu', 'yakni', 'kepada', 'oleh', 'apa', 'siapa', 'mana', 'semua', 'setiap', 'sebuah',
  'seorang', 'satu', 'begitu', 'sini', 'sana', 'kini', 'sekarang', 'saja', 'tak', 'tidak', 'bukan', 'belum',
]);


/** Content words of a quote, each reduced to the form two spellings share:
 * a number's value, else the stem. Function words carry no identity here. */
export function contentKeys(words: AlignWord[]): Set<string> {
  return new Set(contentSequence(words));
}

/** The content words of a quote in reading order (see contentKeys). */
export function contentSequence(words: AlignWord[]): string[] {
  return contentWords(words).map((w) => w.key);
}

/** A content word: its key (stem or number value, through the synonym
 * groups) and every root it may be read as (lib/text/morphology.ts). */
interface ContentWord {
  key: string;
  readings: readonly string[];
}

/** The content words of a quote in reading order. A hyphenated compound
 * counts as its parts ("memecah-belah" / "memecah belah"); a reduplication
 * ("negara-negara") as its base; a number as its value and a transliterated
 * name as its one spelling ("Moskwa" / "Moskow", align.ts). */
function contentWords(words: AlignWord[]): ContentWord[] {
  const out: ContentWord[] = [];
  const add = (key: string, stemmed: string) => {
    if (key.length < 2 || FUNCTION_WORDS.has(key)) return;
    const base = stemmed.length >= 3 ? stemmed : key;
    const canonical = synonymOf(key) ?? synonymOf(base) ?? base;
    out.push({ key: canonical, readings: [canonical, ...readingsOf(key)] });
  };
  for (const w of words) {
    if (w.alias.startsWith('#') || w.alias !== w.key) {
      out.push({ key: w.alias, readings: [w.alias] });
      continue;
    }
    const parts = w.key.split('-');
    if (parts.length > 1 && !parts.every((p) => p === parts[0])) {
      for (const part of parts) add(part, stem(part));
    } else add(w.key, w.stem);
  }
  return out;
}

/**
 * Content words both quotes have in the same order, as a share of the
 * shorter quote's content words: a longest common subsequence over content
 * words, with the same loose equality as sharedContent. Two translations of
 * one sentence keep its order of ideas even when every function word and
 * half the vocabulary differ; two statements sharing vocabulary rarely do.
 */
export function orderedContent(a: string[] | QuoteContent, b: string[] | QuoteContent): number {
  const x = Array.isArray(a) ? a : a.sequence;
  const y = Array.isArray(b) ? b : b.sequence;
  const xForms = Array.isArray(a) ? undefined : a.forms;
  const yForms = Array.isArray(b) ? undefined : b.forms;
  const shorter = Math.min(x.length, y.length);
  if (shorter === 0) return 0;
  const n = Math.min(x.length, MAX_ORDERED_WORDS);
  const m = Math.min(y.length, MAX_ORDERED_WORDS);
  let previous = new Uint16Array(m + 1);
  let current = new Uint16Array(m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const xi = x[i - 1]!;
      const yj = y[j - 1]!;
      const equal = looselyEqual(xi, yj) || (!!xForms && !!yForms && shareReading(xForms.get(xi), yForms.get(yj)));
      current[j] = equal ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[m]! / shorter;
}
/** Content words compared in order at most; no quote comes near it. */
const MAX_ORDERED_WORDS = 400;

function shareReading(x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined): boolean {
  if (!x || !y) return false;
  for (const r of x) if (y.has(r)) return true;
  return false;
}

function looselyEqual(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.startsWith('#') || y.startsWith('#')) return false;
  if (x.length > PREFIX_LETTERS && y.length > PREFIX_LETTERS && x.slice(0, PREFIX_LETTERS) === y.slice(0, PREFIX_LETTERS)) return true;
  return Math.min(x.length, y.length) >= ONE_LETTER_MIN && oneLetterApart(x, y);
}

/** Shared content words; a word also counts as shared when the other quote
 * has one of the same stem spelled a letter apart ("infrastuktur" /
 * "infrastruktur") or sharing its first PREFIX_LETTERS letters
 * ("terorisme" / "teroris"), which the stemmer leaves apart, or, given the
 * quotes' contents, a word one of whose roots it shares ("gertakan" /
 * "menggertak"). */
const PREFIX_LETTERS = 6;
/** Words shorter than this are too alike by chance ("perang" / "serang") for the one-letter rule. */
const ONE_LETTER_MIN = 8;
export function sharedContent(a: Set<string> | QuoteContent, b: Set<string> | QuoteContent): number {
  const aKeys = a instanceof Set ? a : a.keys;
  const bKeys = b instanceof Set ? b : b.keys;
  const aForms = a instanceof Set ? undefined : a.forms;
  const bReadings = b instanceof Set ? undefined : b.readings;
  let shared = 0;
  for (const k of aKeys) {
    if (bKeys.has(k) || (aForms && bReadings && [...(aForms.get(k) ?? [])].some((r) => bReadings.has(r)))) {
      shared++;
      continue;
    }
    if (k.length <= PREFIX_LETTERS || k.startsWith('#')) continue;
    const prefix = k.slice(0, PREFIX_LETTERS);
    for (const other of bKeys) {
      if (other.length > PREFIX_LETTERS && (other.startsWith(prefix) || (Math.min(k.length, other.length) >= ONE_LETTER_MIN && oneLetterApart(k, other)))) {
        shared++;
          break;
      }
    }
  }
  return shared;
}

function oneLetterApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + (x.length >= y.length ? 1 : 0)) === y.slice(i + (y.length >= x.length ? 1 : 0));
}

/** Values of every number in a quote, whatever the notation ("2%", "dua persen", "2 persen"). */
export function numbersOf(words: AlignWord[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const value = numberValue(w.key);
    if (value !== undefined) out.add(value);
  }
  return out;
}

/** A number that one wording states and the other contradicts: both hold a
 * number, and one holds a value the other lacks while lacking one of the
 * other's. A number only one side mentions ("dua" dropped) is not a conflict. */
export function numberConflict(a: AlignWord[], b: AlignWord[]): boolean {
  const x = numbersOf(a);
  const y = numbersOf(b);
  if (x.size === 0 || y.size === 0) return false;
  const xOnly = [...x].some((v) => !y.has(v));
  const yOnly = [...y].some((v) => !x.has(v));
  return xOnly && yOnly;
}

/**
 * A negation added or dropped where the two wordings otherwise agree: a
 * difference inside the aligned region that puts a negation on one side
 * only, with the same words on both sides of it ("kami akan [tidak]
 * menyerah"). A negation moved or doubled by a translator ("tidak akan
 * pernah" / "tak akan") has a negation on both sides of the difference; one
 * in a sentence only the longer quote has is outside the shared region and
 * says nothing about the other wording.
 */
export function negationConflict(alignment: WordAlignment): boolean {
  const ops = alignment.ops;
  const negates = (text: string) => (text.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((w) => NEGATIONS.has(w));
  for (let k = 1; k + 1 < ops.length; k++) {
    const op = ops[k]!;
    if (op.op === 'same') continue;
    if (negates(op.a) === negates(op.b)) continue;
    if (ops[k - 1]!.op === 'same' && ops[k + 1]!.op === 'same') return true;
  }
  return false;
}

const CAPITALIZED = /^[^\p{L}\p{N}]*\p{Lu}/u;
/** Words written with a capital that are not names: forms of address and titles. */
const CAPITALIZED_COMMON = new Set(['anda', 'bapak', 'pak', 'ibu', 'bu', 'saudara', 'saudari', 'tuan', 'nyonya', 'kamu', 'beliau', 'tuhan', 'allah', 'presiden', 'menteri', 'perdana', 'sekjen', 'sekretaris', 'jenderal', 'raja', 'kanselir', 'wakil', 'yang', 'mulia']);

/** The run of capitalised words around position `at` ("Den Haag", "Amerika Serikat"). */
function nameRun(words: AlignWord[], at: number): string {
  const capital = (k: number) => CAPITALIZED.test(words[k]?.display ?? '');
  let from = at;
  let to = at;
  while (from > 0 && capital(from - 1) && !/[.,;:!?]$/.test(words[from - 1]!.display)) from--;
  while (to + 1 < words.length && capital(to + 1) && !/[.,;:!?]$/.test(words[to]!.display)) to++;
  return words.slice(from, to + 1).map((w) => w.display.replace(/[^\p{L}\p{N}' -]/gu, '')).join(' ');
}

/** One name swapped for another inside the aligned region ("Rusia harus" /
 * "Ukraina harus"). A city for its country ("Den Haag" / "Belanda") or a
 * capital for its government ("Moskow" / "Rusia") is one place at two scales. */
export function nameConflict(alignment: WordAlignment, aWords: AlignWord[] = [], bWords: AlignWord[] = []): string | undefined {
  for (const pair of alignment.substitutionPairs) {
    const clean = (s: string) => s.replace(/[^\p{L}\p{N}' -]/gu, '');
    const isName = (word: string, startsSentence: boolean) => !startsSentence && CAPITALIZED.test(word) && !CAPITALIZED_COMMON.has(clean(word).toLowerCase());
    if (!isName(pair.a, pair.aStartsSentence) || !isName(pair.b, pair.bStartsSentence)) continue;
    if (samePlaceAtTwoScales(clean(pair.a), clean(pair.b))) continue;
    const aRun = aWords.length ? nameRun(aWords, pair.aIndex) : clean(pair.a);
    const bRun = bWords.length ? nameRun(bWords, pair.bIndex) : clean(pair.b);
    if (samePlaceAtTwoScales(aRun, bRun) || samePlaceAtTwoScales(aRun, clean(pair.b)) || samePlaceAtTwoScales(clean(pair.a), bRun)) continue;
    return `${aRun} / ${bRun}`;
  }
  return undefined;
}

/**
 * Ordinary words that, swapped for another of the same group, change what is
 * claimed: "dukungan militer" / "dukungan kemanusiaan" is another promise,
 * while "wilayah" / "tanah" is how two translators put one. Each group lists
 * the meanings that contrast; words inside one meaning are synonyms.
 */
const CONTRASTS: readonly (readonly (readonly string[])[])[] = [
  [['militer', 'senjata', 'persenjataan'], ['kemanusiaan'], ['ekonomi', 'keuangan', 'finansial'], ['medis', 'kesehatan'], ['diplomatik', 'politik']],
  [['darat'], ['laut', 'maritim'], ['udara']],
  [['naik', 'meningkat', 'bertambah'], ['turun', 'menurun', 'berkurang']],
  [['utara'], ['selatan'], ['timur'], ['barat']],
  [['menang', 'memenangkan'], ['kalah']],
  [['mendukung', 'menyetujui', 'setuju'], ['menentang', 'menolak']],
  [['sebelum'], ['sesudah', 'setelah', 'usai']],
  [['sekarang', 'kini', 'hari ini'], ['segera', 'nanti', 'kelak', 'besok']],
  [['menyerang'], ['bertahan']],
  [['mundur'], ['maju']],
  [['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat'], ['sabtu'], ['minggu']],
  [['januari'], ['februari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus'], ['september'], ['oktober'], ['november'], ['desember']],
];
/** Word → [group, meaning] in CONTRASTS. */
const CONTRAST_OF = new Map<string, readonly [number, number]>();
CONTRASTS.forEach((group, g) => group.forEach((meaning, m) => meaning.forEach((word) => CONTRAST_OF.set(word, [g, m]))));

export function contrasting(a: string, b: string): boolean {
  const x = CONTRAST_OF.get(a.toLowerCase().replace(/[^\p{L}]/gu, ''));
  const y = CONTRAST_OF.get(b.toLowerCase().replace(/[^\p{L}]/gu, ''));
  return !!x && !!y && x[0] === y[0] && x[1] !== y[1];
}

/** A swap inside a group of contrasting words, inside the aligned region. */
export function contrastConflict(alignment: WordAlignment): string | undefined {
  const pair = alignment.substitutionPairs.find((p) => contrasting(p.a, p.b));
  return pair ? `${pair.a} / ${pair.b}` : undefined;
}

/**
 * Two statements that share an opening and then part ways: both quotes go
 * on past the shared words, for at least PART_WAYS_WORDS content words each,
 * nothing they go on to say is shared, and the shared opening is less than
 * half of the longer quote. "Kami akan terus mendukung Ukraina selama
 * diperlukan" and "… mendukung Ukraina dengan sistem pertahanan udara dari
 * Jerman" are two promises. Different lead-ins before shared words are how
 * translators introduce one sentence, so only the tail counts; a translation
 * that words the rest differently still shares some content; a fragment or a
 * quote cut short does not go on at all.
 */
const PART_WAYS_WORDS = 2;
export function partWays(alignment: WordAlignment, aWords: AlignWord[], bWords: AlignWord[]): boolean {
  if (alignment.divergentTailWords === 0) return false;
  // A whole sentence both quote, each going on with another sentence of the
  // same speech: outlets picking different next sentences, not a statement
  // turning another way mid-sentence.
  if (endsSentence(aWords[alignment.aRegion[1] - 1]) && endsSentence(bWords[alignment.bRegion[1] - 1])) return false;
  const shared = alignment.aRegion[1] - alignment.aRegion[0];
  if (shared * 2 >= Math.max(aWords.length, bWords.length)) return false;
  const a = contentOf(aWords.slice(alignment.aRegion[1]));
  const b = contentOf(bWords.slice(alignment.bRegion[1]));
  if (a.keys.size < PART_WAYS_WORDS || b.keys.size < PART_WAYS_WORDS) return false;
  return sharedContent(a, b) === 0 && sharedContent(b, a) === 0;
}

const SENTENCE_END = /[.!?;][^\p{L}\p{N}]*$/u;
function endsSentence(word: AlignWord | undefined): boolean {
  return !!word && SENTENCE_END.test(word.display);
}

/** A quote's content words, computed once per quote and reused for every pair it is in. */
export interface QuoteContent {
  sequence: string[];
  keys: Set<string>;
  /** Each key → every root its words may be read as. */
  forms: Map<string, Set<string>>;
  /** Every root any of its words may be read as. */
  readings: Set<string>;
  /** The same, of the words that are not names (see plainCovers). */
  plain?: QuoteContent;
}

export function quoteContent(words: AlignWord[]): QuoteContent {
  return { ...contentOf(words), plain: contentOf(words.filter((_, i) => !isNameAt(words, i))) };
}

function contentOf(words: AlignWord[]): QuoteContent {
  const found = contentWords(words);
  const forms = new Map<string, Set<string>>();
  const readings = new Set<string>();
  for (const w of found) {
    let set = forms.get(w.key);
    if (!set) forms.set(w.key, (set = new Set()));
    for (const r of w.readings) {
      set.add(r);
      readings.add(r);
    }
  }
  const sequence = found.map((w) => w.key);
  return { sequence, keys: new Set(sequence), forms, readings };
}

/** A sentence needs this many content words to be compared on its own: shorter ones ("Dia salah!") are common property. */
const SENTENCE_MIN_CONTENT = 3;

/** The content of each sentence of a quote that has SENTENCE_MIN_CONTENT content words. */
function sentenceContents(words: AlignWord[]): QuoteContent[] {
  const out: QuoteContent[] = [];
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    if (i + 1 < words.length && !endsSentence(words[i])) continue;
    const content = contentOf(words.slice(from, i + 1));
    if (content.keys.size >= SENTENCE_MIN_CONTENT) out.push(content);
    from = i + 1;
  }
  return out;
}

/**
 * The best pair of sentences, one from each quote: the share of the longer
 * sentence's content words the other shares. Outlets quote overlapping
 * stretches of one speech, and two quotes that share one whole sentence are
 * one statement however different the sentences around it.
 */
export function sentenceCover(aWords: AlignWord[], bWords: AlignWord[]): number {
  let best = 0;
  const bSentences = sentenceContents(bWords);
  for (const a of sentenceContents(aWords)) {
    for (const b of bSentences) {
      const shared = sharedContent(a, b);
      best = Math.max(best, shared / Math.max(a.keys.size, b.keys.size));
    }
  }
  return best;
}

export interface PairInput {
  alignment: WordAlignment;
  aWords: AlignWord[];
  bWords: AlignWord[];
  aContent?: QuoteContent;
  bContent?: QuoteContent;
  aSpeaker?: Speaker;
  bSpeaker?: Speaker;
  context?: ArticleContext;
}

/** Every feature but `bestInArticle`, `mutualBest`, `neighbours` and `lastOfSpeaker`, which need the other candidates (see quote-match.ts). */
export function pairFeatures(input: PairInput): Features {
  const { alignment, aWords, bWords, aSpeaker, bSpeaker, context } = input;
  const shorter = Math.min(aWords.length, bWords.length);
  const aContent = input.aContent ?? quoteContent(aWords);
  const bContent = input.bContent ?? quoteContent(bWords);
  const a = aContent.keys;
  const b = bContent.keys;
  const shared = sharedContent(aContent, bContent);
  const minContent = Math.min(a.size, b.size);
  const maxContent = Math.max(a.size, b.size);
  const identical = alignment.aLength === alignment.bLength && alignment.samePairs === alignment.aLength && shorter > 0;
  const days = context?.daysApart;
  return {
    align: alignment.score,
    aligned: shorter === 0 ? 0 : (alignment.samePairs + alignment.variantPairs) / shorter,
    cover: minContent === 0 ? 0 : shared / minContent,
    coverLonger: maxContent === 0 ? 0 : shared / maxContent,
    ordered: orderedContent(aContent, bContent),
    sentenceCover: sentenceCover(aWords, bWords),
    shortLength: Math.log2(1 + shorter),
    diverge: shorter === 0 ? 0 : alignment.divergentWords / shorter,
    identical: identical ? 1 : 0,
    sameSpeaker: aSpeaker && bSpeaker && sameSpeaker(aSpeaker, bSpeaker) ? 1 : 0,
    otherSpeaker: aSpeaker && bSpeaker && !sameSpeaker(aSpeaker, bSpeaker) ? 1 : 0,
    eventSimilarity: Math.min(1, context?.textSimilarity ?? 0),
    sameDays: days !== undefined && days <= 3 ? 1 : 0,
    farApart: days !== undefined && days > 30 ? 1 : 0,
    numberConflict: numberConflict(aWords, bWords) ? 1 : 0,
    negationConflict: negationConflict(alignment) ? 1 : 0,
    nameConflict: nameConflict(alignment, aWords, bWords) ? 1 : 0,
    contrastConflict: contrastConflict(alignment) ? 1 : 0,
    partWays: partWays(alignment, aWords, bWords) ? 1 : 0,
    bestInArticle: 0,
    mutualBest: 0,
    neighbours: 0,
    ...plainCovers(aContent, bContent),
    lastOfSpeaker: 0,
    verbatimRun: verbatimRun(aWords, bWords),
  };
}

/** A word written with a capital inside a sentence ("bagi Finlandia"): a
 * name. A sentence's first word may be any word. */
function isNameAt(words: AlignWord[], i: number): boolean {
  if (i === 0 || endsSentence(words[i - 1])) return false;
  return CAPITALIZED.test(words[i]!.display) && !CAPITALIZED_COMMON.has(words[i]!.key);
}

/**
 * cover and coverLonger over the words that are not names. Every quote about
 * one event names its places, people and alliances ("Finlandia", "Swedia",
 * "NATO"), so two different statements of one day share those as readily as
 * two renderings of one statement do; what a translator must render, and
 * two statements rarely share, is the rest: the verbs, the nouns, the
 * claim.
 */
function plainCovers(a: QuoteContent, b: QuoteContent): { plainCover: number; plainCoverLonger: number } {
  const x = a.plain ?? a;
  const y = b.plain ?? b;
  const shared = Math.min(sharedContent(x, y), sharedContent(y, x));
  const min = Math.min(x.keys.size, y.keys.size);
  const max = Math.max(x.keys.size, y.keys.size);
  return { plainCover: min === 0 ? 0 : shared / min, plainCoverLonger: max === 0 ? 0 : shared / max };
}

/** How close a pair looks before the model weighs it: used to pick, per
 * page quote and article, the one candidate that fits best. */
export function closeness(f: Features): number {
  return f.align + f.cover;
}

/** Runs this long or shorter are common property of quotes on one event
 * ("Finlandia dan Swedia untuk", "tidak ada keraguan"): they count nothing. */
const RUN_COMMON_WORDS = 4;
/** A run this long is as sure as a run can be; longer ones count the same. */
const RUN_FULL_WORDS = 10;
/** Words compared for a run at most; no quote comes near it. */
const MAX_RUN_WORDS = 400;

/**
 * The longest stretch of words two quotes have word for word (the same
 * word, number, transliterated name or stem), scaled from 0 at
 * RUN_COMMON_WORDS to 1 at RUN_FULL_WORDS. Two translators working apart
 * rarely agree on five words in a row; outlets that take one rendering (from
 * a wire service, or from each other) do, and a stretch they share is one
 * statement however differently each cut the rest ("… kami akan membangun
 * kembali setiap jembatan yang mereka runtuhkan …" after two different
 * openings).
 */
export function verbatimRun(aWords: AlignWord[], bWords: AlignWord[]): number {
  const n = Math.min(aWords.length, MAX_RUN_WORDS);
  const m = Math.min(bWords.length, MAX_RUN_WORDS);
  let previous = new Uint16Array(m + 1);
  let current = new Uint16Array(m + 1);
  let longest = 0;
  for (let i = 1; i <= n; i++) {
    const x = aWords[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const y = bWords[j - 1]!;
      // Exact forms only (spelling, number, stem), compared as strings: the
      // aligner's wordSimilarity would also try edit distances, and doing that
      // for every pair of words twice, here and in the alignment, costs a
      // second alignment per candidate for the same held-out result.
      const same = x.alias === y.alias || (x.stem.length >= 3 && x.stem === y.stem && !x.numeric && !y.numeric);
      current[j] = same ? previous[j - 1]! + 1 : 0;
      if (current[j]! > longest) longest = current[j]!;
    }
    [previous, current] = [current, previous];
  }
  return Math.max(0, Math.min(longest, RUN_FULL_WORDS) - RUN_COMMON_WORDS) / (RUN_FULL_WORDS - RUN_COMMON_WORDS);
}
