/**
 * Quote matching leaves out work whose outcome is known (quote-match.ts):
 * the candidates of articles from another occasion. Asked for every
 * candidate (`onQuoteCandidate`, as evaluation and fitting do), it weighs
 * them all; the two ways must give the reader the very same matches.
 */
import { describe, expect, it } from 'vitest';
import { wordKeys } from '../lib/match/align';
import { Engine } from '../lib/match/engine';
import type { Analysis } from '../lib/match/types';
import { corpusSourceFromSeeds, SyntheticCorpus } from '../scripts/bench/corpus';
import { loadFixtureSeeds } from './fixture-seeds';

const seeds = loadFixtureSeeds();
const corpus = new SyntheticCorpus(corpusSourceFromSeeds(seeds), 600);
const engine = new Engine();
for (const a of seeds) engine.add(a);
for (let i = 0; i < 600; i++) engine.add(corpus.article(i), { keepText: false, origin: 'library' });
const pages = [...seeds.map((s) => ({ title: s.title, paragraphs: s.paragraphs, publishedAt: s.publishedAt })), ...[3, 77, 150, 301, 480].map((i) => corpus.page(i, 900))];

const shown = (analysis: Analysis) => analysis.quotes;

describe('quote matching without the candidates it need not weigh', () => {
  it('finds the same matches as when every candidate is weighed', () => {
    let farApart = 0;
    let matched = 0;
    for (const page of pages) {
      const everything = engine.analyze(page, {
        force: true,
        onQuoteCandidate: (_quote, candidate) => {
          if (candidate.reason?.startsWith('articles')) farApart++;
        },
      });
      expect(shown(engine.analyze(page, { force: true }))).toEqual(shown(everything));
      matched += everything.quotes.filter((q) => q.matches.length > 0).length;
    }
    // Both ways found real matches, and had candidates from other occasions to leave out.
    expect(matched).toBeGreaterThan(10);
    expect(farApart).toBeGreaterThan(100);
  });

  it("tells a pair 'identical' exactly when their words are the same, which is how it finds the articles it cannot leave out", () => {
    let identical = 0;
    let other = 0;
    for (const page of pages.slice(0, 5)) {
      engine.analyze(page, {
        force: true,
        onQuoteCandidate: (quote, candidate) => {
          const same = wordKeys(quote.text).join(' ') === wordKeys(candidate.entry.quote.text).join(' ');
          expect(candidate.features.identical === 1).toBe(same);
          if (same) identical++;
          else other++;
        },
      });
    }
    expect(identical).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(0);
  });
});
