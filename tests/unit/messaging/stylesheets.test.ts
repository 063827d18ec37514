import { describe, expect, it } from 'vitest';
import { stylesheetReader } from '../../../lib/background/stylesheets';
import { UserFacingError } from '../../../lib/messaging/errors';

describe('the content scripts’ stylesheets, from the background', () => {
  it('reads each file once and answers every page from what it read', async () => {
    const reads: string[] = [];
    const read = stylesheetReader(async (path) => {
      reads.push(path);
      return `/* ${path} */`;
    });
    expect(await read('orders')).toBe('/* /content-scripts/orders.css */');
    expect(await read('orders')).toBe('/* /content-scripts/orders.css */');
    expect(await read('products')).toBe('/* /content-scripts/products.css */');
    expect(reads).toEqual(['/content-scripts/orders.css', '/content-scripts/products.css']);
  });

  it('a failed read says what to do and is tried again by the next page', async () => {
    let fail = true;
    let reads = 0;
    const read = stylesheetReader(async () => {
      reads++;
      if (fail) throw new Error('404');
      return '.row{}';
    });
    const error = await read('orders').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).message).toContain('다시 설치');
    fail = false;
    expect(await read('orders')).toBe('.row{}');
    expect(reads).toBe(2);
  });
});
