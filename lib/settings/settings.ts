import { z } from 'zod/mini';
import type { LinkDb, LinkTables } from '../db/schema';
import { t } from '../i18n';

/** The real services; the sandbox and staging proxies are reached only by changing these. */
export const DEFAULT_COMMERCE_API_ORIGIN = 'https://api.commerce.naver.com';
export const DEFAULT_SHOP_BACKEND_URL = 'https://api.sixshop.com';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An https URL, or http on this computer only (the sandbox). No path tricks, no credentials. */
export const ServiceUrlSchema = z.pipe(
  z
    .string()
    .check(z.trim(), z.minLength(1, { error: () => t('주소를 입력해 주세요.', 'Enter an address.') })),
  z.transform((v: string, ctx) => {
    const refuse = (message: string) => {
      ctx.issues.push({ code: 'custom', input: v, message });
      return z.NEVER;
    };
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      return refuse(
        t(
          '올바른 주소가 아닙니다. https://로 시작하는 주소를 입력해 주세요.',
          'This is not a valid address. Enter an address starting with https://.',
        ),
      );
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
      return refuse(
        t(
          'https:// 주소만 쓸 수 있습니다 (http://는 이 컴퓨터의 샌드박스 주소만 허용).',
          'Only https:// addresses can be used (http:// only for the sandbox on this computer).',
        ),
      );
    }
    if (url.username || url.password || url.search || url.hash) {
      return refuse(
        t(
          '주소에 계정 정보, 쿼리(?), #을 넣을 수 없습니다.',
          'The address cannot contain account details, a query (?) or #.',
        ),
      );
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  }),
);

export const SettingsSchema = z.object({
  commerceApiOrigin: ServiceUrlSchema,
  shopBackendUrl: ServiceUrlSchema,
  /** Minutes between automatic order collections */
  syncIntervalMinutes: z
    .number({ error: () => t('숫자로 입력해 주세요.', 'Enter a number.') })
    .check(
      z.int({ error: () => t('분 단위의 정수로 입력해 주세요.', 'Enter a whole number of minutes.') }),
      z.minimum(1, { error: () => t('1분 이상으로 설정해 주세요.', 'Set at least 1 minute.') }),
      z.maximum(60, { error: () => t('60분 이하로 설정해 주세요.', 'Set at most 60 minutes.') }),
    ),
  /** How far back a first link looks for orders */
  lookbackDays: z
    .number({ error: () => t('숫자로 입력해 주세요.', 'Enter a number.') })
    .check(
      z.int({ error: () => t('일 단위의 정수로 입력해 주세요.', 'Enter a whole number of days.') }),
      z.minimum(1, { error: () => t('1일 이상으로 설정해 주세요.', 'Set at least 1 day.') }),
      z.maximum(90, { error: () => t('90일 이하로 설정해 주세요.', 'Set at most 90 days.') }),
    ),
  notifyNewOrders: z.boolean(),
});
export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  commerceApiOrigin: DEFAULT_COMMERCE_API_ORIGIN,
  shopBackendUrl: DEFAULT_SHOP_BACKEND_URL,
  syncIntervalMinutes: 5,
  lookbackDays: 7,
  notifyNewOrders: false,
};

export const SettingsPatchSchema = z.partial(SettingsSchema);
export type SettingsPatch = z.input<typeof SettingsPatchSchema>;

const KEY = 'settings';

export async function getSettings(db: LinkTables<'settings'>): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = SettingsSchema.safeParse({
    ...DEFAULT_SETTINGS,
    ...(isRecord(row?.value) ? row.value : {}),
  });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Validates a change and saves it; invalid input throws the zod error and saves nothing. */
export async function updateSettings(db: LinkDb, patch: unknown): Promise<Settings> {
  const valid = SettingsPatchSchema.parse(patch);
  return db.transaction('rw', ['settings'], (tx) => writeSettings(tx, valid));
}

/** Writes an already validated change over the saved settings: with a transaction's tables, it joins it. */
export async function writeSettings(
  tables: LinkTables<'settings'>,
  valid: Partial<Settings>,
): Promise<Settings> {
  const next = { ...(await getSettings(tables)), ...valid };
  await tables.settings.put({ key: KEY, value: next });
  return next;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}
