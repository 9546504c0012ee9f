/**
 * One page load recorded as a Chrome trace, and what it says about the
 * renderer's main thread: which tasks ran, how long, and how much of that
 * time was the extension's.
 *
 * The extension's scripts are every script whose URL starts with
 * `chrome-extension://<id>/` (the first-look script detector.js, declared in
 * the manifest, and content.js, which the background injects where a page may
 * be coverage). Each is attributed on its own, by its URL, from two sources,
 * because neither alone sees all of a script's time:
 * - trace events carrying the script's URL (`EvaluateScript` and `v8.compile`
 *   of it, `FunctionCall` of its timers, idle and event callbacks). These
 *   include compiling the script, which no JS stack shows.
 * - samples of V8's CPU profiler (the `disabled-by-default-v8.cpu_profiler`
 *   trace category), charged to the script of the innermost extension frame
 *   on the stack. These include the continuations of `await` (run as
 *   microtasks, which carry no script URL in the trace) and the DOM and
 *   builtin calls the script makes.
 * An idle callback counts whole for the script whose function it calls, with
 * the microtasks it resolves (that is where content.js extracts the article).
 * A script's time is the length of the union of its intervals; the
 * extension's time is the length of the union over all its scripts.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time (µs): the CPU time the thread spent inside the event, without the time it waited for a core. */
  tdur?: number;
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
  /** The script and phase with most of the extension's time in it, if it had any. */
  script?: string;
  phase?: Phase;
}

/** One extension script's main-thread time in a load (ms). */
export interface ScriptTime {
  /** Union of its trace events, idle callbacks and sampled time. */
  ms: number;
  /** Evaluating it (`EvaluateScript`: compile and top level). */
  evalMs: number;
  /** Compiling it (`v8.compile`, inside the evaluation). */
  compileMs: number;
  /** Its idle callbacks with what their microtasks run (content.js: the article extraction). */
  idleMs: number;
}

export const NO_SCRIPT_TIME: ScriptTime = { ms: 0, evalMs: 0, compileMs: 0, idleMs: 0 };

export interface LoadTrace {
  /** Main-thread time in tasks from navigation start to the end of the trace. */
  busyMs: number;
  /** The extension's main-thread time (union over all its scripts). */
  extMs: number;
  /** The same in thread time: each task's share of it scaled by that task's thread time over its wall time
   * (what the main thread computed for Jejak, without the time it waited for one of the machine's cores). */
  extCpuMs: number;
  /** Per script that ran, by its path in the extension ("first-look.js"). */
  scripts: Record<string, ScriptTime>;
  /** Main-thread tasks over 50 ms. */
  longTasks: LongTask[];
  /** Longest main-thread task of all. */
  longestTaskMs: number;
  /** The most of Jejak's time inside any one main-thread task (ms): what a reader's input could wait for Jejak. */
  maxExtTaskMs: number;
  /** The same in thread time (as `extCpuMs`). */
  maxExtTaskCpuMs: number;
  /** Thread time inside the extension's own trace events (evaluations, callbacks, idle callbacks; the outermost
   * of nested ones). Needs no profiler, but misses await continuations that run outside them (article.js). */
  eventCpuMs: number;
  /** Did a script of the extension run an idle callback (content.js: the extraction)? */
  extracted: boolean;
  /** Sampled time by phase, then by script and its innermost own frame (`frameKey`) → ms. */
  functions: Record<Phase, Map<string, number>>;
  samples: number;
}

type Interval = [number, number];

/**
 * evaluate: evaluating the script when Chromium injects it (compile and top
 * level); extraction: its idle callbacks; other: everything else (settings
 * read and first look after evaluation, messages, the sidebar).
 */
export type Phase = 'evaluate' | 'extraction' | 'other';
export const PHASES: Phase[] = ['evaluate', 'other', 'extraction'];

/** Key of a sampled frame in `LoadTrace.functions`: the script's path, a space, "name @line:col". */
export const frameKey = (script: string, frame: string) => `${script} ${frame}`;
export function splitFrameKey(key: string): { script: string; frame: string } {
  const space = key.indexOf(' ');
  return { script: key.slice(0, space), frame: key.slice(space + 1) };
}

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

/** One script's intervals while a load is analysed (µs, trace clock). */
interface ScriptIntervals { all: Interval[]; evaluate: Interval[]; idle: Interval[]; evalUs: number; compileUs: number; idleUs: number; calls: TraceEvent[] }

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
  /** The extension script a URL names ("article.js"), if it is one. */
  const scriptOf = (url: string | undefined) => (extOrigin && url?.startsWith(extOrigin) ? url.slice(extOrigin.length).split(/[?#]/)[0]! : undefined);

  const scripts = new Map<string, ScriptIntervals>();
  const intervalsOf = (script: string) => {
    let s = scripts.get(script);
    if (!s) scripts.set(script, (s = { all: [], evaluate: [], idle: [], evalUs: 0, compileUs: 0, idleUs: 0, calls: [] }));
    return s;
  };
  for (const e of main) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const script = scriptOf(dataUrl(e));
    if (!script) continue;
    const s = intervalsOf(script);
    s.all.push([e.ts, e.ts + e.dur]);
    if (e.name === 'v8.compile') s.compileUs += e.dur;
    if (e.name === 'EvaluateScript') {
      s.evalUs += e.dur;
      s.evaluate.push([e.ts, e.ts + e.dur]);
    }
    if (e.name === 'FunctionCall') s.calls.push(e);
  }
  // An idle callback is its script's whole: the callback and the microtasks it resolves (content.js: the extraction).
  for (const e of main) {
    if (e.name !== 'FireIdleCallback' || e.dur === undefined) continue;
    const s = [...scripts.values()].find((x) => x.calls.some((c) => c.ts >= e.ts && c.ts < e.ts + e.dur!));
    if (!s) continue;
    s.all.push([e.ts, e.ts + e.dur]);
    s.idle.push([e.ts, e.ts + e.dur]);
    s.idleUs += e.dur;
  }

  // CPU samples of this thread's isolate: a Profile event on the main thread, chunks (same pid and id) from the profiler thread.
  const functions: Record<Phase, Map<string, number>> = { evaluate: new Map(), extraction: new Map(), other: new Map() };
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
    // The innermost frame of an extension script on each node's stack, if any, and that script.
    const ownFrame = new Map<number, { script: string; frame: string } | null>();
    const frameOf = (id: number): { script: string; frame: string } | null => {
      const known = ownFrame.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      let result: { script: string; frame: string } | null = null;
      if (node) {
        const script = scriptOf(node.callFrame.url);
        if (script) {
          const f = node.callFrame;
          result = { script, frame: `${f.functionName || '(anonymous)'} @${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}` };
        } else if (node.parent !== undefined) result = frameOf(node.parent);
      }
      ownFrame.set(id, result);
      return result;
    };
    for (let i = 0; i + 1 < ids.length; i++) {
      const [from, to] = [times[i]!, times[i + 1]!];
      if (to <= start) continue;
      const own = frameOf(ids[i]!);
      if (!own) continue;
      // A gap longer than 10 ms means the profiler was not sampling; count no more than that.
      const until = Math.min(to, from + 10_000);
      const s = intervalsOf(own.script);
      s.all.push([from, until]);
      const phase = functions[within(s.evaluate, from) ? 'evaluate' : within(s.idle, from) ? 'extraction' : 'other'];
      const key = frameKey(own.script, own.frame);
      phase.set(key, (phase.get(key) ?? 0) + (until - from) / 1000);
      sampleCount++;
    }
  }

  const merged = [...scripts].map(([script, s]) => ({ script, all: merge(s.all), evaluate: merge(s.evaluate), idle: merge(s.idle) }));
  const ext = merge(merged.flatMap((s) => s.all));
  const longTasks = tasks
    .filter((e) => e.dur! > 50_000)
    .map((e): LongTask => {
      const [from, to] = [e.ts, e.ts + e.dur!];
      const extUs = overlap(ext, from, to);
      const base = { startMs: (from - start) / 1000, durMs: e.dur! / 1000, extMs: extUs / 1000 };
      if (extUs <= 0) return base;
      const parts = merged.flatMap((s) => {
        const evaluate = overlap(s.evaluate, from, to);
        const extraction = overlap(s.idle, from, to);
        const other = overlap(s.all, from, to) - evaluate - extraction;
        return ([['evaluate', evaluate], ['extraction', extraction], ['other', other]] as const).map(([phase, us]) => ({ script: s.script, phase, us }));
      });
      const top = parts.sort((a, b) => b.us - a.us)[0]!;
      return { ...base, script: top.script, phase: top.phase };
    });
  const perScript: Record<string, ScriptTime> = {};
  for (const s of merged) {
    const raw = scripts.get(s.script)!;
    perScript[s.script] = { ms: overlap(s.all, start, end) / 1000, evalMs: raw.evalUs / 1000, compileMs: raw.compileUs / 1000, idleMs: raw.idleUs / 1000 };
  }
  // Thread time of the extension's outermost trace events.
  const ownEvents = main
    .filter((e) => e.ph === 'X' && e.dur !== undefined && (scriptOf(dataUrl(e)) !== undefined || (e.name === 'FireIdleCallback' && merged.some((m) => m.idle.some(([a]) => a === e.ts)))))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let eventCpuUs = 0;
  let coveredUntil = -Infinity;
  for (const e of ownEvents) {
    if (e.ts + e.dur! <= coveredUntil) continue;
    eventCpuUs += e.tdur ?? e.dur!;
    coveredUntil = e.ts + e.dur!;
  }
  // Thread time: Jejak's wall time inside each task, scaled by how much of that task the thread spent on a core.
  // Extension time outside any task (there is little) counts at wall time.
  const cpuShare = (e: TraceEvent) => (e.tdur !== undefined && e.dur! > 0 ? Math.min(1, e.tdur / e.dur!) : 1);
  const extInTasks = tasks.map((e) => overlap(ext, e.ts, e.ts + e.dur!));
  const extCpuUs = tasks.reduce((sum, e, i) => sum + extInTasks[i]! * cpuShare(e), 0) + overlap(ext, start, end) - extInTasks.reduce((a, b) => a + b, 0);
  return {
    busyMs: tasks.reduce((s, e) => s + e.dur!, 0) / 1000,
    extMs: overlap(ext, start, end) / 1000,
    extCpuMs: extCpuUs / 1000,
    eventCpuMs: eventCpuUs / 1000,
    scripts: perScript,
    longTasks,
    longestTaskMs: Math.max(0, ...tasks.map((e) => e.dur!)) / 1000,
    maxExtTaskMs: Math.max(0, ...extInTasks) / 1000,
    maxExtTaskCpuMs: Math.max(0, ...tasks.map((e, i) => extInTasks[i]! * cpuShare(e))) / 1000,
    extracted: merged.some((s) => s.idle.length > 0),
    functions,
    samples: sampleCount,
  };
}
