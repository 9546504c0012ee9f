/**
 * The reader's settings in browser storage. `sync:` so they follow the reader
 * across their browsers; the content script watches this item, so a change in
 * the options page applies to open tabs without a reload.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../lib/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS, disabledOutlets: [] },
  version: 1,
});

/** Current settings, repaired field by field if storage holds something odd. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}

/** Calls `onChange` with repaired settings whenever they change anywhere; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
