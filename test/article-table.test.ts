import { describe, expect, it } from 'vitest';
import { ArticleTable, type EngineArticle } from '../lib/match/article-table';

function entry(i: number): EngineArticle {
  const e: EngineArticle = {
    id: `a${i}`,
    lead: `Kalimat pembuka ke-${i} — “kutipan” dan tanda baca…`,
    quoteCount: i % 4,
    origin: i % 3 === 0 ? 'bundled' : 'library',
    paragraphHashes: [i * 7919, 2 ** 52 + i],
    title: `Judul ${i}`,
    outlet: ['Kompas', 'Tempo', 'Detik'][i % 3],
    url: `https://example.id/berita/${i}`,
  };
  if (i % 5 !== 0) e.publishedAt = `2024-06-${String((i % 28) + 1).padStart(2, '0')}`;
  if (i % 11 === 0) e.dateConflict = { message: 'header says 2024-06-01, text says 2024-06-02', dates: [] };
  return e;
}

const canonical = (i: number) => `example.id/berita/${i}`;

describe('ArticleTable', () => {
  it('gives every entry back as it was set, and finds articles by canonical URL', () => {
    const table = new ArticleTable();
    for (let i = 0; i < 50; i++) table.set(entry(i), canonical(i));
    expect(table.size).toBe(50);
    for (let i = 0; i < 50; i++) {
      expect(table.get(`a${i}`)).toEqual(entry(i));
      expect(table.publishedAt(`a${i}`)).toBe(entry(i).publishedAt);
      expect(Array.from(table.paragraphHashes(`a${i}`)!)).toEqual(entry(i).paragraphHashes);
      expect(table.idForUrl(canonical(i))).toBe(`a${i}`);
    }
    expect([...table.values()].map((e) => e.id)).toEqual(Array.from({ length: 50 }, (_, i) => `a${i}`));
  });

  it('replaces an entry set again, and forgets a deleted one everywhere', () => {
    const table = new ArticleTable();
    for (let i = 0; i < 5; i++) table.set(entry(i), canonical(i));
    table.set({ ...entry(2), title: 'Judul baru' }, canonical(2));
    expect(table.size).toBe(5);
    expect(table.get('a2')?.title).toBe('Judul baru');
    expect(table.delete('a3')).toBe(true);
    expect(table.delete('a3')).toBe(false);
    expect(table.get('a3')).toBeUndefined();
    expect(table.idForUrl(canonical(3))).toBeUndefined();
    expect(table.paragraphHashes('a3')).toBeUndefined();
    expect([...table.values()].map((e) => e.id)).toEqual(['a0', 'a1', 'a4', 'a2']);
  });

  it('keeps every live entry through the compaction many deletions cause, and through a structured clone of its snapshot', () => {
    const table = new ArticleTable();
    for (let i = 0; i < 3000; i++) table.set(entry(i), canonical(i));
    for (let i = 0; i < 3000; i++) if (i % 3 !== 1) table.delete(`a${i}`);
    table.set(entry(3000), canonical(3000));
    const live = [...Array.from({ length: 3000 }, (_, i) => i).filter((i) => i % 3 === 1), 3000];
    const loaded = ArticleTable.fromSnapshot(structuredClone(table.snapshot()));
    for (const t of [table, loaded]) {
      expect(t.size).toBe(live.length);
      expect([...t.values()]).toEqual(live.map(entry));
      expect(t.idForUrl(canonical(4))).toBe('a4');
      expect(t.idForUrl(canonical(3))).toBeUndefined();
      expect(t.get('a0')).toBeUndefined();
    }
    loaded.set(entry(3001), canonical(3001));
    expect(loaded.get('a3001')).toEqual(entry(3001));
  });
});
