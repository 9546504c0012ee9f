/**
 * The first look at every outlet page. It reads only the URL, the title and
 * the metadata, and most news pages end here: a few milliseconds, no
 * extraction, nothing added to the page. Only a page that may be NATO or
 * Ukraine war coverage gets the full content script (Readability, the
 * sidebar), which the background injects on request.
 *
 * Example pages: https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan-dalam-serangan-balasan (read)
 *                https://sport.detik.com/sepakbola/euro-2024/d-7401234/timnas-ukraina-tekuk-slovakia (left alone)
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { OUTLET_MATCH_PATTERNS } from '../lib/outlets';
import type { RequestMessage } from '../lib/messages';
import { loadSettings, watchSettings } from '../components/services/settings-store';
import { contentScriptActive, worthReading } from './content/first-look';

export default defineContentScript({
  matches: [...OUTLET_MATCH_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    let asked = false;
    const look = async () => {
      if (asked || contentScriptActive()) return;
      const settings = await loadSettings();
      if (ctx.isInvalid || !worthReading(document, location.href, settings)) return;
      asked = true;
      await browser.runtime.sendMessage({ type: 'read-page' } satisfies RequestMessage).catch(() => {
        asked = false;
      });
    };
    // A single-page app may turn a listing into an article, and the reader
    // may switch an outlet back on: both are another look.
    ctx.addEventListener(window, 'wxt:locationchange', () => void look());
    ctx.onInvalidated(watchSettings(() => void look()));
    void look();
  },
});
