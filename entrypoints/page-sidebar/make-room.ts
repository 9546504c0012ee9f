/**
 * Room for the open sidebar on the news page, so the panel never covers the
 * article:
 * - the page's root element gets a right margin as wide as the panel, which
 *   moves everything in the page's flow (sticky headers included);
 * - elements the page fixes to the window (a header that sticks once
 *   scrolled, a bottom ad bar, a back-to-top button) ignore that margin:
 *   one that reaches under the panel is narrowed to end where the panel
 *   begins, or, when it sits wholly in the panel's strip at the right edge,
 *   moved left by the panel's width. Pages fix elements as they scroll, so
 *   the page is looked at again, at most every RESCAN_MS, while it scrolls.
 * Everything is written as inline styles and put back exactly as it was
 * when the sidebar closes. What is changed at any moment is also handed out
 * as a record (`RoomRecord`, kept inside the sidebar's closed root), from
 * which a later version of Jejak undoes it when this version's script can
 * no longer: Firefox stops an old version's scripts outright on an update
 * or reload (entrypoints/article/orphans.ts).
 */

/** How often, at most, a scrolling page is looked at again for newly fixed elements. */
const RESCAN_MS = 400;
/** Elements thinner than this (a hairline, an empty wrapper) are not worth moving. */
const MIN_SIZE_PX = 2;

interface SavedStyle { value: string; priority: string }

function save(el: HTMLElement, property: string): SavedStyle {
  return { value: el.style.getPropertyValue(property), priority: el.style.getPropertyPriority(property) };
}

function restore(el: HTMLElement, property: string, saved: SavedStyle): void {
  if (saved.value) el.style.setProperty(property, saved.value, saved.priority);
  else el.style.removeProperty(property);
}

/** What was changed on one fixed element, to undo it. */
interface Moved { property: 'right' | 'max-width'; saved: SavedStyle }

/** One inline style the sidebar set: on the element at `path` (child indices from the root element; [] is the root itself), `property` was `saved` and is now `set`, !important. */
export interface RecordedChange { path: number[]; property: string; saved: SavedStyle; set: string }
/** Every inline style the open sidebar has set on the page. */
export interface RoomRecord { changes: RecordedChange[] }

/** Where `el` is under the root element, as child indices. */
function pathOf(el: Element): number[] {
  const path: number[] = [];
  for (let at: Element | null = el; at && at !== document.documentElement; at = at.parentElement) {
    let index = 0;
    for (let sibling = at.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    path.unshift(index);
  }
  return path;
}

function isSavedStyle(value: unknown): value is SavedStyle {
  const v = value as Partial<SavedStyle> | null;
  return typeof v === 'object' && v !== null && typeof v.value === 'string' && typeof v.priority === 'string';
}

function isRecordedChange(value: unknown): value is RecordedChange {
  const v = value as Partial<RecordedChange> | null;
  return (
    typeof v === 'object' && v !== null &&
    Array.isArray(v.path) && v.path.every((i) => Number.isInteger(i) && i >= 0) &&
    (v.property === 'margin-right' || v.property === 'right' || v.property === 'max-width') &&
    isSavedStyle(v.saved) && typeof v.set === 'string'
  );
}

/**
 * Puts back what a sidebar whose script no longer runs had set, from its
 * record (JSON of a RoomRecord). A style is put back only where it is still
 * exactly what the sidebar set, so nothing the page changed since, and no
 * element that took another's place, is touched. Returns how many were.
 */
export function undoRoom(doc: Document, json: string): number {
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    return 0;
  }
  const changes = (record as Partial<RoomRecord> | null)?.changes;
  if (!Array.isArray(changes)) return 0;
  let undone = 0;
  for (const change of changes) {
    if (!isRecordedChange(change)) continue;
    let el: Element | undefined = doc.documentElement ?? undefined;
    for (const index of change.path) el = el?.children[index];
    if (!el || !('style' in el)) continue;
    const style = (el as HTMLElement).style;
    if (style.getPropertyValue(change.property) !== change.set || style.getPropertyPriority(change.property) !== 'important') continue;
    restore(el as HTMLElement, change.property, change.saved);
    undone++;
  }
  return undone;
}

/**
 * Returns `room(width)`: make room for a panel `width` pixels wide, or give
 * the page back what it had (`undefined`). `isOwn` tells Jejak's own host
 * element, which is fixed too and stays as it is. `onRecord` hears, after
 * every change, the record of what is set (JSON of a RoomRecord), or
 * `undefined` once the page has everything back.
 */
export function makeRoom(isOwn: (el: Element) => boolean, onRecord: (record: string | undefined) => void = () => {}): (width: number | undefined) => void {
  let rootSaved: SavedStyle | undefined;
  const moved = new Map<HTMLElement, Moved[]>();
  let current: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let recorded: string | undefined;

  /** Tells `onRecord` what is set now, when that changed. */
  const publish = () => {
    const root = document.documentElement;
    const changes: RecordedChange[] = [];
    if (rootSaved && root) changes.push({ path: [], property: 'margin-right', saved: rootSaved, set: root.style.getPropertyValue('margin-right') });
    for (const [el, list] of moved) {
      if (!el.isConnected) continue;
      const path = pathOf(el);
      for (const change of list) changes.push({ path, property: change.property, saved: change.saved, set: el.style.getPropertyValue(change.property) });
    }
    const record = changes.length ? JSON.stringify({ changes } satisfies RoomRecord) : undefined;
    if (record === recorded) return;
    recorded = record;
    onRecord(record);
  };

  const putBack = (el: HTMLElement) => {
    for (const change of moved.get(el) ?? []) restore(el, change.property, change.saved);
    moved.delete(el);
  };

  const fit = (el: HTMLElement, width: number) => {
    const panelLeft = window.innerWidth - width;
    const box = el.getBoundingClientRect();
    if (box.width < MIN_SIZE_PX || box.height < MIN_SIZE_PX || box.right <= panelLeft) return;
    const style = getComputedStyle(el);
    const changes: Moved[] = [];
    const right = parseFloat(style.right);
    if (box.left >= panelLeft) {
      // Wholly in the panel's strip (a back-to-top button): moved left, clear of the panel.
      changes.push({ property: 'right', saved: save(el, 'right') });
      el.style.setProperty('right', `${(Number.isFinite(right) ? right : window.innerWidth - box.right) + width}px`, 'important');
    } else {
      // Reaching under the panel (a full-width bar): it ends where the panel begins.
      changes.push({ property: 'max-width', saved: save(el, 'max-width') });
      el.style.setProperty('max-width', `${Math.max(0, panelLeft - box.left)}px`, 'important');
      if (Number.isFinite(right) && style.left !== 'auto') {
        changes.push({ property: 'right', saved: save(el, 'right') });
        el.style.setProperty('right', `${right + width}px`, 'important');
      }
    }
    moved.set(el, changes);
  };

  /** Fits fixed elements not fitted yet, and puts back those the page no longer fixes. */
  const scan = () => {
    timer = undefined;
    if (current === undefined || !document.body) return;
    for (const el of [...moved.keys()]) {
      if (!el.isConnected || getComputedStyle(el).position !== 'fixed') putBack(el);
    }
    const all = document.body.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      if (!(el instanceof HTMLElement) || moved.has(el) || isOwn(el)) continue;
      if (getComputedStyle(el).position === 'fixed') fit(el, current);
    }
    publish();
  };

  const onScroll = () => {
    timer ??= setTimeout(scan, RESCAN_MS);
  };

  return (width) => {
    const root = document.documentElement;
    if (!root) return;
    // A new width (or none): the page as it was, then fitted again.
    for (const el of [...moved.keys()]) putBack(el);
    clearTimeout(timer);
    timer = undefined;
    if (width === undefined) {
      if (current !== undefined) window.removeEventListener('scroll', onScroll, true);
      current = undefined;
      if (rootSaved) restore(root, 'margin-right', rootSaved);
      rootSaved = undefined;
      publish();
      return;
    }
    if (current === undefined) window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    current = width;
    rootSaved ??= save(root, 'margin-right');
    root.style.setProperty('margin-right', `${width}px`, 'important');
    scan();
    publish();
  };
}
