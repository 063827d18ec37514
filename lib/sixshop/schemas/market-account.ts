import { z } from 'zod/mini';
import { localeTable, perLocale, t } from '../../i18n';
import { CountSchema, DateTimeSchema, IdSchema, listOf } from './common';

export const MARKETS = ['SMARTSTORE'] as const;
export const MarketSchema = z.enum(MARKETS);
export type Market = z.infer<typeof MarketSchema>;

/** How the shop reaches the Commerce API for this account. */
export const LINK_MODES = ['AGENCY', 'OWN_APP'] as const;
export const LinkModeSchema = z.enum(LINK_MODES);
export type LinkMode = z.infer<typeof LinkModeSchema>;

const linkModeLabels = perLocale(
  (): Record<LinkMode, string> => ({
    AGENCY: t('API 대행사로 연동', 'Link through the API agency'),
    OWN_APP: t('내 애플리케이션으로 연동', 'Link with my own application'),
  }),
);
export const LINK_MODE_LABELS = localeTable(LINK_MODES, (k) => linkModeLabels()[k]);

const aliasRequired = () => t('계정 별칭을 입력해 주세요.', 'Enter an account alias.');

/** 계정 별칭: a name used only inside the shop; may change after linking. */
export const AliasSchema = z.string({ error: aliasRequired }).check(
  z.trim(),
  z.minLength(1, { error: aliasRequired }),
  z.maxLength(30, {
    error: () => t('계정 별칭은 30자 이내로 입력해 주세요.', 'Keep the account alias within 30 characters.'),
  }),
);

/** 스마트스토어 계정 ID: the slug after `smartstore.naver.com/`; fixed after linking. */
export const StoreSlugSchema = z
  .string({ error: () => t('스마트스토어 계정 ID를 입력해 주세요.', 'Enter the SmartStore account ID.') })
  .check(
    z.trim(),
    z.toLowerCase(),
    z.regex(/^[a-z0-9][a-z0-9_-]{1,49}$/, {
      error: () =>
        t(
          '스마트스토어 계정 ID는 smartstore.naver.com/ 뒤에 붙는 영문, 숫자, -, _ 로 된 값입니다. 스토어 설정 > 기본 정보 관리에서 확인해 주세요.',
          'The SmartStore account ID is the part after smartstore.naver.com/ (letters, digits, - and _). Find it in Store settings > Basic info.',
        ),
    }),
  );

/** API 연동용 판매자 ID: shown under 스토어 설정 > API 정보; fixed after linking. */
export const ApiSellerIdSchema = z
  .string({ error: () => t('API 연동용 판매자 ID를 입력해 주세요.', 'Enter the API seller ID.') })
  .check(
    z.trim(),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}$/, {
      error: () =>
        t(
          'API 연동용 판매자 ID를 스마트스토어센터 > 스토어 관리 > 스토어 설정 > API 정보에서 그대로 복사해 입력해 주세요.',
          'Copy the API seller ID exactly from SmartStore Center > Store management > Store settings > API info.',
        ),
    }),
  );

export const MarketAccountSchema = z.object({
  id: IdSchema,
  market: MarketSchema,
  alias: z.string().check(z.minLength(1)),
  storeSlug: z.string().check(z.minLength(1)),
  apiSellerId: z.string().check(z.minLength(1)),
  linkMode: LinkModeSchema,
  createdAt: DateTimeSchema,
});
export type MarketAccount = z.infer<typeof MarketAccountSchema>;

export const MarketAccountListSchema = listOf(MarketAccountSchema);

/** `POST /api/v1/market-accounts` */
export const MarketAccountCreateSchema = z.object({
  market: MarketSchema,
  alias: AliasSchema,
  storeSlug: StoreSlugSchema,
  apiSellerId: ApiSellerIdSchema,
  linkMode: LinkModeSchema,
});
export type MarketAccountCreate = z.input<typeof MarketAccountCreateSchema>;

/** What cannot change after linking, and what to tell a caller who tries. */
const FIXED_FIELDS = ['storeSlug', 'apiSellerId', 'market', 'linkMode'] as const;
const fixedMessages = perLocale(
  (): Record<(typeof FIXED_FIELDS)[number], string> => ({
    storeSlug: t(
      '스마트스토어 계정 ID는 연동 후 변경할 수 없습니다. 바꾸려면 연동을 해제한 뒤 다시 연동해 주세요.',
      'The SmartStore account ID cannot change after linking. To change it, unlink and link again.',
    ),
    apiSellerId: t(
      'API 연동용 판매자 ID는 연동 후 변경할 수 없습니다. 바꾸려면 연동을 해제한 뒤 다시 연동해 주세요.',
      'The API seller ID cannot change after linking. To change it, unlink and link again.',
    ),
    market: t('마켓은 연동 후 변경할 수 없습니다.', 'The market cannot change after linking.'),
    linkMode: t(
      '연동 방식은 연동 후 변경할 수 없습니다. 바꾸려면 연동을 해제한 뒤 다시 연동해 주세요.',
      'The link method cannot change after linking. To change it, unlink and link again.',
    ),
  }),
);
export const FIXED_AFTER_LINKING: Readonly<Record<string, string>> = localeTable(
  FIXED_FIELDS,
  (k) => fixedMessages()[k],
);

/** `PATCH /api/v1/market-accounts/:id`: only the alias changes. */
export const MarketAccountUpdateSchema = z.pipe(
  z.looseObject({ alias: AliasSchema }),
  z.transform((value: { alias: string; [key: string]: unknown }, ctx) => {
    for (const key of Object.keys(value)) {
      if (key === 'alias') continue;
      ctx.issues.push({
        code: 'custom',
        path: [key],
        input: value,
        message:
          FIXED_AFTER_LINKING[key] ??
          t(
            '변경할 수 없는 항목입니다. 계정 별칭만 변경할 수 있습니다.',
            'This field cannot be changed. Only the account alias can be changed.',
          ),
      });
    }
    return { alias: value.alias };
  }),
);
export type MarketAccountUpdate = z.input<typeof MarketAccountUpdateSchema>;

/** What an unlink removes in the shop; shown before and returned after. */
export const UnlinkCountsSchema = z.object({
  productLinks: CountSchema,
  marketOrders: CountSchema,
  salesPresets: CountSchema,
});
export type UnlinkCounts = z.infer<typeof UnlinkCountsSchema>;

export const UnlinkResultSchema = z.object({ deleted: UnlinkCountsSchema });
export type UnlinkResult = z.infer<typeof UnlinkResultSchema>;
