/** Timing, heap and table helpers for the benchmark. */

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(2) + ' s';
}

export function millis(ms: number): string {
  return ms < 10 ? ms.toFixed(2) + ' ms' : ms.toFixed(1) + ' ms';
}

export function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1) + ' MB';
}

export function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1) + ' KB';
}

export function time<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

/** Median and 95th percentile of repeated runs, after `warmup` unmeasured ones. */
export function repeat(runs: number, run: (i: number) => unknown, warmup = 2): { median: number; p95: number; runs: number } {
  for (let i = 0; i < warmup; i++) run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run(i);
    samples.push(performance.now() - started);
  }
  return { ...percentiles(samples), runs };
}

/** Median and 95th percentile of timings. */
export function percentiles(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

const gc = (globalThis as { gc?: () => void }).gc;

export const heapMeasurable = typeof gc === 'function';

/** Heap in use after a full collection, or undefined without --expose-gc. */
export function settledHeap(): number | undefined {
  if (!gc) return undefined;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export function heapDelta(before: number | undefined, after: number | undefined): string {
  return before === undefined || after === undefined ? 'n/a (run with --expose-gc)' : megabytes(after - before);
}

/** Print rows as an aligned plain-text table. */
export function printTable(title: string, headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
