/**
 * Telling a tab's scripts that its address changed, once per burst. The
 * browser reports every `history.pushState` of a page; a page pushing fifty
 * addresses in one task, ten times over, would queue five hundred messages,
 * and the one about the address it ends on would reach the page seconds
 * late. The scripts read the address when the message arrives, so one
 * message after a burst says all of it.
 */

/** Address changes of one tab this close together share one message. The page's own look waits 600 ms after a change anyway. */
export const LOCATION_BURST_MS = 100;

/** `changed(tabId)` for each change the browser reports; `tell(tabId)` runs once per burst, LOCATION_BURST_MS after its first change. */
export function createLocationNotifier(tell: (tabId: number) => void, burstMs = LOCATION_BURST_MS): (tabId: number) => void {
  const waiting = new Set<number>();
  return (tabId) => {
    if (waiting.has(tabId)) return;
    waiting.add(tabId);
    setTimeout(() => {
      waiting.delete(tabId);
      tell(tabId);
    }, burstMs);
  };
}
