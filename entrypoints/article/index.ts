/**
 * Jejak on a news page: decide cheaply whether this can be NATO/Ukraine
 * coverage (URL, title, metadata), and only then extract the article, ask the
 * background to analyse it, and offer the sidebar.
 *
 * Example pages: https://voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan
 *                https://wow.tribunnews.com/2023/06/14/kepala-nato-berharap-serangan-baru-ukraina
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { OUTLET_MATCH_PATTERNS } from '../../lib/outlets';
import type { AnalyzeResponse, RequestMessage, TabMessage } from '../../lib/messages';
import type { Quote } from '../../lib/types';
import { loadSettings, watchSettings } from '../../components/services/settings-store';
import { readArticle } from '../../lib/article/read';
import { contentScriptActive, markContentScriptActive, worthReading } from './first-look';
import { findTextRange } from './find-text';
import { mountSidebar, type SidebarController } from './mount';

const HIGHLIGHT = 'jejak-quote';

export default defineContentScript({
  matches: [...OUTLET_MATCH_PATTERNS],
  // Not loaded on every outlet page: the first look (detector.content.ts)
  // has the background inject it where a page may be coverage, and the
  // toolbar button anywhere the reader asks.
  registration: 'runtime',
  // The sidebar's CSS travels inside this script (mount.tsx) and goes
  // straight into its shadow root: no stylesheet for pages to probe for, and
  // it works on any site the reader runs Jejak on.
  cssInjectionMode: 'manual',
  main(ctx) {
    // Injected twice (two quick looks, or a toolbar click), only the first runs.
    if (contentScriptActive()) return;
    markContentScriptActive();
    let sidebar: SidebarController | undefined;
    let runId = 0;

    const teardown = () => {
      sidebar?.remove();
      sidebar = undefined;
      void browser.runtime.sendMessage({ type: 'clear' } satisfies RequestMessage).catch(() => {});
    };

    const run = async (force: boolean) => {
      const id = ++runId;
      const settings = await loadSettings();
      if (!force && !worthReading(document, location.href, settings)) return;
      // Full extraction waits for an idle moment, so the page's own work comes first.
      await new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 50)));
      if (id !== runId || ctx.isInvalid) return;
      const page = readArticle(document, location.href);
      if (!page) {
        // Some outlets render the body after load (lazy article bodies, SPA
        // shells): watch for it a while instead of deciding on an empty page.
        if (!force) waitForBody(ctx, () => id === runId && void run(false));
        return;
      }
      const response = (await browser.runtime.sendMessage({ type: 'analyze', page, force } satisfies RequestMessage)) as AnalyzeResponse | undefined;
      if (id !== runId || ctx.isInvalid || !response) return;
      if (!response.analysis.topic.isCoverage && !force) return;
      const state = { status: 'ready' as const, data: response };
      if (sidebar) sidebar.setState(state);
      else sidebar = await mountSidebar(ctx, { initial: state, open: settings.autoOpen || force, onQuoteClick: highlightQuote });
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as TabMessage;
      if (m.type === 'toggle-sidebar') sidebar?.setOpen((o) => !o);
      else if (m.type === 'open-sidebar') sidebar?.setOpen(true);
      else if (m.type === 'run-once') void run(true).then(() => sidebar?.setOpen(true));
      return undefined;
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      teardown();
      lateBodyLooks = 0;
      // A single-page app changes the URL first and the article after it:
      // give the new body a moment before reading it.
      const id = ++runId;
      ctx.setTimeout(() => {
        if (id === runId) void run(false);
      }, LATE_BODY_QUIET_MS);
    });
    const unwatch = watchSettings(() => {
      teardown();
      void run(false);
    });
    ctx.onInvalidated(unwatch);
    void run(false);
  },
});

/** How long a page may take to bring in its article body, and how quiet the DOM must be before another look. */
const LATE_BODY_WAIT_MS = 15_000;
const LATE_BODY_QUIET_MS = 600;
/** Each look runs a full extraction, so a page that never shows an article gets only a few. */
const LATE_BODY_LOOKS = 3;
let lateBodyWatching = false;
let lateBodyLooks = 0;

function waitForBody(ctx: ContentScriptContext, retry: () => void): void {
  if (lateBodyWatching || lateBodyLooks >= LATE_BODY_LOOKS) return;
  lateBodyWatching = true;
  lateBodyLooks++;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer.disconnect();
    clearTimeout(quiet);
    lateBodyWatching = false;
  };
  const observer = new MutationObserver((records) => {
    // Only added content can bring a body; attribute churn and removals cannot.
    if (!records.some((r) => r.addedNodes.length > 0)) return;
    clearTimeout(quiet);
    quiet = setTimeout(() => {
      stop();
      retry();
    }, LATE_BODY_QUIET_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const giveUp = setTimeout(stop, LATE_BODY_WAIT_MS);
  ctx.onInvalidated(() => {
    clearTimeout(giveUp);
    stop();
  });
}

function highlightQuote(quote: Quote): void {
  const range = findTextRange(document.body, quote.text.split('\n')[0]!);
  if (!range) return;
  range.startContainer.parentElement?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    if (!document.getElementById('jejak-highlight-style')) {
      const style = document.createElement('style');
      style.id = 'jejak-highlight-style';
      style.textContent = `::highlight(${HIGHLIGHT}) { background-color: #ffe58a; color: #111; }`;
      document.head.append(style);
    }
    registry.set(HIGHLIGHT, new HighlightCtor(range));
  } else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
}

