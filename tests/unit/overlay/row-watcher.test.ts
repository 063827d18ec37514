// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type RowChanges, RowWatcher } from '../../../lib/overlay/row-watcher';
import { fakeNear, rowsFrom, sixshopRow, table } from './fixtures';

const id = (n: number, k = 1) => `20261127${String(n).padStart(6, '0')}${String(k).padStart(2, '0')}`;
const orderOf = (n: number) => id(n, 0);

let watcher: RowWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  watcher = undefined;
  document.body.innerHTML = '';
});

function watch() {
  const passes: RowChanges[] = [];
  watcher = new RowWatcher({ root: document.body, onChanges: (c) => passes.push(c), debounceMs: 5 });
  watcher.start();
  return passes;
}

const numbersOf = (c: RowChanges) => [...c.changed.values()].flatMap((s) => s.numbers);

describe('following the rows of a page', () => {
  it('reads the rows present at start', () => {
    document.body.innerHTML = table([sixshopRow(orderOf(1), id(1)), sixshopRow(orderOf(2), id(2))]);
    const passes = watch();
    expect(passes).toHaveLength(1);
    expect(numbersOf(passes[0]!)).toEqual([orderOf(1), id(1), orderOf(2), id(2)]);
  });

  it('reads rows the page renders later, and only those', () => {
    document.body.innerHTML = table(['<tr><td colspan="7">주문을 불러오는 중입니다…</td></tr>']);
    const passes = watch();
    expect(passes).toHaveLength(0);
    const tbody = document.getElementById('rows')!;
    tbody.innerHTML = sixshopRow(orderOf(1), id(1));
    watcher!.flushNow();
    expect(passes).toHaveLength(1);
    expect(numbersOf(passes[0]!)).toEqual([orderOf(1), id(1)]);
  });

  it('follows re-rendered rows: old ones go, new ones come', () => {
    document.body.innerHTML = table([sixshopRow(orderOf(1), id(1))]);
    const passes = watch();
    const old = document.querySelector('#rows tr')!;
    const tbody = document.getElementById('rows')!;
    tbody.replaceChildren(...rowsFrom(sixshopRow(orderOf(1), id(1)) + sixshopRow(orderOf(3), id(3))));
    watcher!.flushNow();
    const last = passes.at(-1)!;
    expect(last.removed).toEqual([old]);
    expect(last.changed.size).toBe(2);
    expect(watcher!.rows()).not.toContain(old);
  });

  it('reads a row again when its text changes in place, and drops it when its numbers go', () => {
    document.body.innerHTML = table([sixshopRow(orderOf(1), id(1))]);
    const passes = watch();
    const cell = document.querySelector('.col-product-order-no')!;
    cell.firstChild!.textContent = id(9);
    watcher!.flushNow();
    expect(numbersOf(passes.at(-1)!)).toEqual([orderOf(1), id(9)]);
    const tr = document.querySelector('#rows tr')!;
    tr.innerHTML = '<td>삭제된 주문</td>';
    watcher!.flushNow();
    expect(passes.at(-1)!.removed).toEqual([tr]);
  });

  it('puts our controls back when the page throws them away, but not when we removed them', () => {
    document.body.innerHTML = table([sixshopRow(orderOf(1), id(1))]);
    const own = new WeakSet<Node>();
    const passes: RowChanges[] = [];
    watcher = new RowWatcher({
      root: document.body,
      onChanges: (c) => passes.push(c),
      isOwnRemoval: (n) => own.has(n),
      debounceMs: 5,
    });
    watcher.start();
    const cell = document.querySelector('.col-status')!;
    const host = document.createElement('sixshop-link-row');
    cell.append(host);
    watcher.flushNow();
    expect(passes).toHaveLength(1); // adding our host is not a change of the row
    own.add(host);
    host.remove();
    watcher.flushNow();
    expect(passes).toHaveLength(1);
    const again = document.createElement('sixshop-link-row');
    cell.append(again);
    watcher.flushNow();
    again.remove(); // the page did it
    watcher.flushNow();
    expect(passes).toHaveLength(2);
  });

  it('scans 2,000 rows well under a second; 100 added rows cost 100 rows, not the page', () => {
    const rows: string[] = [];
    for (let i = 0; i < 2000; i++) rows.push(sixshopRow(orderOf(i), id(i)));
    document.body.innerHTML = table(rows);
    const t0 = performance.now();
    const passes = watch();
    const ms = performance.now() - t0;
    expect(watcher!.stats.lastPass).toMatchObject({ rows: 2001, full: true }); // and the header row
    expect(passes[0]!.changed.size).toBe(2000);
    expect(ms).toBeLessThan(1000);
    console.info(`[overlay] happy-dom: full scan of 2,000 rows in ${ms.toFixed(1)} ms`);

    const tbody = document.getElementById('rows')!;
    const more = rowsFrom(
      Array.from({ length: 100 }, (_, i) => sixshopRow(orderOf(5000 + i), id(5000 + i))).join(''),
    );
    const before = watcher!.stats.rowsScanned;
    tbody.append(...more);
    watcher!.flushNow();
    expect(watcher!.stats.rowsScanned - before).toBe(100);
    expect(watcher!.stats.fullScans).toBe(1);
    expect(passes.at(-1)!.changed.size).toBe(100);
  });

  it('waits for the page to settle, but not forever', async () => {
    document.body.innerHTML = table([]);
    const passes: RowChanges[] = [];
    watcher = new RowWatcher({
      root: document.body,
      onChanges: (c) => passes.push(c),
      debounceMs: 30,
      maxWaitMs: 100,
    });
    watcher.start();
    const tbody = document.getElementById('rows')!;
    const started = Date.now();
    // a page that keeps adding a row every 10 ms
    for (let i = 0; i < 20 && passes.length === 0; i++) {
      tbody.append(...rowsFrom(sixshopRow(orderOf(i), id(i))));
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 150));
    expect(passes.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('reading rows as they come near the viewport', () => {
  function watchNear(rows: string[]) {
    document.body.innerHTML = table(rows);
    const near = fakeNear();
    const passes: RowChanges[] = [];
    watcher = new RowWatcher({
      root: document.body,
      onChanges: (c) => passes.push(c),
      whenNear: near.whenNear,
      debounceMs: 5,
    });
    watcher.start();
    const tr = (n: number) => document.querySelector(`tr[data-row-key="${id(n)}"]`)!;
    return { near, passes, tr };
  }

  it('reads nothing at start; the rows that come near are read together, the others keep waiting', () => {
    const { near, passes, tr } = watchNear([1, 2, 3, 4].map((n) => sixshopRow(orderOf(n), id(n))));
    expect(passes).toHaveLength(0);
    expect(watcher!.stats.rowsScanned).toBe(0);
    expect(watcher!.stats.rowsWaiting).toBe(5); // and the header row
    near.bring(tr(1), tr(2));
    expect(passes).toHaveLength(1);
    expect(numbersOf(passes[0]!)).toEqual([orderOf(1), id(1), orderOf(2), id(2)]);
    expect(watcher!.stats.rowsScanned).toBe(2);
    expect(watcher!.stats.rowsWaiting).toBe(3);
    expect(watcher!.isWaiting(tr(3))).toBe(true);
    expect(watcher!.isWaiting(tr(1))).toBe(false);
  });

  it('a waiting row that changes is not read until it comes near, then as it is; one that leaves stops waiting', () => {
    const { near, passes, tr } = watchNear([1, 2].map((n) => sixshopRow(orderOf(n), id(n))));
    const row1 = tr(1);
    row1.querySelector('.col-product-order-no')!.firstChild!.textContent = id(7);
    watcher!.flushNow();
    expect(passes).toHaveLength(0);
    near.bring(row1);
    expect(numbersOf(passes.at(-1)!)).toEqual([orderOf(1), id(7)]);
    const row2 = tr(2);
    row2.remove();
    watcher!.flushNow();
    expect(near.waiting()).not.toContain(row2);
    expect(watcher!.stats.rowsWaiting).toBe(1); // the header row
    // once read, a row is read again whenever it changes
    row1.querySelector('.col-product-order-no')!.firstChild!.textContent = id(8);
    watcher!.flushNow();
    expect(numbersOf(passes.at(-1)!)).toEqual([orderOf(1), id(8)]);
  });

  it('rows added later wait too; `read` reads one at once, near or not', () => {
    const { near, passes } = watchNear([]);
    const more = rowsFrom(sixshopRow(orderOf(5), id(5)) + sixshopRow(orderOf(6), id(6)));
    document.getElementById('rows')!.append(...more);
    watcher!.flushNow();
    expect(passes).toHaveLength(0);
    expect(near.waiting()).toEqual(expect.arrayContaining(more));
    watcher!.read([more[1]!]);
    expect(numbersOf(passes.at(-1)!)).toEqual([orderOf(6), id(6)]);
    expect(near.waiting()).not.toContain(more[1]);
    expect(watcher!.isWaiting(more[0]!)).toBe(true);
  });

  it('stopping cancels every wait', () => {
    const { near } = watchNear([1, 2].map((n) => sixshopRow(orderOf(n), id(n))));
    expect(near.waiting()).toHaveLength(3);
    watcher!.stop();
    expect(near.waiting()).toHaveLength(0);
  });
});
