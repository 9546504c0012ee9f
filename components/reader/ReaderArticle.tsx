/**
 * An index article laid out for reading, with every quote Jejak found marked
 * in place and its speaker named beside it.
 */
import type { ComponentChildren } from 'preact';
import type { Article, Quote } from '../../lib/types';
import { t, tCount } from '../i18n';
import { describeDateConflict, formatDate, headlineOf } from '../format';
import { leadSentence } from '../../lib/response';
import { safeHttpUrl } from '../../lib/safe-url';
import { FootprintMark } from '../FootprintMark';

interface Segment {
  start: number;
  end: number;
  quote: Quote;
  /** The quote's last piece: its speaker label goes here. */
  last: boolean;
}

/**
 * The stretch of each paragraph every quote covers. A quote may run over
 * several paragraphs; each gets its own piece. Ranges that fall outside the
 * text (an index built from a different version of the article) or overlap an
 * earlier quote are skipped rather than drawn in the wrong place.
 */
export function quoteSegments(article: Pick<Article, 'paragraphs' | 'quotes'>): Segment[][] {
  const perParagraph: Segment[][] = article.paragraphs.map(() => []);
  for (const quote of article.quotes) {
    const { paragraph, start, endParagraph, end } = quote.range;
    if (paragraph < 0 || endParagraph < paragraph || endParagraph >= article.paragraphs.length) continue;
    const pieces: Array<[number, Segment]> = [];
    for (let p = paragraph; p <= endParagraph; p++) {
      const text = article.paragraphs[p] ?? '';
      const from = p === paragraph ? start : 0;
      const to = p === endParagraph ? end : text.length;
      if (from < 0 || to > text.length || from >= to) continue;
      pieces.push([p, { start: from, end: to, quote, last: p === endParagraph }]);
    }
    const overlaps = pieces.some(([p, piece]) =>
      (perParagraph[p] ?? []).some((other) => piece.start < other.end && other.start < piece.end),
    );
    if (overlaps) continue;
    for (const [p, piece] of pieces) perParagraph[p]?.push(piece);
  }
  for (const segments of perParagraph) segments.sort((x, y) => x.start - y.start);
  return perParagraph;
}

function Paragraph({ text, segments }: { text: string; segments: Segment[] }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const segment of segments) {
    if (segment.start > at) parts.push(text.slice(at, segment.start));
    const speaker = segment.quote.speaker;
    const label = speaker ? t('readerQuoteBy', [speaker.name]) : undefined;
    parts.push(
      <mark key={`${segment.quote.id}@${segment.start}`} class="quote" data-quote-id={segment.quote.id} title={label}>
        {text.slice(segment.start, segment.end)}
      </mark>,
    );
    at = segment.end;
    if (segment.last && speaker) {
      // The label goes after the closing quote mark, not between the words and their mark,
      // nor between the punctuation a quote ends with and its mark (`kemajuan,"`).
      const closing = /^[,.!?;:…]*["”’'»]+/.exec(text.slice(at))?.[0] ?? '';
      if (closing) parts.push(closing);
      at += closing.length;
      parts.push(
        <span key={`${segment.quote.id}-speaker`} class="quote-speaker">
          <span class="visually-hidden">(</span>
          {speaker.name}
          <span class="visually-hidden">)</span>
        </span>,
      );
    }
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p>{parts}</p>;
}

/** The article's title, or its first sentence (without the dateline, never cut mid-word). */
export function articleHeadline(article: Pick<Article, 'title' | 'paragraphs'>): string {
  return headlineOf({ title: article.title, lead: leadSentence(article, HEADLINE_CHARS) });
}

/** A first sentence standing in for a title is cut, at a word, past this many characters. */
const HEADLINE_CHARS = 160;

export function ReaderArticle({ article }: { article: Article }) {
  const segments = quoteSegments(article);
  const metaParts = [
    article.publishedAt ? formatDate(article.publishedAt) : undefined,
    article.dateline,
    article.authors.length ? t('readerBy', [article.authors.join(', ')]) : undefined,
    article.editor ? t('readerEditor', [article.editor]) : undefined,
  ].filter((part): part is string => Boolean(part));
  return (
    <article class="reader-article" lang="id">
      <header class="reader-header">
        {article.outlet && <p class="reader-outlet">{article.outlet}</p>}
        <h1 class="reader-title">{articleHeadline(article) || t('readerUntitled')}</h1>
        {metaParts.length > 0 && <p class="reader-meta">{metaParts.join(' · ')}</p>}
        {article.citedSources.length > 0 && <p class="reader-meta">{t('readerCites', [article.citedSources.join(', ')])}</p>}
        {article.dateConflict && (
          <p class="reader-warning" role="note">
            {describeDateConflict(article.dateConflict)}
          </p>
        )}
        <p class="reader-quote-count">
          <mark class="quote quote-sample" aria-hidden="true">
            “…”
          </mark>{' '}
          {tCount('readerQuotes', article.quotes.length)}
        </p>
      </header>
      <div class="reader-body">
        {article.paragraphs.map((text, i) => (
          <Paragraph key={i} text={text} segments={segments[i] ?? []} />
        ))}
      </div>
      <footer class="reader-footer">
        {safeHttpUrl(article.url) && (
          <p>
            <a href={safeHttpUrl(article.url)} rel="noopener noreferrer">
              {t('readerOriginal')}
            </a>
          </p>
        )}
        <p>{t('readerFootnote')}</p>
      </footer>
    </article>
  );
}

export type ReaderState = { status: 'loading' } | { status: 'ready'; article: Article } | { status: 'error'; message: string };

export function ReaderPage({ state }: { state: ReaderState }) {
  return (
    <div class="reader">
      <header class="reader-bar">
        <span class="reader-brand">
          <FootprintMark class="reader-mark" />
          <span>Jejak</span>
        </span>
      </header>
      <main class="reader-main">
        {state.status === 'loading' && <p role="status">{t('readerLoading')}</p>}
        {state.status === 'error' && (
          <p role="alert" class="reader-error">
            {state.message}
          </p>
        )}
        {state.status === 'ready' && <ReaderArticle article={state.article} />}
      </main>
    </div>
  );
}
