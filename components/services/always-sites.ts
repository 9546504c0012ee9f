/**
 * "Selalu jalankan Jejak di situs ini": the browser side of lib/sites.ts.
 * The popup asks the browser for one site's permission (`permissions.request`,
 * in the reader's click); the background keeps the first-look script
 * registered for exactly the granted sites (`scripting.registerContentScripts`,
 * persisted across restarts, and checked again at each browser start); the
 * options page lists them and removes one (its permission and its script).
 * Granted hosts are mirrored in storage.local for the page scripts, which
 * cannot ask the permissions API themselves.
 *
 * Firefox (MV2) has the same `scripting` calls since Firefox 102, so both
 * builds register alike; its older `contentScripts.register` would forget a
 * site whenever the event page unloads.
 */
import { browser } from 'wxt/browser';
import { OUTLET_MATCH_PATTERNS } from '../../lib/outlets';
import { ALWAYS_SITES_KEY, FIRST_LOOK_FILE, hostOfPattern, siteOf, siteScriptChanges, siteScriptId } from '../../lib/sites';

interface SiteScripting {
  getRegisteredContentScripts(): Promise<Array<{ id: string }>>;
  registerContentScripts(scripts: Array<{ id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }>): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/** WXT types `js` as the files it built itself; the first look is built beside them (scripts/first-look-build.ts). */
const scripting = () => browser.scripting as unknown as SiteScripting;

/** Hosts the reader granted at run time: every granted single-site pattern that is not one of the built-in outlets'. */
export async function grantedSites(): Promise<string[]> {
  const builtIn = new Set(OUTLET_MATCH_PATTERNS);
  const { origins = [] } = await browser.permissions.getAll();
  const hosts = origins.filter((o) => !builtIn.has(o)).map(hostOfPattern).filter((h): h is string => h !== undefined);
  return [...new Set(hosts)].sort();
}

let syncing: Promise<string[]> = Promise.resolve([]);

/** Register the first look for every granted site and for no other; mirror the list for page scripts. Returns the granted hosts. */
export function syncSiteScripts(): Promise<string[]> {
  // One at a time: a grant and a removal arriving together must not register a script twice.
  syncing = syncing.catch(() => []).then(async () => {
    const hosts = await grantedSites();
    const registered = async () => (await scripting().getRegisteredContentScripts()).map((s) => s.id);
    const { remove, add } = siteScriptChanges(hosts, await registered());
    // Another extension page (the options page, the background) may be making the same change at this moment:
    // each change on its own, whoever makes it first, and then the outcome checked.
    await Promise.all([
      ...remove.map((id) => scripting().unregisterContentScripts({ ids: [id] }).catch(() => {})),
      ...add.map((host) =>
        scripting()
          .registerContentScripts([{ id: siteScriptId(host), matches: [siteOf(`https://${host}/`)!.pattern], js: [FIRST_LOOK_FILE], runAt: 'document_idle', persistAcrossSessions: true }])
          .catch(() => {}),
      ),
    ]);
    const left = siteScriptChanges(hosts, await registered());
    if (left.remove.length || left.add.length) {
      throw new Error(`the first look could not be ${left.add.length ? `registered for ${left.add.join(', ')}` : `unregistered (${left.remove.join(', ')})`}`);
    }
    await browser.storage.local.set({ [ALWAYS_SITES_KEY]: hosts });
    return hosts;
  });
  return syncing;
}

/** Stop running on a site: its permission goes, and with it the registration. */
export async function removeSite(host: string): Promise<void> {
  const site = siteOf(`https://${host}/`);
  if (!site) return;
  await browser.permissions.remove({ origins: [site.pattern] });
  await syncSiteScripts();
}

/** Whether the reader already granted this page's site. */
export async function siteGranted(url: string): Promise<boolean> {
  const site = siteOf(url);
  return !!site && (await browser.permissions.contains({ origins: [site.pattern] }));
}

/**
 * Ask the browser for this page's site. Call it straight from the reader's
 * click (browsers grant permissions only in a user gesture); the background
 * registers the script when the permission arrives (`permissions.onAdded`).
 */
export function requestSite(url: string): Promise<boolean> {
  const site = siteOf(url);
  if (!site) return Promise.resolve(false);
  return browser.permissions.request({ origins: [site.pattern] });
}

/** Calls `onChange` whenever the browser grants or takes back a permission; returns the unsubscribe function. */
export function watchSites(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
