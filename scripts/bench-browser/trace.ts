/**
 * One page load recorded as a Chrome trace, and what it says about the
 * renderer's main thread: which tasks ran, how long, and how much of that
 * time was the extension's.
 *
 * Two sources are combined, because neither alone sees all of the
 * extension's time:
 * - trace events whose script URL is the extension's (`EvaluateScript` and
 *   `v8.compile` of content.js, `FunctionCall` of its timers, idle and event
 *   callbacks). These include compiling the script, which no JS stack shows.
 * - samples of V8's CPU profiler (the `disabled-by-default-v8.cpu_profiler`
 *   trace category) whose stack holds a frame from the extension's script.
 *   These include the continuations of `await` (run as microtasks, which
 *   carry no script URL in the trace) and the DOM and builtin calls the
 *   extension makes.
 * An idle callback of the extension's counts whole, with the microtasks it
 * resolves (that is where the article is extracted). The extension's time is
 * the length of the union of all these intervals.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
/** V8's sampling profiler inside the trace. It makes JS slower (V8 logs every function it compiles), so it can be left out to check by how much. */
const PROFILER = 'disabled-by-default-v8.cpu_profiler';

/** Starts a trace on the page's session; the returned function ends it and yields its events. */
export async function startTrace(cdp: CDPSession, profiler = true): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (d: { value: object[] }) => {
    for (const e of d.value) events.push(e as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: profiler ? [...CATEGORIES, PROFILER] : CATEGORIES } });
  return async () => {
    const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

export interface LongTask {
  startMs: number;
  durMs: number;
  extMs: number;
  /** Where most of the extension's time in it went, if it had any. */
  phase?: Phase;
}

export interface LoadTrace {
  /** Main-thread time in tasks from navigation start to the end of the trace. */
  busyMs: number;
  /** The extension's main-thread time (union of its events and samples). */
  extMs: number;
  /** Of which evaluating content.js when injected (compile and top level). */
  evalMs: number;
  /** Of which compiling content.js. */
  compileMs: number;
  /** Of which idle callbacks of the extension with what their microtasks run (the article extraction). */
  idleMs: number;
  /** Main-thread tasks over 50 ms. */
  longTasks: LongTask[];
  /** Longest main-thread task of all. */
  longestTaskMs: number;
  /** Did the content script go past the cheap check (its idle callback ran)? */
  extracted: boolean;
  /** The extension's sampled time by phase, then by its innermost own frame ("name @line:col" → ms). */
  functions: Record<Phase, Map<string, number>>;
  samples: number;
}

type Interval = [number, number];

/**
 * inject: evaluating content.js when Chromium injects it; extraction: the
 * extension's idle callbacks; other: everything else (the settings read and
 * cheap check after it, and the sidebar after the background answers).
 */
export type Phase = 'inject' | 'extraction' | 'other';
export const PHASES: Phase[] = ['inject', 'other', 'extraction'];

const within = (intervals: Interval[], t: number) => intervals.some(([a, b]) => t >= a && t < b);

function merge(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function overlap(merged: Interval[], from: number, to: number): number {
  let sum = 0;
  for (const [a, b] of merged) {
    if (b <= from) continue;
    if (a >= to) break;
    sum += Math.min(b, to) - Math.max(a, from);
  }
  return sum;
}

interface ProfileNode { callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number }; id: number; parent?: number }

function dataUrl(e: TraceEvent): string | undefined {
  const data = e.args?.data as { url?: unknown } | undefined;
  if (typeof data?.url === 'string') return data.url;
  const fileName = e.args?.fileName;
  return typeof fileName === 'string' ? fileName : undefined;
}

/**
 * The main thread of the renderer that loaded `pageUrl` (its navigationStart
 * mark), analysed from that mark to the end of the trace. `extOrigin` is
 * `chrome-extension://<id>/`, or undefined for a browser without the extension.
 */
export function analyzeLoad(events: TraceEvent[], pageUrl: string, extOrigin: string | undefined): LoadTrace {
  const nav = events.find((e) => e.name === 'navigationStart' && (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL === pageUrl);
  if (!nav) throw new Error(`No navigationStart for ${pageUrl} in the trace`);
  const { pid, tid } = nav;
  const start = nav.ts;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= start);
  const end = Math.max(...main.map((e) => e.ts + (e.dur ?? 0)));

  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const isExt = (url: string | undefined) => !!extOrigin && !!url && url.startsWith(extOrigin);

  const extIntervals: Interval[] = [];
  let compileUs = 0;
  let evalUs = 0;
  const extCalls: TraceEvent[] = [];
  const injectIntervals: Interval[] = [];
  const idleIntervals: Interval[] = [];
  for (const e of main) {
    if (e.ph !== 'X' || e.dur === undefined || !isExt(dataUrl(e))) continue;
    extIntervals.push([e.ts, e.ts + e.dur]);
    if (e.name === 'v8.compile') compileUs += e.dur;
    if (e.name === 'EvaluateScript') {
      evalUs += e.dur;
      injectIntervals.push([e.ts, e.ts + e.dur]);
    }
    if (e.name === 'FunctionCall') extCalls.push(e);
  }
  // An idle callback of the extension's is its own whole: the callback and the microtasks it resolves (the extraction).
  let idleUs = 0;
  for (const e of main) {
    if (e.name !== 'FireIdleCallback' || e.dur === undefined) continue;
    if (!extCalls.some((c) => c.ts >= e.ts && c.ts < e.ts + e.dur!)) continue;
    extIntervals.push([e.ts, e.ts + e.dur]);
    idleIntervals.push([e.ts, e.ts + e.dur]);
    idleUs += e.dur;
  }

  // CPU samples of this thread's isolate: a Profile event on the main thread, chunks (same pid and id) from the profiler thread.
  const functions: Record<Phase, Map<string, number>> = { inject: new Map(), extraction: new Map(), other: new Map() };
  let sampleCount = 0;
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (profile && extOrigin) {
    const nodes = new Map<number, ProfileNode>();
    const ids: number[] = [];
    const times: number[] = [];
    let t = (profile.args?.data as { startTime: number }).startTime;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts)) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        ids.push(samples[i]!);
        times.push(t);
      }
    }
    // The innermost frame of the extension's script on each node's stack, if any.
    const ownFrame = new Map<number, string | null>();
    const frameOf = (id: number): string | null => {
      const known = ownFrame.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      let result: string | null = null;
      if (node) {
        if (isExt(node.callFrame.url)) {
          const f = node.callFrame;
          result = `${f.functionName || '(anonymous)'} @${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}`;
        } else if (node.parent !== undefined) result = frameOf(node.parent);
      }
      ownFrame.set(id, result);
      return result;
    };
    for (let i = 0; i + 1 < ids.length; i++) {
      const [from, to] = [times[i]!, times[i + 1]!];
      if (to <= start) continue;
      const frame = frameOf(ids[i]!);
      if (!frame) continue;
      // A gap longer than 10 ms means the profiler was not sampling; count no more than that.
      const until = Math.min(to, from + 10_000);
      extIntervals.push([from, until]);
      const phase = functions[within(injectIntervals, from) ? 'inject' : within(idleIntervals, from) ? 'extraction' : 'other'];
      phase.set(frame, (phase.get(frame) ?? 0) + (until - from) / 1000);
      sampleCount++;
    }
  }

  const ext = merge(extIntervals);
  const longTasks = tasks
    .filter((e) => e.dur! > 50_000)
    .map((e) => {
      const [from, to] = [e.ts, e.ts + e.dur!];
      const extUs = overlap(ext, from, to);
      const inject = overlap(merge(injectIntervals), from, to);
      const extraction = overlap(merge(idleIntervals), from, to);
      const other = extUs - inject - extraction;
      const phase: Phase = inject >= extraction && inject >= other ? 'inject' : extraction >= other ? 'extraction' : 'other';
      return { startMs: (from - start) / 1000, durMs: e.dur! / 1000, extMs: extUs / 1000, ...(extUs > 0 ? { phase } : {}) };
    });
  return {
    busyMs: tasks.reduce((s, e) => s + e.dur!, 0) / 1000,
    extMs: overlap(ext, start, end) / 1000,
    evalMs: evalUs / 1000,
    compileMs: compileUs / 1000,
    idleMs: idleUs / 1000,
    longTasks,
    longestTaskMs: Math.max(0, ...tasks.map((e) => e.dur!)) / 1000,
    extracted: idleUs > 0,
    functions,
    samples: sampleCount,
  };
}
