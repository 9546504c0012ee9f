/**
 * The shapes every part of Jejak agrees on: what an article is once parsed,
 * and what a quote inside it is. Parsing (lib/seed, lib/quotes), the index
 * (lib/index) and matching (lib/match) all speak in these types.
 */

/** Where in the article a character range lies. Offsets are UTF-16 code units
 * into `Article.paragraphs[paragraph]`, end exclusive. */
export interface TextRange {
  paragraph: number;
  start: number;
  /** Paragraph the range ends in (differs from `paragraph` for quotes that run over several paragraphs). */
  endParagraph: number;
  end: number;
}

/** A person as the text names them, and the canonical key that groups
 * "Presiden Biden", "Joe Biden" and "Biden" into one person. */
export interface Speaker {
  /** Canonical key, e.g. "joe-biden". Stable across articles. */
  id: string;
  /** Display name, e.g. "Joe Biden". */
  name: string;
  /** The words used in this article, e.g. "Presiden Biden". */
  asWritten: string;
}

export interface Quote {
  /** `${articleId}#q${n}`, n counting from 0 in reading order. */
  id: string;
  /** The quoted words without the surrounding quote marks. For a quote that
   * runs over several paragraphs, paragraphs are joined with "\n". */
  text: string;
  speaker?: Speaker;
  /** The attribution cue that tied the speaker to the quote ("kata", "ujarnya", "Menurut", "mengatakan:"). */
  cue?: string;
  range: TextRange;
}

export type DateSource = 'sidecar' | 'metadata' | 'header' | 'body';
/** How sure Jejak is of a date: `exact` has day, month and year written out;
 * `inferred-year` had its year chosen from context; `weekday-checked` had its
 * year chosen so that the written weekday fits. */
export type DateConfidence = 'exact' | 'inferred-year' | 'weekday-checked';

export interface DateMention {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The words in the text, e.g. "Selasa (13/6/2023)". */
  text: string;
  source: DateSource;
  confidence: DateConfidence;
  /** Paragraph index for body dates. */
  paragraph?: number;
}

export interface DateConflict {
  /** Human-readable explanation, e.g. "header says 2022-12-09, text says 2025-02-13". */
  message: string;
  dates: DateMention[];
}

export type EntityKind = 'person' | 'place' | 'organization';
export interface EntityMention {
  id: string;
  name: string;
  kind: EntityKind;
  count: number;
}

export interface Article {
  /** Stable id: the seed file name without extension, or a hash of url/text. */
  id: string;
  /** Where the article came from (file name, URL); informational. */
  source: { file?: string; url?: string };
  url?: string;
  title?: string;
  /** The outlet that published this text, e.g. "TribunWow", "ANTARA". */
  outlet?: string;
  /** Outlets this text says it took its information from ("dilansir dari The National News"). */
  citedSources: string[];
  /** Dateline city, e.g. "JAKARTA". */
  dateline?: string;
  authors: string[];
  editor?: string;
  /** Best publication date, ISO YYYY-MM-DD, if any. */
  publishedAt?: string;
  dates: DateMention[];
  dateConflict?: DateConflict;
  /** Body paragraphs with page boilerplate removed, in reading order. */
  paragraphs: string[];
  quotes: Quote[];
  entities: EntityMention[];
  /** Problems noticed while parsing, with line numbers where known. */
  warnings: ParseWarning[];
}

export interface ParseWarning {
  message: string;
  line?: number;
}
