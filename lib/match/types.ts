/**
 * What the matching engine answers about one article a reader is on.
 * Views (components/) render these; the engine (lib/match) produces them.
 */
import type { Quote, Speaker } from '../types';

/** The article a reader is on, as the page extractor (or a test) hands it over. */
export interface PageArticle {
  url?: string;
  title?: string;
  /** Outlet name from page metadata (publisher), if known. */
  outlet?: string;
  /** ISO date (YYYY-MM-DD) from page metadata, if known. */
  publishedAt?: string;
  /** Meta description / lead, if the page gives one. */
  description?: string;
  paragraphs: string[];
}

// ---------------------------------------------------------------- topic

export type TopicZone = 'title' | 'lead' | 'body' | 'metadata';
export type TopicSignalKind = 'term' | 'person' | 'place' | 'organization' | 'event';

export interface TopicEvidence {
  /** Canonical label shown to readers, e.g. "NATO", "Zelensky", "Kyiv". */
  label: string;
  kind: TopicSignalKind;
  /** Which topic it speaks for. */
  topic: 'nato' | 'ukraine-war';
  zone: TopicZone;
  count: number;
  /** Contribution to the score. */
  weight: number;
}

export interface TopicResult {
  /** True when the article is NATO and/or Russia-Ukraine war coverage. */
  isCoverage: boolean;
  score: number;
  threshold: number;
  /** Per-topic scores. */
  topics: { nato: number; ukraineWar: number };
  /** Strongest signals first. */
  evidence: TopicEvidence[];
  /** Why a page that mentions the topic was still not counted (e.g. "sports", "many headlines, little body"), if any. */
  vetoes: string[];
}

// ---------------------------------------------------------------- quotes

/** identical: same words after normalization; reworded: substitutions or
 * spelling variants; fragment: one is part of the other; split: one page quote
 * is reported by the other outlet as several consecutive quotes (or vice versa). */
export type QuoteMatchKind = 'identical' | 'reworded' | 'fragment' | 'split';

/** One step of a word-level alignment between the page's wording (`a`) and
 * another outlet's (`b`). `same` words are equal after normalization;
 * `changed` pairs a run of a-words with a run of b-words; `a-only` and
 * `b-only` are words only one side has. Texts keep their original spelling. */
export interface AlignmentOp {
  op: 'same' | 'changed' | 'a-only' | 'b-only';
  a: string;
  b: string;
  /** For a difference: `notation` (one word spelled another way: a number
   * in digits or words, a transliteration), `wording` (a translator's
   * choice), or `claim` (a number, a negation, a name or a contrasting word
   * that really differs). */
  difference?: DifferenceType;
}

export type DifferenceType = 'notation' | 'wording' | 'claim';

export interface QuoteMatch {
  /** The index article the other wording comes from. */
  articleId: string;
  /** The index quotes matched (several for `split`). */
  quoteIds: string[];
  /** The other outlet's exact wording (quotes joined with " … " for `split`). */
  text: string;
  speaker?: Speaker;
  kind: QuoteMatchKind;
  /** 0..1: how sure the engine is that the two wordings are one statement. */
  score: number;
  alignment: AlignmentOp[];
  /** Days between the two articles when they are far apart: the words were said on an earlier (or later) occasion. */
  daysApart?: number;
}

export interface PageQuoteResult {
  quote: Quote;
  matches: QuoteMatch[];
}

// ---------------------------------------------------------------- related

export type RelatedLabel = 'same-event' | 'same-topic';

/** Structured reasons; views turn them into words ("2 shared quotes · Stoltenberg, Biden · 1 day apart"). */
export interface RelatedReasons {
  sharedQuotes: number;
  /** Display names of people both articles name. */
  sharedPeople: string[];
  /** Whole days between publication dates, if both are known. */
  daysApart?: number;
  /** Text similarity 0..1. */
  textSimilarity: number;
  /** Distinctive terms both share (display form). */
  sharedTerms: string[];
}

export interface RelatedArticle {
  articleId: string;
  score: number;
  label: RelatedLabel;
  reasons: RelatedReasons;
}

// ---------------------------------------------------------------- whole

export interface Analysis {
  topic: TopicResult;
  /** Every quote found in the page, with what other outlets in the index reported. */
  quotes: PageQuoteResult[];
  related: RelatedArticle[];
  /** Milliseconds the analysis took (measured by the engine). */
  elapsedMs: number;
}

/** The engine one background context keeps for every tab. Articles can be
 * added and removed one at a time, so a reader's library updates incrementally. */
export interface MatchEngine {
  analyze(page: PageArticle): Analysis;
  getArticle(id: string): import('../types').Article | undefined;
  add(article: import('../types').Article): void;
  remove(id: string): void;
  readonly size: number;
}
