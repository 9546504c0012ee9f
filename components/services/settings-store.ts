/**
 * The reader's settings in browser storage. `sync:` so they follow the reader
 * across their browsers; the content script watches this item, so a change in
 * the options page applies to open tabs without a reload.
 *
 * Versioned: the stored value carries its shape's version (lib/settings.ts,
 * SETTINGS_VERSION) and is migrated step by step on upgrade. Whatever is
 * stored, settings are read: garbage becomes defaults, is reported once in
 * the extension's own log, and the repaired value is written back, so the
 * next read finds nothing to report.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, readSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from '../../lib/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS, disabledOutlets: [] },
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS as Record<number, (stored: unknown) => Settings>,
});

/** Current settings, repaired field by field if storage holds something odd. */
export async function loadSettings(): Promise<Settings> {
  const { settings, problems } = readSettings(await settingsItem.getValue());
  if (problems.length) {
    console.warn(`Jejak settings: ${problems.join('; ')}. Defaults used for these, and the repaired settings saved.`);
    await settingsItem.setValue(settings);
  }
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}

/** Calls `onChange` with repaired settings whenever they change anywhere; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
