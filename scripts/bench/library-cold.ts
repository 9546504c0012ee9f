/**
 * One cold start of the library engine, in a fresh process as a restarted
 * background would be: read a stored engine snapshot (v8 structured-clone
 * bytes, as IndexedDB stores values), load it, analyse one page and keep
 * it in the library (as the background does with a coverage page it reads);
 * then, warm, analyse the other pages. Prints JSON: wall-clock times, and the process's
 * CPU time beside them (on a machine shared with other work, wall-clock time
 * includes waiting for a core; CPU time does not, but counts the engine's
 * helper threads too, such as the JIT compiling in the background).
 * Memory is counted from before the read. v8.deserialize returns typed
 * arrays that are views into the bytes read (all of them kept alive by any
 * one); a browser's structured clone gives each array a buffer of its own,
 * and so does this script (`ownBuffers`), so that the arrays counted are the
 * engine's, as in the browser.
 * Run by scripts/bench.ts: `node --expose-gc --import tsx scripts/bench/library-cold.ts <snapshot> <pages.json>`
 * (pages.json: an array of pages; the first is the cold analysis, the rest are timed warm, after WARMUP_RUNS untimed).
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { deserialize } from 'node:v8';
import { libraryId } from '../../lib/library/record';
import { Engine, type EngineSnapshot } from '../../lib/match/engine';
import { articleFromParts } from '../../lib/seed/parse';
import type { PageArticle } from '../../lib/match/types';

/** Warm analyses left untimed before timing (the JIT settles). */
const WARMUP_RUNS = 2;

const gc = (globalThis as { gc?: () => void }).gc;
const [snapshotFile, pagesFile] = process.argv.slice(2);
const pages = JSON.parse(readFileSync(pagesFile!, 'utf8')) as PageArticle[];

/**
 * V8 frees the buffers a collection let go of on another thread, some time
 * after it (Node counts them until then: the 31.5 MB of bytes read, for
 * 10,000 articles). Memory is read after collections this far apart until
 * the array figure stops falling, at most SETTLE_ROUNDS times.
 */
const BUFFERS_FREED_MS = 50;
const SETTLE_ROUNDS = 20;

/** Memory after collection, the buffers it let go of freed. */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  let usage = process.memoryUsage();
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    gc?.();
    await sleep(BUFFERS_FREED_MS);
    const next = process.memoryUsage();
    if (round > 0 && next.arrayBuffers >= usage.arrayBuffers) return next;
    usage = next;
  }
  return usage;
}

/** Every typed array in `value` with a buffer of its own, exactly its size (as structured clone in a browser gives them). */
function ownBuffers<T>(value: T): T {
  if (ArrayBuffer.isView(value)) return (value.byteLength === value.buffer.byteLength ? value : (value as unknown as Uint8Array).slice()) as T;
  if (Array.isArray(value)) value.forEach((item, i) => (value[i] = ownBuffers(item)));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = ownBuffers(item);
  return value;
}

const before = await settledMemory();
let bytes: Buffer | undefined = readFileSync(snapshotFile!);
const cpuBefore = process.cpuUsage();
const started = performance.now();
let snapshot: EngineSnapshot | undefined = ownBuffers(deserialize(bytes) as EngineSnapshot);
bytes = undefined;
const deserialized = performance.now();
const engine = Engine.fromSnapshot(snapshot);
const loaded = performance.now();
// As in the background, nothing but the engine holds the snapshot once loaded (its arrays, once an article grows them, are let go of).
snapshot = undefined;
const analysis = engine.analyze(pages[0]!, { force: true });
const analysed = performance.now();
const cpu = process.cpuUsage(cpuBefore);
const read = pages[0]!;
engine.add(articleFromParts({ ...read, id: libraryId(read) }), { keepText: false, origin: 'library' });
const after = await settledMemory();
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
const served = await settledMemory();
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
