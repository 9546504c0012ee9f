/**
 * A sidebar left in the page by an earlier Jejak. After the extension is
 * updated or reloaded, the sidebar the old scripts made stays in the page cut
 * off from its extension: Chromium keeps the old scripts running with no
 * extension to talk to, Firefox stops them outright. The new article script
 * finds such a sidebar inside its closed shadow root (which extension scripts
 * may open, pages may not) and has it go: the old sidebar, where its script
 * still runs, takes itself down as it would when closed (giving the page its
 * margin back); where it does not, the styles it set on the page are put
 * back from the record it kept beside its mark (page-sidebar/make-room.ts).
 * Then its host is removed. The page sees nothing of this but the host
 * going and its styles put back: the request is an event inside the closed
 * root.
 */
import { undoRoom } from '../page-sidebar/make-room';


/** The attribute on the element inside the sidebar's shadow root that says it is Jejak's. */
export const SIDEBAR_MARK = 'data-jejak-sidebar';
/** Asks an old sidebar to remove itself; dispatched inside its closed root, never composed out of it. */
export const REPLACED_EVENT = 'jejak-replaced';
/** The attribute beside SIDEBAR_MARK holding what the open sidebar changed on the page (make-room.ts RoomRecord). */
export const ROOM_RECORD = 'data-jejak-room';

interface ShadowOpener {
  /** Chromium's and Firefox's `dom` API for extension scripts. */
  dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null };
}

function shadowOf(element: Element): ShadowRoot | null {
  const globals = globalThis as unknown as { browser?: ShadowOpener; chrome?: ShadowOpener };
  const dom = globals.browser?.dom?.openOrClosedShadowRoot ? globals.browser.dom : globals.chrome?.dom;
  try {
    if (dom?.openOrClosedShadowRoot) return dom.openOrClosedShadowRoot(element);
    // Firefox's content scripts also see it as a property of the element.
    return (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  } catch {
    return null;
  }
}

/** Removes every sidebar of an earlier Jejak from the page; returns how many there were. */
export function removeOrphanedSidebars(doc: Document): number {
  // The sidebar's host is a child of <body>, or of the root element on a page without one (page-sidebar/host.tsx).
  const candidates = [...(doc.body?.children ?? []), ...doc.documentElement.children];
  let removed = 0;
  for (const host of candidates) {
    const mark = shadowOf(host)?.querySelector(`[${SIDEBAR_MARK}]`);
    if (!mark) continue;
    mark.dispatchEvent(new Event(REPLACED_EVENT));
    // A sidebar that took itself down has cleared its record; one whose script was stopped has not.
    const record = mark.getAttribute(ROOM_RECORD);
    if (record) undoRoom(doc, record);
    host.remove();
    removed++;
  }
  return removed;
}
