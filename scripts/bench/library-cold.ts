/**
 * One cold start of the library engine, in a fresh process as a restarted
 * background would be: read a stored engine snapshot (v8 structured-clone
 * bytes, as IndexedDB stores values), load it, analyse one page. Prints JSON.
 * Run by scripts/bench.ts: `node --expose-gc --import tsx scripts/bench/library-cold.ts <snapshot> <page.json>`.
 */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { Engine, type EngineSnapshot } from '../../lib/match/engine';
import type { PageArticle } from '../../lib/match/types';

const gc = (globalThis as { gc?: () => void }).gc;
const [snapshotFile, pageFile] = process.argv.slice(2);
const page = JSON.parse(readFileSync(pageFile!, 'utf8')) as PageArticle;
const bytes = readFileSync(snapshotFile!);
gc?.();
const before = process.memoryUsage();
const started = performance.now();
const snapshot = deserialize(bytes) as EngineSnapshot;
const deserialized = performance.now();
const engine = Engine.fromSnapshot(snapshot);
const loaded = performance.now();
const analysis = engine.analyze(page, { force: true });
const analysed = performance.now();
gc?.();
const after = process.memoryUsage();
console.log(JSON.stringify({
  deserializeMs: deserialized - started,
  loadMs: loaded - deserialized,
  firstAnalysisMs: analysed - loaded,
  heapBytes: after.heapUsed - before.heapUsed,
  arrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
  matched: analysis.quotes.filter((q) => q.matches.length > 0).length,
  related: analysis.related.length,
  size: engine.size,
}));
