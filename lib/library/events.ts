/**
 * The Library page's "by event" view: library articles grouped with the
 * others that report the same event. The page has each article's headline,
 * outlet and publication date, so two articles are on one event when they
 * were published within the engine's same-event window of each other and
 * their headlines share at least two distinctive words (names and subjects,
 * not words every headline in the library carries). Pure: no browser, no
 * storage.
 */
import { SAME_EVENT_MAX_DAYS } from '../match/related';
import { realIsoDate } from '../iso-date';
import { contentTerms } from '../text/tokens';

/** What grouping needs of an article: the Library page's entries carry it. */
export interface EventArticle {
  id: string;
  title?: string;
  outlet?: string;
  date: string;
}

export interface LibraryEvent<T extends EventArticle> {
  /** The earliest article's headline names the event. */
  title: string;
  /** First and last publication day, "YYYY-MM-DD". */
  from: string;
  to: string;
  /** Oldest first. */
  articles: T[];
}

export interface EventGrouping<T extends EventArticle> {
  /** Newest event first. */
  events: LibraryEvent<T>[];
  /** Articles no other article shares an event with (undated ones among them), in the order given. */
  singles: T[];
}

const DAY_MS = 86_400_000;
/** Headlines must share this many distinctive words: one ("NATO", "Ukraina") ties a whole beat together, not an event. */
export const MIN_SHARED_TITLE_WORDS = 2;
/** An event's articles span at most this many days, so a chain of daily follow-ups does not grow into one endless "event". */
export const EVENT_MAX_SPAN_DAYS = 2 * SAME_EVENT_MAX_DAYS;
/** In a list at least this long, a word found in more than COMMON_WORD_SHARE of the headlines says what the library is about, not which event. */
const COMMON_WORD_MIN_TITLES = 10;
const COMMON_WORD_SHARE = 0.2;
/** Shorter stems ("uu", "ri") and numbers are too ambiguous to tie two headlines. */
const MIN_WORD_LENGTH = 3;

interface Dated<T> {
  article: T;
  day: number;
  iso: string;
  words: Set<string>;
}

function titleWords(title: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const term of contentTerms(title ?? '')) {
    if (term.length >= MIN_WORD_LENGTH && /\p{L}/u.test(term)) out.add(term);
  }
  return out;
}

/** Groups `articles` into events; every article ends up in exactly one event or among the singles. */
export function groupEvents<T extends EventArticle>(articles: readonly T[]): EventGrouping<T> {
  const dated: Dated<T>[] = [];
  for (const article of articles) {
    const iso = realIsoDate(article.date);
    if (!iso) continue; // Undated: no window to place it in, so it stays among the singles.
    dated.push({ article, iso, day: Date.parse(iso) / DAY_MS, words: titleWords(article.title) });
  }
  dated.sort((a, b) => a.day - b.day || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));

  const titlesWith = new Map<string, number>();
  for (const d of dated) for (const word of d.words) titlesWith.set(word, (titlesWith.get(word) ?? 0) + 1);
  const common = (word: string) =>
    dated.length >= COMMON_WORD_MIN_TITLES && (titlesWith.get(word) ?? 0) > dated.length * COMMON_WORD_SHARE;
  for (const d of dated) for (const word of [...d.words]) if (common(word)) d.words.delete(word);

  // Union-find over the dated articles, each group keeping its first and last day.
  const parent = dated.map((_, i) => i);
  const first = dated.map((d) => d.day);
  const last = dated.map((d) => d.day);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i]!;
    // Sorted by day: only the next few days' articles can be on the same event.
    for (let j = i + 1; j < dated.length && dated[j]!.day - a.day <= SAME_EVENT_MAX_DAYS; j++) {
      const b = dated[j]!;
      let shared = 0;
      for (const word of a.words) if (b.words.has(word) && ++shared >= MIN_SHARED_TITLE_WORDS) break;
      if (shared < MIN_SHARED_TITLE_WORDS) continue;
      const ra = root(i);
      const rb = root(j);
      if (ra === rb) continue;
      const from = Math.min(first[ra]!, first[rb]!);
      const to = Math.max(last[ra]!, last[rb]!);
      if (to - from > EVENT_MAX_SPAN_DAYS) continue;
      parent[rb] = ra;
      first[ra] = from;
      last[ra] = to;
    }
  }

  const members = new Map<number, Dated<T>[]>();
  for (let i = 0; i < dated.length; i++) {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(dated[i]!);
    else members.set(r, [dated[i]!]);
  }
  const events: LibraryEvent<T>[] = [];
  const grouped = new Set<T>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const earliest = list[0]!.article;
    events.push({
      title: earliest.title || earliest.id,
      from: list[0]!.iso,
      to: list[list.length - 1]!.iso,
      articles: list.map((d) => d.article),
    });
    for (const d of list) grouped.add(d.article);
  }
  events.sort((a, b) => (a.to < b.to ? 1 : a.to > b.to ? -1 : a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  return { events, singles: articles.filter((article) => !grouped.has(article)) };
}
