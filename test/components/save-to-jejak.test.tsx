// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { SaveToJejak } from '../../components/save/SaveToJejak';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { expectNoAxeViolations } from './axe';

afterEach(() => cleanup());

describe('Simpan ke Jejak', () => {
  it('is a button in the open sidebar that saves once per press', async () => {
    const onSave = vi.fn();
    const { container } = render(
      <SidebarApp
        state={{ status: 'loading' }}
        open
        onOpenChange={() => {}}
        onQuoteClick={() => true}
        width={400}
        onWidthChange={() => {}}
        save={{ state: { status: 'idle' }, onSave }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Simpan ke Jejak' });
    fireEvent.click(button);
    expect(onSave).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('says the article is now in the library, and shows itself pressed', async () => {
    const { container } = render(<SaveToJejak state={{ status: 'saved', how: 'added' }} onSave={() => {}} />);
    expect(screen.getByRole('button', { name: 'Tersimpan' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Artikel ini kini ada di perpustakaan Jejak Anda.');
    await expectNoAxeViolations(container);
  });

  it('cannot be pressed twice while saving', () => {
    const onSave = vi.fn();
    render(<SaveToJejak state={{ status: 'saving' }} onSave={onSave} />);
    const button = screen.getByRole('button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Menyimpan…');
  });

  it('explains a full library: why, that nothing is lost, and which outlets to delete from', async () => {
    const { container } = render(
      <SaveToJejak
        state={{ status: 'full', outlets: [{ outlet: 'Kompas', count: 1204 }, { outlet: 'detikcom', count: 310 }, { outlet: '', count: 12 }] }}
        onSave={() => {}}
      />,
    );
    const alert = screen.getByRole('alert').textContent!;
    expect(alert).toContain('Penyimpanan browser untuk Jejak penuh');
    expect(alert).toContain('Artikel yang sudah tersimpan tetap aman');
    expect(alert).toContain('Kompas (1.204 artikel), detikcom (310 artikel) dan artikel tanpa nama media (12 artikel)');
    await expectNoAxeViolations(container);
  });

  it('says plainly when the page has no article to save', () => {
    render(<SaveToJejak state={{ status: 'failed', reason: 'not-article' }} onSave={() => {}} />);
    expect(screen.getByRole('alert').textContent).toMatch(/tidak menemukan artikel/);
  });
});

describe('a full library in the popup', () => {
  it('says why the article just read was not kept and what to delete', async () => {
    const { PopupView } = await import('../../components/popup/PopupView');
    const { container } = render(
      <PopupView
        status={{ state: 'analyzed', matchedQuotes: 1, related: 0, libraryFull: [{ outlet: 'VOI', count: 40 }] }}
        canRun
        run={{ state: 'ready' }}
        onOpenSidebar={() => {}}
        onRunHere={() => {}}
        onOpenOptions={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/penuh, jadi artikel ini tidak disimpan.*tetap aman.*VOI \(40 artikel\)/);
    await expectNoAxeViolations(container);
  });
});
