// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TRY_ARTICLE_ID, WelcomeApp, type WelcomeApi } from '../../components/welcome/WelcomeApp';
import { loadSettings, saveSettings } from '../../components/services/settings-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { expectNoAxeViolations } from './axe';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

function api(overrides: Partial<WelcomeApi> = {}): WelcomeApi {
  return {
    browser: 'chrome',
    tryUrl: `chrome-extension://jejak/reader.html?id=${TRY_ARTICLE_ID}`,
    loadRemember: async () => (await loadSettings()).rememberReading,
    saveRemember: async (remember) => saveSettings({ ...(await loadSettings()), rememberReading: remember }),
    openLibrary: vi.fn(),
    openOptions: vi.fn(),
    ...overrides,
  };
}

describe('welcome page', () => {
  it('asks once whether to remember what is read, yes by default, and stores a no', async () => {
    const { container } = render(<WelcomeApp api={api()} />);
    const yes = (await screen.findByRole('radio', { name: /Ya, simpan yang saya baca/ })) as HTMLInputElement;
    expect(yes.checked).toBe(true);
    expect(screen.getByRole('group', { name: /Simpan artikel NATO\/Ukraina yang Anda baca/ })).toBeTruthy();
    await expectNoAxeViolations(container);

    fireEvent.click(screen.getByRole('radio', { name: /Tidak, jangan simpan/ }));
    await waitFor(async () => expect((await loadSettings()).rememberReading).toBe(false));
    expect(screen.getByRole('status').textContent).toMatch(/tidak akan menyimpan/);
  });

  it('keeps the reader’s other settings when it stores the answer', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, autoOpen: true, disabledOutlets: ['voi'] });
    render(<WelcomeApp api={api()} />);
    fireEvent.click(await screen.findByRole('radio', { name: /Tidak, jangan simpan/ }));
    await waitFor(async () => expect(await loadSettings()).toMatchObject({ rememberReading: false, autoOpen: true, disabledOutlets: ['voi'] }));
  });

  it('explains privacy in plain words and links to the library', async () => {
    const openLibrary = vi.fn();
    render(<WelcomeApp api={api({ openLibrary })} />);
    expect(screen.getByText(/di perangkat ini saja/)).toBeTruthy();
    expect(screen.getByText(/tidak mengirim apa pun/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Buka perpustakaan' }));
    expect(openLibrary).toHaveBeenCalledTimes(1);
  });

  it('says what Jejak does in three lines, how to pin its icon in this browser, and links a sample article', async () => {
    const { container } = render(<WelcomeApp api={api()} />);
    const lines = container.querySelectorAll('.welcome-what li');
    expect([...lines].map((li) => li.textContent)).toEqual([
      'Di artikel NATO atau perang Rusia–Ukraina, Jejak mencari kutipan yang juga dimuat media lain.',
      'Jejak menandai redaksi yang berbeda, kata demi kata, dan menunjukkan liputan lain tentang peristiwa yang sama.',
      'Bila tidak menemukan apa-apa, Jejak diam. Semua terjadi di perangkat Anda.',
    ]);
    expect(screen.getByRole('region', { name: 'Sematkan Jejak di toolbar' }).textContent).toMatch(/kepingan puzzle .*ikon pin di samping Jejak/);
    const tryIt = screen.getByRole('link', { name: /Coba sekarang/ });
    expect(tryIt.getAttribute('href')).toBe(`chrome-extension://jejak/reader.html?id=${TRY_ARTICLE_ID}`);
    await expectNoAxeViolations(container);
    cleanup();
    render(<WelcomeApp api={api({ browser: 'firefox' })} />);
    expect(screen.getByRole('region', { name: 'Sematkan Jejak di toolbar' }).textContent).toMatch(/Sematkan ke Toolbar/);
  });

  it('opens a sample article that is in the bundled collection', () => {
    const seeds = readdirSync(join(import.meta.dirname, '..', '..', 'seeds')).map((file) => file.replace(/\.[^.]+$/, ''));
    expect(seeds).toContain(TRY_ARTICLE_ID);
  });
});
