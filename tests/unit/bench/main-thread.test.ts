import { describe, expect, it } from 'vitest';
import { pageScript } from '../../bench/main-thread';

const FRAME = 'F1';
/** The page's renderer main thread (1:10), another renderer's (2:20), and a worker thread of the page's renderer. */
const meta = [
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 10, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 20, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 11, args: { name: 'ThreadPoolForegroundWorker' } },
  {
    name: 'ParseHTML',
    ph: 'X',
    ts: 0,
    dur: 10,
    tdur: 10,
    pid: 1,
    tid: 10,
    args: { beginData: { frame: FRAME } },
  },
];
/** A complete event: start and wall duration in ms, thread time in ms. */
const x = (name: string, atMs: number, wallMs: number, threadMs: number, pid = 1, tid = 10) => ({
  name,
  ph: 'X',
  ts: atMs * 1000,
  dur: wallMs * 1000,
  tdur: threadMs * 1000,
  pid,
  tid,
});

describe("a page's script time from a trace", () => {
  it('is the thread time of the outermost script events of the page’s main thread, with the wall time beside it', () => {
    const out = pageScript(
      [
        ...meta,
        // an evaluation with a compile inside it, and the microtasks that start with it: counted once
        x('v8.compile', 100, 10, 5),
        x('EvaluateScript', 100, 30, 12),
        x('RunMicrotasks', 100, 2, 1),
        x('RunMicrotasks', 200, 20, 8),
        // another page's renderer, and a worker thread of this one: not the page's script
        x('FunctionCall', 300, 50, 50, 2, 20),
        x('v8.compile', 300, 40, 40, 1, 11),
      ],
      FRAME,
    );
    expect(out.scriptMs).toBeCloseTo(20);
    expect(out.wallMs).toBeCloseTo(50);
    expect(out.microtaskMs).toBeCloseTo(9);
    expect(out.stretches.map((s) => [Math.round(s.ms), Math.round(s.threadMs)])).toEqual([
      [30, 12],
      [20, 8],
    ]);
  });

  it('stops at the mark it is given, counting an event the mark cuts in proportion', () => {
    const mark = { name: 'first-data', ph: 'R', ts: 210_000, pid: 1, tid: 10 };
    const out = pageScript(
      [
        ...meta,
        x('EvaluateScript', 100, 30, 12),
        x('RunMicrotasks', 200, 20, 8),
        mark,
        x('TimerFire', 300, 5, 5),
      ],
      FRAME,
      'first-data',
    );
    expect(out.scriptMs).toBeCloseTo(12 + 4);
    expect(out.wallMs).toBeCloseTo(30 + 10);
  });

  it('refuses a trace it would misread: no mark, a begin/end pair, an event without its thread time', () => {
    expect(() => pageScript([...meta, x('EvaluateScript', 100, 30, 12)], FRAME, 'first-data')).toThrow(
      /no mark/,
    );
    const begin = { name: 'FunctionCall', ph: 'B', ts: 1, pid: 1, tid: 10 };
    expect(() => pageScript([...meta, begin], FRAME)).toThrow(/begin\/end/);
    const { tdur: _, ...untimed } = x('FunctionCall', 100, 3, 3);
    expect(() => pageScript([...meta, untimed], FRAME)).toThrow(/thread time/);
    // also behind an untimed event of another thread
    const { tdur: __, ...elsewhere } = x('FunctionCall', 50, 3, 3, 2, 20);
    expect(() => pageScript([...meta, elsewhere, untimed], FRAME)).toThrow(/thread time/);
    expect(pageScript([...meta, elsewhere, x('FunctionCall', 100, 3, 2)], FRAME).scriptMs).toBeCloseTo(2);
  });
});
