/**
 * A page's script time read from a Chromium trace: every task that runs script on the page's main thread,
 * promise callbacks included. CDP's `Performance.getMetrics` `ScriptDuration` counts only script Blink calls
 * into (a parsed script, a timer, an event or observer callback): the continuations that run when a message's
 * answer or a module arrives (`await sendMessage(…)`, `import()`) run as microtasks after a task of the
 * browser's own and are not in it. Here they are.
 *
 * The figure is the thread time of that script (each trace event's `tdur`: the time the thread actually ran),
 * with the wall time beside it. On a machine of two cores shared by the browser's other processes and threads
 * and the benchmark itself, a page's main thread waits for a core now and then, most of all while the page is
 * first painted; a script event's wall time takes those waits in (measured: the same 39 rows drawn in 5 ms
 * of wall time on one page and 8–37 ms on another, the thread time of the whole load 31–37 ms on both). The
 * thread time is what the script itself costs.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/browser';
import { meteredPage, scriptMetrics } from './chromium';
import { sleep } from './report';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread time of a complete event, µs */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

/**
 * Events that are script running on a renderer's main thread (or wrap it closely): the union of their spans is
 * the script time. Nested events (a callback inside a timer, a forced layout inside a callback) count once.
 */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
]);

/** Enough for the events above; the heavier categories (compile details, stacks) would slow the page. */
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing'];

export interface MainThreadScript {
  /** script time on the measured page's renderer main thread, ms: the thread time it ran (see above) */
  scriptMs: number;
  /** the same script's wall time, ms (waits for a core included) */
  wallMs: number;
  /** of which microtask checkpoints (promise callbacks, observer deliveries), ms of thread time */
  microtaskMs: number;
  /** each stretch of script in turn: when (ms after the first), how long (wall, thread), and the events in it */
  stretches: Array<{ atMs: number; ms: number; threadMs: number; what: string }>;
}

/** The spans' union, in ms. */
function unionMs(spans: Array<[number, number]>): number {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}

/**
 * Script time of everything `run` sets off (and that finishes within it: end it with a wait long enough) on the
 * main thread of the renderer that shows the page `cdp` is attached to (tracing covers the whole browser: other
 * tabs and the extension's own pages are left out). `until`: count only up to the page's first
 * `performance.mark` of this name.
 */
export async function mainThreadScript(
  cdp: CDPSession,
  run: () => Promise<void>,
  /** `required`: the page must have run script (a figure of 0 would mean the page was not found in the trace) */
  opts: { until?: string; required?: boolean } = {},
): Promise<MainThreadScript> {
  const events: TraceEvent[] = [];
  // the protocol types trace events as string maps; they are the objects described above
  const collect = (e: { value: Array<Record<string, unknown>> }) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  } as never);
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const out = pageScript(events, frameTree.frame.id, opts.until);
  if (opts.required && out.scriptMs === 0) throw new Error('no script of the page in the trace');
  return out;
}

/** The script time of the renderer main thread(s) that did anything for the frame `frameId`. */
export function pageScript(events: readonly TraceEvent[], frameId: string, until?: string): MainThreadScript {
  const renderers = new Set<string>();
  const mains = new Set<string>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') renderers.add(key);
    else if (e.args?.data?.frame === frameId || e.args?.beginData?.frame === frameId) mains.add(key);
  }
  for (const key of mains) if (!renderers.has(key)) mains.delete(key);
  const marks = until ? events.filter((e) => e.name === until && e.ph !== 'M').map((e) => e.ts) : [];
  if (until && marks.length === 0) throw new Error(`the page made no mark "${until}" in the measured window`);
  const cut = until ? Math.min(...marks) : Number.POSITIVE_INFINITY;
  // spans are read from complete events only: a script event recorded as begin and end would be missed
  const split = events.find((e) => (e.ph === 'B' || e.ph === 'E') && SCRIPT_EVENTS.has(e.name));
  if (split)
    throw new Error(`"${split.name}" came as a begin/end pair: main-thread.ts reads complete events only`);
  const byThread = new Map<string, { spans: Array<[number, number]>; events: TraceEvent[] }>();
  const untimed = events.find(
    (e) =>
      e.ph === 'X' &&
      SCRIPT_EVENTS.has(e.name) &&
      e.tdur === undefined &&
      e.ts < cut &&
      mains.has(`${e.pid}:${e.tid}`),
  );
  if (untimed)
    throw new Error(`"${untimed.name}" came without its thread time: this browser's trace cannot give it`);
  for (const e of events) {
    if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name) || e.ts >= cut) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    const t = byThread.get(key) ?? { spans: [], events: [] };
    byThread.set(key, t);
    const span: [number, number] = [e.ts, Math.min(cut, e.ts + (e.dur ?? 0))];
    t.spans.push(span);
    t.events.push(e);
  }
  // a navigation may move the page to a new renderer: each thread it ran on counts
  const out: MainThreadScript = { scriptMs: 0, wallMs: 0, microtaskMs: 0, stretches: [] };
  for (const t of byThread.values()) {
    out.wallMs += unionMs(t.spans);
    out.scriptMs += threadMs(t.events, cut);
    out.microtaskMs += threadMs(
      t.events.filter((e) => e.name === 'RunMicrotasks'),
      cut,
    );
    out.stretches.push(...stretches(t.events, cut));
  }
  return out;
}

/**
 * The thread time of the outermost events (an event nested in another is in its thread time already; events on
 * one thread nest, they do not overlap otherwise), ms; an event the cut ends is counted in proportion.
 */
function threadMs(events: TraceEvent[], cut: number): number {
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  // a parent before the child that starts with it
  for (const e of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const dur = e.dur ?? 0;
    if (e.ts + dur <= end) continue;
    end = e.ts + dur;
    const share = dur > 0 && e.ts + dur > cut ? (cut - e.ts) / dur : 1;
    total += (e.tdur ?? 0) * share;
  }
  return total / 1000;
}

/** The events grouped into stretches of overlapping script, each named by what ran in it. */
function stretches(events: TraceEvent[], cut: number): MainThreadScript['stretches'] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const t0 = sorted[0]?.ts ?? 0;
  const out: Array<{ from: number; to: number; names: Set<string>; events: TraceEvent[] }> = [];
  for (const e of sorted) {
    const to = e.ts + (e.dur ?? 0);
    const url = e.args?.data?.url;
    const name = `${typeof url === 'string' && url ? `${e.name} ${url.split('/').pop()}` : e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
    const last = out.at(-1);
    if (last && e.ts < last.to) {
      last.to = Math.max(last.to, to);
      last.names.add(name);
      last.events.push(e);
    } else out.push({ from: e.ts, to, names: new Set([name]), events: [e] });
  }
  return out.map((s) => ({
    atMs: (s.from - t0) / 1000,
    ms: (s.to - s.from) / 1000,
    threadMs: threadMs(s.events, cut),
    what: [...s.names].join(', '),
  }));
}

export interface TracedLoad extends MainThreadScript {
  page: Page;
  cdp: CDPSession;
  /** CDP `ScriptDuration` over the same window (without the promise callbacks: see above) */
  cdpScriptMs: number;
  /** every main-thread task over the same window (style, layout, …), CDP `TaskDuration` */
  taskMs: number;
}

/**
 * Opens `url` in a new tab of `browser` and measures the load over `windowMs` after navigation, nothing polling
 * the page meanwhile; the tab stays open. `required`: as for `mainThreadScript`.
 */
export async function tracedLoad(
  browser: ExtensionBrowser,
  url: string,
  windowMs: number,
  opts: { required?: boolean } = {},
): Promise<TracedLoad> {
  const { page, cdp } = await meteredPage(browser);
  const traced = await mainThreadScript(
    cdp,
    async () => {
      await page.goto(url);
      await sleep(windowMs);
    },
    opts,
  );
  const m = await scriptMetrics(cdp);
  return { page, cdp, ...traced, cdpScriptMs: m.scriptMs, taskMs: m.taskMs };
}
