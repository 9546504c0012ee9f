/**
 * Jejak on a news page that may be coverage: the background injects this
 * script where the first look (entrypoints/first-look.ts) passes a page, and
 * anywhere the reader clicks the toolbar button. It reads the article
 * (Readability, in steps that give the page its turn back), asks the
 * background to analyse it, and only when there is something to show puts
 * the launcher on the page (launcher.ts). The sidebar (entrypoints/page-sidebar:
 * Preact, the components and their styles) is injected by the background
 * only when the reader opens it, or Jejak opens by itself.
 *
 * No polyfill and no WXT content-script context: nothing here posts to the
 * page, listens to the page's events, or writes to its console. Failures go
 * to the extension's own log (a `report` message) and, where the reader
 * asked for Jejak, to the sidebar as a plain error.
 *
 * Example pages: https://voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan
 *                https://wow.tribunnews.com/2023/06/14/kepala-nato-berharap-serangan-baru-ukraina
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import lexicon from 'virtual:jejak-quick-lexicon';
import { isErrorReply, type AnalyzeResponse } from '../../lib/messages';
import type { PageArticle } from '../../lib/match/types';
import { readArticleSteps } from '../../lib/article/read';
import { hasFindings } from '../../lib/story';
import { contentScriptActive, isOutletPage, markContentScriptActive, outletEnabled, pageVerdict, samePage, takeVerdict } from './decide';
import { clearHighlight, highlightQuote } from './highlight';
import { alive, loadAlwaysSites, loadPageSettings, onSettingsChange, onTabMessage, throttle, yieldToPage } from './page-api';
import { request, requestRetrying } from './request';
import { removeOrphanedSidebars } from './orphans';
import { loadSidebar, type SidebarHandle, type SidebarViewState } from './sidebar-bridge';
import { showLauncher, type Launcher } from './launcher';
import { introduceLauncher } from './introduce';
import type { SaveState } from '../../components/save/SaveToJejak';

/** How long a page may take to bring in its article body, and how quiet the DOM must be before another look. */
const LATE_BODY_WAIT_MS = 15_000;
const LATE_BODY_QUIET_MS = 600;
/** A page whose DOM never goes quiet (a ticker changing every 10 ms) is read anyway, this long after its body started arriving. */
const LATE_BODY_MAX_QUIET_WAIT_MS = 2_500;
/** Each look runs a full extraction, so a page that never shows an article gets only a few. */
const LATE_BODY_LOOKS = 3;
/** Location changes closer together than this share one look. */
const LOOK_INTERVAL_MS = 500;

export default defineUnlistedScript(() => {
  // Injected twice (two quick looks, a toolbar click, a URL change while the
  // page loads), only the first runs: the second leaves it alone entirely.
  if (contentScriptActive()) return;
  markContentScriptActive();
  // After an update or reload of the extension: the old version's sidebar, and the quote it marked, go before this one shows anything.
  if (removeOrphanedSidebars(document)) clearHighlight();
  let sidebar: SidebarHandle | undefined;
  let runId = 0;
  /** The address the last look began reading, so a repeated or forged location change reads nothing twice. */
  let runUrl = '';
  /** A look waits to read the page after a location change. */
  let lookPending = false;
  let lateBodyLooks = 0;
  let stopWatching: (() => void) | undefined;
  /** The article last read, by address: saving it and analysing it read the page once. */
  let lastRead: { url: string; page: PageArticle } | undefined;
  /** "Simpan ke Jejak" on this page, shown in the sidebar. */
  let saveState: SaveState = { status: 'idle' };
  /** What the sidebar shows now (loading until an analysis or error arrives). */
  let shown: SidebarViewState['status'] | undefined;

  const report = (where: string, error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (alive()) void request({ type: 'report', where, message: message.slice(0, 2_000) }).catch(() => {});
  };

  /** The launcher alone, until the sidebar takes its place. */
  let launcher: Launcher | undefined;
  /** Whether this page's launcher introduces itself in words: asked once per page. */
  let introduced: Promise<boolean> | undefined;
  /** What the sidebar, or the launcher alone, shows now; undefined when nothing is shown. */
  let latest: SidebarViewState | undefined;
  let mounting: Promise<void> | undefined;

  const show = async (state: SidebarViewState, open: boolean): Promise<void> => {
    shown = state.status;
    latest = state;
    if (sidebar) {
      sidebar.setState(state);
      if (open) sidebar.setOpen(true);
      return;
    }
    if (!open && state.status === 'ready') {
      // Findings, and the panel stays closed: the launcher alone, without the sidebar's script.
      introduced ??= introduceLauncher();
      const introduce = await introduced;
      if (latest !== state || sidebar) return;
      if (launcher) launcher.update(state, introduce);
      else launcher = showLauncher(state, introduce, { onOpen: () => void openSidebar(true), onGone: () => (launcher = undefined) });
      return;
    }
    await mountSidebar(open, false);
  };

  /** Has the background inject the sidebar's script and shows the sidebar, in the launcher's place. */
  const mountSidebar = async (open: boolean, focus: boolean): Promise<void> => {
    const module = await loadSidebar(() => requestRetrying({ type: 'show-sidebar' }));
    // Taken down (another page, settings changed) while the script came.
    if (!latest) return;
    sidebar ??= module.mount({
      initial: latest,
      open,
      focus,
      introduce: introduced,
      onQuoteClick: highlightQuote,
      onClose: clearHighlight,
      onGone: () => (sidebar = undefined),
      save: saveState,
      onSave: () => void save().catch((error) => report('save', error)),
    });
    launcher?.remove();
    launcher = undefined;
  };

  /** The reader opens Jejak (its launcher, the keyboard shortcut, the toolbar): the sidebar, loaded now if only the launcher was shown. */
  const openSidebar = async (focus: boolean): Promise<void> => {
    if (sidebar) {
      sidebar.setOpen(true);
      return;
    }
    if (!launcher) return;
    launcher.opening();
    mounting ??= mountSidebar(true, focus)
      .catch((error) => {
        report('sidebar', error);
        launcher?.settle();
      })
      .finally(() => (mounting = undefined));
    await mounting;
  };

  const setSave = (state: SaveState) => {
    saveState = state;
    sidebar?.setSave(state);
  };

  /** The article on this page, read in steps that give the page its turn; undefined when it has none, or when `stale()` says a newer look began. */
  const readPage = async (url: string, stale: () => boolean): Promise<PageArticle | undefined> => {
    if (lastRead?.url === url) return lastRead.page;
    const steps = readArticleSteps(document, url);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        if (step.value) lastRead = { url, page: step.value };
        return step.value;
      }
      await yieldToPage();
      if (stale()) return undefined;
    }
  };

  /** "Simpan ke Jejak": keep this page in the reader's library, whatever its topic. */
  const save = async (): Promise<void> => {
    if (saveState.status === 'saving') return;
    setSave({ status: 'saving' });
    let page: PageArticle | undefined;
    try {
      page = await readPage(location.href, () => false);
    } catch (error) {
      report('read', error);
    }
    if (!page) {
      setSave({ status: 'failed', reason: 'not-article' });
      return;
    }
    let reply;
    try {
      reply = await request({ type: 'save-page', page });
    } catch (error) {
      report('save', error);
      setSave({ status: 'failed', reason: 'error' });
      return;
    }
    if ('saved' in reply) setSave({ status: 'saved', how: reply.saved });
    else if (reply.full) setSave({ status: 'full', outlets: reply.full });
    else setSave({ status: 'failed', reason: 'error' });
  };

  const teardown = () => {
    clearHighlight();
    saveState = { status: 'idle' };
    shown = undefined;
    stopWatching?.();
    stopWatching = undefined;
    sidebar?.remove();
    sidebar = undefined;
    launcher?.remove();
    launcher = undefined;
    introduced = undefined;
    latest = undefined;
    if (alive()) void request({ type: 'clear' }).catch(() => {});
  };

  /** Analysis, asked again while the background cannot be reached (stopped by the browser mid-request). */
  const analyze = async (page: PageArticle, force: boolean): Promise<AnalyzeResponse | { error: string }> => {
    try {
      return await requestRetrying({ type: 'analyze', page, force });
    } catch (error) {
      report('analyze', error);
      return { error: 'background unreachable' };
    }
  };

  const run = async (force: boolean): Promise<void> => {
    const id = ++runId;
    const url = location.href;
    runUrl = url;
    // Not in the task that evaluated this script: each stays a short task of its own.
    await yieldToPage();
    if (id !== runId) return;
    const granted = isOutletPage(url) ? [] : await loadAlwaysSites();
    // The first look read the page's metadata just before asking for this script: its verdict, where it is for this address.
    const verdict = takeVerdict(url) ?? pageVerdict(document, url, lexicon, granted);
    const settings = await loadPageSettings();
    if (!force && (!verdict || !outletEnabled(url, settings, granted))) return;
    // The reader asked for Jejak here: the sidebar shows progress at once.
    if (force) await show({ status: 'loading' }, true);
    // Full extraction waits for an idle moment, so the page's own work comes first.
    await new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 50)));
    if (id !== runId || !alive()) return;
    let page: PageArticle | undefined;
    try {
      page = await readPage(url, () => id !== runId);
      if (id !== runId) return;
    } catch (error) {
      report('read', error);
      if (force) await show({ status: 'error', reason: 'not-article' }, true);
      return;
    }
    if (!page) {
      if (force) await show({ status: 'error', reason: 'not-article' }, true);
      // Some outlets render the body after load (lazy article bodies, SPA
      // shells): watch for it a while instead of deciding on an empty page.
      else waitForBody(() => id === runId && void run(false).catch((e) => report('run', e)));
      return;
    }
    const reply = await analyze(page, force);
    if (id !== runId || !alive()) return;
    if (isErrorReply(reply)) {
      // Shown where the reader asked, or where the page's own metadata named the topic clearly.
      if (force || verdict === 'likely') await show({ status: 'error', reason: 'failed' }, force);
      return;
    }
    // Quiet unless there is something to show (a quote another outlet
    // reported, or another outlet's article on the same event), or the reader asked.
    if (!force && (!reply.analysis.topic.isCoverage || !hasFindings(reply.analysis))) return;
    const info = { url: page.url, title: page.title, outlet: page.outlet, publishedAt: page.publishedAt };
    await show({ status: 'ready', data: reply, page: info }, settings.autoOpen || force);
  };

  const safeRun = (force: boolean) => run(force).catch((error) => report('run', error));

  function waitForBody(retry: () => void): void {
    if (stopWatching || lateBodyLooks >= LATE_BODY_LOOKS || !document.body) return;
    lateBodyLooks++;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let firstChange = 0;
    const stop = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(giveUp);
      stopWatching = undefined;
    };
    const fire = () => {
      stop();
      retry();
    };
    const observer = new MutationObserver((records) => {
      // Only added content can bring a body; attribute churn and removals cannot.
      if (!records.some((r) => r.addedNodes.length > 0)) return;
      const now = performance.now();
      firstChange ||= now;
      clearTimeout(quiet);
      // A DOM that never goes quiet is read anyway, a while after it started changing.
      quiet = setTimeout(fire, now - firstChange > LATE_BODY_MAX_QUIET_WAIT_MS ? 0 : LATE_BODY_QUIET_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const giveUp = setTimeout(stop, LATE_BODY_WAIT_MS);
    stopWatching = stop;
  }

  const onLocationChange = throttle(() => {
    // The same page, or only another query or fragment: what was read (or is being read) stays.
    if (samePage(location.href, runUrl) || !alive()) return;
    teardown();
    lateBodyLooks = 0;
    // A look already waiting reads whatever address the page has by then:
    // addresses changing in a burst never push the look further away.
    if (lookPending) return;
    lookPending = true;
    // A single-page app changes the URL first and the article after it:
    // give the new body a moment before reading it.
    const id = ++runId;
    setTimeout(() => {
      lookPending = false;
      if (id === runId) void safeRun(false);
    }, LATE_BODY_QUIET_MS);
  }, LOOK_INTERVAL_MS);

  onTabMessage((message) => {
    if (message.type === 'toggle-sidebar') {
      if (sidebar) sidebar.setOpen((o) => !o);
      else void openSidebar(false);
    } else if (message.type === 'open-sidebar') void openSidebar(false);
    else if (message.type === 'run-once') {
      if (sidebar || launcher) void openSidebar(false);
      else void safeRun(true);
    } else if (message.type === 'location-changed') onLocationChange();
    else if (message.type === 'save-page') void saveFromMenu().catch((error) => report('save', error));
    else if (message.type === 'library-full') setSave({ status: 'full', outlets: message.outlets });
    // Kept by itself (the reader lets Jejak remember what it reads): unless the reader is saving it by hand right now.
    else if (message.type === 'page-kept' && saveState.status === 'idle' && samePage(message.url, location.href)) setSave({ status: 'saved', how: message.how });
  });

  /** "Simpan ke Jejak" from the page's context menu: the sidebar opens to say what became of it, and shows what Jejak finds on the page. */
  async function saveFromMenu(): Promise<void> {
    if (sidebar || launcher) await openSidebar(false);
    else await show({ status: 'loading' }, true);
    await save();
    if (shown === 'loading') await safeRun(true);
  }
  onSettingsChange(() => {
    if (!alive()) return;
    teardown();
    void safeRun(false);
  });
  void safeRun(false);
});
