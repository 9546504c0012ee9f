/**
 * Building, serializing and loading the article index.
 *
 * The file holds parsed articles only; search structures (quote pairs, term
 * statistics) are rebuilt in memory when the index is loaded, so a reader's
 * library can add or drop one article at a time without rewriting anything
 * derived. To stay compact the file leaves out what is derivable: a quote's
 * text is cut back out of its paragraph by its range on load.
 */
import type { Article, Quote } from '../types';
import { INDEX_FORMAT, INDEX_VERSION, IndexFormatError, type JejakIndex } from './format';

/** A quote as stored: everything but the text, which its range recovers. */
type StoredQuote = Omit<Quote, 'text'>;
type StoredArticle = Omit<Article, 'quotes'> & { quotes: StoredQuote[] };
interface StoredIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  builtAt: string;
  articles: StoredArticle[];
}

export function buildIndex(articles: Article[], builtAt: Date = new Date()): JejakIndex {
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new IndexFormatError(`Two articles share the id "${a.id}"; ids must be unique.`);
    seen.add(a.id);
  }
  return { format: INDEX_FORMAT, version: INDEX_VERSION, builtAt: builtAt.toISOString(), articles };
}

export function serializeIndex(index: JejakIndex): string {
  const stored: StoredIndex = {
    format: index.format,
    version: index.version,
    builtAt: index.builtAt,
    articles: index.articles.map((article) => ({
      ...article,
      quotes: article.quotes.map(({ text: _text, ...rest }) => rest),
    })),
  };
  return JSON.stringify(stored);
}

/** The text a range covers, paragraphs joined with "\n". */
export function textOfRange(paragraphs: readonly string[], q: Pick<Quote, 'range'>): string {
  const { paragraph, start, endParagraph, end } = q.range;
  if (paragraph === endParagraph) return (paragraphs[paragraph] ?? '').slice(start, end);
  const parts = [(paragraphs[paragraph] ?? '').slice(start)];
  for (let p = paragraph + 1; p < endParagraph; p++) parts.push(paragraphs[p] ?? '');
  parts.push((paragraphs[endParagraph] ?? '').slice(0, end));
  return parts.join('\n');
}

/** Parse and check an index file's text. Throws IndexFormatError with a message a reader can act on. */
export function parseIndex(json: string): JejakIndex {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new IndexFormatError(`The index is not valid JSON (${(error as Error).message}).`);
  }
  return loadIndex(data);
}

export function loadIndex(data: unknown): JejakIndex {
  if (!isRecord(data) || data.format !== INDEX_FORMAT) {
    throw new IndexFormatError('This file is not a Jejak index (its "format" is not "jejak-index").');
  }
  if (data.version !== INDEX_VERSION) {
    throw new IndexFormatError(
      `This index has format version ${String(data.version)}, but this Jejak reads version ${INDEX_VERSION}. ` +
        'Rebuild it with `npm run index`.',
    );
  }
  if (!Array.isArray(data.articles)) throw new IndexFormatError('The index has no "articles" list.');
  const articles = (data.articles as unknown[]).map((raw, i) => loadArticle(raw, i));
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    builtAt: typeof data.builtAt === 'string' ? data.builtAt : '',
    articles,
  };
}

function loadArticle(raw: unknown, position: number): Article {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !Array.isArray(raw.paragraphs)) {
    throw new IndexFormatError(`Article ${position} in the index has no id or no paragraphs.`);
  }
  const stored = raw as unknown as StoredArticle;
  const paragraphs = stored.paragraphs.map(String);
  const quotes: Quote[] = (Array.isArray(stored.quotes) ? stored.quotes : []).map((q) => {
    const r = q.range;
    if (!r || r.paragraph > r.endParagraph || r.endParagraph >= paragraphs.length) {
      throw new IndexFormatError(`Quote ${q.id} of article "${stored.id}" points outside the article.`);
    }
    return { ...q, text: textOfRange(paragraphs, q) };
  });
  return {
    ...stored,
    source: stored.source ?? {},
    citedSources: stored.citedSources ?? [],
    authors: stored.authors ?? [],
    dates: stored.dates ?? [],
    entities: stored.entities ?? [],
    warnings: stored.warnings ?? [],
    paragraphs,
    quotes,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
