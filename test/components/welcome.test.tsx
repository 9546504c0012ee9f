// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { WelcomeApp, type WelcomeApi } from '../../components/welcome/WelcomeApp';
import { loadSettings, saveSettings } from '../../components/services/settings-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { expectNoAxeViolations } from './axe';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

function api(overrides: Partial<WelcomeApi> = {}): WelcomeApi {
  return {
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
});
