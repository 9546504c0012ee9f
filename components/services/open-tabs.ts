/**
 * Jejak in the tabs that were already open when it was installed, updated or
 * reloaded. Chromium runs the manifest's content scripts only in pages loaded
 * after that, so an outlet article open at the time would have no Jejak at
 * all, or, after an update, only the old version's sidebar, cut off from its
 * extension. The background runs the first look in each of those tabs once,
 * exactly as a fresh page load would: it decides on the page by itself, and
 * the article script it brings removes the old sidebar before showing its own
 * (entrypoints/article/orphans.ts).
 *
 * Firefox runs the manifest's content scripts in open tabs by itself on
 * install and update; this is for Chromium's build only.
 */
import { browser } from 'wxt/browser';
import { OUTLET_MATCH_PATTERNS } from '../../lib/outlets';
import { FIRST_LOOK_FILE } from '../../lib/sites';

interface TabScripting {
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

/** Runs the first look in every open, loaded tab of an outlet or of a site the reader granted; returns how many tabs got it. */
export async function firstLookInOpenTabs(): Promise<number> {
  const { origins = [] } = await browser.permissions.getAll();
  const patterns = [...new Set([...OUTLET_MATCH_PATTERNS, ...origins.filter((o) => /^(?:\*|https?):\/\//.test(o))])];
  const tabs = await browser.tabs.query({ url: patterns });
  // WXT types `files` as the paths it has built itself; the first look is built beside them (scripts/first-look-build.ts).
  const scripting = browser.scripting as unknown as TabScripting;
  let ran = 0;
  for (const tab of tabs) {
    // A discarded tab loads afresh when the reader comes back to it, with the manifest's scripts.
    if (tab.id === undefined || tab.discarded) continue;
    try {
      await scripting.executeScript({ target: { tabId: tab.id }, files: [`/${FIRST_LOOK_FILE}`] });
      ran++;
    } catch {
      // The tab closed or navigated to a page Jejak may not script meanwhile: nothing to run there.
    }
  }
  return ran;
}
