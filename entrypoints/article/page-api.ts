/**
 * The browser's extension API as Jejak's page scripts (first look, article,
 * sidebar) use it: the browser's own object (`browser` in Firefox, `chrome`
 * in Chromium, both promise-based for these calls), with no polyfill and no
 * WXT wrapper. Nothing here writes to the page or its console.
 */
import { parseTabMessage, type TabMessage } from '../../lib/tab-messages';
import { normalizeSettings, type Settings } from '../../lib/settings';

interface Listeners<F> { addListener(f: F): void; removeListener(f: F): void }
interface StorageArea { get(keys: string | string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }

export interface PageApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listeners<(message: unknown, sender: { id?: string; tab?: unknown }) => undefined>;
  };
  storage: {
    sync: StorageArea;
    local: StorageArea;
    onChanged: Listeners<(changes: Record<string, { newValue?: unknown }>, area: string) => void>;
  };
  i18n: { getUILanguage(): string };
}

const globals = globalThis as unknown as { browser?: PageApi; chrome?: PageApi };
export const ext: PageApi = (globals.browser?.runtime?.id ? globals.browser : globals.chrome) as PageApi;

/** False once the extension was updated, reloaded or removed under this page: every call would throw. */
export function alive(): boolean {
  try {
    return !!ext.runtime?.id;
  } catch {
    return false;
  }
}

/** WXT's storage item `sync:settings` is the key `settings` of storage.sync (components/services/settings-store.ts). */
const SETTINGS_KEY = 'settings';

export async function loadPageSettings(): Promise<Settings> {
  try {
    return normalizeSettings((await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

/** Only the switched-off outlets, as the first look needs them: a list of strings, whatever storage holds. */
export async function loadDisabledOutlets(): Promise<Pick<Settings, 'disabledOutlets'>> {
  try {
    const stored = (await ext.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as { disabledOutlets?: unknown } | undefined;
    const list = stored?.disabledOutlets;
    return { disabledOutlets: Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [] };
  } catch {
    return { disabledOutlets: [] };
  }
}

/** storage.local key of the sites the reader granted (lib/sites.ts ALWAYS_SITES_KEY; not imported, so the first look stays small). */
const ALWAYS_SITES_KEY = 'alwaysSites';

/** Hosts beyond the outlets where the reader asked Jejak to run by itself; read only on such a page (the first look runs nowhere else). */
export async function loadAlwaysSites(): Promise<string[]> {
  try {
    const list = (await ext.storage.local.get(ALWAYS_SITES_KEY))[ALWAYS_SITES_KEY];
    return Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : [];
  } catch {
    return [];
  }
}

/** Calls `onChange` when the reader changes the settings; returns the unsubscribe function. */
export function onSettingsChange(onChange: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange();
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}

/** Listens to the background's messages to this tab, validated; only the extension itself can send them. */
export function onTabMessage(handle: (message: TabMessage) => void): () => void {
  return listenToBackground((raw) => {
    const message = parseTabMessage(raw);
    if (message) handle(message);
  });
}

/**
 * Only the background's "the tab's address changed" message: what the first
 * look listens for. Checked by its type alone, so the first look carries
 * none of the other messages' schemas.
 */
export function onLocationChanged(handle: () => void): () => void {
  return listenToBackground((raw) => {
    if ((raw as { type?: unknown } | null)?.type === 'location-changed') handle();
  });
}

function listenToBackground(handle: (raw: unknown) => void): () => void {
  const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    // From the background (no tab), of this extension.
    if (sender.id !== ext.runtime.id || sender.tab) return undefined;
    handle(raw);
    return undefined;
  };
  ext.runtime.onMessage.addListener(listener);
  return () => ext.runtime.onMessage.removeListener(listener);
}

/**
 * Calls `fn` at most once per `ms`, the last call of a burst always made:
 * a page that fires location changes in a loop gets one look per interval,
 * and the look after its last change.
 */
export function throttle(fn: () => void, ms: number): () => void {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, last + ms - performance.now());
    timer = setTimeout(() => {
      timer = undefined;
      last = performance.now();
      fn();
    }, wait);
  };
}

/** Gives the page the main thread back between two steps of Jejak's work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield.call(scheduler);
  return new Promise((resolve) => setTimeout(resolve, 0));
}
