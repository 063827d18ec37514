// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nearGate } from '../../../components/overlay/near-viewport';

/** An IntersectionObserver the test drives: what is observed, and entries delivered on demand. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly observed = new Set<Element>();
  constructor(
    readonly callback: (entries: IntersectionObserverEntry[]) => void,
    readonly options: IntersectionObserverInit & { scrollMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  /** these elements intersect, at these tops (100 px tall) */
  report(...at: Array<[Element, number]>) {
    this.callback(
      at.map(([target, top]) => ({
        target,
        isIntersecting: true,
        boundingClientRect: { top, bottom: top + 100 } as DOMRectReadOnly,
      })) as unknown as IntersectionObserverEntry[],
    );
  }
}

function page() {
  document.body.innerHTML =
    '<table><tbody><tr id="a"><td>1</td></tr><tr id="b"><td>2</td></tr></tbody></table>' +
    '<div role="row" id="g" style="display: contents"><div role="cell" id="gc">3</div></div>';
  const el = (id: string) => document.getElementById(id)!;
  return { a: el('a'), b: el('b'), g: el('g'), gc: el('gc') };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the gate rows wait behind', () => {
  it('reports the rows that came near together, once, and says which were already within drawing distance', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { a, b, g, gc } = page();
    const near: Element[][] = [];
    const close: Element[] = [];
    const gate = nearGate('100%', 300, (r) => close.push(r))((rows) => near.push([...rows]));
    for (const r of [a, b, g]) gate.watch(r);
    const io = FakeObserver.last!;
    // the margin (here without a scroll margin in the browser: on the viewport)
    expect(io.options).toEqual({ rootMargin: '100% 0px' });
    // a grid row without a box of its own is watched by its first cell as well
    expect([...io.observed]).toEqual([a, b, g, gc]);
    const height = window.innerHeight;
    io.report([a, 10], [gc, height + 900], [g, height + 900]);
    expect(near).toEqual([[a, g]]);
    expect(close).toEqual([a]); // g is more than 300 px below the viewport
    expect([...io.observed]).toEqual([b]);
    gate.unwatch(b);
    expect(io.observed.size).toBe(0);
  });

  it('where the browser has a scroll margin, the margin reaches past the scrolling boxes rows sit in', () => {
    class WithScrollMargin extends FakeObserver {
      get scrollMargin() {
        return this.options.scrollMargin ?? '0px';
      }
    }
    vi.stubGlobal('IntersectionObserver', WithScrollMargin);
    const { a } = page();
    nearGate('100%', 300, () => undefined)(() => undefined).watch(a);
    expect(FakeObserver.last!.options).toEqual({ scrollMargin: '100% 0px' });
  });

  it('in a tab in the background, reads by position the rows within two screens of the top', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const { a, b } = page();
    const height = window.innerHeight;
    vi.spyOn(a, 'getBoundingClientRect').mockReturnValue({ top: 50, bottom: 80 } as DOMRect);
    vi.spyOn(b, 'getBoundingClientRect').mockReturnValue({
      top: 3 * height,
      bottom: 3 * height + 30,
    } as DOMRect);
    const near: Element[][] = [];
    const close: Element[] = [];
    const gate = nearGate('100%', 300, (r) => close.push(r))((rows) => near.push([...rows]));
    gate.watch(a);
    gate.watch(b);
    await Promise.resolve();
    expect(near).toEqual([[a]]);
    expect(close).toEqual([a]);
    // the row further down waits for the observer, once the tab is shown
    expect([...FakeObserver.last!.observed]).toEqual([b]);
  });
});
