// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { LibraryApp, type LibraryApi } from '../../components/library/LibraryApp';
import type { LibraryEntry } from '../../lib/library/store';
import { expectNoAxeViolations } from './axe';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

function entry(id: string, outlet: string, date: string, title: string): LibraryEntry {
  return { id, outlet, date, title, savedAt: '2024-08-01T00:00:00Z', source: 'imported', quoteCount: 1, paragraphCount: 5 };
}

const ENTRIES: LibraryEntry[] = [
  entry('washington', 'cnnindonesia.com', '2024-07-10', 'Stoltenberg Buka KTT NATO di Washington, Zelensky Hadir'),
  entry('vilnius-b', 'tempo.co', '2023-07-12', 'Zelensky Kecewa di KTT Vilnius, Stoltenberg Minta Sabar'),
  entry('vilnius-a', 'kompas.com', '2023-07-11', 'Stoltenberg Buka KTT NATO di Vilnius, Zelensky Datang'),
  entry('gandum', 'detik.com', '2023-07-11', 'Harga Gandum Naik Setelah Rusia Hentikan Kesepakatan Laut Hitam'),
];

function api(): LibraryApi & { list: ReturnType<typeof vi.fn> } {
  return {
    list: vi.fn(async ({ offset, limit }: { offset: number; limit: number }) => ENTRIES.slice(offset, offset + limit)),
    count: async () => ENTRIES.length,
    outlets: async () => [],
    remove: async () => 0,
    search: async () => [],
    importFiles: async () => ({ imported: 0, updated: 0, duplicateUrl: 0, duplicateText: 0, duplicateBundled: 0, rejected: [] }),
    exportJsonl: async () => new Blob([]),
    storage: async () => ({}),
    openReader: vi.fn(),
  };
}

describe('Library page, by event', () => {
  it('groups two outlets on one event under its earliest headline and lists the rest apart', async () => {
    const fake = api();
    const { container } = render(<LibraryApp api={fake} />);
    await screen.findByText(ENTRIES[3]!.title!);
    fireEvent.change(screen.getByRole('combobox', { name: /Urutkan/ }), { target: { value: 'event' } });

    const event = await screen.findByRole('region', { name: ENTRIES[2]!.title! });
    expect(within(event).getByRole('heading', { level: 3 }).textContent).toBe(ENTRIES[2]!.title);
    expect(within(event).getAllByRole('listitem').map((li) => li.querySelector('.entry-title')!.textContent)).toEqual([ENTRIES[2]!.title, ENTRIES[1]!.title]);
    expect(event.querySelector('.event-meta')!.textContent).toContain('2 artikel · kompas.com, tempo.co');
    expect(event.querySelector('.event-meta')!.textContent).toMatch(/11 Jul 2023 – 12 Jul 2023/);

    const singles = screen.getByRole('region', { name: 'Artikel tanpa liputan lain tentang peristiwa yang sama' });
    expect(within(singles).getAllByRole('listitem').map((li) => li.querySelector('.entry-title')!.textContent)).toEqual([ENTRIES[0]!.title, ENTRIES[3]!.title]);
    expect(screen.getAllByRole('region', { name: /./ }).filter((r) => r.classList.contains('event'))).toHaveLength(2);

    fireEvent.click(within(event).getByRole('button', { name: ENTRIES[1]!.title! }));
    expect(fake.openReader).toHaveBeenCalledWith('vilnius-b');
    await waitFor(() => expect(fake.list).toHaveBeenLastCalledWith(expect.objectContaining({ order: 'date', offset: 0 })));
    await expectNoAxeViolations(container);
  });

  it('says so when no two articles share an event', async () => {
    render(<LibraryApp api={{ ...api(), list: async () => [ENTRIES[0]!, ENTRIES[3]!] }} />);
    await screen.findByText(ENTRIES[3]!.title!);
    fireEvent.change(screen.getByRole('combobox', { name: /Urutkan/ }), { target: { value: 'event' } });
    expect(await screen.findByText('Belum ada dua artikel yang memberitakan peristiwa yang sama.')).toBeTruthy();
  });
});

describe('Library page, import report', () => {
  it('says in Indonesian why each record was turned down, with its file and line', async () => {
    const fake = api();
    fake.importFiles = async () => ({
      imported: 1, updated: 0, duplicateUrl: 0, duplicateText: 0, duplicateBundled: 0,
      rejected: [
        { file: 'arsip.jsonl', line: 2, message: 'not valid JSON (Unexpected token)', code: 'invalidJson' },
        { file: 'arsip.jsonl', line: 3, message: '"publishedAt" must be a real date written YYYY-MM-DD', code: 'badDate' },
        { file: 'catatan.docx', message: 'unsupported file type ".docx": use .jsonl, .json', code: 'unsupportedType', params: ['.docx', '.jsonl, .json'] },
        // A report stored before reasons had codes: its own words.
        { file: 'lama.jsonl', line: 9, message: 'the article is too long' },
      ],
    });
    const { container } = render(<LibraryApp api={fake} />);
    const input = screen.getByLabelText(/Pilih berkas/i);
    fireEvent.change(input, { target: { files: [new File(['{}'], 'arsip.jsonl')] } });
    await waitFor(() => expect(container.querySelectorAll('.report .problems li')).toHaveLength(4));
    const lines = [...container.querySelectorAll('.report .problems li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'arsip.jsonl:2 — bukan JSON yang sah',
      'arsip.jsonl:3 — "publishedAt" harus tanggal yang benar-benar ada, ditulis TTTT-BB-HH',
      'catatan.docx — jenis berkas ".docx" tidak didukung; gunakan .jsonl, .json',
      'lama.jsonl:9 — the article is too long',
    ]);
    // Something was taken in: the report is not a warning.
    expect(container.querySelector('.report')!.classList.contains('report-none')).toBe(false);
    await expectNoAxeViolations(container);
  });
});

describe('Library page, import that took nothing in', () => {
  it('shows the report as a warning when every record was turned down', async () => {
    const fake = api();
    fake.importFiles = async () => ({
      imported: 0, updated: 0, duplicateUrl: 0, duplicateText: 0, duplicateBundled: 0,
      rejected: [{ file: 'kosong.txt', message: 'the file is empty', code: 'emptyFile' }],
    });
    const { container } = render(<LibraryApp api={fake} />);
    fireEvent.change(screen.getByLabelText(/Pilih berkas/i), { target: { files: [new File([''], 'kosong.txt')] } });
    await waitFor(() => expect(container.querySelector('.report .problems li')?.textContent).toBe('kosong.txt — berkasnya kosong'));
    expect(container.querySelector('.report')!.classList.contains('report-none')).toBe(true);
    await expectNoAxeViolations(container);
  });
});

describe('Library page, storage', () => {
  it('writes the storage used with an Indonesian decimal comma', async () => {
    const fake = api();
    fake.storage = async () => ({ usage: 312_000, quota: 10_700_000_000 });
    render(<LibraryApp api={fake} />);
    expect((await screen.findByText(/Terpakai/)).textContent).toContain('Terpakai 0,3 MB dari 10,7 GB yang diizinkan browser');
  });
});

describe('Library page, deleting', () => {
  it('asks once more before deleting, and takes the question back when the reader moves on', async () => {
    const fake = api();
    const remove = vi.fn(async () => 1);
    fake.remove = remove;
    const { container } = render(<LibraryApp api={fake} />);
    const title = ENTRIES[0]!.title!;
    const first = await screen.findByRole('button', { name: `Hapus: ${title}` });
    fireEvent.click(first);
    expect(remove).not.toHaveBeenCalled();
    const asking = screen.getByRole('button', { name: `Yakin hapus?: ${title}` });
    await expectNoAxeViolations(container);
    fireEvent.blur(asking);
    fireEvent.click(screen.getByRole('button', { name: `Hapus: ${title}` }));
    fireEvent.click(screen.getByRole('button', { name: `Yakin hapus?: ${title}` }));
    expect(remove).toHaveBeenCalledWith(['washington']);
    expect(await screen.findByText(`Dihapus: ${title}`)).toBeTruthy();
  });
});
