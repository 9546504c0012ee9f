/**
 * Messages from the background to Jejak's scripts in a tab, and their check.
 * Apart from lib/messages.ts (which re-exports them) so that the first-look
 * script, on every outlet page, carries this and none of the request schemas.
 */
export type TabMessage =
  | { type: 'toggle-sidebar' }
  | { type: 'open-sidebar' }
  /** The toolbar button on a site outside the outlet list: run once on this page. */
  | { type: 'run-once' }
  /** The tab's address changed without a new page (a single-page app): take another look. */
  | { type: 'location-changed' }
  /** "Simpan ke Jejak" from the page's context menu: read this page and keep it in the library. */
  | { type: 'save-page' }
  /** The browser refused to keep the article just read in the library: its storage for Jejak is full. */
  | { type: 'library-full'; outlets: { outlet: string; count: number }[] }
  /** The article just read was kept in the library (the reader lets Jejak remember what it reads): new, updated, or already there. */
  | { type: 'page-kept'; how: 'added' | 'updated' | 'duplicate'; url: string };

const TAB_MESSAGE_TYPES: ReadonlySet<string> = new Set<TabMessage['type']>([
  'toggle-sidebar',
  'open-sidebar',
  'run-once',
  'location-changed',
  'save-page',
  'library-full',
  'page-kept',
]);
const KEPT_HOW: ReadonlySet<unknown> = new Set(['added', 'updated', 'duplicate']);

/** A background → content-script message, or undefined. */
export function parseTabMessage(value: unknown): TabMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !TAB_MESSAGE_TYPES.has(type)) return undefined;
  if (type === 'library-full' && !validOutletCounts((value as { outlets?: unknown }).outlets)) return undefined;
  if (type === 'page-kept') {
    const { how, url } = value as { how?: unknown; url?: unknown };
    if (!KEPT_HOW.has(how) || typeof url !== 'string' || url.length > MAX_URL_CHARS) return undefined;
  }
  return value as TabMessage;
}

/** The longest page address a message carries. */
const MAX_URL_CHARS = 4_000;
/** Outlet names with counts, as many as a reader could be shown. */
const MAX_OUTLETS_TOLD = 100;
function validOutletCounts(list: unknown): boolean {
  return (
    Array.isArray(list) &&
    list.length <= MAX_OUTLETS_TOLD &&
    list.every((o: { outlet?: unknown; count?: unknown } | null) => typeof o?.outlet === 'string' && Number.isInteger(o.count))
  );
}
