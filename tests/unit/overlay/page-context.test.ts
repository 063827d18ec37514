import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageContext } from '../../../components/overlay/page-context';

/** What the overlay on a page knows of its extension: still there, or gone from under the page. */

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The extension reloaded or updated under the page: its scripts there have no runtime id any more. */
const cutOff = () =>
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);

describe('the page context of the order overlay', () => {
  it('is valid while the extension is there, and its timers run', () => {
    const ctx = pageContext();
    const ran = vi.fn();
    ctx.setTimeout(ran, 1_000);
    vi.advanceTimersByTime(1_000);
    expect(ctx.isInvalid).toBe(false);
    expect(ran).toHaveBeenCalledOnce();
  });

  it('turns invalid when the extension is gone, telling each listener once, and its timers no longer run', () => {
    const ctx = pageContext();
    const stopped = vi.fn();
    const ran = vi.fn();
    ctx.onInvalidated(stopped);
    ctx.setTimeout(ran, 1_000);
    cutOff();
    vi.advanceTimersByTime(1_000);
    expect(ran).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
  });

  it('tells every listener, even when one of them fails', () => {
    const ctx = pageContext();
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const stopped = vi.fn();
    ctx.onInvalidated(() => {
      throw new Error('gone');
    });
    ctx.onInvalidated(stopped);
    ctx.invalidate();
    expect(stopped).toHaveBeenCalledOnce();
  });

  it('tells a listener that comes after the end at once', () => {
    const ctx = pageContext();
    ctx.invalidate();
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    expect(stopped).toHaveBeenCalledOnce();
    expect(ctx.isInvalid).toBe(true);
  });
});
