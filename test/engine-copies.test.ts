/**
 * The page's own article may sit in the index more than once: the outlet's
 * mobile or AMP address, or the same story re-published under a new path and
 * read again. None of those copies is "another outlet"; another outlet that
 * republished the text word for word still is.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../lib/match/engine';
import type { Article } from '../lib/types';
import { loadFixtureSeeds } from './fixture-seeds';

const [voi, tribun] = loadFixtureSeeds();
const PAGE_URL = 'https://www.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan';
const copy = (id: string, url: string, outlet: string): Article => ({ ...voi!, id, url, outlet });
const page = { url: PAGE_URL, title: voi!.title, outlet: 'VOI', publishedAt: voi!.publishedAt, paragraphs: voi!.paragraphs };

const matchedIds = (engine: ReturnType<typeof createEngine>) => {
  const analysis = engine.analyze(page, { force: true });
  return {
    quotes: new Set(analysis.quotes.flatMap((q) => q.matches.map((m) => m.articleId))),
    related: analysis.related.map((r) => r.articleId),
  };
};

describe('copies of the page in the index', () => {
  it('leaves out every copy on the page’s own outlet, whatever its address, and keeps the other outlet', () => {
    const engine = createEngine();
    engine.add({ ...tribun!, id: 'tribun' });
    engine.add(copy('voi-amp', 'https://amp.voi.id/berita/289123/sekjen-nato-ukraina-membuat-kemajuan-amp', 'VOI'));
    engine.add(copy('voi-again', 'https://voi.id/berita/300001/sekjen-nato-ukraina-membuat-kemajuan-diperbarui', 'VOI'));
    const { quotes, related } = matchedIds(engine);
    expect(quotes.has('tribun')).toBe(true);
    expect(quotes.has('voi-amp') || quotes.has('voi-again')).toBe(false);
    expect(related).toContain('tribun');
    expect(related).not.toContain('voi-amp');
    expect(related).not.toContain('voi-again');
  });

  it('still shows another outlet that republished the article word for word', () => {
    const engine = createEngine();
    engine.add(copy('voi-saved', PAGE_URL, 'VOI'));
    engine.add(copy('wire-copy', 'https://www.antaranews.com/berita/3581234/sekjen-nato-ukraina-membuat-kemajuan', 'ANTARA'));
    const { quotes, related } = matchedIds(engine);
    expect(quotes.has('voi-saved')).toBe(false);
    expect(related).not.toContain('voi-saved');
    expect(quotes.has('wire-copy')).toBe(true);
  });

  it('leaves out every article at the page’s own address, however its text differs from the page (a saved copy beside the indexed one)', () => {
    const engine = createEngine();
    engine.add({ ...tribun!, id: 'tribun' });
    // Indexed as the outlet first published it (every paragraph since edited), then saved by the reader from the page.
    engine.add({ ...voi!, id: 'voi-indexed', url: PAGE_URL, outlet: undefined, paragraphs: voi!.paragraphs.map((p) => `${p} (diperbarui)`) });
    engine.add(copy('voi-saved', `${PAGE_URL}?utm_source=share`, 'VOI'));
    const { quotes, related } = matchedIds(engine);
    expect(quotes.has('tribun')).toBe(true);
    expect([...quotes].filter((id) => id.startsWith('voi'))).toEqual([]);
    expect(related.filter((id) => id.startsWith('voi'))).toEqual([]);
  });

  it('leaves out the page’s indexed copy that names no address, once the reader has saved the page too', () => {
    const engine = createEngine();
    engine.add({ ...tribun!, id: 'tribun' });
    engine.add({ ...voi!, id: 'voi-unlabelled', url: undefined, outlet: undefined });
    engine.add(copy('voi-saved', PAGE_URL, 'VOI'));
    const { quotes, related } = matchedIds(engine);
    expect(quotes.has('tribun')).toBe(true);
    expect([...quotes].filter((id) => id.startsWith('voi'))).toEqual([]);
    expect(related.filter((id) => id.startsWith('voi'))).toEqual([]);
  });
});
