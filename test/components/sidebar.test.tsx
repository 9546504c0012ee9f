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
function Harness(props: { state: SidebarState; initiallyOpen?: boolean; introduce?: boolean; onQuoteClick?: (quote: Quote) => boolean | void }) {
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
      introduce={props.introduce}
    />
  );
}

const ready: SidebarState = { status: 'ready', data: analyzeResponse };

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('launcher', () => {
  it('names Jejak and the number of page quotes other outlets reported', async () => {
    const { container } = render(<Harness state={ready} />);
    const launcher = screen.getByRole('button', { name: 'Jejak: 4 kutipan juga dimuat media lain' });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('complementary')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says in words what it is while Jejak introduces itself, and only the count after that', async () => {
    const { container, rerender } = render(<Harness state={ready} introduce />);
    const launcher = screen.getByRole('button', { name: 'Jejak: 4 kutipan juga dimuat media lain' });
    expect(launcher.textContent).toBe('Jejak · 4 kutipan');
    await expectNoAxeViolations(container);
    rerender(<Harness state={ready} />);
    expect(screen.getByRole('button', { name: /^Jejak:/ }).textContent).toBe('4');
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

/** The reader is on VOI's article of 14 June 2023 (see fixtures/analysis.ts). */
const page = { url: 'https://voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan', outlet: 'VOI', publishedAt: '2023-06-14', title: 'Sekjen NATO: Ukraina Membuat Kemajuan' };
const readyOnPage: SidebarState = { status: 'ready', data: analyzeResponse, page };

const cardOf = (quoteStart: RegExp) => screen.getByRole('button', { name: quoteStart }).closest('.quote-card') as HTMLElement;

describe('panel', () => {
  it('says first, in one line, what Jejak found', () => {
    render(<Harness state={readyOnPage} initiallyOpen />);
    const body = document.querySelector('.panel-body')!;
    expect(body.firstElementChild?.textContent).toBe('4 kutipan di artikel ini juga dimuat TribunWow.');
  });

  it('folds why Jejak appeared into one line at the bottom, in words, without counts or timings', () => {
    render(<Harness state={readyOnPage} initiallyOpen />);
    const body = document.querySelector('.panel-body')!;
    const why = body.lastElementChild as HTMLDetailsElement;
    expect(why.tagName).toBe('DETAILS');
    expect(why.open).toBe(false);
    expect(why.querySelector('summary')?.textContent).toBe('Mengapa Jejak muncul di sini?');
    expect(why.textContent).toContain('Artikel ini menyebut NATO, Ukraina dan Stoltenberg di paragraf pembuka');
    expect(body.textContent).not.toMatch(/×\d|\d+ ms/);
  });

  it('shows each quote as a comparison: this article first, then each outlet, "wilayah" struck and "tanah" marked', async () => {
    const { container } = render(<Harness state={readyOnPage} initiallyOpen />);
    const card = cardOf(/Semakin banyak wilayah/);
    const versions = [...card.querySelectorAll('.version')];
    expect(versions.map((v) => v.querySelector('.outlet')?.textContent)).toEqual(['Artikel ini', 'TribunWow']);
    expect(versions[0]!.textContent).toContain('VOI');
    expect([...card.querySelectorAll('del')].map((el) => el.textContent)).toEqual(['dihapus: wilayah']);
    expect([...card.querySelectorAll('ins')].map((el) => el.textContent)).toEqual(['ditambahkan: tanah']);
    expect(versions[1]!.textContent).toContain('redaksi berbeda');
    expect(versions[1]!.textContent).toContain('14 Jun 2023');
    expect(versions[1]!.textContent).toContain('Kepala NATO Berharap Serangan Baru Ukraina');
    expect(card.querySelector('.speaker')?.textContent).toBe('Jens Stoltenberg');
    await expectNoAxeViolations(container);
  });

  it('names the speaker without the verb that introduced the quote', () => {
    const withCue = structuredClone(analyzeResponse);
    withCue.analysis.quotes[1]!.quote.cue = 'sebut';
    render(<Harness state={{ status: 'ready', data: withCue }} initiallyOpen />);
    expect(cardOf(/Semakin banyak wilayah/).textContent).not.toContain('sebut');
  });

  it('keeps a spelling difference quiet and never calls a version with "…" identical', () => {
    render(<Harness state={readyOnPage} initiallyOpen />);
    const spelling = cardOf(/Pada KTT kami di Lithuania/);
    expect(spelling.textContent).toContain('sama, ejaan berbeda');
    expect(spelling.querySelectorAll('del, ins')).toHaveLength(0);
    const split = cardOf(/Kami telah memperkuat/);
    expect(split.textContent).toContain('dalam beberapa kutipan');
    expect(split.textContent).not.toContain('sama persis');
    // The outlet's own "…" between its two quotes is not an added word.
    expect(split.querySelectorAll('del, ins')).toHaveLength(0);
  });

  it('says so when a clicked quote is no longer in the page', () => {
    const onQuoteClick = vi.fn(() => false);
    render(<Harness state={readyOnPage} initiallyOpen onQuoteClick={onQuoteClick} />);
    const card = cardOf(/Semakin banyak wilayah/);
    expect(card.textContent).not.toContain('tidak ditemukan di halaman');
    fireEvent.click(screen.getByRole('button', { name: /Semakin banyak wilayah/ }));
    expect(onQuoteClick).toHaveBeenCalledWith(analyzeResponse.analysis.quotes[1]!.quote);
    expect(card.querySelector('.not-found[role="status"]')?.textContent).toBe('Kutipan ini tidak ditemukan di halaman; mungkin halaman sudah berubah.');
  });

  it('says nothing more when the clicked quote is found', () => {
    render(<Harness state={readyOnPage} initiallyOpen onQuoteClick={() => true} />);
    fireEvent.click(screen.getByRole('button', { name: /Semakin banyak wilayah/ }));
    expect(cardOf(/Semakin banyak wilayah/).textContent).not.toContain('tidak ditemukan');
  });

  it('copies the comparison as plain text: quote, speaker, each wording with its outlet, date and address', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Harness state={readyOnPage} initiallyOpen />);
    const card = cardOf(/Semakin banyak wilayah/);
    fireEvent.click(within(card).getByRole('button', { name: 'Salin perbandingan' }));
    await vi.waitFor(() => expect(card.textContent).toContain('Perbandingan disalin.'));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]![0]).toBe(
      [
        '“Semakin banyak wilayah yang bisa dibebaskan Ukraina, semakin kuat tangan mereka di meja perundingan”\nPembicara: Jens Stoltenberg',
        `Artikel ini · VOI · 14 Jun 2023\n“Semakin banyak wilayah yang bisa dibebaskan Ukraina, semakin kuat tangan mereka di meja perundingan”\n${page.url}`,
        'TribunWow · 14 Jun 2023 · redaksi berbeda\n“Semakin banyak tanah yang bisa dibebaskan Ukraina, semakin kuat tangan mereka di meja perundingan”\nPerbedaan: wilayah → tanah\nhttps://wow.tribunnews.com/2023/06/14/kepala-nato-berharap-serangan-baru-ukraina',
        'Dibandingkan dengan Jejak.',
      ].join('\n\n'),
    );
  });

  it('lists the versions oldest first, and says in words when the same words were said on another occasion', () => {
    const data = structuredClone(analyzeResponse);
    const result = data.analysis.quotes[1]!;
    result.matches.unshift({ ...result.matches[0]!, articleId: '004_ed26206d9a183108', quoteIds: ['004#q1'], daysApart: 366 });
    render(<Harness state={{ status: 'ready', data, page }} initiallyOpen />);
    const versions = [...cardOf(/Semakin banyak wilayah/).querySelectorAll('.version')];
    expect(versions.map((v) => v.querySelector('.date')?.textContent)).toEqual(['14 Jun 2023', '14 Jun 2023', '14 Jun 2024']);
    expect(versions[2]!.textContent).toContain('Diucapkan lagi pada kesempatan lain, 366 hari sesudahnya.');
    expect(versions[1]!.textContent).not.toContain('kesempatan lain');
  });

  it('counts the page quotes nobody else reported', () => {
    render(<Harness state={ready} initiallyOpen />);
    expect(screen.getByText('2 kutipan lain di artikel ini belum ditemukan di media lain.')).toBeTruthy();
  });

  it('keeps the timeline to the same event, with this article in its place', () => {
    render(<Harness state={readyOnPage} initiallyOpen />);
    const timeline = screen.getByRole('region', { name: 'Lini masa peristiwa ini' });
    const items = [...timeline.querySelectorAll('.timeline-item')];
    expect(items.map((item) => item.querySelector('.outlet')?.textContent)).toEqual(['TribunWow', 'Artikel ini']);
    expect(items[1]!.getAttribute('aria-current')).toBe('page');
    expect(items[1]!.textContent).toContain(page.title);
  });

  it('lists coverage of other events apart, each with a reason beyond the time between', () => {
    render(<Harness state={readyOnPage} initiallyOpen />);
    const others = screen.getByRole('region', { name: 'Liputan lain tentang topik ini' });
    const items = within(others).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.outlet')?.textContent)).toEqual(['VOI', 'VOI', 'Orbit Indonesia']);
    expect(items[0]!.querySelector('.reasons')?.textContent).toBe('Stoltenberg · selisih 366 hari');
    // No title: the first sentence stands in, without its dateline.
    expect(items[1]!.textContent).toContain('Sekretaris Jenderal Pakta Pertahanan Atlantik Utara (NATO) Jens Stoltenberg, Jumat (5/7)');
  });

  it('opens an index article in the reader through the background, and links the original', () => {
    const sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Harness state={readyOnPage} initiallyOpen />);
    const timeline = screen.getByRole('region', { name: 'Lini masa peristiwa ini' });
    fireEvent.click(within(timeline).getByRole('button', { name: /^Kepala NATO Berharap/ }));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'open-reader', id: '001_b20bb185f5d74590' });
    const original = within(timeline).getByRole('link', { name: /Sumber asli/ });
    expect(original.getAttribute('href')).toBe(analyzeResponse.articles['001_b20bb185f5d74590']!.url);
    expect(original.getAttribute('target')).toBe('_blank');
  });

  it('tells a date conflict once, on the article it concerns', () => {
    const data = structuredClone(analyzeResponse);
    data.articles['001_b20bb185f5d74590']!.dateConflict = data.articles['003_043be2cf66e89dc0']!.dateConflict;
    render(<Harness state={{ status: 'ready', data, page }} initiallyOpen />);
    const warnings = screen.getAllByText('Tanggal tidak konsisten: bagian atas halaman 9 Des 2022, isi artikel 13 Feb 2025');
    // One for TribunWow (in the timeline, not on each of its four quotes), one for Orbit Indonesia.
    expect(warnings).toHaveLength(2);
    expect(warnings[0]!.closest('.timeline-item')?.textContent).toContain('TribunWow');
    expect(warnings[1]!.closest('.related')?.textContent).toContain('Orbit Indonesia');
  });

  it('says plainly when the library has no other outlet\'s report, with no empty boxes', async () => {
    const { container } = render(<Harness state={{ status: 'ready', data: emptyResponse }} initiallyOpen />);
    // The launcher is hidden while the panel is open; its name still has to be right for when it comes back.
    expect(container.querySelector('button[aria-expanded]')?.getAttribute('aria-label')).toBe('Jejak: belum ada liputan media lain');
    expect(container.querySelector('.launcher-count')).toBeNull();
    expect(screen.getByText('Perpustakaan Jejak belum memuat liputan media lain tentang peristiwa ini.')).toBeTruthy();
    expect(screen.queryAllByRole('region')).toHaveLength(0);
    await expectNoAxeViolations(container);
  });

  it('shows the loading and error states', async () => {
    const { container, rerender } = render(<Harness state={{ status: 'loading' }} initiallyOpen />);
    expect(screen.getByRole('status').textContent).toContain('Menganalisis artikel ini');
    await expectNoAxeViolations(container);
    cleanup();
    render(<Harness state={{ status: 'error', reason: 'failed' }} initiallyOpen />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Jejak tidak dapat menganalisis halaman ini');
    expect(alert.textContent).toContain('Muat ulang halaman untuk mencoba lagi.');
    cleanup();
    render(<Harness state={{ status: 'error', reason: 'not-article' }} initiallyOpen />);
    expect(screen.getByRole('alert').textContent).toContain('tidak tampak seperti satu artikel berita');
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
    const handle = screen.getByRole('separator', { name: 'Ubah lebar sidebar Jejak' });
    expect(handle.getAttribute('aria-valuenow')).toBe('400');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(onWidthChange).toHaveBeenLastCalledWith(424);
    fireEvent.keyDown(handle, { key: 'ArrowRight', shiftKey: true });
    expect(onWidthChange).toHaveBeenLastCalledWith(304);
    fireEvent.keyDown(handle, { key: 'Home' });
    expect(onWidthChange).toHaveBeenLastCalledWith(300);
  });
});
