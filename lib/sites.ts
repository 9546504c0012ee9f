/**
 * Sites beyond the built-in outlets where the reader asked Jejak to run by
 * itself ("Selalu jalankan Jejak di situs ini"): one host each, granted by
 * the browser at run time (optional host permissions), with the first-look
 * script registered for it. Pure: the browser side is
 * components/services/always-sites.ts.
 */

/** Where the built extension has the first-look script (scripts/first-look-build.ts writes it; the manifest and every registration name it). */
export const FIRST_LOOK_FILE = 'first-look.js';

/** storage.local key holding the granted hosts, so page scripts (which cannot ask the permissions API) know a site was granted. */
export const ALWAYS_SITES_KEY = 'alwaysSites';

/** Registered content-script ids for granted sites start so; others (none today) are not Jejak's to remove. */
const SCRIPT_ID_PREFIX = 'jejak-site-';

/** What the extension may ask for at run time: any one web site, never all of them at once (see `siteOf`). */
export const OPTIONAL_SITE_PATTERNS = ['*://*/*'] as const;

export interface Site {
  /** The host, lowercase, without a trailing dot: "www.example.id". */
  host: string;
  /** The match pattern the browser grants for it: both http and https, every path. */
  pattern: string;
}

/** The site of a web address, or undefined for anything that is not an http(s) page with a host. */
export function siteOf(url: string): Site | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host || host.includes('*')) return undefined;
  return { host, pattern: `*://${host}/*` };
}

/** The host of a single-site pattern as `siteOf` makes it ("*://host/*" or "https://host/*"); undefined for wildcard hosts and anything else. */
export function hostOfPattern(pattern: string): string | undefined {
  const match = /^(?:\*|https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  return match ? match[1]!.toLowerCase() : undefined;
}

export function siteScriptId(host: string): string {
  return SCRIPT_ID_PREFIX + host;
}

export function isSiteScriptId(id: string): boolean {
  return id.startsWith(SCRIPT_ID_PREFIX);
}

/**
 * What registrations to change so that exactly the granted hosts have the
 * first look: ids to remove (registered but no longer granted) and hosts to
 * add (granted, not registered).
 */
export function siteScriptChanges(grantedHosts: readonly string[], registeredIds: readonly string[]): { remove: string[]; add: string[] } {
  const wanted = new Set(grantedHosts.map(siteScriptId));
  const have = new Set(registeredIds.filter(isSiteScriptId));
  return {
    remove: [...have].filter((id) => !wanted.has(id)),
    add: grantedHosts.filter((host) => !have.has(siteScriptId(host))),
  };
}
