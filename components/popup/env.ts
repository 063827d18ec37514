import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { createMessenger } from '../../lib/messaging/client';
import { openToolsPage } from './open-tools';

/** The typed `request(type, payload)` of `lib/ui/messenger.ts`; tests pass a stub. */
export type Request = ReturnType<typeof createMessenger>;

/** What the popup needs from the outside world, injected so tests can replace every piece. */
export interface PopupEnv {
  request: Request;
  openOptions: () => void;
  /** opens the 주문 도구 page (tools.html) in a new tab */
  openTools: () => void;
  now: () => number;
  /** a fresh idempotency key for `actions.retry` */
  newRequestId: () => string;
  /** search debounce */
  searchDelayMs: number;
  /** after 지금 동기화: how often the summary is read again, and for how long at most */
  syncPollMs: number;
  syncTimeoutMs: number;
}

export const DEFAULT_TIMING = { searchDelayMs: 200, syncPollMs: 1_000, syncTimeoutMs: 20_000 } as const;

export function makeEnv(
  env: Pick<PopupEnv, 'request' | 'openOptions'> & Partial<Omit<PopupEnv, 'request' | 'openOptions'>>,
): PopupEnv {
  return {
    now: Date.now,
    newRequestId: () => crypto.randomUUID().replaceAll('-', ''),
    openTools: () => void openToolsPage(),
    ...DEFAULT_TIMING,
    ...env,
  };
}

export const PopupEnvContext = createContext<PopupEnv | null>(null);

export function usePopupEnv(): PopupEnv {
  const env = useContext(PopupEnvContext);
  if (!env) throw new Error('PopupEnvContext is missing');
  return env;
}
