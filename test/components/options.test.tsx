// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// In jsdom, WXT's own `wxt/browser` test alias drags in its build tooling (esbuild refuses jsdom's TextEncoder).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { OptionsApp, type OutletChoice } from '../../components/options/OptionsApp';
import { loadSettings, saveSettings } from '../../components/services/settings-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { expectNoAxeViolations } from './axe';

const outlets: OutletChoice[] = [
  { id: 'antara', name: 'ANTARA', hosts: ['antaranews.com'] },
  { id: 'voi', name: 'VOI', hosts: ['voi.id'] },
  { id: 'tribun', name: 'Tribunnews', hosts: ['tribunnews.com'] },
];

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('options page', () => {
  it('switches one outlet off, keeps it off after the page is opened again', async () => {
    const { container } = render(<OptionsApp outlets={outlets} />);
    const voi = await screen.findByRole('checkbox', { name: /VOI/ });
    expect((voi as HTMLInputElement).checked).toBe(true);
    fireEvent.click(voi);
    await waitFor(async () => expect((await loadSettings()).disabledOutlets).toEqual(['voi']));
    await screen.findByText('Tersimpan');
    await expectNoAxeViolations(container);

    cleanup();
    render(<OptionsApp outlets={outlets} />);
    expect(((await screen.findByRole('checkbox', { name: /VOI/ })) as HTMLInputElement).checked).toBe(false);
    expect(((await screen.findByRole('checkbox', { name: /ANTARA/ })) as HTMLInputElement).checked).toBe(true);
  });

  it('stores auto-open and sensitivity', async () => {
    render(<OptionsApp outlets={outlets} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Buka sidebar otomatis/ }));
    await waitFor(async () => expect((await loadSettings()).autoOpen).toBe(true));
    fireEvent.click(screen.getByRole('radio', { name: /Ketat/ }));
    await waitFor(async () => expect((await loadSettings()).sensitivity).toBe('strict'));
    expect((screen.getByRole('radio', { name: /Ketat/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('turns every outlet off and on at once', async () => {
    render(<OptionsApp outlets={outlets} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nonaktifkan semua' }));
    await waitFor(async () => expect((await loadSettings()).disabledOutlets).toEqual(['antara', 'tribun', 'voi']));
    fireEvent.click(screen.getByRole('button', { name: 'Aktifkan semua' }));
    await waitFor(async () => expect((await loadSettings()).disabledOutlets).toEqual([]));
  });

  it('follows a change made elsewhere while it is open', async () => {
    render(<OptionsApp outlets={outlets} />);
    await screen.findByRole('checkbox', { name: /ANTARA/ });
    await saveSettings({ ...DEFAULT_SETTINGS, disabledOutlets: ['antara'], sensitivity: 'broad' });
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /ANTARA/ }) as HTMLInputElement).checked).toBe(false));
    expect((screen.getByRole('radio', { name: /Luas/ }) as HTMLInputElement).checked).toBe(true);
  });
});
