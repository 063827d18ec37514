import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { setLocale } from '../../../lib/i18n';
import { createMessenger, RequestError } from '../../../lib/messaging/client';
import { toErrorPayload } from '../../../lib/messaging/errors';
import { REQUESTS } from '../../../lib/messaging/protocol';
import { createRouter, type Handlers } from '../../../lib/messaging/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const HANGUL = /[\uAC00-\uD7A3]/;

function handlers(): Handlers {
  return Object.fromEntries(
    Object.keys(REQUESTS).map((k) => [
      k,
      vi.fn(async () => {
        throw new Error('disk full');
      }),
    ]),
  ) as unknown as Handlers;
}

async function failure(run: () => Promise<unknown>): Promise<RequestError> {
  const e = await run().catch((err: unknown) => err);
  expect(e).toBeInstanceOf(RequestError);
  return e as RequestError;
}

describe('messages in English', () => {
  beforeEach(() => setLocale('en'));
  afterEach(() => setLocale('ko'));

  it('refusals of the router are English', async () => {
    const route = createRouter(handlers(), { extensionId: ID, extensionOrigin: ORIGIN });
    const ownPage = { id: ID, url: `${ORIGIN}/options.html` };
    const replies = [
      await route({ type: 'accounts.list', payload: {} }, { id: 'someone-else' }),
      await route({ type: 'accounts.drop' }, ownPage),
      await route({ type: 'accounts.unlinkPreview', payload: { accountId: 7 } }, ownPage),
      await route({ type: 'accounts.list', payload: {} }, ownPage),
    ];
    expect(replies).toEqual([
      { ok: false, error: { kind: 'forbidden', message: 'This request is not allowed.' } },
      { ok: false, error: { kind: 'bad-request', message: 'Unknown request. Reload the extension.' } },
      { ok: false, error: { kind: 'bad-request', message: 'The request is malformed.' } },
      {
        ok: false,
        error: {
          kind: 'internal',
          message: 'Something unexpected went wrong. Reopen the extension and try again.',
        },
      },
    ]);
    expect(JSON.stringify(replies)).not.toMatch(HANGUL);
  });

  it('an invalid form names the fields in English', () => {
    const parsed = z.object({ alias: z.string() }).safeParse({});
    expect(parsed.success).toBe(false);
    const payload = toErrorPayload(parsed.error);
    expect(payload.kind).toBe('invalid-input');
    expect(payload.message).toBe('Check the highlighted fields.');
    expect(Object.keys(payload.fields ?? {})).toEqual(['alias']);
  });

  it('the page side explains a lost or unreadable background in English', async () => {
    const lost = await failure(() =>
      createMessenger(async () => {
        throw new Error('Could not establish connection');
      })('accounts.list', {}),
    );
    expect(lost.kind).toBe('unavailable');
    expect(lost.message).toBe('Cannot reach the extension. Reload the page.');

    const garbled = await failure(() => createMessenger(async () => 'nonsense')('accounts.list', {}));
    expect(garbled.kind).toBe('bad-reply');
    expect(garbled.message).toBe("Cannot read the extension's reply. Reload the page.");
  });

  it('Korean stays the default', async () => {
    setLocale('ko');
    const lost = await failure(() =>
      createMessenger(async () => {
        throw new Error('gone');
      })('accounts.list', {}),
    );
    expect(lost.message).toBe('확장 프로그램과 연결할 수 없습니다. 페이지를 새로 고침해 주세요.');
  });
});
