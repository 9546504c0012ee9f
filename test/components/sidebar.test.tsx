// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
// In jsdom, WXT's own `wxt/browser` test alias drags in its build tooling (esbuild refuses jsdom's TextEncoder); the fake browser alone is all these views need.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { SidebarApp, type SidebarState } from '../../components/sidebar/SidebarApp';
import type { Quote } from '../../lib/types';
import { analyzeResponse, emptyResponse } from './fixtures/analysis';
import { expectNoAxeViolations } from './axe';

/** The sidebar as the content script uses it: it owns `open` and `width`. */
function Harness(props: { state: SidebarState; initiallyOpen?: boolean; onQuoteClick?: (quote: Quote) => void }) {
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  const [width, setWidth] = useState(400);
  return (
    <SidebarApp
      state={props.state}
      open={open}
      onOpenChange={setOpen}
      onQuoteClick={props.onQuoteClick ?? (() => {})}
      width={width}
      onWidthChange={setWidth}
    />
  );
}

const ready: SidebarState = { status: 'ready', data: analyzeResponse };

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('launcher', () => {
  it('names Jejak and the number of page quotes other outlets reported', async () => {
    const { container } = render(<Harness state={ready} />);
    const launcher = screen.getByRole('button', { name: 'Jejak: 4 kutipan cocok' });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('complementary')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says it is still analysing while loading', () => {
    render(<Harness state={{ status: 'loading' }} />);
    expect(screen.getByRole('button', { name: /^Jejak: menganalisis/ })).toBeTruthy();
  });

  it('opens the panel as a landmark named Jejak and moves focus into it', async () => {
    const { container } = render(<Harness state={ready} />);
    fireEvent.click(screen.getByRole('button', { name: /^Jejak:/ }));
    const panel = screen.getByRole('complementary', { name: /^Jejak/ });
    expect(panel.contains(document.activeElement)).toBe(true);
    await expectNoAxeViolations(container);
  });
});

describe('panel', () => {
  it('explains why the page was detected, folding the evidence per name', () => {
    render(<Harness state={ready} initiallyOpen />);
    const why = screen.getByRole('region', { name: 'Mengapa artikel ini' });
    const terms = within(why).getAllByRole('listitem').map((item) => item.textContent);
    expect(terms).toContain('NATO ×, disebut 5 kali5');
    expect(terms).toContain('Ukraina ×, disebut 12 kali12');
    expect(within(why).getByText(/^NATO/).querySelector('.evidence-count')?.getAttribute('title')).toBe('disebut 5 kali');
    expect(why.textContent).toContain('Muncul di paragraf pembuka');
  });

  it('marks "wilayah" removed and "tanah" added in the other outlet\'s wording', async () => {
    const { container } = render(<Harness state={ready} initiallyOpen />);
    const quotes = screen.getByRole('region', { name: 'Kutipan yang juga dilaporkan media lain' });
    const pageQuote = within(quotes).getByRole('button', { name: /Semakin banyak wilayah/ });
    const card = pageQuote.closest('li')!;
    const removed = [...card.querySelectorAll('del')].map((el) => el.textContent);
    const added = [...card.querySelectorAll('ins')].map((el) => el.textContent);
    expect(removed).toEqual(['dihapus: wilayah']);
    expect(added).toEqual(['ditambahkan: tanah']);
    expect(card.textContent).toContain('diubah kata');
    expect(card.textContent).toContain('TribunWow');
    expect(card.textContent).toContain('14 Jun 2023');
    expect(card.textContent).toContain('Jens Stoltenberg');
    await expectNoAxeViolations(container);
  });

  it('shows an identical match without diff marks and a split match as "dipecah"', () => {
    render(<Harness state={ready} initiallyOpen />);
    const split = screen.getByRole('button', { name: /Kami telah memperkuat/ }).closest('li')!;
    expect(split.textContent).toContain('dipecah');
    expect(split.querySelectorAll('del')).toHaveLength(0);
  });

  it('hands the page quote to the page when the reader clicks it', () => {
    const onQuoteClick = vi.fn();
    render(<Harness state={ready} initiallyOpen onQuoteClick={onQuoteClick} />);
    fireEvent.click(screen.getByRole('button', { name: /Semakin banyak wilayah/ }));
    expect(onQuoteClick).toHaveBeenCalledWith(analyzeResponse.analysis.quotes[1]!.quote);
  });

  it('counts the page quotes nobody else reported', () => {
    render(<Harness state={ready} initiallyOpen />);
    expect(screen.getByText('2 kutipan lain di halaman ini tidak ditemukan di media lain')).toBeTruthy();
  });

  it('lists related coverage with its badge and the reasons in words', () => {
    render(<Harness state={ready} initiallyOpen />);
    const related = screen.getByRole('region', { name: 'Liputan terkait' });
    const items = within(related).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]!.textContent).toContain('peristiwa sama');
    expect(items[0]!.textContent).toContain('Stoltenberg, Biden');
    expect(items[1]!.textContent).toContain('topik sama');
    // No title: the lead sentence stands in.
    expect(items[2]!.textContent).toContain('Jens Stoltenberg, Jumat (5/7), mengatakan NATO');
  });

  it('opens an index article in the reader through the background, and links the original', async () => {
    const sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Harness state={ready} initiallyOpen />);
    const related = screen.getByRole('region', { name: 'Liputan terkait' });
    fireEvent.click(within(related).getByRole('button', { name: /^Kepala NATO Berharap/ }));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'open-reader', id: '001_b20bb185f5d74590' });
    const original = within(related).getAllByRole('link', { name: /Sumber asli/ })[0]!;
    expect(original.getAttribute('href')).toBe(analyzeResponse.articles['001_b20bb185f5d74590']!.url);
    expect(original.getAttribute('target')).toBe('_blank');
  });

  it('flags the date conflict of Orbit Indonesia\'s article', () => {
    render(<Harness state={ready} initiallyOpen />);
    const warnings = screen.getAllByText('Tanggal tidak konsisten: kepala halaman 9 Des 2022, teks 13 Feb 2025');
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('shows the story\'s timeline in date order', () => {
    const shuffled = { ...analyzeResponse, timeline: [...analyzeResponse.timeline].reverse() };
    render(<Harness state={{ status: 'ready', data: shuffled }} initiallyOpen />);
    const timeline = screen.getByRole('region', { name: 'Lini masa cerita ini' });
    const dates = [...timeline.querySelectorAll('.timeline-date')].map((el) => el.textContent);
    expect(dates).toEqual(['14 Jun 2023', '14 Jun 2024', '5 Jul 2024', '13 Feb 2025']);
  });

  it('says plainly when no other outlet reported the quotes and nothing is related', async () => {
    const { container } = render(<Harness state={{ status: 'ready', data: emptyResponse }} initiallyOpen />);
    // The launcher is hidden while the panel is open; its name still has to be right for when it comes back.
    expect(container.querySelector('button[aria-expanded]')?.getAttribute('aria-label')).toBe('Jejak: 0 liputan terkait');
    expect(container.querySelector('.launcher-count')).toBeNull();
    expect(screen.getByText('Tidak ada media lain di indeks yang melaporkan kutipan ini')).toBeTruthy();
    expect(screen.getByText('Tidak ada liputan terkait di indeks.')).toBeTruthy();
    expect(screen.getByText('Belum ada artikel lain tentang cerita ini di indeks.')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('shows the loading and error states', async () => {
    const { container, rerender } = render(<Harness state={{ status: 'loading' }} initiallyOpen />);
    expect(screen.getByRole('status').textContent).toContain('Menganalisis artikel ini');
    await expectNoAxeViolations(container);
    cleanup();
    render(<Harness state={{ status: 'error', message: 'Background tidak menjawab.' }} initiallyOpen />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Jejak tidak dapat menganalisis halaman ini');
    expect(alert.textContent).toContain('Background tidak menjawab.');
    void rerender;
  });
});

describe('keyboard', () => {
  it('closes on Escape and returns focus to the launcher', () => {
    render(<Harness state={ready} />);
    const launcher = screen.getByRole('button', { name: /^Jejak:/ });
    fireEvent.click(launcher);
    const panel = screen.getByRole('complementary', { name: /^Jejak/ });
    fireEvent.keyDown(document.activeElement ?? panel, { key: 'Escape' });
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Jejak:/ }));
  });

  it('closes with the close button', () => {
    render(<Harness state={ready} initiallyOpen />);
    fireEvent.click(screen.getByRole('button', { name: 'Tutup Jejak' }));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('resizes from the keyboard with the arrow keys on the handle', () => {
    const onWidthChange = vi.fn();
    render(
      <SidebarApp state={ready} open onOpenChange={() => {}} onQuoteClick={() => {}} width={400} onWidthChange={onWidthChange} />,
    );
    const handle = screen.getByRole('separator', { name: 'Ubah lebar panel Jejak' });
    expect(handle.getAttribute('aria-valuenow')).toBe('400');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(onWidthChange).toHaveBeenLastCalledWith(424);
    fireEvent.keyDown(handle, { key: 'ArrowRight', shiftKey: true });
    expect(onWidthChange).toHaveBeenLastCalledWith(304);
    fireEvent.keyDown(handle, { key: 'Home' });
    expect(onWidthChange).toHaveBeenLastCalledWith(300);
  });
});
