/**
 * The background: the one place the index and engine live, the toolbar
 * badge, the keyboard shortcut, and opening the reader page. Every listener is
 * registered synchronously when the background starts, because a stopped MV3
 * service worker (or Firefox event page) is woken by an event and only sees
 * listeners added in its first turn.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import bundledFiles from 'virtual:jejak-seed-index';
import { bundledFromFiles } from '../../lib/index/bundled';
import { LibraryStore } from '../../lib/library/store';
import { createBackgroundLibrary } from './library';
import type { TabMessage } from '../../lib/messages';
import { loadSettings } from '../../components/services/settings-store';
import { readerUrl } from '../../components/services/reader-link';
import { canRunOn, injectContentScript, injectSidebarScript, savePageInTab } from '../../components/services/inject';
import { t } from '../../components/i18n';
import { syncSiteScripts } from '../../components/services/always-sites';
import { firstLookInOpenTabs } from '../../components/services/open-tabs';
import { createBackgroundService, createTabStatusStore, type SenderKind } from './service';
import { createLocationNotifier } from './location-changes';

/** Accent colour of the badge: the Jejak teal, legible under white text. */
const BADGE_COLOUR = '#0c6b66';
/** The page context menu's "Simpan ke Jejak". */
const SAVE_MENU_ID = 'save-to-jejak';
/** Where the context menu is offered: web pages, which are all an extension may read. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

export default defineBackground(() => {
  // MV3 has `action`; Firefox MV2 has `browserAction`, with the same badge calls.
  const toolbarButton = browser.action ?? browser.browserAction;

  // The bundled index is read from the extension's own files when the engine is first needed, never parsed as script.
  const bundled = bundledFromFiles(bundledFiles, (path) => fetch(browser.runtime.getURL(path as '/')));
  const library = createBackgroundLibrary(() => LibraryStore.open(), bundled);
  const service = createBackgroundService({
    createEngine: () => library.engine(),
    library,
    loadSettings,
    // The extension's own log, at its quietest level (DevTools shows it under "Verbose").
    analysed: (ms, analysis) =>
      console.debug(`Jejak: page analysed in ${ms.toFixed(1)} ms (${analysis.topic.isCoverage ? 'coverage' : 'not coverage'}, ${analysis.quotes.length} quotes)`),
    statuses: createTabStatusStore(browser.storage.session),
    async setBadge(tabId, text) {
      try {
        await toolbarButton.setBadgeText({ tabId, text });
        if (text) await toolbarButton.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
      } catch {
        // The tab closed while the page was being analysed; there is no badge left to set.
      }
    },
    async openTab(url, opener) {
      await browser.tabs.create({
        url,
        ...(opener?.index !== undefined ? { index: opener.index + 1 } : {}),
        ...(opener?.id !== undefined ? { openerTabId: opener.id } : {}),
      });
    },
    readerUrl,
    injectContentScript,
    injectSidebar: injectSidebarScript,
    async tellTab(tabId, message) {
      await browser.tabs.sendMessage(tabId, message).catch(() => {
        // The tab closed, or has no Jejak script: the popup still says it.
      });
    },
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Menus outlive the background, but not an update of the extension: made again each time, never twice.
    void browser.contextMenus
      .removeAll()
      .then(() => browser.contextMenus.create({ id: SAVE_MENU_ID, title: t('saveToJejak'), contexts: ['page'], documentUrlPatterns: WEB_PAGES }))
      .catch((error: unknown) => console.error('Jejak: could not add the context menu', error));
    keepSiteScripts();
    // Outlet tabs open before this version: Chromium leaves them without Jejak, or with the old version's dead sidebar.
    if (!import.meta.env.FIREFOX && (reason === 'install' || reason === 'update')) {
      firstLookInOpenTabs().catch((error: unknown) => console.error('Jejak: could not run in the tabs already open', error));
    }
    // Once, after install: ask whether to remember what is read, and say where everything lives.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Sites the reader granted ("Selalu jalankan Jejak di situs ini"): the first look registered for exactly those,
  // when one is granted or removed (popup, options, or the browser's own settings) and at every browser start.
  function keepSiteScripts(): void {
    syncSiteScripts().catch((error: unknown) => console.error('Jejak: could not register the first look for the granted sites', error));
  }
  browser.permissions.onAdded.addListener(keepSiteScripts);
  browser.permissions.onRemoved.addListener(keepSiteScripts);
  browser.runtime.onStartup.addListener(keepSiteScripts);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_MENU_ID || tab?.id === undefined || !canRunOn(tab.url ?? info.pageUrl)) return;
    savePageInTab(tab.id).catch((error: unknown) => console.error('Jejak: could not save the page', error));
  });

  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  /** A content script's sender has a web page's URL; the extension's own pages have its origin. Anything else is not Jejak's. */
  const senderKind = (sender: { id?: string; url?: string }): SenderKind | undefined => {
    if (sender.id !== browser.runtime.id || !sender.url) return undefined;
    const origin = URL.canParse(sender.url) ? new URL(sender.url).origin : '';
    if (origin === extensionOrigin) return 'extension';
    return /^https?:$/.test(new URL(sender.url).protocol) ? 'page' : undefined;
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const kind = senderKind(sender);
    // Returning undefined (not a promise) leaves messages this service does not answer to other listeners.
    if (!kind) return undefined;
    return service.receive(message, sender, kind);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void service.forgetTab(tabId);
  });

  const tellLocationChanged = createLocationNotifier((tabId) => {
    const message: TabMessage = { type: 'location-changed' };
    browser.tabs.sendMessage(tabId, message).catch(() => {
      // No Jejak script in the tab (yet): nothing to tell.
    });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    // A new page loads in the tab: the content script (if it runs there) reports again.
    if (change.status === 'loading') void service.forgetTab(tabId);
    // The address changed, maybe without a new page (a single-page app): Jejak's
    // scripts in the tab take another look. The browser reports it only for
    // outlet pages (host permissions), so no page has to watch its own address.
    tellLocationChanged(tabId);
  });

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-sidebar') return;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const message: TabMessage = { type: 'toggle-sidebar' };
      try {
        await browser.tabs.sendMessage(tab.id, message);
      } catch {
        // Jejak is not running on this tab (a site outside the outlet list); the shortcut has nothing to toggle.
      }
    })();
  });
});
