/**
 * Settings survive upgrades and garbage: a value stored by an earlier
 * version reads with every field kept, the stored shape carries its version,
 * a value from a newer version still reads, and garbage in storage reads as
 * defaults, reported once, then repaired.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../lib/settings';

/** Storage keys as WXT writes them: the value, and its meta (version) beside it. */
const KEY = 'settings';
const META = 'settings$';

/** The store as a freshly started extension defines it: a new module, so a new storage item. */
async function freshStore() {
  vi.resetModules();
  return import('../../components/services/settings-store');
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('stored settings', () => {
  it('written by version 1 before the library existed, read with every field kept', async () => {
    await fakeBrowser.storage.sync.set({ [KEY]: { disabledOutlets: ['voi'], autoOpen: true, sensitivity: 'strict' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual({ disabledOutlets: ['voi'], autoOpen: true, sensitivity: 'strict', rememberReading: DEFAULT_SETTINGS.rememberReading });
    expect(warn).not.toHaveBeenCalled();
  });

  it('carry the version of their shape once saved', async () => {
    const { saveSettings } = await freshStore();
    await saveSettings({ ...DEFAULT_SETTINGS, autoOpen: true });
    expect((await fakeBrowser.storage.sync.get(META))[META]).toEqual({ v: SETTINGS_VERSION });
  });

  it('written by a newer version, still read (known fields kept, the rest default)', async () => {
    await fakeBrowser.storage.sync.set({
      [KEY]: { disabledOutlets: ['kompas'], autoOpen: true, sensitivity: 'broad', fieldFromTheFuture: 1 },
      [META]: { v: SETTINGS_VERSION + 1 },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toMatchObject({ disabledOutlets: ['kompas'], autoOpen: true, sensitivity: 'broad' });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['a list', [1, 2, 3]],
    ['wrong types in every field', { disabledOutlets: 'voi', autoOpen: 'yes', sensitivity: 7, rememberReading: {} }],
  ])('holding %s, read as defaults, reported once, then repaired', async (_what, garbage) => {
    await fakeBrowser.storage.sync.set({ [KEY]: garbage });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/settings/);
    expect((await fakeBrowser.storage.sync.get(KEY))[KEY]).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the good fields of partly damaged settings', async () => {
    await fakeBrowser.storage.sync.set({ [KEY]: { disabledOutlets: ['voi', 3], autoOpen: 'yes', sensitivity: 'broad' } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledOutlets: ['voi'], sensitivity: 'broad' });
  });
});
