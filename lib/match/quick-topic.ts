/**
 * The topic decision made from page metadata alone (URL, title, description,
 * keywords, section), before anything reads the body. It runs on every outlet
 * page a reader opens, inside the first-look script, so it carries only what
 * it needs: a compiled lexicon of the anchors and sports words (label, weight,
 * role, phrase tokens), made from `topic-lexicon.ts` at build time
 * (scripts/quick-lexicon-plugin.ts) and in Node by `compileQuickLexicon`.
 * lib/match/topic.ts's `quickTopicCheck` is this check over the same lexicon,
 * so the extension and the Node tests decide alike.
 */
import { normalizeText, words } from '../text/normalize';
import type { LexiconEntry } from './topic-lexicon';

/** Anchors (the topic's names) and sports words, the only roles the quick check reads. */
export interface QuickLexicon {
  /** Entry `e`: [label id (entries with one label share it), weight, 1 for anchor / 0 for sport]. */
  entry(e: number): [number, number, 0 | 1];
  /** The phrases starting with `token`, as [phrase tokens, entry index], longest first. */
  phrasesFor(token: string): [string[], number][] | undefined;
}

export type QuickTopicVerdict = 'likely' | 'possible' | 'unlikely';

export interface QuickTopicSignals {
  url?: string;
  title?: string;
  description?: string;
  keywords?: string;
  section?: string;
}

/** Lexicon phrases are lowercase with words apart by spaces or hyphens (topic tests hold every phrase to that). */
const phraseTokens = (phrase: string): string[] => phrase.split(/[\s-]+/).filter(Boolean);

export function compileQuickLexicon(lexicon: readonly LexiconEntry[]): QuickLexicon {
  return unpackQuickLexicon(packQuickLexicon(lexicon));
}

/**
 * The quick lexicon as one short string, as the first-look script carries it:
 * an entry per `;`, `weight:phrase|phrase` (phrase words apart by spaces),
 * the weight written `!weight` for a sports word and `weight@label` where the
 * entry shares a label with an earlier one. Phrases are stored longest first.
 */
export function packQuickLexicon(lexicon: readonly LexiconEntry[]): string {
  const labels = new Map<string, number>();
  const out: string[] = [];
  for (const entry of lexicon) {
    if (entry.role !== 'anchor' && entry.role !== 'sport') continue;
    const shared = labels.get(entry.label);
    if (shared === undefined) labels.set(entry.label, out.length);
    const phrases = withoutLongerForms(entry.phrases.map(phraseTokens).filter((p) => p.length > 0)).map((p) => p.join(' '));
    phrases.sort((x, y) => y.split(' ').length - x.split(' ').length);
    out.push(`${entry.role === 'sport' ? '!' : ''}${entry.weight}${shared === undefined ? '' : `@${shared}`}:${phrases.join('|')}`);
  }
  return out.join(';');
}

/**
 * An entry's phrases without those that another of its phrases begins
 * ("serangan balasan ukraina" beside "serangan balasan"): the quick check
 * counts one mention of the entry where either is found, at the same place,
 * so the longer adds nothing but bytes to a script every outlet page runs.
 * Kept where one of the entry's phrases could start inside the longer one's
 * rest, which only the longer one's cover keeps from counting twice.
 */
function withoutLongerForms(phrases: string[][]): string[][] {
  const starts = new Set(phrases.map((p) => p[0]));
  return phrases.filter(
    (long) =>
      !phrases.some((short) => short.length < long.length && short.every((t, k) => long[k] === t) && !long.slice(1).some((t) => starts.has(t))),
  );
}

/**
 * The packed lexicon, read where a page's words ask: the phrases starting
 * with a token are found by searching the packed string for that token at a
 * phrase's start, and an entry's head is decoded when a phrase of it is
 * found. Decoding the whole lexicon into arrays on every outlet page cost
 * more than the rest of the first look; a page asks for a few dozen tokens.
 */
export function unpackQuickLexicon(packed: string): QuickLexicon {
  // Where each entry starts in the packed string, in order.
  const starts = [0];
  for (let at = packed.indexOf(';'); at >= 0; at = packed.indexOf(';', at + 1)) starts.push(at + 1);
  // The entry a phrase at `offset` belongs to: a few hundred entries, searched from the end.
  const entryAt = (offset: number): number => starts.findLastIndex((start) => start <= offset);
  const entries = new Map<number, [number, number, 0 | 1]>();
  const groups = new Map<string, [string[], number][] | undefined>();
  const isPhraseEnd = (c: string | undefined) => c === undefined || c === ' ' || c === '|' || c === ';';
  return {
    entry(e) {
      let decoded = entries.get(e);
      if (!decoded) {
        const head = packed.slice(starts[e], packed.indexOf(':', starts[e]));
        const [weight = '', label] = head.split('@');
        decoded = [label ? +label : e, +weight.replace('!', ''), weight[0] === '!' ? 0 : 1];
        entries.set(e, decoded);
      }
      return decoded;
    },
    phrasesFor(token) {
      if (groups.has(token)) return groups.get(token);
      const found: [string[], number][] = [];
      for (let at = packed.indexOf(token); at >= 0; at = packed.indexOf(token, at + 1)) {
        const before = packed[at - 1];
        if ((before !== ':' && before !== '|') || !isPhraseEnd(packed[at + token.length])) continue;
        let end = at;
        while (end < packed.length && packed[end] !== '|' && packed[end] !== ';') end++;
        found.push([packed.slice(at, end).split(' '), entryAt(at)]);
      }
      // Longest phrase first, as `match` expects (stable: entries keep their order).
      found.sort((a, b) => b[0].length - a[0].length);
      const group = found.length > 0 ? found : undefined;
      groups.set(token, group);
      return group;
    },
  };
}

/** Article words, lowercased, with hyphenated words split ("Rusia-Ukraina", "F-16"). */
export function topicTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of words(normalizeText(text))) {
    if (w.includes('-')) {
      for (const part of w.split('-')) if (part) out.push(part);
    } else {
      out.push(w);
    }
  }
  return out;
}

/**
 * Letters of the Latin script (ASCII, Latin-1, Latin Extended A/B and
 * Additional): every letter the lexicon's phrases hold. The quick check
 * reads page metadata with these plain ranges, not with Unicode property
 * classes, whose tables cost about a millisecond to build on each page the
 * first look runs on; words in other scripts cannot match the lexicon anyway.
 */
const LATIN = '0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';
const LATIN_WORD = new RegExp(`[${LATIN}]+(?:['\u2019-][${LATIN}]+)*`, 'g');
const NOT_LATIN = new RegExp(`[^${LATIN}]+`, 'g');
/** Characters no reader sees, which would split a word in two. */
const INVISIBLE_IN_WORDS = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/** Metadata words as the quick check reads them: as `topicTokens` gives them for Latin-script text. */
export function quickTokens(text: string): string[] {
  const out: string[] = [];
  for (const [w] of text.replace(INVISIBLE_IN_WORDS, '').normalize('NFC').toLowerCase().matchAll(LATIN_WORD)) {
    for (const part of w.replace(/\u2019/g, "'").split('-')) if (part) out.push(part);
  }
  return out;
}

/** The words of a URL's host and path, escapes decoded. */
export function urlWords(url: string): string {
  let path = url;
  try {
    const parsed = new URL(url);
    path = `${parsed.hostname} ${parsed.pathname}`;
  } catch {
    // Not an absolute URL: read it as it is.
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // Malformed escapes: keep the raw text.
  }
  return path.replace(NOT_LATIN, ' ');
}

/** Entry indexes found in a token list, one per occurrence ("Volodymyr Zelensky" is one mention of Zelensky, not two). */
function match(lexicon: QuickLexicon, tokens: readonly string[]): number[] {
  const found: number[] = [];
  const coveredUntil = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lexicon.phrasesFor(tokens[i]!);
    if (!candidates) continue;
    for (const [phrase, entry] of candidates) {
      if ((coveredUntil.get(entry) ?? 0) > i || i + phrase.length > tokens.length) continue;
      if (!phrase.every((t, k) => tokens[i + k] === t)) continue;
      found.push(entry);
      coveredUntil.set(entry, i + phrase.length);
    }
  }
  return found;
}

const SPORTS_SECTION = /^(?:sport|sports|olahraga|bola|sepakbola|soccer|football|raket|motogp|f1|otomotif-sport)$/;

/** sport.detik.com, bola.kompas.com, www.cnnindonesia.com/olahraga/…, or an article:section of "Sepakbola". */
function isSportsSection(signals: QuickTopicSignals): boolean {
  if (signals.section && SPORTS_SECTION.test(signals.section.trim().toLowerCase().replace(/\s+/g, ''))) return true;
  if (!signals.url) return false;
  try {
    const url = new URL(signals.url);
    const labels = url.hostname.split('.').slice(0, -2);
    const firstSegment = url.pathname.split('/')[1] ?? '';
    return labels.some((l) => SPORTS_SECTION.test(l)) || SPORTS_SECTION.test(firstSegment.toLowerCase());
  } catch {
    return false;
  }
}

/**
 * Decide from page metadata alone whether full extraction is worth it.
 * 'unlikely' means Jejak will not look at the page, so any anchor anywhere
 * (even inside "Timnas Ukraina" or a tag-page URL) makes it at least
 * 'possible'. 'likely' needs the title to name the topic clearly or three
 * different names across the signals, with no sports vocabulary.
 */
export function quickCheck(lexicon: QuickLexicon, signals: QuickTopicSignals): QuickTopicVerdict {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const titleMatches = match(lexicon, quickTokens(text(signals.title)));
  const otherMatches = match(
    lexicon,
    quickTokens([text(signals.description), text(signals.keywords), text(signals.section), signals.url ? urlWords(text(signals.url)) : ''].join(' . ')),
  );
  const isAnchor = (e: number) => lexicon.entry(e)[2] === 1;
  const all = [...titleMatches, ...otherMatches];
  const anchors = all.filter(isAnchor);
  if (anchors.length === 0) return 'unlikely';
  const titleAnchors = new Map<number, number>();
  for (const e of titleMatches) if (isAnchor(e)) titleAnchors.set(lexicon.entry(e)[0], lexicon.entry(e)[1]);
  const sport = all.some((e) => !isAnchor(e));
  // In an outlet's sports section, "Ukraina" is a national team: the page is
  // not read unless its headline names the war itself twice over, with no
  // sports word in it.
  if (sport && isSportsSection(signals) && (titleAnchors.size < 2 || titleMatches.some((e) => !isAnchor(e)))) return 'unlikely';
  // Elsewhere a team, athlete or match with a topic name stays a candidate;
  // the full check decides once the body is read.
  if (sport) return 'possible';
  const titleWeight = [...titleAnchors.values()].reduce((sum, w) => sum + w, 0);
  const distinctAnchors = new Set(anchors.map((e) => lexicon.entry(e)[0])).size;
  // "Rusia" alone in a headline is an oil-price or UN-vote story as often as
  // a war story; a second name, or one specific name (Zelensky, Kyiv, NATO)
  // backed by another signal, is not.
  const clearTitle = titleAnchors.size >= 2 || (titleWeight >= 1.5 && distinctAnchors >= 2);
  return clearTitle || distinctAnchors >= 3 ? 'likely' : 'possible';
}
