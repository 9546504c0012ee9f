/**
 * The first look at every outlet page. It reads only the URL, the title and
 * the metadata in <head>, against a lexicon compiled at build time, and most
 * news pages end here: well under a millisecond, nothing added to the page,
 * no message sent, nothing a page can observe. Only a page that may be NATO
 * or Ukraine war coverage has the settings read and, where its outlet is on,
 * asks the background for the article script (entrypoints/article).
 *
 * No polyfill, no WXT storage, context or entrypoint wrapper: the browser's
 * own API (page-api.ts), bundled on its own by scripts/first-look-build.ts
 * into first-look.js, which the manifest lists for every outlet page. A single-page app's navigation
 * reaches it as a message from the background (which sees the tab's address
 * change); a settings change is listened for only on a page that waits for it.
 *
 * Example pages: https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan-dalam-serangan-balasan (read)
 *                https://sport.detik.com/sepakbola/euro-2024/d-7401234/timnas-ukraina-tekuk-slovakia (left alone)
 */
import lexicon from 'virtual:jejak-quick-lexicon';
import type { Request } from '../../lib/messages';
import { contentScriptActive, handVerdict, isOutletPage, outletEnabled, pageVerdict, samePage } from './decide';
import { alive, ext, loadAlwaysSites, loadDisabledOutlets, onLocationChanged, onSettingsChange, throttle } from './page-api';

/** Location changes closer together than this share one look. */
const LOOK_INTERVAL_MS = 500;
/**
 * A background the browser keeps stopping while the page loads is asked
 * again, after 0.3, 0.6, 1.2 and 2.4 s (as the article script asks, request.ts).
 */
const READ_PAGE_ATTEMPTS = 5;
const READ_PAGE_FIRST_RETRY_MS = 300;

(() => {
  /** The address last looked at: a look at the same page twice does nothing. */
  let lookedAt = '';
  let unwatchSettings: (() => void) | undefined;
  /** Requests for the article script that found no background, in a row. */
  let failures = 0;

  const look = async () => {
    if (contentScriptActive() || !alive()) return;
    const url = location.href;
    if (url === lookedAt || samePage(url, lookedAt)) return;
    lookedAt = url;
    // Off the outlets, the first look runs only where the reader granted the site (registered for it alone).
    const granted = isOutletPage(url) ? [] : await loadAlwaysSites();
    const verdict = pageVerdict(document, url, lexicon, granted);
    if (!verdict) return;
    const settings = await loadDisabledOutlets();
    if (!outletEnabled(url, settings, granted)) {
      // Switched off: look again if the reader switches it back on, as long as this page stays.
      unwatchSettings ??= onSettingsChange(() => {
        lookedAt = '';
        void look();
      });
      return;
    }
    unwatchSettings?.();
    unwatchSettings = undefined;
    handVerdict(url, verdict);
    // Its reply says nothing the first look needs: sent as it is, without the reply schemas.
    try {
      await ext.runtime.sendMessage({ type: 'read-page' } satisfies Request<'read-page'>);
      failures = 0;
    } catch {
      // The background could not be reached (stopped by the browser, or the extension updated): asked again a little later, and at the next look.
      lookedAt = '';
      if (++failures < READ_PAGE_ATTEMPTS) setTimeout(() => void look().catch(() => {}), READ_PAGE_FIRST_RETRY_MS * 2 ** (failures - 1));
    }
  };
  const lookSoon = throttle(() => void look().catch(() => {}), LOOK_INTERVAL_MS);
  onLocationChanged(lookSoon);
  void look().catch(() => {});
})();