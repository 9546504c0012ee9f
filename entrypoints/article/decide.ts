/**
 * The decision made on every outlet page before anything is extracted: is
 * this outlet switched on, is the page an article rather than a listing, and
 * do its URL, title and metadata name the topic at all. Shared by the small
 * first-look script and the article script, so both decide alike; the
 * lexicon is passed in (compiled at build time in the extension, from
 * lib/match/topic-lexicon.ts in Node tests).
 */
import { outletForHost } from '../../lib/outlets';
import { quickCheck, type QuickLexicon, type QuickTopicVerdict } from '../../lib/match/quick-topic';
import { isOutletEnabled, type Settings } from '../../lib/settings';
import { declaresArticle, looksLikeListingUrl, pageSignals } from '../../lib/article/metadata';

/** The page's host as sites are granted (lib/sites.ts): lowercase, no trailing dot. */
function hostOf(parsed: URL): string {
  return parsed.hostname.toLowerCase().replace(/\.$/, '');
}

/** True on one of the built-in outlets; elsewhere Jejak runs by itself only on a site the reader granted. */
export function isOutletPage(url: string): boolean {
  try {
    return !!outletForHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * What the page's address and metadata say, before settings are read: false
 * when it cannot be coverage (not an outlet nor a site the reader granted,
 * nothing on the topic, a listing), else how likely it is. Reads <head> only.
 */
export function pageVerdict(
  document: Document,
  url: string,
  lexicon: QuickLexicon,
  grantedHosts: readonly string[] = [],
): Exclude<QuickTopicVerdict, 'unlikely'> | false {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!outletForHost(parsed.hostname) && !grantedHosts.includes(hostOf(parsed))) return false;
  // Metadata first: most pages stop here, before anything reads the body.
  const verdict = quickCheck(lexicon, pageSignals(document, url));
  if (verdict === 'unlikely') return false;
  return !looksLikeListingUrl(url) || declaresArticle(document) ? verdict : false;
}

/** Whether the reader has this page's outlet switched on (settings as `normalizeSettings` gives them, or only their list of switched-off outlets), or granted its site. */
export function outletEnabled(url: string, settings: Pick<Settings, 'disabledOutlets'>, grantedHosts: readonly string[] = []): boolean {
  try {
    const parsed = new URL(url);
    const outlet = outletForHost(parsed.hostname);
    return outlet ? isOutletEnabled(settings, outlet.id) : grantedHosts.includes(hostOf(parsed));
  } catch {
    return false;
  }
}

export function worthReading(document: Document, url: string, settings: Settings, lexicon: QuickLexicon): boolean {
  return outletEnabled(url, settings) && pageVerdict(document, url, lexicon) !== false;
}

/**
 * Whether two addresses show the same page: only the query or the fragment
 * differs (tracking parameters a page rewrites, an anchor). A page pushing
 * such addresses in a loop is not navigating, and gets no new look.
 */
export function samePage(a: string, b: string): boolean {
  if (!URL.canParse(a) || !URL.canParse(b)) return false;
  const x = new URL(a);
  const y = new URL(b);
  return x.origin === y.origin && x.pathname === y.pathname;
}

/**
 * The first look's verdict on a page, handed to the article script it asks
 * for (both run in the content scripts' own world, which the page never
 * sees), so the article script does not read the page's metadata again.
 * Taken once, and only for the address it was made for.
 */
const VERDICT_SLOT = '__jejakFirstLookVerdict';
type Verdict = Exclude<QuickTopicVerdict, 'unlikely'>;

const slots = globalThis as unknown as Record<typeof VERDICT_SLOT, { url: string; verdict: Verdict } | undefined>;

export function handVerdict(url: string, verdict: Verdict): void {
  slots[VERDICT_SLOT] = { url, verdict };
}

export function takeVerdict(url: string): Verdict | undefined {
  const kept = slots[VERDICT_SLOT];
  slots[VERDICT_SLOT] = undefined;
  return kept?.url === url ? kept.verdict : undefined;
}

/**
 * Set in the content scripts' own world (shared by every Jejak script in a
 * frame, never seen by the page) once the article script runs there.
 */
const ACTIVE_FLAG = '__jejakContentScript';

export function contentScriptActive(): boolean {
  return ACTIVE_FLAG in globalThis;
}

export function markContentScriptActive(): void {
  Object.defineProperty(globalThis, ACTIVE_FLAG, { value: true });
}
