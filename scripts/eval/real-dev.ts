/**
 * The real development set: real Indonesian news pages with hand-written
 * labels, kept outside this repository (third-party texts). Default path
 * `../shared/real-dev` beside the project, or `JEJAK_REAL_DEV`.
 *
 * Loads the pages and labels, runs the product's pipeline on each page
 * (article → topic, quotes, speakers → matches against every other page),
 * and ties what the engine found to what the labels say.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Quote } from '../../lib/types';
import type { PageArticle } from '../../lib/match/types';
import { articleFromParts } from '../../lib/seed/parse';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function realDevPath(): string {
  return resolve(process.env.JEJAK_REAL_DEV ?? join(ROOT, '..', 'shared', 'real-dev'));
}

export interface LabeledQuote {
  id: string;
  text: string;
  paragraph: number;
  kind: 'statement' | 'phrase';
  speaker?: string;
  key?: string;
}

export interface ArticleLabel {
  coverage: boolean;
  event: string | null;
  story?: string;
  quotes?: LabeledQuote[];
}

export interface PairLabel {
  a: string;
  b: string | string[];
  label: 'same' | 'different';
  kinds?: string[];
  hard: boolean;
  sameSpeaker?: boolean;
  note?: string;
}

export interface RealPage {
  slug: string;
  label: ArticleLabel;
  page: PageArticle;
  article: Article;
  /** Extracted quote id → labeled quote id (undefined where no label covers it). */
  labelOf: Map<string, string | undefined>;
  /** Labeled quote id → extracted quote. */
  extractedOf: Map<string, Quote>;
}

export interface RealDevSet {
  path: string;
  pages: RealPage[];
  pairs: PairLabel[];
  quoteLabels: Map<string, LabeledQuote & { slug: string }>;
}

interface RawArticle {
  url?: string;
  outlet?: string;
  title?: string;
  publishedAt?: string;
  paragraphs?: unknown;
}

const wordsOf = (text: string) => text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the labeled quote's words the extracted quote covers, and the reverse. */
function overlap(labeled: string, extracted: string): number {
  const a = wordsOf(labeled);
  const b = new Set(wordsOf(extracted));
  if (a.length === 0 || b.size === 0) return 0;
  const inB = a.filter((w) => b.has(w)).length / a.length;
  const bWords = wordsOf(extracted);
  const aSet = new Set(a);
  const inA = bWords.filter((w) => aSet.has(w)).length / bWords.length;
  return Math.min(inA, inB);
}

/** Returns undefined when the set is not there. */
export function loadRealDev(path = realDevPath()): RealDevSet | undefined {
  const labelsFile = join(path, 'labels.json');
  if (!existsSync(labelsFile)) return undefined;
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as { articles: Record<string, ArticleLabel>; pairs: PairLabel[] };
  const pages: RealPage[] = [];
  const quoteLabels = new Map<string, LabeledQuote & { slug: string }>();
  for (const file of readdirSync(join(path, 'articles')).filter((f) => f.endsWith('.json')).sort()) {
    const slug = file.replace(/\.json$/, '');
    const label = labels.articles[slug];
    if (!label) continue;
    const raw = JSON.parse(readFileSync(join(path, 'articles', file), 'utf8')) as RawArticle;
    const paragraphs = Array.isArray(raw.paragraphs) ? raw.paragraphs.filter((p): p is string => typeof p === 'string') : [];
    const page: PageArticle = { url: raw.url, outlet: raw.outlet, title: raw.title, publishedAt: raw.publishedAt, paragraphs };
    const article = articleFromParts({ id: slug, paragraphs, title: raw.title, outlet: raw.outlet, url: raw.url, publishedAt: raw.publishedAt });
    const labelOf = new Map<string, string | undefined>();
    const extractedOf = new Map<string, Quote>();
    for (const q of label.quotes ?? []) quoteLabels.set(q.id, { ...q, slug });
    for (const quote of article.quotes) {
      let best: { id: string; score: number } | undefined;
      for (const q of label.quotes ?? []) {
        if (q.paragraph !== quote.range.paragraph && !(q.paragraph <= quote.range.endParagraph && q.paragraph >= quote.range.paragraph)) continue;
        const score = overlap(q.text, quote.text);
        if (score >= 0.6 && (!best || score > best.score)) best = { id: q.id, score };
      }
      labelOf.set(quote.id, best?.id);
      if (best && !extractedOf.has(best.id)) extractedOf.set(best.id, quote);
    }
    pages.push({ slug, label, page, article, labelOf, extractedOf });
  }
  return { path, pages, pairs: labels.pairs, quoteLabels };
}
