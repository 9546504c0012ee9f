/**
 * Which index quotes are the same statement as a page quote, and how they differ.
 *
 * A candidate counts when its local alignment score reaches MATCH_SCORE and
 * covers most of the shorter quote. The speaker is evidence, never the only
 * evidence: a different known speaker raises the bar, the same one lowers it a
 * little. Quotes of one or two words ("sulit") are too common to match on
 * wording alone, so they need identical words and the same speaker.
 *
 * Splits: when a page quote matches several consecutive quotes of one article
 * (one outlet printed one long quote, another two), they are joined into one
 * `split` match.
 */
import { alignWords } from './align';
import type { QuoteIndex, IndexedQuote } from './quote-index';
import type { PageQuoteResult, QuoteMatch, QuoteMatchKind } from './types';
import type { Quote } from '../types';
import { normalizeText, words } from '../text/tokens';

export const MATCH_SCORE = 0.7;
const MIN_COVERAGE = 0.7;

function sameWords(a: string, b: string): boolean {
  return words(normalizeText(a)).join(' ') === words(normalizeText(b)).join(' ');
}

function kindOf(a: Quote, b: string, score: number, aLen: number, bLen: number): QuoteMatchKind {
  if (sameWords(a.text, b)) return 'identical';
  if (score >= 0.98 && Math.abs(aLen - bLen) >= 2) return 'fragment';
  if (Math.min(aLen, bLen) / Math.max(aLen, bLen) < 0.75 && score >= 0.9) return 'fragment';
  return 'reworded';
}

export function matchQuotes(pageQuotes: Quote[], index: QuoteIndex, options: { excludeArticleId?: string } = {}): PageQuoteResult[] {
  return pageQuotes.map((quote) => ({ quote, matches: matchOne(quote, index, options.excludeArticleId) }));
}

function speakerAdjustment(a: Quote, b: Quote): number {
  if (!a.speaker || !b.speaker) return 0;
  return a.speaker.id === b.speaker.id ? 0.03 : -0.15;
}

function matchOne(quote: Quote, index: QuoteIndex, exclude?: string): QuoteMatch[] {
  const short = words(quote.text).length < 3;
  const accepted: { c: IndexedQuote; score: number; ops: QuoteMatch['alignment']; aLen: number; bLen: number }[] = [];
  for (const c of index.candidates(quote.text)) {
    if (c.articleId === exclude) continue;
    if (short) {
      if (sameWords(quote.text, c.quote.text) && quote.speaker && c.quote.speaker?.id === quote.speaker.id) {
        accepted.push({ c, score: 1, ops: alignWords(quote.text, c.quote.text).ops, aLen: 1, bLen: 1 });
      }
      continue;
    }
    if (words(c.quote.text).length < 3) continue;
    const al = alignWords(quote.text, c.quote.text);
    const score = al.score + speakerAdjustment(quote, c.quote);
    if (score >= MATCH_SCORE && al.coverage >= MIN_COVERAGE) accepted.push({ c, score: Math.min(1, score), ops: al.ops, aLen: al.aLength, bLen: al.bLength });
  }
  const byArticle = new Map<string, typeof accepted>();
  for (const a of accepted) byArticle.set(a.c.articleId, [...(byArticle.get(a.c.articleId) ?? []), a]);
  const matches: QuoteMatch[] = [];
  for (const [articleId, list] of byArticle) {
    list.sort((x, y) => x.c.order - y.c.order);
    // Consecutive quotes of one article, each a part of the page quote, are one split statement.
    const consecutive = list.length > 1 && list.every((x, k) => k === 0 || x.c.order === list[k - 1]!.c.order + 1);
    if (consecutive && list.every((x) => x.bLen < x.aLen)) {
      const text = list.map((x) => x.c.quote.text).join(' … ');
      const al = alignWords(quote.text, list.map((x) => x.c.quote.text).join(' '));
      matches.push({ articleId, quoteIds: list.map((x) => x.c.quote.id), text, speaker: list[0]!.c.quote.speaker, kind: 'split', score: al.score, alignment: al.ops });
      continue;
    }
    for (const x of list) {
      matches.push({
        articleId, quoteIds: [x.c.quote.id], text: x.c.quote.text, speaker: x.c.quote.speaker,
        kind: kindOf(quote, x.c.quote.text, x.score, x.aLen, x.bLen), score: x.score, alignment: x.ops,
      });
    }
  }
  return matches.sort((x, y) => y.score - x.score);
}
