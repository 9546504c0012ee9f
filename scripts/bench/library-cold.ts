/**
 * One cold start of the library engine, in a fresh process as a restarted
 * background would be: read a stored engine snapshot (v8 structured-clone
 * bytes, as IndexedDB stores values), load it, analyse one page; then, warm,
 * analyse the other pages. Prints JSON: wall-clock times, and the process's
 * CPU time beside them (on a machine shared with other work, wall-clock time
 * includes waiting for a core; CPU time does not, but counts the engine's
 * helper threads too, such as the JIT compiling in the background).
 * Run by scripts/bench.ts: `node --expose-gc --import tsx scripts/bench/library-cold.ts <snapshot> <pages.json>`
 * (pages.json: an array of pages; the first is the cold analysis, the rest are timed warm, after WARMUP_RUNS untimed).
 */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { Engine, type EngineSnapshot } from '../../lib/match/engine';
import type { PageArticle } from '../../lib/match/types';

/** Warm analyses left untimed before timing (the JIT settles). */
const WARMUP_RUNS = 2;

const gc = (globalThis as { gc?: () => void }).gc;
const [snapshotFile, pagesFile] = process.argv.slice(2);
const pages = JSON.parse(readFileSync(pagesFile!, 'utf8')) as PageArticle[];
const bytes = readFileSync(snapshotFile!);
gc?.();
const before = process.memoryUsage();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const snapshot = deserialize(bytes) as EngineSnapshot;
const deserialized = performance.now();
const engine = Engine.fromSnapshot(snapshot);
const loaded = performance.now();
const analysis = engine.analyze(pages[0]!, { force: true });
const analysed = performance.now();
const cpu = process.cpuUsage(cpuBefore);
gc?.();
const after = process.memoryUsage();
const warm = pages.slice(1);
for (let i = 0; i < WARMUP_RUNS; i++) engine.analyze(warm[i % warm.length]!, { force: true });
const warmCpuMs: number[] = [];
const warmMs = warm.map((page) => {
  const cpuAt = process.cpuUsage();
  const at = performance.now();
  engine.analyze(page, { force: true });
  const ms = performance.now() - at;
  const used = process.cpuUsage(cpuAt);
  warmCpuMs.push((used.user + used.system) / 1000);
  return ms;
});
// What the engine holds once it has served page after page (its caches filled).
gc?.();
const served = process.memoryUsage();
console.log(JSON.stringify({
  deserializeMs: deserialized - started,
  loadMs: loaded - deserialized,
  firstAnalysisMs: analysed - loaded,
  coldCpuMs: (cpu.user + cpu.system) / 1000,
  heapBytes: after.heapUsed - before.heapUsed,
  arrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
  servedBytes: served.heapUsed - before.heapUsed + served.arrayBuffers - before.arrayBuffers,
  matched: analysis.quotes.filter((q) => q.matches.length > 0).length,
  related: analysis.related.length,
  size: engine.size,
  warmMs,
  warmCpuMs,
}));
