/**
 * The sidebar a reader sees beside a news article: a small launcher at the
 * page edge and, when open, a resizable panel that says in one line what
 * Jejak found, then the quotes other outlets also reported (each a
 * comparison of every outlet's wording, oldest first), the event's timeline
 * with this article in its place, a smaller list of other coverage, and,
 * folded at the bottom, why Jejak appeared at all. The content script mounts
 * this in a shadow root and owns the page side (margins, highlighting); this
 * component owns only the view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quote } from '../../lib/types';
import type { AnalyzeResponse, ArticleSummary } from '../../lib/messages';
import type { PageQuoteResult, QuoteMatch, RelatedArticle, TopicResult } from '../../lib/match/types';
import { formatReasons } from '../../lib/match/related';
import { safeHttpUrl } from '../../lib/safe-url';
import { otherCoverage, sameEventIds, storyTimeline } from '../../lib/story';
import { t, tCount, uiLanguage } from '../i18n';
import { describeDateConflict, formatDate, headlineOf, joinList, summarizeEvidence } from '../format';
import { openReader } from '../services/reader-link';
import { copyText } from '../services/clipboard';
import { QuoteDiff } from './QuoteDiff';
import { Wordmark } from './Wordmark';
import { launcherWords, sayWith } from './launcher-words';
import { SaveToJejak, type SaveToJejakProps } from '../save/SaveToJejak';
import { comparisonText, occasion, outletLabel, VERSION_LABELS, versionKind, versionsByDate, type PageInfo } from './comparison';

export type SidebarState =
  | { status: 'loading' }
  /** `page`: what the page script read of the article the reader is on (its address, outlet and date). */
  | { status: 'ready'; data: AnalyzeResponse; page?: PageInfo }
  /** What went wrong, as the reader is told it: no article on the page, or a failure whose details go to the extension's own log. */
  | { status: 'error'; reason: SidebarError };

/** Why the sidebar has nothing to show: the page holds no article to read, or the analysis failed (or the background could not be reached). */
export type SidebarError = 'not-article' | 'failed';
const ERROR_HINTS = { 'not-article': 'errorNotArticle', failed: 'errorFailed' } as const satisfies Record<SidebarError, string>;

export interface SidebarProps {
  state: SidebarState;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Finds the quote in the page; false when it is not there (the page changed since it was read). */
  onQuoteClick(quote: Quote): boolean | void;
  width: number;
  onWidthChange(width: number): void;
  /** "Simpan ke Jejak": keep this article in the reader's library. */
  save?: SaveToJejakProps;
  /** On a reader's first few pages with findings the launcher says in words what it is ("Jejak · 3 kutipan"). */
  introduce?: boolean;
  /** Shown open because the reader pressed a launcher: focus starts in the panel. */
  focusOnMount?: boolean;
}

/** Narrower than this and quotes wrap every two words. */
export const MIN_WIDTH = 300;
export const MAX_WIDTH = 720;
/** The most of the window the sidebar may take. */
const MAX_SHARE = 0.5;
/** Keyboard resize step; Shift takes bigger steps. */
const STEP = 24;

/**
 * The panel's width until the reader drags it: a share of the window, so a
 * 1024-pixel window keeps about 700 pixels for the article (most outlets set
 * their article column at 620–700) and a wide one gives quotes more room.
 */
const DEFAULT_SHARE = 0.32;
const DEFAULT_MAX_WIDTH = 440;

export function defaultWidth(viewport = typeof window !== 'undefined' ? window.innerWidth : 0): number {
  return clampWidth(Math.min(DEFAULT_MAX_WIDTH, Math.round(viewport * DEFAULT_SHARE)));
}

export function clampWidth(width: number): number {
  // The article keeps at least half the window, also zoomed to 200 % or on
  // a small screen, where a fixed width would squeeze it to a column.
  const viewport = typeof window !== 'undefined' && window.innerWidth > 0 ? window.innerWidth : MAX_WIDTH / MAX_SHARE;
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(viewport * MAX_SHARE)));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
}

/** A launcher's words in the reader's language. */
const sayWords = sayWith({ t, tCount });

export function SidebarApp({ state, open, onOpenChange, onQuoteClick, width, onWidthChange, save, introduce = false, focusOnMount = false }: SidebarProps) {
  const launcherRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Focus moves into the panel only when the reader opened it; an automatic
  // open on page load must not steal focus from the page.
  const focusOnOpen = useRef(false);
  const wasOpen = useRef(open);

  // Opened by the reader's click on the launcher the article script showed before this one: focus goes into the panel as from this launcher.
  useEffect(() => {
    if (open && focusOnMount) closeRef.current?.focus();
  }, []);

  useEffect(() => {
    if (open && !wasOpen.current && focusOnOpen.current) closeRef.current?.focus();
    if (!open && wasOpen.current) {
      // Return focus to the launcher when it was inside the panel (or lost with it), not when the reader is elsewhere on the page.
      const root = launcherRef.current?.getRootNode() as Document | ShadowRoot | undefined;
      const active = root?.activeElement ?? null;
      if (active === null || active === document.body || panelRef.current?.contains(active)) launcherRef.current?.focus();
    }
    focusOnOpen.current = false;
    wasOpen.current = open;
  }, [open]);

  const close = () => {
    // Focus the launcher before the panel unmounts, so focus never falls to the page's <body>.
    launcherRef.current?.focus();
    onOpenChange(false);
  };

  const words = launcherWords(state, introduce);
  const name = sayWords(words.name);

  // The same markup as the article script's launcher (entrypoints/article/launcher.ts renderLauncher), compared in a component test.
  return (
    <div class="jejak">
      <button
        ref={launcherRef}
        type="button"
        class="launcher"
        data-state={state.status}
        data-labelled={words.label ? 'true' : undefined}
        hidden={open}
        aria-label={name}
        aria-expanded={open}
        title={name}
        onClick={() => {
          focusOnOpen.current = true;
          onOpenChange(true);
        }}
      >
        <Wordmark compact />
        {words.label ? (
          <span class="launcher-label" aria-hidden="true">
            {sayWords(words.label)}
          </span>
        ) : words.badge === 'spinner' ? (
          <span class="launcher-spinner" aria-hidden="true" />
        ) : (
          words.badge !== undefined && (
            <span class="launcher-count" aria-hidden="true">
              {words.badge}
            </span>
          )
        )}
      </button>
      {open && (
        <aside
          ref={panelRef}
          class="panel"
          aria-label={t('panelLabel')}
          style={{ width: `${clampWidth(width)}px` }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <ResizeHandle width={clampWidth(width)} onWidthChange={(w) => onWidthChange(clampWidth(w))} />
          <header class="panel-header">
            <div class="brand">
              <Wordmark />
              <span class="tagline">{t('wordmarkTagline')}</span>
            </div>
            <button ref={closeRef} type="button" class="close" aria-label={t('close')} title={t('close')} onClick={close}>
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />
              </svg>
            </button>
          </header>
          {save && <SaveToJejak {...save} />}
          <div class="panel-body">
            <PanelContent state={state} onQuoteClick={onQuoteClick} />
          </div>
        </aside>
      )}
    </div>
  );
}

function ResizeHandle({ width, onWidthChange }: { width: number; onWidthChange(width: number): void }) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  return (
    <div
      class="resize-handle"
      data-dragging={dragging ? 'true' : undefined}
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resize')}
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      onPointerDown={(event) => {
        drag.current = { startX: event.clientX, startWidth: width };
        setDragging(true);
        (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
        event.preventDefault();
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        // The panel sits at the right edge: dragging its left edge leftwards widens it.
        onWidthChange(drag.current.startWidth + (drag.current.startX - event.clientX));
      }}
      onPointerUp={() => {
        drag.current = null;
        setDragging(false);
      }}
      onPointerCancel={() => {
        drag.current = null;
        setDragging(false);
      }}
      onKeyDown={(event) => {
        const step = event.shiftKey ? STEP * 4 : STEP;
        const next =
          event.key === 'ArrowLeft'
            ? width + step
            : event.key === 'ArrowRight'
              ? width - step
              : event.key === 'Home'
                ? MIN_WIDTH
                : event.key === 'End'
                  ? MAX_WIDTH
                  : undefined;
        if (next === undefined) return;
        event.preventDefault();
        onWidthChange(next);
      }}
    />
  );
}

function PanelContent({ state, onQuoteClick }: { state: SidebarState; onQuoteClick(quote: Quote): boolean | void }) {
  if (state.status === 'loading') {
    return (
      <div class="state" role="status">
        <span class="spinner" aria-hidden="true" />
        <p class="state-title">{t('loading')}</p>
        <p class="state-hint">{t('loadingHint')}</p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="state state-error" role="alert">
        <p class="state-title">{t('errorTitle')}</p>
        <p class="state-hint">{t(ERROR_HINTS[state.reason])}</p>
      </div>
    );
  }
  const { data } = state;
  const page = state.page ?? {};
  const timeline = storyTimeline(data.analysis, data.articles, page);
  const others = otherCoverage(data.analysis).filter((item) => data.articles[item.articleId]);
  const conflicts = conflictPlaces(data, timeline, others);
  return (
    <>
      <Summary data={data} />
      <QuotesSection data={data} page={page} conflicts={conflicts} onQuoteClick={onQuoteClick} />
      {timeline.some((entry) => entry.kind === 'article') && <TimelineSection timeline={timeline} page={page} conflicts={conflicts} />}
      {others.length > 0 && <OtherSection items={others} articles={data.articles} conflicts={conflicts} />}
      <WhyJejak topic={data.analysis.topic} />
    </>
  );
}

/** Where each article's date conflict is told, once: its own line in the
 * timeline or the other coverage, else its first version of a quote. */
type ConflictPlaces = Map<string, string>;

function conflictPlaces(data: AnalyzeResponse, timeline: ReturnType<typeof storyTimeline>, others: RelatedArticle[]): ConflictPlaces {
  const places: ConflictPlaces = new Map();
  const claim = (id: string, place: string) => {
    if (data.articles[id]?.dateConflict && !places.has(id)) places.set(id, place);
  };
  for (const entry of timeline) if (entry.kind === 'article') claim(entry.summary.id, 'timeline');
  for (const item of others) claim(item.articleId, 'other');
  for (const result of data.analysis.quotes) {
    for (const match of versionsByDate(result.matches, data.articles)) claim(match.articleId, `quote:${result.quote.id}`);
  }
  return places;
}

/** One line on what Jejak found, before anything else. */
function Summary({ data }: { data: AnalyzeResponse }) {
  const matched = data.analysis.quotes.filter((result) => result.matches.length > 0);
  const outlets = [...new Set(matched.flatMap((result) => result.matches.map((match) => outletLabel(data.articles[match.articleId]))))];
  const sameEvent = sameEventIds(data.analysis).size;
  const text =
    matched.length > 0
      ? tCount('summaryQuotes', matched.length, [joinList(outlets)])
      : sameEvent > 0
        ? tCount('summaryEvent', sameEvent)
        : t('summaryNothing');
  return <p class="summary">{text}</p>;
}

function Section({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) {
  const headingId = `jejak-${id}-heading`;
  return (
    <section class={`section section-${id}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Why Jejak is on this page, in words, folded at the bottom: a reader who wonders opens it. */
function WhyJejak({ topic }: { topic: TopicResult }) {
  const { terms, where } = summarizeEvidence(topic.evidence, WHY_TERMS);
  const named = joinList(terms.map((term) => term.label));
  return (
    <details class="why">
      <summary>{t('whyHeading')}</summary>
      {topic.isCoverage && terms.length > 0 ? (
        <p>{t('whyCoverage', [where ? `${named} ${where}` : named])}</p>
      ) : (
        !topic.isCoverage && <p>{t('notCoverage')}</p>
      )}
      <p class="muted">{t('whyPrivate')}</p>
    </details>
  );
}

/** Names and terms the reason names: enough to recognise the subject, few enough to read in one breath. */
const WHY_TERMS = 3;

function QuotesSection({
  data,
  page,
  conflicts,
  onQuoteClick,
}: {
  data: AnalyzeResponse;
  page: PageInfo;
  conflicts: ConflictPlaces;
  onQuoteClick(quote: Quote): boolean | void;
}) {
  const results = data.analysis.quotes;
  const matched = results.filter((result) => result.matches.length > 0);
  if (matched.length === 0) return null;
  const unmatched = results.length - matched.length;
  return (
    <Section id="quotes" title={t('quotesHeading')}>
      <p class="legend" aria-hidden="true">
        <del class="diff-removed">abc</del> {t('diffLegendRemoved')} · <ins class="diff-added">abc</ins> {t('diffLegendAdded')}
      </p>
      <ol class="quote-list">
        {matched.map((result) => (
          <QuoteCard key={result.quote.id} result={result} articles={data.articles} page={page} conflicts={conflicts} onQuoteClick={onQuoteClick} />
        ))}
      </ol>
      {unmatched > 0 && <p class="muted">{tCount('quotesUnmatched', unmatched)}</p>}
    </Section>
  );
}

type CopyState = 'idle' | 'copied' | 'failed';

/** One page quote as a comparison: the page's wording, then each outlet's, oldest first. */
function QuoteCard({
  result,
  articles,
  page,
  conflicts,
  onQuoteClick,
}: {
  result: PageQuoteResult;
  articles: Record<string, ArticleSummary>;
  page: PageInfo;
  conflicts: ConflictPlaces;
  onQuoteClick(quote: Quote): boolean | void;
}) {
  const { quote } = result;
  const [notFound, setNotFound] = useState(false);
  const [copied, setCopied] = useState<CopyState>('idle');
  const copyRef = useRef<HTMLButtonElement>(null);
  const versions = versionsByDate(result.matches, articles);
  return (
    <li class="quote-card">
      <p class="speaker">{quote.speaker ? quote.speaker.name : <span class="muted">{t('speakerUnknown')}</span>}</p>
      <ol class="versions">
        <li class="version version-page">
          <div class="version-head">
            <span class="outlet">{t('thisArticle')}</span>
            {page.outlet && <span class="version-outlet">{page.outlet}</span>}
            {page.publishedAt && <span class="date">{formatDate(page.publishedAt)}</span>}
          </div>
          <button
            type="button"
            class="page-quote"
            title={t('pageQuoteShow')}
            onClick={() => setNotFound(onQuoteClick(quote) === false)}
          >
            <span class="quote-text">“{quote.text}”</span>
          </button>
          <p class="not-found" role="status">
            {notFound ? t('quoteNotFound') : ''}
          </p>
        </li>
        {versions.map((match) => (
          <Version
            key={`${match.articleId}:${match.quoteIds.join(',')}`}
            match={match}
            summary={articles[match.articleId]}
            page={page}
            showConflict={conflicts.get(match.articleId) === `quote:${quote.id}`}
          />
        ))}
      </ol>
      <div class="card-actions">
        <button
          ref={copyRef}
          type="button"
          class="copy-button"
          onClick={() => {
            void copyText(comparisonText(quote, result.matches, articles, page), copyRef.current).then((ok) => setCopied(ok ? 'copied' : 'failed'));
          }}
        >
          {t('copyComparison')}
        </button>
        <span class="copy-status" role="status">
          {copied === 'copied' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </li>
  );
}

function Version({ match, summary, page, showConflict }: { match: QuoteMatch; summary: ArticleSummary | undefined; page: PageInfo; showConflict: boolean }) {
  const kind = versionKind(match);
  const labels = VERSION_LABELS[kind];
  const when = occasion(match, summary, page);
  return (
    <li class={`version version-${kind}`}>
      <div class="version-head">
        <span class="outlet">{outletLabel(summary)}</span>
        <span class="date">{formatDate(summary?.publishedAt)}</span>
        <span class={`kind kind-${kind}`} title={labels.title ? t(labels.title) : undefined}>
          {t(labels.label)}
          {labels.title && <span class="visually-hidden"> ({t(labels.title)})</span>}
        </span>
      </div>
      <blockquote class="match-text">
        {kind === 'identical' ? match.text : <QuoteDiff alignment={match.alignment} fallbackText={match.text} />}
      </blockquote>
      {when && <p class="occasion">{tCount(when.key, when.days)}</p>}
      {showConflict && summary && <DateConflictNote summary={summary} />}
      <ArticleLinks summary={summary} articleId={match.articleId} />
    </li>
  );
}

function DateConflictNote({ summary }: { summary: ArticleSummary }) {
  if (!summary.dateConflict) return null;
  return (
    <p class="warning">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M8 1.5l7 13H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
        <path d="M8 6.5v3.5M8 12v.5" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </svg>
      <span>{describeDateConflict(summary.dateConflict)}</span>
    </p>
  );
}

/** The other article's headline, then where to read it: in Jejak, and at the source where its address is known. */
function ArticleLinks({ summary, articleId }: { summary: ArticleSummary | undefined; articleId: string }) {
  const title = headlineOf(summary);
  return (
    <>
      {title && <p class="source-title">{title}</p>}
      <p class="links">
        <button type="button" class="link-button" onClick={() => void openReader(articleId)}>
          {t('openReader')}
          <span class="visually-hidden"> {t('opensNewTab')}</span>
        </button>
        <OriginalLink url={summary?.url} />
      </p>
    </>
  );
}

function OriginalLink({ url }: { url: string | undefined }) {
  const href = safeHttpUrl(url);
  if (!href) return null;
  return (
    <a class="link" href={href} target="_blank" rel="noopener noreferrer">
      {t('openOriginal')} <span aria-hidden="true">↗</span>
      <span class="visually-hidden"> {t('opensNewTab')}</span>
    </a>
  );
}

function TimelineSection({ timeline, page, conflicts }: { timeline: ReturnType<typeof storyTimeline>; page: PageInfo; conflicts: ConflictPlaces }) {
  return (
    <Section id="timeline" title={t('timelineHeading')}>
      <ol class="timeline">
        {timeline.map((entry) =>
          entry.kind === 'page' ? (
            <li key="page" class="timeline-item timeline-page" aria-current="page">
              <span class="timeline-date">{formatDate(entry.publishedAt)}</span>
              <span class="outlet">{t('thisArticle')}</span>
              {page.title && <span class="timeline-title">{page.title}</span>}
            </li>
          ) : (
            <li key={entry.summary.id} class="timeline-item">
              <span class="timeline-date">{formatDate(entry.summary.publishedAt)}</span>
              <span class="outlet">{outletLabel(entry.summary)}</span>
              <button type="button" class="title-button timeline-title" onClick={() => void openReader(entry.summary.id)}>
                {headlineOf(entry.summary)}
                <span class="visually-hidden"> {t('opensNewTab')}</span>
              </button>
              {conflicts.get(entry.summary.id) === 'timeline' && <DateConflictNote summary={entry.summary} />}
              <OriginalLinkLine url={entry.summary.url} />
            </li>
          ),
        )}
      </ol>
    </Section>
  );
}

function OriginalLinkLine({ url }: { url: string | undefined }) {
  if (!safeHttpUrl(url)) return null;
  return (
    <p class="links">
      <OriginalLink url={url} />
    </p>
  );
}

/** Coverage of other events on the subject: smaller, below the story. */
function OtherSection({ items, articles, conflicts }: { items: RelatedArticle[]; articles: Record<string, ArticleSummary>; conflicts: ConflictPlaces }) {
  return (
    <Section id="related" title={t('relatedHeading')}>
      <ul class="related-list">
        {items.map((item) => (
          <OtherItem key={item.articleId} item={item} summary={articles[item.articleId]!} showConflict={conflicts.get(item.articleId) === 'other'} />
        ))}
      </ul>
    </Section>
  );
}

function OtherItem({ item, summary, showConflict }: { item: RelatedArticle; summary: ArticleSummary; showConflict: boolean }) {
  const reasons = formatReasons(item.reasons, uiLanguage());
  return (
    <li class="related">
      <div class="match-head">
        <span class="outlet">{outletLabel(summary)}</span>
        <span class="date">{formatDate(summary.publishedAt)}</span>
      </div>
      <h3 class="related-title">
        <button type="button" class="title-button" onClick={() => void openReader(item.articleId)}>
          {headlineOf(summary)}
          <span class="visually-hidden"> {t('opensNewTab')}</span>
        </button>
      </h3>
      {reasons && <p class="reasons">{reasons}</p>}
      {showConflict && <DateConflictNote summary={summary} />}
      <OriginalLinkLine url={summary.url} />
    </li>
  );
}
