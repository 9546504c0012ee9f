/**
 * Running Jejak once on a page outside the outlet list. The toolbar click
 * grants `activeTab` for this tab only, so no site permission is asked for at
 * install. MV3 (Chrome) injects with `scripting.executeScript`; Firefox MV2
 * has no `scripting` permission in Jejak's manifest and uses `tabs.executeScript`.
 */
import { browser } from 'wxt/browser';
import type { TabMessage } from '../../lib/messages';

/** Where WXT puts the content script bundle (entrypoints/content/ → content-scripts/content.js). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

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
  if (browser.scripting?.executeScript) {
    // WXT types `files` as the paths it has built so far; the content script is built alongside, not before, this file.
    const executeScript = browser.scripting.executeScript as (injection: {
      target: { tabId: number };
      files: string[];
    }) => Promise<unknown>;
    await executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: CONTENT_SCRIPT_FILE });
  }
}
