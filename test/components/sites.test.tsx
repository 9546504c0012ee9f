// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { AlwaysRunSite } from '../../components/sites/AlwaysRunSite';
import { AlwaysSites, type AlwaysSitesApi } from '../../components/sites/AlwaysSites';
import { expectNoAxeViolations } from './axe';

afterEach(() => cleanup());

describe('“Selalu jalankan Jejak di situs ini” in the popup', () => {
  it('offers the one site, and asks for it in the reader’s click', async () => {
    const onAllow = vi.fn();
    const { container } = render(<AlwaysRunSite host="kabar.example.org" state="offer" onAllow={onAllow} />);
    expect(screen.getByRole('status').textContent).toBe('Browser akan meminta izin untuk kabar.example.org saja.');
    fireEvent.click(screen.getByRole('button', { name: 'Selalu jalankan Jejak di situs ini' }));
    expect(onAllow).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('says when the site is granted, and when it was refused', () => {
    const { rerender } = render(<AlwaysRunSite host="kabar.example.org" state="granted" onAllow={() => {}} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/berjalan sendiri di kabar\.example\.org/);
    rerender(<AlwaysRunSite host="kabar.example.org" state="denied" onAllow={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/tidak diberikan/);
  });
});

describe('granted sites in the options page', () => {
  function fakeSites(initial: string[]): AlwaysSitesApi & { hosts: string[] } {
    const api = {
      hosts: [...initial],
      list: async () => [...api.hosts],
      remove: async (host: string) => {
        api.hosts = api.hosts.filter((h) => h !== host);
      },
    };
    return api;
  }

  it('lists each site and removes one, saying so', async () => {
    const api = fakeSites(['kabar.example.org', 'warta.example.id']);
    const { container } = render(<AlwaysSites api={api} />);
    const remove = await screen.findByRole('button', { name: 'Hapus izin untuk kabar.example.org' });
    await expectNoAxeViolations(container);
    fireEvent.click(remove);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('kabar.example.org dihapus: Jejak tidak lagi berjalan sendiri di sana.'));
    expect(api.hosts).toEqual(['warta.example.id']);
    expect(screen.queryByText('kabar.example.org')).toBeNull();
  });

  it('says how to add one when there is none', async () => {
    render(<AlwaysSites api={fakeSites([])} />);
    expect(await screen.findByText(/Belum ada/)).toBeTruthy();
  });

  it('names the site and the browser’s reason when removing fails', async () => {
    const api = { list: async () => ['kabar.example.org'], remove: async () => Promise.reject(new Error('izin tidak ditemukan')) };
    render(<AlwaysSites api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: /kabar\.example\.org/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('kabar.example.org tidak dapat dihapus: izin tidak ditemukan'));
  });
});
