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
  | { type: 'location-changed' };

const TAB_MESSAGE_TYPES: ReadonlySet<string> = new Set<TabMessage['type']>(['toggle-sidebar', 'open-sidebar', 'run-once', 'location-changed']);

/** A background → content-script message, or undefined. */
export function parseTabMessage(value: unknown): TabMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && TAB_MESSAGE_TYPES.has(type) ? (value as TabMessage) : undefined;
}
