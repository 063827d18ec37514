// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { scanRow, visibleText } from '../../../lib/overlay/scan';
import { sixshopRow, table } from './fixtures';

const row = (html: string) => {
  document.body.innerHTML = `<table><tbody>${html}</tbody></table>`;
  return document.querySelector('tbody > tr')!;
};

describe('reading a row', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds both the order number and the product order number of a row', () => {
    document.body.innerHTML = table([sixshopRow('2026112712345600', '2026112712345601')]);
    const scan = scanRow(document.querySelector('#rows tr')!);
    expect(scan.numbers).toEqual(['2026112712345600', '2026112712345601']);
    expect(scan.cells.map((c) => c.className)).toEqual(['col-order-no', 'col-product-order-no']);
    expect(scan.anchor?.className).toBe('col-status');
  });

  it('ignores numbers in inputs, text areas, selects and scripts', () => {
    const r = row(`<tr>
      <td><input value="2026112712345601"><input type="hidden" value="2026112712345602"></td>
      <td><textarea>2026112712345603</textarea></td>
      <td><select><option>2026112712345604</option></select></td>
      <td><script>var id = "2026112712345605";</script><style>/* 2026112712345606 */</style></td>
      <td><div contenteditable="true">2026112712345607</div></td>
      <td>상품</td></tr>`);
    expect(scanRow(r).numbers).toEqual([]);
  });

  it('ignores our own controls and the rows of a nested table (they are rows of their own)', () => {
    const r = row(`<tr><td>2026112712345601<sixshop-link-row></sixshop-link-row></td>
      <td><table><tbody><tr><td>2026112712345699</td></tr></tbody></table></td></tr>`);
    expect(scanRow(r).numbers).toEqual(['2026112712345601']);
    const inner = r.querySelector('table tr')!;
    expect(scanRow(inner).numbers).toEqual(['2026112712345699']);
  });

  it('reads numbers split by inline markup, and keeps apart numbers in separate blocks', () => {
    const r = row(`<tr><td><b>20261127</b>12345601</td>
      <td><div>2026112712345602</div><div>2026112712345603</div></td></tr>`);
    expect(scanRow(r).numbers).toEqual(['2026112712345601', '2026112712345602', '2026112712345603']);
    expect(visibleText(r.querySelector('td')!)).toBe('2026112712345601');
  });

  it('reads ARIA grids built of divs', () => {
    document.body.innerHTML = `<div role="grid"><div role="row" id="r">
      <div role="gridcell">2026112712345601</div><div role="gridcell">2026112712345600</div><div role="gridcell">결제완료</div>
    </div></div>`;
    const scan = scanRow(document.getElementById('r')!);
    expect(scan.numbers).toEqual(['2026112712345601', '2026112712345600']);
    expect(scan.anchor?.textContent).toBe('결제완료');
  });

  it('skips rows without any 16-digit number at once', () => {
    expect(scanRow(row('<tr><td>2026-11-27</td><td>21,000원</td></tr>'))).toEqual({
      numbers: [],
      cells: [],
      anchor: undefined,
    });
  });
});
