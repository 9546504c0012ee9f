// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';

// In jsdom, WXT's own `wxt/browser` test alias drags in its build tooling (esbuild refuses jsdom's TextEncoder).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { ReaderArticle, ReaderPage, quoteSegments } from '../../components/reader/ReaderArticle';
import type { Article, Quote } from '../../lib/types';
import { expectNoAxeViolations } from './axe';

const paragraphs = [
  'ORBITINDONESIA.COM - Sekretaris Jenderal NATO, Mark Rutte pada Kamis, 13 Februari 2025 kembali menegaskan perlunya memperkuat Ukraina.',
  '"Kami harus terus memberikan dukungan militer," tambah Mark Rutte.',
  'Sementara itu, Umerov menegaskan bahwa negaranya akan terus berjuang. "Kami kuat, kami mampu, kami siap, dan kami akan memberikan hasil," ujarnya.',
];

function quoteOf(n: number, paragraph: number, text: string, speakerName?: string): Quote {
  const start = paragraphs[paragraph]!.indexOf(text);
  return {
    id: `003#q${n}`,
    text,
    speaker: speakerName ? { id: speakerName.toLowerCase().replace(/ /g, '-'), name: speakerName, asWritten: speakerName } : undefined,
    range: { paragraph, start, endParagraph: paragraph, end: start + text.length },
  };
}

const article: Article = {
  id: '003_043be2cf66e89dc0',
  source: { file: '003_043be2cf66e89dc0.txt' },
  title: 'Sekjen NATO Mark Rutte Tegaskan Perlu Perkuat Ukraina Sebelum Pembicaraan Damai',
  outlet: 'Orbit Indonesia',
  citedSources: ['ANTARA'],
  authors: ['Redaksi Orbit'],
  publishedAt: '2025-02-13',
  dates: [],
  dateConflict: {
    message: 'header says 2022-12-09, text says 2025-02-13',
    dates: [
      { date: '2022-12-09', text: 'DECEMBER 9, 2022', source: 'header', confidence: 'exact' },
      { date: '2025-02-13', text: 'Kamis, 13 Februari 2025', source: 'body', confidence: 'exact', paragraph: 0 },
    ],
  },
  paragraphs,
  quotes: [
    quoteOf(0, 1, 'Kami harus terus memberikan dukungan militer,', 'Mark Rutte'),
    quoteOf(1, 2, 'Kami kuat, kami mampu, kami siap, dan kami akan memberikan hasil,', 'Rustem Umerov'),
  ],
  entities: [],
  warnings: [],
};

afterEach(() => cleanup());

describe('reader page', () => {
  it('shows the article with its outlet, date, author, cited sources and date conflict', async () => {
    const { container } = render(<ReaderArticle article={article} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    expect(container.textContent).toContain('Orbit Indonesia');
    expect(container.textContent).toContain('13 Feb 2025');
    expect(container.textContent).toContain('Oleh Redaksi Orbit');
    expect(container.textContent).toContain('Mengutip: ANTARA');
    expect(container.textContent).toContain('Tanggal tidak konsisten: bagian atas halaman 9 Des 2022, isi artikel 13 Feb 2025');
    await expectNoAxeViolations(container);
  });

  it('highlights each quote exactly where it stands, with its speaker named', () => {
    const { container } = render(<ReaderArticle article={article} />);
    const marks = [...container.querySelectorAll('.reader-body mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(article.quotes.map((quote) => quote.text));
    expect(marks[1]!.getAttribute('title')).toBe('Kutipan: Rustem Umerov');
    expect(marks[1]!.nextElementSibling?.textContent).toBe('(Rustem Umerov)');
    // The text around the quotes is all still there.
    expect(container.querySelector('.reader-body')!.textContent).toContain('Sementara itu, Umerov menegaskan');
  });

  it('names the speaker after the quote\'s closing mark when the quote ends before its comma', () => {
    const text = '"Kami akan terus membantu," kata Rutte di Brussel.';
    const quote: Quote = {
      id: 'x#q0', text: 'Kami akan terus membantu',
      speaker: { id: 'mark-rutte', name: 'Mark Rutte', asWritten: 'Rutte' },
      range: { paragraph: 0, start: 1, endParagraph: 0, end: 25 },
    };
    const { container } = render(<ReaderArticle article={{ ...article, paragraphs: [text], quotes: [quote], dateConflict: undefined }} />);
    expect(container.querySelector('.reader-body p')!.textContent).toBe('"Kami akan terus membantu,"(Mark Rutte) kata Rutte di Brussel.');
  });

  it('marks a quote that runs over two paragraphs in both, and skips a range outside the text', () => {
    const spanning: Quote = {
      id: 'x#q0',
      text: 'dua paragraf',
      range: { paragraph: 0, start: 100, endParagraph: 1, end: 10 },
    };
    const broken: Quote = { id: 'x#q1', text: 'hilang', range: { paragraph: 2, start: 10, endParagraph: 2, end: 9999 } };
    const segments = quoteSegments({ paragraphs, quotes: [spanning, broken] });
    expect(segments[0]).toEqual([{ start: 100, end: paragraphs[0]!.length, quote: spanning, last: false }]);
    expect(segments[1]).toEqual([{ start: 0, end: 10, quote: spanning, last: true }]);
    expect(segments[2]).toEqual([]);
  });

  it('says so when the article is not in the index', async () => {
    const { container } = render(<ReaderPage state={{ status: 'error', message: 'Artikel ini tidak ada di Jejak. Mungkin sudah dihapus dari perpustakaan.' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Artikel ini tidak ada di Jejak. Mungkin sudah dihapus dari perpustakaan.');
    await expectNoAxeViolations(container);
  });
});
