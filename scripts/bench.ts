/**
 * npm run bench — how Jejak's index and matching scale. Prints tables,
 * asserts nothing.
 *
 * Corpora: the five real seeds, and synthetic articles made from the seeds'
 * sentences and quotes (scripts/bench/corpus.ts). The 1,000 and 10,000 rows
 * are generated as raw text and go through the seed parser; the 100,000 row
 * is generated directly as parsed articles, since parsing it would take the
 * whole time budget. Every table says which rows are synthetic.
 *
 * Heap figures need --expose-gc; without it the script runs itself again with
 * the flag (and prints "n/a" if that fails).
 *
 * `npm run bench -- --library` runs the library cold-start section alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { Engine } from '../lib/match/engine';
import { gzipSync } from 'node:zlib';
import { corpusSourceFromSeeds, SyntheticCorpus } from './bench/corpus';
import { compareWithMiniSearch } from './bench/minisearch';
import {
  heapDelta,
  heapMeasurable,
  kilobytes,
  megabytes,
  millis,
  percentiles,
  printTable,
  repeat,
  seconds,
  settledHeap,
  time,
} from './bench/measure';
import { loadSeeds } from './eval/related';
import type { Article } from '../lib/types';
import type { JejakIndex } from '../lib/index/format';
import type { MatchEngine, PageArticle } from '../lib/match/types';
import { QuoteIndex } from '../lib/match/quote-index';
import { matchQuotes } from '../lib/match/quote-match';
import { RelatedIndex } from '../lib/match/related';
import { parseSeedText, articleFromParts } from '../lib/seed/parse';

if (!heapMeasurable && !process.env.JEJAK_BENCH_CHILD) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', '--max-old-space-size=8192', ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, JEJAK_BENCH_CHILD: '1' } },
  );
  if (!child.error && child.status !== null) process.exit(child.status);
  console.log('Could not restart with --expose-gc; heap figures will be n/a.');
}

type BuildModule = {
  buildIndex(articles: Article[]): JejakIndex;
  serializeIndex(index: JejakIndex): string;
  parseIndex(json: string): JejakIndex;
};
type EngineModule = {
  createEngine(index?: JejakIndex): MatchEngine & {
    analyze(page: PageArticle, options?: { force?: boolean }): ReturnType<MatchEngine['analyze']>;
  };
};

/** Parts built in parallel may be missing; their rows are skipped with a note. */
async function optional<T>(path: string): Promise<T | undefined> {
  try {
    return (await import(path)) as T;
  } catch (error) {
    console.log(`note: ${path} could not be loaded (${(error as Error).message}); its rows are skipped.`);
    return undefined;
  }
}

const SIZES = { small: 1_000, medium: 10_000, large: 100_000 };
const PAGE_WORDS = 1_500;
const RUNS = 25;
const TARGET_MS: Record<string, number> = { seeds: 10, '10,000': 50, '100,000': 250 };

/** `--library`: only the library cold-start section (the others take minutes). */
const LIBRARY_ONLY = process.argv.includes('--library');

const started = performance.now();
const buildModule = LIBRARY_ONLY ? undefined : await optional<BuildModule>('../lib/index/build');
const engineModule = await optional<EngineModule>('../lib/match/engine');

const seeds = loadSeeds();
const source = corpusSourceFromSeeds(seeds);
console.log(`Jejak benchmark — Node ${process.version}, heap ${heapMeasurable ? 'measured after gc' : 'not measured'}`);
console.log('Synthetic rows: articles generated from the five seeds (sentences, quotes, people) with word substitutions.');

// ---------------------------------------------------------------- build

interface Corpus {
  name: string;
  synthetic: string;
  generator?: SyntheticCorpus;
  json?: string;
  articleCount: number;
}

const corpora: Corpus[] = [];
const buildRows: string[][] = [];
let articles10k: Article[] = [];
if (buildModule) {
  const seedJson = buildModule.serializeIndex(buildModule.buildIndex(seeds));
  corpora.push({ name: 'seeds', synthetic: 'real', json: seedJson, articleCount: seeds.length });
  for (const n of [SIZES.small, SIZES.medium]) {
    const generator = new SyntheticCorpus(source, n);
    const raw = Array.from({ length: n }, (_, i) => generator.rawArticle(i));
    const parsed = time(() => raw.map((r) => parseSeedText(r.text, { id: r.id })));
    const built = time(() => buildModule.serializeIndex(buildModule.buildIndex(parsed.result)));
    const bytes = Buffer.byteLength(built.result);
    const gzipped = gzipSync(built.result).length;
    buildRows.push([
      `${n.toLocaleString('en')} (synthetic, parsed)`,
      seconds(parsed.ms),
      seconds(built.ms),
      seconds(parsed.ms + built.ms),
      megabytes(bytes),
      kilobytes(bytes / n),
      megabytes(gzipped),
      kilobytes(gzipped / n),
    ]);
    if (n === SIZES.medium) {
      corpora.push({ name: '10,000', synthetic: 'synthetic, parsed', generator, json: built.result, articleCount: n });
      articles10k = parsed.result;
    }
  }
  printTable(
    'Index build: parse raw text + build + serialize (target: 10,000 in under 60 s)',
    ['articles', 'parse', 'build+serialize', 'total', 'index', 'per article', 'gzip', 'gzip/article'],
    buildRows,
  );

  const large = new SyntheticCorpus(source, SIZES.large);
  const generated = time(() => Array.from({ length: SIZES.large }, (_, i) => large.article(i)));
  const largeJson = buildModule.serializeIndex(buildModule.buildIndex(generated.result));
  console.log(
    `(100,000 articles generated directly as parsed articles in ${seconds(generated.ms)}: ` +
      `index ${megabytes(Buffer.byteLength(largeJson))}, ${kilobytes(Buffer.byteLength(largeJson) / SIZES.large)} per article)`,
  );
  corpora.push({ name: '100,000', synthetic: 'synthetic, generated', generator: large, json: largeJson, articleCount: SIZES.large });
} else if (!LIBRARY_ONLY) {
  console.log('\nIndex build and load rows skipped: lib/index/build.ts is missing.');
}

// ---------------------------------------------------------------- load, analyze, parts

const loadRows: string[][] = [];
const analyzeRows: string[][] = [];
const partRows: string[][] = [];

function pagesFor(corpus: Corpus): PageArticle[] {
  // For the seed index, a synthetic page on a seed-sized story still exercises every step.
  const generator = corpus.generator ?? new SyntheticCorpus(source, 100);
  return Array.from({ length: 5 }, (_, i) => generator.page(i * 37, PAGE_WORDS));
}

for (const corpus of corpora) {
  if (!corpus.json || !buildModule) continue;
  const label = `${corpus.name} (${corpus.synthetic})`;
  const pages = pagesFor(corpus);
  let index: JejakIndex | undefined;
  if (engineModule) {
    const before = settledHeap();
    const parsed = time(() => buildModule.parseIndex(corpus.json!));
    index = parsed.result;
    const engineBuild = time(() => engineModule.createEngine(parsed.result));
    let engine: ReturnType<EngineModule['createEngine']> | undefined = engineBuild.result;
    const after = settledHeap();
    loadRows.push([
      label,
      corpus.articleCount.toLocaleString('en'),
      megabytes(Buffer.byteLength(corpus.json)),
      millis(parsed.ms),
      millis(engineBuild.ms),
      heapDelta(before, after),
    ]);
    let quotesFound = 0;
    let relatedFound = 0;
    const timing = repeat(RUNS, (i) => {
      const analysis = engine!.analyze(pages[i % pages.length]!, { force: true });
      quotesFound = analysis.quotes.filter((q) => q.matches.length > 0).length;
      relatedFound = analysis.related.length;
    });
    analyzeRows.push([
      label,
      millis(timing.median),
      millis(timing.p95),
      `< ${TARGET_MS[corpus.name] ?? '?'} ms`,
      String(timing.runs),
      `${quotesFound} quotes matched, ${relatedFound} related`,
    ]);
    engine = undefined;
    void engine;
  } else {
    index = buildModule.parseIndex(corpus.json);
  }

  // Quote lookup and related ranking alone, on indexes of their own.
  const indexArticles = index.articles;
  index = undefined;
  const pageArticles = pages.map((p, i) => articleFromParts({ id: `bench-page-${i}`, ...p }));
  const quoteIndex = new QuoteIndex();
  const quoteBuild = time(() => indexArticles.forEach((a) => quoteIndex.add(a.id, a.quotes)));
  const relatedIndex = new RelatedIndex();
  const relatedBuild = time(() => indexArticles.forEach((a) => relatedIndex.add(a)));
  const quoteTiming = repeat(RUNS, (i) => matchQuotes(pageArticles[i % pageArticles.length]!.quotes, quoteIndex));
  const relatedTiming = repeat(RUNS, (i) => relatedIndex.rank({ article: pageArticles[i % pageArticles.length]! }));
  partRows.push(
    [label, 'quote lookup', millis(quoteBuild.ms), millis(quoteTiming.median), millis(quoteTiming.p95)],
    [label, 'related ranking', millis(relatedBuild.ms), millis(relatedTiming.median), millis(relatedTiming.p95)],
  );
  corpus.json = corpus.name === '100,000' ? undefined : corpus.json;
}

if (loadRows.length > 0) {
  printTable(
    'Index load: parse JSON + createEngine',
    ['index', 'articles', 'JSON', 'parse JSON', 'createEngine', 'heap used'],
    loadRows,
  );
  printTable(
    `Analyze a ${PAGE_WORDS.toLocaleString('en')}-word page (synthetic page; topic, quotes, related; force on)`,
    ['index', 'median', 'p95', 'target', 'runs', 'last result'],
    analyzeRows,
  );
} else if (!LIBRARY_ONLY) {
  console.log('\nLoad and analyze rows skipped: lib/match/engine.ts is missing.');
}
if (partRows.length > 0) {
  printTable(
    `Parts alone, ${RUNS} runs over 5 pages of ${PAGE_WORDS.toLocaleString('en')} words`,
    ['index', 'part', 'build', 'median', 'p95'],
    partRows,
  );
}

// ---------------------------------------------------------------- MiniSearch

const comparisonCorpus = corpora.find((c) => c.name === '10,000');
if (comparisonCorpus?.generator && articles10k.length > 0) {
  const generator = comparisonCorpus.generator;
  const storyOf = (id: string) => {
    const m = /-(\d+)$/.exec(id);
    return m ? generator.storyOf(Number(m[1])) : undefined;
  };
  const queries = Array.from({ length: 60 }, (_, i) => articles10k[(i * 163) % articles10k.length]!);
  const c = compareWithMiniSearch(articles10k, queries, storyOf);
  printTable(
    `MiniSearch vs RelatedIndex: ${c.articles.toLocaleString('en')} synthetic articles, ${c.queries} queries (the same 40 stemmed terms each)`,
    ['engine', 'build', 'serialized', 'query median', 'query p95', 'same story @5'],
    [
      [
        'RelatedIndex',
        millis(c.related.buildMs),
        'none (rebuilt from articles)',
        millis(c.related.queryMedianMs),
        millis(c.related.queryP95Ms),
        (c.related.sameStoryAt5 * 100).toFixed(1) + ' %',
      ],
      [
        'MiniSearch',
        millis(c.minisearch.buildMs),
        megabytes(c.minisearch.jsonBytes),
        millis(c.minisearch.queryMedianMs),
        millis(c.minisearch.queryP95Ms),
        (c.minisearch.sameStoryAt5 * 100).toFixed(1) + ' %',
      ],
    ],
  );
  console.log(`Top-5 agreement (overlap@5, mean over ${c.queries} queries): ${(c.overlapAt5 * 100).toFixed(1)} %`);
  const faster = c.minisearch.queryMedianMs < c.related.queryMedianMs;
  const asGood = c.minisearch.sameStoryAt5 >= c.related.sameStoryAt5 - 0.01;
  console.log(
    'Verdict: ' +
      (faster && asGood && c.overlapAt5 >= 0.8
        ? 'MiniSearch ranks as well and faster; it is worth switching the text part to it.'
        : `keep RelatedIndex — MiniSearch is ${faster ? 'faster' : 'slower'} per query, ` +
          `${asGood ? 'as accurate' : 'less accurate'} on same-story results, agrees on ${(c.overlapAt5 * 100).toFixed(0)} % of the top 5, ` +
          `and adds a ${megabytes(c.minisearch.jsonBytes)} serialized index (RelatedIndex needs none) without knowing shared quotes, people or dates.`),
  );
} else if (!LIBRARY_ONLY) {
  console.log('\nMiniSearch comparison skipped: the 10,000-article corpus was not built.');
}

// ---------------------------------------------------------------- library cold start

/** Aims for a reader's library of 10,000 articles. The memory aim counts the JS heap and the typed arrays' buffers
 * (outside the heap) together: the background holds both. Node's heap is
 * larger than Chromium's for the same objects (Node is built without V8's
 * pointer compression, Chromium with it: 19 MB here against 12 MB in the
 * service worker for 10,000 articles); the arrays are the same size in both,
 * and `npm run bench:browser -- --library` measures the background itself. */
const LIBRARY_AIMS = { coldStartMs: 300, memoryMb: 40, analysisMs: 50 };
/** What scripts/bench/library-cold.ts prints. */
interface ColdStart {
  deserializeMs: number;
  loadMs: number;
  firstAnalysisMs: number;
  coldCpuMs: number;
  heapBytes: number;
  arrayBufferBytes: number;
  /** Heap and arrays after the warm analyses too. */
  servedBytes: number;
  warmMs: number[];
  warmCpuMs: number[];
}
/** Fresh processes per library size: a cold start varies with what else the machine runs; the median is shown, and the best. */
const COLD_RUNS = 3;
if (engineModule) {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-bench-'));
  const rows: string[][] = [];
  for (const n of [10_000, 50_000]) {
    const generator = new SyntheticCorpus(source, n);
    const engine = new Engine();
    for (let i = 0; i < n; i++) engine.add(generator.article(i), { keepText: false, origin: 'library' });
    const snapshotTime = time(() => serialize(engine.snapshot()));
    const snapshotFile = join(dir, `snapshot-${n}.bin`);
    writeFileSync(snapshotFile, snapshotTime.result);
    // The first page is analysed cold, the others warm, by the engine loaded from the snapshot.
    const pagesFile = join(dir, `pages-${n}.json`);
    const pages = [generator.page(37, PAGE_WORDS), ...Array.from({ length: RUNS }, (_, i) => generator.page(i * 37, PAGE_WORDS))];
    writeFileSync(pagesFile, JSON.stringify(pages));
    const colds = Array.from({ length: COLD_RUNS }, () => {
      const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'bench/library-cold.ts'), snapshotFile, pagesFile], { encoding: 'utf8' });
      const cold = JSON.parse(child.stdout.trim().split('\n').pop() || '{}') as ColdStart;
      return { ...cold, total: cold.deserializeMs + cold.loadMs + cold.firstAnalysisMs };
    }).sort((a, b) => a.total - b.total);
    const cold = colds[Math.floor(COLD_RUNS / 2)]!;
    const warm = percentiles(colds.flatMap((c) => c.warmMs ?? []));
    const warmCpu = percentiles(colds.flatMap((c) => c.warmCpuMs ?? []));
    const memory = cold.heapBytes + cold.arrayBufferBytes;
    const aim = (text: string) => (n === 10_000 ? text : '');
    rows.push([
      `${n.toLocaleString('en')} (synthetic)`,
      `${millis(snapshotTime.ms)}, ${megabytes(snapshotTime.result.length)}`,
      `${millis(cold.deserializeMs)} + ${millis(cold.loadMs)} + ${millis(cold.firstAnalysisMs)} = ${millis(cold.total)} (best ${millis(colds[0]!.total)}; CPU ${millis(cold.coldCpuMs)})`,
      n === 10_000 ? `≤ ${LIBRARY_AIMS.coldStartMs} ms` : 'works',
      `${megabytes(cold.heapBytes)} + ${megabytes(cold.arrayBufferBytes)} = ${megabytes(memory)}; ${megabytes(Math.max(...colds.map((c) => c.servedBytes)))} after ${RUNS + 2} more`,
      aim(`≤ ${LIBRARY_AIMS.memoryMb} MB`),
      `${millis(warm.median)} / ${millis(warm.p95)} (CPU ${millis(warmCpu.median)} / ${millis(warmCpu.p95)})`,
      aim(`≤ ${LIBRARY_AIMS.analysisMs} ms`),
    ]);
  }
  rmSync(dir, { recursive: true, force: true });
  printTable(
    `Library engine: a restarted background loads the stored snapshot (fresh process: read + load + first analysis, JIT cold; median of ${COLD_RUNS}) — Node, not a browser (heap without pointer compression)`,
    ['library', 'snapshot (write, size)', 'cold start: read + load + first analysis', 'aim', 'memory after load, first analysis and keeping that page in the library: heap + arrays; most after more analyses', 'aim', `analysis median / p95 (warm, loaded engine, ${COLD_RUNS} × ${RUNS} pages)`, 'aim'],
    rows,
  );
}

console.log(`\nBenchmark finished in ${seconds(performance.now() - started)}.`);
