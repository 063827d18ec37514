import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../../lib/messaging/errors';
import { REQUESTS } from '../../../lib/messaging/protocol';
import type { Handlers } from '../../../lib/messaging/router';
import { createRouter } from '../../../lib/messaging/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const all = Object.fromEntries(
    Object.keys(REQUESTS).map((k) => [k, vi.fn(async () => ({ handled: k }))]),
  ) as unknown as Handlers;
  return { ...all, ...overrides };
}

describe('background router', () => {
  const ownPage = { id: ID, url: `${ORIGIN}/options.html` };

  it('runs the handler for a valid request from the extension’s own page', async () => {
    const h = handlers();
    const route = createRouter(h, { extensionId: ID, extensionOrigin: ORIGIN });
    const reply = await route({ type: 'accounts.list', payload: {} }, ownPage);
    expect(reply).toEqual({ ok: true, data: { handled: 'accounts.list' } });
    expect(h['accounts.list']).toHaveBeenCalledOnce();
  });

  it('refuses other extensions, web pages and content scripts for page-only requests', async () => {
    const h = handlers();
    const rejected: string[] = [];
    const route = createRouter(h, {
      extensionId: ID,
      extensionOrigin: ORIGIN,
      onRejected: (r) => rejected.push(r),
    });
    const attempts = [
      {
        id: 'otherextensionidotherextensionid',
        url: 'chrome-extension://otherextensionidotherextensionid/x.html',
      },
      { id: undefined, url: 'https://evil.example/' },
      { id: ID, url: 'https://sell.smartstore.naver.com/#/orders', tab: { id: 3 } },
      { id: ID, url: `${ORIGIN}.evil.example/options.html` },
    ];
    for (const sender of attempts) {
      const reply = await route(
        { type: 'accounts.unlink', payload: { accountId: 'a', confirmAlias: 'x' } },
        sender,
      );
      expect(reply.ok).toBe(false);
    }
    expect(h['accounts.unlink']).not.toHaveBeenCalled();
    expect(rejected).toHaveLength(4);
  });

  it('refuses unknown types and malformed envelopes without calling anything', async () => {
    const h = handlers();
    const route = createRouter(h, { extensionId: ID, extensionOrigin: ORIGIN });
    for (const msg of [null, 'accounts.list', { type: 'accounts.drop' }, { type: 42 }, { payload: {} }]) {
      const reply = await route(msg, ownPage);
      expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    }
    const bad = await route({ type: 'accounts.unlinkPreview', payload: { accountId: 7 } }, ownPage);
    expect(bad).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  it('passes user-facing errors on and hides the text of unexpected ones', async () => {
    const route = createRouter(
      handlers({
        'accounts.list': async () => {
          throw new UserFacingError('not-found', '연동된 계정을 찾을 수 없습니다.', { accountId: '없음' });
        },
        'settings.get': async () => {
          throw new Error('secret sk_live_1234 leaked in a stack');
        },
      }),
      { extensionId: ID, extensionOrigin: ORIGIN },
    );
    expect(await route({ type: 'accounts.list' }, ownPage)).toEqual({
      ok: false,
      error: { kind: 'not-found', message: '연동된 계정을 찾을 수 없습니다.', fields: { accountId: '없음' } },
    });
    const hidden = await route({ type: 'settings.get' }, ownPage);
    expect(JSON.stringify(hidden)).not.toContain('sk_live_1234');
    expect(hidden).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});
