import { describe, expect, it } from 'vitest';
import { Engine, createEngine } from '../lib/match/engine';
import type { Analysis } from '../lib/match/types';
import { corpusSourceFromSeeds, SyntheticCorpus } from '../scripts/bench/corpus';
import { loadFixtureSeeds } from './fixture-seeds';

const seeds = loadFixtureSeeds();
const corpus = new SyntheticCorpus(corpusSourceFromSeeds(seeds), 400);
const articles = Array.from({ length: 400 }, (_, i) => corpus.article(i));
const pages = [...seeds.map((s) => ({ title: s.title, paragraphs: s.paragraphs, publishedAt: s.publishedAt })), ...[3, 77, 150, 301].map((i) => corpus.page(i, 600))];

/** What a reader is shown: everything but the time the analysis took. */
function shown(analysis: Analysis) {
  const { elapsedMs: _elapsed, ...rest } = analysis;
  return rest;
}

function built(): Engine {
  const engine = createEngine();
  for (const a of seeds) engine.add(a);
  for (const a of articles) engine.add(a, { keepText: false, origin: 'library' });
  return engine;
}

/** Stored and loaded back as IndexedDB would: through a structured clone. */
function reloaded(engine: Engine): Engine {
  return Engine.fromSnapshot(structuredClone(engine.snapshot()));
}

describe('engine snapshot', () => {
  it('a loaded snapshot answers every page exactly as the engine it was taken from', () => {
    const original = built();
    const loaded = reloaded(original);
    expect(loaded.size).toBe(original.size);
    let matched = 0;
    for (const page of pages) {
      const a = original.analyze(page, { force: true });
      const b = loaded.analyze(page, { force: true });
      expect(shown(b)).toEqual(shown(a));
      matched += a.quotes.filter((q) => q.matches.length > 0).length + a.related.length;
    }
    // The comparison is about real answers, not two empty ones.
    expect(matched).toBeGreaterThan(10);
  });

  it('keeps answering the same after articles are removed and added on both sides', () => {
    const original = built();
    const loaded = reloaded(original);
    // Enough removals to make the related index compact its postings, plus a re-add and a new article.
    for (let i = 0; i < 120; i++) {
      original.remove(articles[i]!.id);
      loaded.remove(articles[i]!.id);
    }
    const extra = new SyntheticCorpus(corpusSourceFromSeeds(seeds), 410).article(405);
    for (const engine of [original, loaded]) {
      engine.add(articles[5]!, { keepText: false, origin: 'library' });
      engine.add({ ...extra, id: 'extra' }, { keepText: false, origin: 'library' });
    }
    for (const page of pages) expect(shown(loaded.analyze(page, { force: true }))).toEqual(shown(original.analyze(page, { force: true })));
    expect(loaded.getEntry('extra')?.origin).toBe('library');
    expect(loaded.getEntry(articles[0]!.id)).toBeUndefined();
  });

  it('answers the same once compacted, and after articles are added and removed on both sides', () => {
    const original = built();
    const compacted = built();
    expect(compacted.addedSinceCompact).toBe(seeds.length + articles.length);
    compacted.compact();
    expect(compacted.addedSinceCompact).toBe(0);
    for (const page of pages) expect(shown(compacted.analyze(page, { force: true }))).toEqual(shown(original.analyze(page, { force: true })));
    for (const engine of [original, compacted]) {
      for (let i = 0; i < 50; i++) engine.remove(articles[i]!.id);
      engine.add(articles[7]!, { keepText: false, origin: 'library' });
    }
    for (const page of pages) expect(shown(compacted.analyze(page, { force: true }))).toEqual(shown(original.analyze(page, { force: true })));
    expect([...compacted.idsFrom('bundled')].sort()).toEqual(seeds.map((s) => s.id).sort());
    expect(compacted.getArticle(seeds[0]!.id)).toEqual(seeds[0]);
    // A loaded engine changed since, compacted: what it added and removed stays added and removed.
    const loaded = reloaded(built());
    for (let i = 0; i < 50; i++) loaded.remove(articles[i]!.id);
    loaded.add(articles[7]!, { keepText: false, origin: 'library' });
    loaded.compact();
    expect(loaded.size).toBe(original.size);
    for (const page of pages) expect(shown(loaded.analyze(page, { force: true }))).toEqual(shown(original.analyze(page, { force: true })));
    expect(shown(reloaded(loaded).analyze(pages[0]!, { force: true }))).toEqual(shown(original.analyze(pages[0]!, { force: true })));
  });

  it('knows every article by its entry after loading, but keeps no text it was told not to keep', () => {
    const loaded = reloaded(built());
    const entry = loaded.getEntry(articles[10]!.id)!;
    expect(entry).toMatchObject({ title: articles[10]!.title, outlet: articles[10]!.outlet, origin: 'library', quoteCount: articles[10]!.quotes.length });
    expect(entry.lead.length).toBeGreaterThan(20);
    expect(loaded.getArticle(articles[10]!.id)).toBeUndefined();
  });

  it('refuses what is not a snapshot of this version', () => {
    const snapshot = built().snapshot();
    expect(() => Engine.fromSnapshot({ ...snapshot, version: 999 })).toThrow(/snapshot/);
    expect(() => Engine.fromSnapshot({ ...snapshot, derivation: 'another-derivation' })).toThrow(/derived/);
  });
});
