// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';

// In jsdom, WXT's own `wxt/browser` test alias drags in its build tooling (esbuild refuses jsdom's TextEncoder).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { PopupView, type PopupViewProps } from '../../components/popup/PopupView';
import { canRunOn } from '../../components/services/inject';
import { expectNoAxeViolations } from './axe';

function renderPopup(overrides: Partial<PopupViewProps>) {
  const props: PopupViewProps = {
    status: { state: 'idle' },
    canRun: true,
    run: { state: 'ready' },
    onOpenSidebar: vi.fn(),
    onRunHere: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<PopupView {...props} />) };
}

afterEach(() => cleanup());

describe('popup', () => {
  it('reports what Jejak found and opens the sidebar', async () => {
    const { props, container } = renderPopup({
      status: { state: 'analyzed', title: 'Stoltenberg ke Biden', matchedQuotes: 3, related: 4 },
      shortcut: 'Alt+Shift+J',
    });
    expect(screen.getByRole('status').textContent).toBe('3 kutipan di artikel ini juga dimuat media lain. 4 artikel media lain meliput peristiwa yang sama.');
    fireEvent.click(screen.getByRole('button', { name: 'Buka sidebar' }));
    expect(props.onOpenSidebar).toHaveBeenCalledOnce();
    expect(container.textContent).toContain('Pintasan: Alt+Shift+J');
    await expectNoAxeViolations(container);
  });

  it('names only the findings it has: no sentence about zero articles', () => {
    renderPopup({ status: { state: 'analyzed', title: 'Stoltenberg ke Biden', matchedQuotes: 2, related: 0 } });
    expect(screen.getByRole('status').textContent).toBe('2 kutipan di artikel ini juga dimuat media lain.');
  });

  it('says in one line that the library has nothing on this event yet, and offers no empty sidebar', async () => {
    const { container } = renderPopup({ status: { state: 'analyzed', title: 'Rutte di Brussels', matchedQuotes: 0, related: 0 } });
    expect(screen.getByRole('status').textContent).toBe(
      'Ini liputan NATO/Ukraina, tetapi perpustakaan Jejak belum memuat laporan media lain tentang peristiwa ini.',
    );
    expect(container.textContent).toContain('Perpustakaan Jejak bertambah');
    expect(screen.queryByRole('button', { name: 'Buka sidebar' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('offers to run once on a site Jejak does not run on by itself', async () => {
    const { props, container } = renderPopup({ status: { state: 'idle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Jalankan Jejak di halaman ini' }));
    expect(props.onRunHere).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Buka sidebar' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows why running failed, and offers nothing to run on a browser page', () => {
    renderPopup({ run: { state: 'failed', message: 'Cannot access contents of the page' } });
    expect(screen.getByRole('alert').textContent).toBe('Gagal menjalankan Jejak: Cannot access contents of the page');
    cleanup();
    renderPopup({ canRun: false });
    expect(screen.queryByRole('button', { name: 'Jalankan Jejak di halaman ini' })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('tidak dapat berjalan');
  });

  it('links to the settings', () => {
    const { props } = renderPopup({});
    fireEvent.click(screen.getByRole('button', { name: 'Pengaturan' }));
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
  });

  it('knows which pages can be scripted', () => {
    expect(canRunOn('https://www.example.co.id/berita/nato')).toBe(true);
    expect(canRunOn('chrome://extensions')).toBe(false);
    expect(canRunOn('https://chromewebstore.google.com/detail/x')).toBe(false);
    expect(canRunOn('about:blank')).toBe(false);
    expect(canRunOn(undefined)).toBe(false);
  });
});
