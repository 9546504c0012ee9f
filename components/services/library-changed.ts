/**
 * Tells the background that an extension page changed the library (an import
 * ended, articles were deleted, everything was cleared): it takes the changes
 * into its engine and stores the engine's snapshot now, so the next page, or
 * the next start of a stopped background, does not pay for them.
 */
import { browser } from 'wxt/browser';
import { send } from '../../lib/messages';

export function libraryChanged(): void {
  send(browser.runtime, { type: 'library-changed' }).catch((error: unknown) => {
    // The engine still takes the changes in at the next page; only sooner is lost.
    console.warn('Jejak: the background was not told of the library change', error);
  });
}
