/**
 * Opening an index article in Jejak's reader page. The sidebar runs as a
 * content script, which may not open extension pages itself: a link to
 * chrome-extension:// or moz-extension:// from a web page needs the page to be
 * listed in `web_accessible_resources`, which would also let every website
 * load (and fingerprint) it. Asking the background, which may call
 * `tabs.create`, works the same in Chrome and Firefox and exposes nothing.
 */
// The browser's own object, not the polyfill: the sidebar's script opens the reader and carries no polyfill.
import { ext } from '../../entrypoints/article/page-api';
import { send } from '../../lib/messages';

/** The reader page's address for an index article. */
export function readerUrl(articleId: string): string {
  return ext.runtime.getURL('/reader.html') + '?id=' + encodeURIComponent(articleId);
}

export async function openReader(articleId: string): Promise<void> {
  // Refused or unanswered (the extension was reloaded under the page): nothing opens, and nothing reaches the page's console.
  await send(ext.runtime, { type: 'open-reader', id: articleId }).catch(() => {});
}
