import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { createMessenger, Messenger as ToolsRequest } from '../../lib/messaging/client';

/** The typed `request(type, payload)` of `lib/ui/messenger.ts` (accounts, sync, actions). */
export type Request = ReturnType<typeof createMessenger>;

/** What the 주문 도구 page needs from the outside world, injected so tests can replace every piece. */
export interface ToolsEnv {
  request: Request;
  /** the tools messages (lib/tools/requests.ts) */
  tools: ToolsRequest;
  now: () => number;
  /** a fresh idempotency key for one 배송 처리 click */
  newRequestId: () => string;
  /** saves a text file the browser's way (a download) */
  download: (fileName: string, text: string) => void;
  copy: (text: string) => Promise<void>;
  openOptions: () => void;
  /** while actions or a sync are on their way: how often to ask again, and for how long at most */
  pollMs: number;
  pollTimeoutMs: number;
}

export function makeToolsEnv(
  env: Pick<ToolsEnv, 'request' | 'tools' | 'openOptions'> & Partial<ToolsEnv>,
): ToolsEnv {
  return {
    now: Date.now,
    newRequestId: () => crypto.randomUUID().replaceAll('-', ''),
    download: downloadText,
    copy: (text) => navigator.clipboard.writeText(text),
    pollMs: 1_000,
    pollTimeoutMs: 60_000,
    ...env,
  };
}

/** A CSV (or any text) as a download: a Blob behind a temporary link. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const ToolsEnvContext = createContext<ToolsEnv | null>(null);

export function useToolsEnv(): ToolsEnv {
  const env = useContext(ToolsEnvContext);
  if (!env) throw new Error('ToolsEnvContext is missing');
  return env;
}

export function errorText(e: unknown): string {
  return e instanceof Error && e.message
    ? e.message
    : t(
        '예상하지 못한 오류가 발생했습니다. 다시 시도해 주세요.',
        'Something unexpected went wrong. Please try again.',
      );
}
