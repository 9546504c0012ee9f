/**
 * Running Jejak once on a page outside the outlet list. The toolbar click
 * grants `activeTab` for this tab only, so no site permission is asked for at
 * install. MV3 (Chrome) injects with `scripting.executeScript`; Firefox MV2
 * has no `scripting` permission in Jejak's manifest and uses `tabs.executeScript`.
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

async function sendRunOnce(tabId: number): Promise<void> {
  const message: TabMessage = { type: 'run-once' };
  await browser.tabs.sendMessage(tabId, message);
}

export async function runOnce(tabId: number): Promise<void> {
  try {
    // Already injected (an earlier click, or an outlet the reader switched off): just ask it to run.
    await sendRunOnce(tabId);
    return;
  } catch {
    // No content script in the tab yet: inject it below.
  }
  await injectContentScript(tabId);
  await sendRunOnce(tabId);
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
