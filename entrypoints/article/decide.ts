/**
 * The decision made on every outlet page before anything is extracted: is
 * this outlet switched on, is the page an article rather than a listing, and
 * do its URL, title and metadata name the topic at all. Shared by the small
 * first-look script and the full content script, so both decide alike.
 */
import { outletForHost } from '../../lib/outlets';
import { quickTopicCheck } from '../../lib/match/topic';
import { isOutletEnabled, type Settings } from '../../lib/settings';
import { declaresArticle, looksLikeListingUrl, pageSignals } from '../../lib/article/metadata';

export function worthReading(document: Document, url: string, settings: Settings): boolean {
  const outlet = outletForHost(new URL(url).hostname);
  if (!outlet || !isOutletEnabled(settings, outlet.id)) return false;
  // Metadata first: most pages stop here, before anything reads the body.
  if (quickTopicCheck(pageSignals(document, url)) === 'unlikely') return false;
  return !looksLikeListingUrl(url) || declaresArticle(document);
}

/**
 * Set in the content scripts' own world (shared by every Jejak script in a
 * frame, never seen by the page) once the full content script runs there.
 */
const ACTIVE_FLAG = '__jejakContentScript';

export function contentScriptActive(): boolean {
  return ACTIVE_FLAG in globalThis;
}

export function markContentScriptActive(): void {
  Object.defineProperty(globalThis, ACTIVE_FLAG, { value: true });
}
