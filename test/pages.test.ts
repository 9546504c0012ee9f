// @vitest-environment jsdom
/**
 * Golden pages: for every saved-page-shaped fixture in test/fixtures/pages/
 * <outlet>/<slug>.html, what Jejak reads off it is checked against the
 * expected JSON beside it — the cheap pre-check, the extracted article (only
 * its body: no navigation, "Baca juga", most-read lists or comments), the
 * quotes and speakers, and what the engine answers with an index of the five
 * seed articles (the copy in test/fixtures/seeds, not the growing `seeds/`).
 * The same pages are served under their real URLs to the browser tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../lib/article/read';
import { declaresArticle, looksLikeListingUrl, pageSignals } from '../lib/article/metadata';
import { buildIndex } from '../lib/index/build';
import { createEngine } from '../lib/match/engine';
import { quickTopicCheck } from '../lib/match/topic';
import { outletForHost } from '../lib/outlets';
import { articleFromParts } from '../lib/seed/parse';
import { loadFixtureSeeds } from './fixture-seeds';

const PAGES = join(import.meta.dirname, 'fixtures/pages');

/** What a fixture's JSON may say; every field but `article` is optional. */
interface Expected {
  /** Whether Jejak should take the page for an article at all (front, tag and index pages are not). */
  article: boolean;
  /** Whether the full topic check calls it NATO/Ukraine coverage. */
  coverage?: boolean;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  /** Text that must be in the extracted body (each a substring of some paragraph). */
  paragraphsInclude?: string[];
  /** Text that must not be: navigation, link boxes, comments, most-read lists. */
  paragraphsExclude?: string[];
  /** Quote opening → canonical speaker name. */
  quoteSpeakers?: Record<string, string>;
  /** How many of the page's quotes other outlets in the seed index reported. */
  matchedQuotes?: number;
  /** Id prefix of the first related article in the seed index. */
  relatedFirst?: string;
}

interface Fixture {
  name: string;
  url: string;
  html: string;
  expected: Expected;
}

function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const outlet of readdirSync(PAGES).sort()) {
    for (const file of readdirSync(join(PAGES, outlet)).filter((f) => f.endsWith('.json')).sort()) {
      const spec = JSON.parse(readFileSync(join(PAGES, outlet, file), 'utf8')) as { url: string; expected: Expected };
      const html = readFileSync(join(PAGES, outlet, file.replace(/\.json$/, '.html')), 'utf8');
      out.push({ name: `${outlet}/${file.replace(/\.json$/, '')}`, url: spec.url, html, expected: spec.expected });
    }
  }
  return out;
}

function documentOf(html: string, url: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html.replace(/^<!doctype[^>]*>/i, '').replace(/^\s*<html[^>]*>|<\/html>\s*$/gi, '');
  // Readability resolves links against the document's URL.
  Object.defineProperty(doc, 'baseURI', { value: url });
  return doc;
}

const engine = createEngine(buildIndex(loadFixtureSeeds()));
const fixtures = loadFixtures();

describe('fixture pages', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const { expected, url } = fixture;
    expect(outletForHost(new URL(url).hostname), 'the outlet is one Jejak runs on').toBeDefined();
    const doc = documentOf(fixture.html, url);
    const signals = pageSignals(doc, url);
    const listing = looksLikeListingUrl(url) && !declaresArticle(doc);
    const page = listing ? undefined : readArticle(doc, url);

    if (!expected.article) {
      // Not an article: either the cheap checks stop it, or nothing on it is coverage.
      const stopped = listing || !page || quickTopicCheck(signals) === 'unlikely';
      expect(stopped || !engine.analyze(page!).topic.isCoverage).toBe(true);
      return;
    }
    expect(page, 'an article is extracted').toBeDefined();
    if (expected.title) expect(page!.title).toBe(expected.title);
    if (expected.outlet) expect(page!.outlet).toBe(expected.outlet);
    if (expected.publishedAt) expect(page!.publishedAt).toBe(expected.publishedAt);
    const body = page!.paragraphs.join('\n');
    for (const text of expected.paragraphsInclude ?? []) expect(body).toContain(text);
    for (const text of expected.paragraphsExclude ?? []) expect(body).not.toContain(text);

    if (expected.quoteSpeakers) {
      const quotes = articleFromParts({ id: 'page', paragraphs: page!.paragraphs }).quotes;
      for (const [opening, speaker] of Object.entries(expected.quoteSpeakers)) {
        const quote = quotes.find((q) => q.text.startsWith(opening));
        expect(quote, `quote "${opening}"`).toBeDefined();
        expect(quote!.speaker?.name).toBe(speaker);
      }
    }

    if (expected.coverage === undefined) return;
    // A page the pre-check turns away never reaches the engine.
    const verdict = quickTopicCheck(signals);
    if (expected.coverage) expect(verdict).not.toBe('unlikely');
    const analysis = engine.analyze(page!);
    expect(verdict !== 'unlikely' && analysis.topic.isCoverage).toBe(expected.coverage);
    if (expected.matchedQuotes !== undefined) {
      expect(analysis.quotes.filter((q) => q.matches.length > 0)).toHaveLength(expected.matchedQuotes);
    }
    if (expected.relatedFirst) expect(analysis.related[0]?.articleId.startsWith(expected.relatedFirst)).toBe(true);
  });

  it('spans at least eight outlets, with pages that are coverage and pages that are not', () => {
    const outlets = new Set(fixtures.map((f) => outletForHost(new URL(f.url).hostname)?.id));
    expect(outlets.size).toBeGreaterThanOrEqual(8);
    expect(fixtures.filter((f) => f.expected.coverage === true).length).toBeGreaterThan(0);
    expect(fixtures.filter((f) => !f.expected.article || f.expected.coverage === false).length).toBeGreaterThan(0);
  });
});
