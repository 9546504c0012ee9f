/**
 * Running Jejak once on a page outside the outlet list. The toolbar click
 * grants `activeTab` for this tab only, so no site permission is asked for at
 * install. Both builds inject with `scripting.executeScript` (Firefox has it
 * in MV2 from version 102); `tabs.executeScript` is left for a browser without it.
 */
import { browser } from 'wxt/browser';
import type { TabMessage } from '../../lib/messages';

/** Where WXT puts the article script (entrypoints/article/ → article.js, an unlisted script: no WXT context, no polyfill). */
export const CONTENT_SCRIPT_FILE = '/article.js';
/** The sidebar script (entrypoints/page-sidebar/ → page-sidebar.js), injected only where there is something to show. */
export const SIDEBAR_SCRIPT_FILE = '/page-sidebar.js';

/** Pages no extension may script: browser pages, extension stores, local files without permission. */
export function canRunOn(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return !['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'].includes(
    parsed.hostname,
  );
}

/** Tell the article script in a tab to do something, injecting it first where it does not run yet. */
async function tellArticleScript(tabId: number, message: TabMessage): Promise<void> {
  try {
    // Already injected (an earlier click, or an outlet the reader switched off): just ask it.
    await browser.tabs.sendMessage(tabId, message);
    return;
  } catch {
    // No content script in the tab yet: inject it below.
  }
  await injectContentScript(tabId);
  await browser.tabs.sendMessage(tabId, message);
}

export async function runOnce(tabId: number): Promise<void> {
  await tellArticleScript(tabId, { type: 'run-once' });
}

/**
 * "Simpan ke Jejak" from the page's context menu: the click grants
 * `activeTab` for this tab, as the toolbar button does, so any article page
 * can be saved without a site permission. The article script reads the page
 * and keeps it in the library, and its sidebar says what became of it.
 */
export async function savePageInTab(tabId: number): Promise<void> {
  await tellArticleScript(tabId, { type: 'save-page' });
}

/**
 * Run the full content script in a tab's top frame: on an outlet page after
 * the first look (the outlets' host permissions allow it), or anywhere the
 * reader clicked the toolbar button (activeTab allows it, that once). It
 * checks for itself whether it already runs there.
 */
export async function injectContentScript(tabId: number): Promise<void> {
  await injectFile(tabId, CONTENT_SCRIPT_FILE);
}

/** Run the sidebar script in a tab's top frame, where the article script found something to show. */
export async function injectSidebarScript(tabId: number): Promise<void> {
  await injectFile(tabId, SIDEBAR_SCRIPT_FILE);
}

async function injectFile(tabId: number, file: string): Promise<void> {
  if (browser.scripting?.executeScript) {
    // WXT types `files` as the paths it has built so far; the content script is built alongside, not before, this file.
    const executeScript = browser.scripting.executeScript as (injection: {
      target: { tabId: number };
      files: string[];
    }) => Promise<unknown>;
    await executeScript({ target: { tabId }, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file });
  }
}
