/**
 * Is the article a reader is on NATO and/or Russia-Ukraine war coverage?
 *
 * The score is built from the lexicon in `topic-lexicon.ts`:
 *
 * 1. Every title, lead and body paragraph is tokenized and matched against
 *    the lexicon by token sequence. Names that merely contain an anchor
 *    ("Daniil Medvedev", "Shakhtar Donetsk") are matched first and hide it.
 *    War and alliance vocabulary (rudal, sanksi, gencatan senjata, Pasal 5)
 *    counts only in a paragraph that also names an anchor.
 * 2. Each signal earns weight × zone factor × (1 + ln count) per zone: the
 *    title counts three times, the lead (description and first two
 *    paragraphs) twice, the body once. The logarithm keeps an article that
 *    says "Ukraina" forty times from outscoring one that names Kyiv, Zelensky
 *    and Bakhmut.
 * 3. The sum is scaled by how much of the text is on topic: the share of
 *    paragraph words that sit in paragraphs naming an anchor. A fuel-price
 *    story with one sentence about "perang Rusia dan Ukraina" keeps a quarter
 *    of its points; a war report keeps nearly all.
 * 4. Vetoes then overrule the score for pages that mention the topic without
 *    covering it: headline lists (front, tag and search pages), sports, and
 *    pages whose only signal is one name. A page that would pass is also
 *    weighed by its frame: price and trade words far above the war's own
 *    vocabulary (a wheat-price story citing the invasion), Russia named
 *    throughout with next to nothing of the war (a state visit, a joint
 *    exercise, tourists in Bali), nothing but place names and no word of
 *    war (tourists deported to Moscow and Kharkiv, a chess player from
 *    Kyiv), or a comments view instead of an article.
 */
import { TOPIC_LEXICON, type LexiconEntry } from './topic-lexicon';
import { compileQuickLexicon, quickCheck, topicTokens, urlWords, type QuickLexicon, type QuickTopicSignals, type QuickTopicVerdict } from './quick-topic';
import type { PageArticle, TopicEvidence, TopicResult, TopicZone } from './types';

/**
 * Chosen on the labeled set in test/fixtures/topic plus the five seeds
 * (`npx tsx scripts/eval/topic.ts` prints the distribution). Leaving vetoed
 * pages aside, the highest-scoring negative scored 2.6 (a story on Pertamina
 * buying Russian crude, "Rusia" in title, lead and body) and the lowest
 * positive 10.5 (the evacuation of Indonesians from Ukraine). The threshold
 * sits at 6, a little below the middle of that gap (6.5), so short positives
 * keep more room than the negatives do; it is also above what a title naming
 * NATO alone can earn (1.5 × 3 = 4.5), so one name in a headline over an
 * unrelated body never passes. Two sports pages scored 5.4 and 7.4 before
 * their veto; the veto, not the threshold, is what keeps them out.
 */
export const DEFAULT_TOPIC_THRESHOLD = 6;

const ZONE_FACTOR: Record<TopicZone, number> = { title: 3, lead: 2, body: 1, metadata: 0.5 };

/** A paragraph shorter than this reads like a headline or a caption. */
const HEADLINE_MAX_WORDS = 15;
/** A paragraph at least this long is article body. */
const BODY_PARAGRAPH_MIN_WORDS = 25;
/**
 * Share of paragraphs that must be bare headlines (short, with no closing
 * full stop, question mark, colon or quote mark) before a page full of short
 * paragraphs counts as a list of headlines. Outlets that write one sentence
 * per paragraph end nearly every one with a full stop or a closing quote; a
 * front, tag or search page lists headlines and dates that end with neither.
 * On the two labeled sets, articles with many short paragraphs have at most
 * 0.2 of them bare (a Kompas piece with two numbered subheadings); the list
 * pages have 0.5 (an index page alternating headline and teaser) to 1. Any
 * value from 0.25 to 0.5 separates them; a third sits in the middle.
 */
const BARE_HEADLINE_MIN_SHARE = 1 / 3;
/** A paragraph that ends like a sentence: full stop, ?, !, ellipsis, colon,
 * semicolon, a closing quote or bracket. */
const SENTENCE_END = /[.!?\u2026:;"\u201D\u2019'\u00BB)]$/;

/**
 * Economic frame: a price, trade or market story that names the war as a
 * cause (wheat, flour, gold, fuel). Vetoed when its economy words are at
 * least this many times the war's own vocabulary (anchors other than the
 * bare country names, Russian state names, and war context words). Coverage
 * pages reach 0.53 on the real development set (a Jokowi-Putin meeting on
 * food and fertiliser supply; 0.40 with that story left out) and 0.79 on the
 * project's own set (a grain-corridor report); the economy pages of the real
 * set start at 4.3. Any factor from about 1 to 4 separates them, whichever
 * story is left out; 2 keeps room on both sides.
 */
const ECONOMY_FRAME_FACTOR = 2;
/** …and only with this many economy words at least, so that a short war
 * report naming one price is never judged by the ratio alone. The economy
 * pages of the development set have 15 to 39; coverage pages at most 11. */
const ECONOMY_FRAME_MIN_MENTIONS = 6;

/**
 * Bilateral frame: a page about Russia (a state visit to the Kremlin, a
 * joint naval exercise, Russian tourists in Bali) that hardly names
 * anything of the war: Ukraine, its people and places, the fronts, the
 * weapons, NATO, war words. Belarus and Lukashenko count on Russia's side
 * here: a story on Putin's birthday gifts names them beside the Kremlin. Vetoed when such names are less than this share
 * of all topic mentions. Real war coverage told from the Russian side (Putin's
 * addresses, the Wagner mutiny, Jokowi carrying Zelensky's message to
 * Moscow) has 0.27 or more on the development set, with 0.29 or more when
 * that story is left out; the bilateral pages have none. Anything from 0.05
 * to 0.25 separates them; 0.15 still catches a visit report with one
 * sentence on "konflik Rusia-Ukraina" among some fifteen Russia mentions.
 */
const BILATERAL_MAX_WAR_SHARE = 0.15;
/** The bilateral test needs at least this many Russia mentions. */
const BILATERAL_MIN_RUSSIA_MENTIONS = 3;

/** A comments view, not an article: a URL path segment or title prefix
 * naming the comments, as Kompasiana, detik and others give them. */
const COMMENTS_PATH = /^(?:komentar|komen|comments?)$/i;
const COMMENTS_TITLE = /^\s*(?:komentar|comments?)\s*[:|-]/i;

// ---------------------------------------------------------------- matching

interface CompiledPhrase {
  tokens: string[];
  entryIndex: number;
}

/** The lexicon's phrases are written lowercase, words apart by spaces or
 * hyphens: splitting them on those gives the same tokens `topicTokens` gives
 * (a test holds every phrase to that) at a fraction of its cost, which
 * matters because this runs on every outlet page a reader opens. */
function phraseTokens(phrase: string): string[] {
  return phrase.split(/[\s-]+/).filter(Boolean);
}

let phrasesByFirstToken: ReadonlyMap<string, CompiledPhrase[]> | undefined;

/** Phrases indexed by their first token, longest first, so matching costs one
 * map lookup per token. Built on first use, not when the script loads. */
function phraseIndex(): ReadonlyMap<string, CompiledPhrase[]> {
  if (phrasesByFirstToken) return phrasesByFirstToken;
  const map = new Map<string, CompiledPhrase[]>();
  TOPIC_LEXICON.forEach((entry, entryIndex) => {
    for (const phrase of entry.phrases) {
      const tokens = phraseTokens(phrase);
      const first = tokens[0];
      if (first === undefined) continue;
      let list = map.get(first);
      if (!list) map.set(first, (list = []));
      list.push({ tokens, entryIndex });
    }
  });
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  phrasesByFirstToken = map;
  return map;
}

/** For tests: the two tokenizers must agree on every lexicon phrase. */
export function lexiconPhraseTokens(): { phrase: string; fast: string[]; full: string[] }[] {
  return TOPIC_LEXICON.flatMap((entry) => entry.phrases.map((phrase) => ({ phrase, fast: phraseTokens(phrase), full: topicTokens(phrase) })));
}

function phraseAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}

/** Lexicon entries found in a token list, one element per occurrence. */
function matchLexicon(tokens: readonly string[], honourBlocks: boolean): LexiconEntry[] {
  const found: LexiconEntry[] = [];
  // Where each entry's last match ended: "Volodymyr Zelensky" is one mention
  // of Zelensky, not two.
  const coveredUntil = new Map<number, number>();
  const index = phraseIndex();
  let i = 0;
  while (i < tokens.length) {
    const candidates = index.get(tokens[i]!);
    if (!candidates) {
      i++;
      continue;
    }
    let blockedUntil = -1;
    if (honourBlocks) {
      for (const c of candidates) {
        const entry = TOPIC_LEXICON[c.entryIndex]!;
        if (entry.role === 'block' && phraseAt(tokens, i, c.tokens)) {
          found.push(entry);
          blockedUntil = i + c.tokens.length;
          break;
        }
      }
    }
    if (blockedUntil > i) {
      i = blockedUntil;
      continue;
    }
    for (const c of candidates) {
      const entry = TOPIC_LEXICON[c.entryIndex]!;
      if (entry.role === 'block') continue;
      if ((coveredUntil.get(c.entryIndex) ?? 0) > i) continue;
      if (!phraseAt(tokens, i, c.tokens)) continue;
      found.push(entry);
      coveredUntil.set(c.entryIndex, i + c.tokens.length);
    }
    i++;
  }
  return found;
}

// ---------------------------------------------------------------- detectTopic

interface TextUnit {
  zone: TopicZone;
  text: string;
  /** Whether the unit takes part in the on-topic share (paragraphs do; title, description and URL don't). */
  isParagraph: boolean;
}


function checkPage(page: PageArticle): void {
  if (page === null || typeof page !== 'object') {
    throw new TypeError('detectTopic: expected a page object with a paragraphs array');
  }
  if (!Array.isArray(page.paragraphs)) {
    throw new TypeError('detectTopic: page.paragraphs must be an array of strings');
  }
  page.paragraphs.forEach((p, i) => {
    if (typeof p !== 'string') throw new TypeError(`detectTopic: page.paragraphs[${i}] is ${typeof p}, expected a string`);
  });
  for (const field of ['title', 'description', 'url'] as const) {
    const value = page[field];
    if (value !== undefined && typeof value !== 'string') {
      throw new TypeError(`detectTopic: page.${field} must be a string when given`);
    }
  }
}

export function detectTopic(page: PageArticle, options: { threshold?: number } = {}): TopicResult {
  checkPage(page);
  const threshold = options.threshold ?? DEFAULT_TOPIC_THRESHOLD;
  if (!Number.isFinite(threshold)) throw new RangeError(`detectTopic: threshold must be a finite number, got ${threshold}`);

  const units: TextUnit[] = [];
  if (page.title) units.push({ zone: 'title', text: page.title, isParagraph: false });
  if (page.description) units.push({ zone: 'lead', text: page.description, isParagraph: false });
  page.paragraphs.forEach((text, i) => units.push({ zone: i < 2 ? 'lead' : 'body', text, isParagraph: true }));
  if (page.url) units.push({ zone: 'metadata', text: urlWords(page.url), isParagraph: false });

  // label+zone → occurrences, for the evidence list
  const counts = new Map<string, { entry: LexiconEntry; zone: TopicZone; count: number }>();
  let sportMentions = 0;
  let anchorMentions = 0;
  let paragraphWords = 0;
  let onTopicWords = 0;
  let headlineLike = 0;
  let bareHeadlines = 0;
  let bodyParagraphs = 0;
  const anchorLabels = new Set<string>();
  // Mentions by how specific they are to the war (text zones only, not the URL).
  const frame: FrameCounts = { country: 0, state: 0, war: 0, context: 0, economy: 0, russia: 0, places: 0 };

  for (const unit of units) {
    const tokens = topicTokens(unit.text);
    const matches = matchLexicon(tokens, true);
    const hasAnchor = matches.some((e) => e.role === 'anchor');
    if (unit.isParagraph && tokens.length > 0) {
      paragraphWords += tokens.length;
      if (hasAnchor) onTopicWords += tokens.length;
      if (tokens.length < HEADLINE_MAX_WORDS) {
        headlineLike++;
        if (!SENTENCE_END.test(unit.text.trim())) bareHeadlines++;
      }
      if (tokens.length >= BODY_PARAGRAPH_MIN_WORDS) bodyParagraphs++;
    }
    for (const entry of matches) {
      if (entry.role === 'economy') {
        if (unit.zone !== 'metadata') frame.economy++;
        continue;
      }
      if (entry.role === 'sport' || (entry.role === 'block' && entry.sport)) {
        if (unit.zone !== 'metadata') sportMentions++;
        continue;
      }
      if (entry.role === 'block') continue;
      if (entry.role === 'context' && !hasAnchor) continue;
      if (entry.role === 'anchor' && unit.zone !== 'metadata') {
        anchorMentions++;
        anchorLabels.add(entry.label);
        frame[entry.breadth ?? 'war']++;
        if (entry.side === 'russia') frame.russia++;
        if (entry.kind === 'place') frame.places++;
      }
      if (entry.role === 'context' && unit.zone !== 'metadata') {
        frame.context++;
        if (entry.side === 'russia') frame.russia++;
      }
      const key = `${entry.label}\u0000${unit.zone}`;
      const slot = counts.get(key);
      if (slot) slot.count++;
      else counts.set(key, { entry, zone: unit.zone, count: 1 });
    }
  }

  // Share of paragraph words in paragraphs that name an anchor. A page that is
  // only a title (or title and description) is judged by those alone.
  const onTopicShare = paragraphWords > 0 ? onTopicWords / paragraphWords : anchorLabels.size > 0 ? 1 : 0;
  const spreadFactor = 0.25 + 0.75 * onTopicShare;

  const evidence: TopicEvidence[] = [];
  const topics = { nato: 0, ukraineWar: 0 };
  for (const { entry, zone, count } of counts.values()) {
    // A URL slug repeats the title; it only tips the balance, never carries it.
    const repetition = zone === 'metadata' ? 1 : 1 + Math.log(count);
    const weight = entry.weight * ZONE_FACTOR[zone] * repetition * spreadFactor;
    if (entry.topic === 'nato') topics.nato += weight;
    else topics.ukraineWar += weight;
    evidence.push({
      label: entry.label,
      kind: entry.kind,
      topic: entry.topic,
      zone,
      count,
      weight: round2(weight),
    });
  }
  evidence.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  const score = round2(topics.nato + topics.ukraineWar);

  const vetoes: string[] = [];
  const paragraphCount = page.paragraphs.filter((p) => p.trim() !== '').length;
  if (
    paragraphCount >= 6 &&
    headlineLike / paragraphCount >= 0.6 &&
    bareHeadlines / paragraphCount >= BARE_HEADLINE_MIN_SHARE &&
    bodyParagraphs < 3
  ) {
    vetoes.push(`many headlines, little body: ${headlineLike} of ${paragraphCount} paragraphs are headline-length`);
  }
  // Sports words at least as many as the topic names: a match report or an
  // athlete profile that mentions the war, not war coverage. A war report
  // about athletes killed at the front names the war more than the sport.
  if (sportMentions >= 3 && sportMentions >= anchorMentions) {
    vetoes.push(`sports: ${sportMentions} sports terms against ${anchorMentions} topic names`);
  }
  if (anchorLabels.size === 1 && score >= threshold) {
    vetoes.push(`only one signal: ${[...anchorLabels][0]}`);
  }
  // The frame vetoes below judge only a page that would otherwise pass; a
  // passing mention already scores too low to need them.
  if (score >= threshold) vetoes.push(...frameVetoes(frame, page));

  return {
    isCoverage: score >= threshold && vetoes.length === 0,
    score,
    threshold,
    topics: { nato: round2(topics.nato), ukraineWar: round2(topics.ukraineWar) },
    evidence,
    vetoes,
  };
}

interface FrameCounts {
  /** Anchor mentions by breadth (see `AnchorBreadth`). */
  country: number;
  state: number;
  war: number;
  /** War and alliance context words read beside an anchor. */
  context: number;
  economy: number;
  /** Mentions of Russia, its state and its ally Belarus (anchors, and Belarus's context words). */
  russia: number;
  /** Anchor mentions that are places: the countries, their cities and regions. */
  places: number;
}

/** Pages that name the topic throughout but are about something else. */
function frameVetoes(frame: FrameCounts, page: PageArticle): string[] {
  const vetoes: string[] = [];
  const warVocabulary = frame.war + frame.state + frame.context;
  if (frame.economy >= ECONOMY_FRAME_MIN_MENTIONS && frame.economy >= ECONOMY_FRAME_FACTOR * warVocabulary) {
    vetoes.push(`economy: ${frame.economy} price and trade terms against ${warVocabulary} war terms`);
  }
  const mentions = frame.country + frame.state + frame.war + frame.context;
  const notRussia = mentions - frame.russia;
  if (frame.russia >= BILATERAL_MIN_RUSSIA_MENTIONS && notRussia < BILATERAL_MAX_WAR_SHARE * mentions) {
    vetoes.push(`Russia without the war: ${frame.russia} of ${mentions} topic mentions name only Russia or its ally`);
  }
  // Ukraine and Russia as where people come from or go to (tourists
  // deported from Bali, a chess player from Kharkiv, a restaurant named
  // after Kyiv): nothing but place names, and not one word of war or
  // alliance beside them. A war report names a person, a weapon, the fronts
  // or the fighting.
  const anchors = frame.country + frame.state + frame.war;
  if (anchors > 0 && frame.places === anchors && frame.context === 0) {
    vetoes.push(`places without the war: ${anchors} topic mentions, every one a place name, and no word of war`);
  }
  if (isCommentsView(page)) vetoes.push('a comments view, not an article');
  return vetoes;
}

function isCommentsView(page: PageArticle): boolean {
  if (page.title && COMMENTS_TITLE.test(page.title)) return true;
  if (!page.url) return false;
  try {
    return new URL(page.url).pathname.split('/').some((segment) => COMMENTS_PATH.test(segment));
  } catch {
    return false;
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---------------------------------------------------------------- quick check

export type { QuickTopicSignals, QuickTopicVerdict } from './quick-topic';

let quickLexicon: QuickLexicon | undefined;

/**
 * Decide from page metadata alone whether full extraction is worth it (see
 * lib/match/quick-topic.ts): the same check the first-look script makes with
 * the lexicon compiled at build time.
 */
export function quickTopicCheck(signals: QuickTopicSignals): QuickTopicVerdict {
  return quickCheck((quickLexicon ??= compileQuickLexicon(TOPIC_LEXICON)), signals);
}
