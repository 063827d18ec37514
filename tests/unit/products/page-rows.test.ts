// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSiteOf } from '../../../lib/products/page-lookup';
import { scanProductRows, sitesFor } from '../../../lib/products/page-rows';

const smartstore = `<table><tbody id="product-rows">
  <tr class="product-row"><td class="col-check"><input type="checkbox"></td><td class="col-origin-no">10000001</td><td class="col-channel-no">20000001</td><td class="col-product">린넨 침구</td></tr>
  <tr class="product-row"><td class="col-origin-no">10000002<sixshop-link-product></sixshop-link-product></td><td class="col-product">머그컵</td></tr>
  <tr class="placeholder-row"><td>불러오는 중…</td></tr>
</tbody></table>`;
const shop = `<table><tbody id="product-rows">
  <tr class="product-row"><td class="col-product-no">1001</td><td class="col-product"><span class="product-name">리넨 앞치마</span></td></tr>
</tbody></table>`;

describe('reading product rows on the seller pages', () => {
  it('finds the origin product number of each SmartStore row, ignoring our own controls', () => {
    document.body.innerHTML = smartstore;
    const rows = scanProductRows(document, ['smartstore', 'shop']);
    expect(rows.map((r) => [r.site, r.number, r.cell.className])).toEqual([
      ['smartstore', '10000001', 'col-origin-no'],
      ['smartstore', '10000002', 'col-origin-no'],
    ]);
  });

  it('finds the product number of each shop row, only on pages that can be the shop', () => {
    document.body.innerHTML = shop;
    expect(scanProductRows(document, ['shop']).map((r) => r.number)).toEqual(['1001']);
    expect(scanProductRows(document, ['smartstore'])).toEqual([]);
  });

  it('knows which site a page is by its address', () => {
    expect(sitesFor('sell.smartstore.naver.com')).toEqual(['smartstore']);
    expect(sitesFor('myshop.sixshop.com')).toEqual(['shop']);
    expect(sitesFor('127.0.0.1')).toEqual(['smartstore', 'shop']);
    expect(sitesFor('evil.example')).toEqual([]);
    expect(pageSiteOf('https://sell.smartstore.naver.com/#/products/origin-list')).toBe('smartstore');
    expect(pageSiteOf('https://a.sixshop.com/admin/products')).toBe('shop');
    expect(pageSiteOf('https://sixshop.com.evil.example/')).toBeUndefined();
    expect(pageSiteOf('http://sell.smartstore.naver.com/')).toBeUndefined();
    expect(pageSiteOf('http://127.0.0.1:8700/smartstore/products')).toBe('sandbox');
  });
});
