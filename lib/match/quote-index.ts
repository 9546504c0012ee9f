/**
 * Candidate lookup for quote matching: an inverted index from pairs of
 * consecutive stemmed words to the quotes containing them. Two quotes that are
 * the same statement share word pairs even after rewording; quotes on the same
 * topic mostly share single words. Very short quotes (under three words) are
 * looked up by their single stems instead.
 */
import { stem, words, normalizeText } from '../text/tokens';
import type { Quote } from '../types';

export interface IndexedQuote {
  articleId: string;
  quote: Quote;
  /** Position of the quote in its article, to find consecutive quotes for splits. */
  order: number;
}

export function quoteKeys(text: string): string[] {
  const stems = words(normalizeText(text)).map(stem);
  if (stems.length < 3) return stems.map((s) => '1:' + s);
  const keys = new Set<string>();
  for (let i = 0; i + 1 < stems.length; i++) keys.add(stems[i] + ' ' + stems[i + 1]);
  return [...keys];
}

export class QuoteIndex {
  private readonly postings = new Map<string, Set<string>>();
  private readonly quotes = new Map<string, IndexedQuote>();
  private readonly byArticle = new Map<string, string[]>();

  get size(): number {
    return this.quotes.size;
  }

  add(articleId: string, quotes: Quote[]): void {
    this.remove(articleId);
    const ids: string[] = [];
    quotes.forEach((quote, order) => {
      this.quotes.set(quote.id, { articleId, quote, order });
      ids.push(quote.id);
      for (const key of quoteKeys(quote.text)) {
        let set = this.postings.get(key);
        if (!set) this.postings.set(key, (set = new Set()));
        set.add(quote.id);
      }
    });
    this.byArticle.set(articleId, ids);
  }

  remove(articleId: string): void {
    for (const id of this.byArticle.get(articleId) ?? []) {
      const entry = this.quotes.get(id);
      if (entry) for (const key of quoteKeys(entry.quote.text)) this.postings.get(key)?.delete(id);
      this.quotes.delete(id);
    }
    this.byArticle.delete(articleId);
  }

  /** Quotes sharing at least `minShared` keys with the text, most shared first. */
  candidates(text: string, minShared = 1, limit = 50): IndexedQuote[] {
    const counts = new Map<string, number>();
    for (const key of quoteKeys(text)) for (const id of this.postings.get(key) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].filter(([, c]) => c >= minShared).sort((x, y) => y[1] - x[1]).slice(0, limit).map(([id]) => this.quotes.get(id)!);
  }

  /** The quotes of one article, in order. */
  articleQuotes(articleId: string): IndexedQuote[] {
    return (this.byArticle.get(articleId) ?? []).map((id) => this.quotes.get(id)!);
  }
}
