import { z } from 'zod/mini';
import { t } from '../i18n';
import { ServiceUrlSchema } from '../settings/settings';
import {
  AliasSchema,
  ApiSellerIdSchema as ContractApiSellerIdSchema,
  StoreSlugSchema as ContractStoreSlugSchema,
} from '../sixshop/schemas/market-account';

/**
 * 스마트스토어 계정 ID as the seller enters it: the slug, or a pasted store address (the slug is taken from it).
 * The shop contract's schema has the final word.
 */
export const StoreSlugSchema = z.pipe(
  z.pipe(
    z.string().check(
      z.trim(),
      z.minLength(1, {
        error: () => t('스마트스토어 계정 ID를 입력해 주세요.', 'Enter the SmartStore account ID.'),
      }),
    ),
    z.transform(
      (v: string) => v.match(/^(?:https?:\/\/)?(?:m\.)?smartstore\.naver\.com\/([^/?#\s]+)/i)?.[1] ?? v,
    ),
  ),
  ContractStoreSlugSchema,
);

export const ApiSellerIdSchema = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => t('API 연동용 판매자 ID를 입력해 주세요.', 'Enter the API seller ID.') }),
    ),
  ContractApiSellerIdSchema,
);

export { AliasSchema };

export const ClientIdSchema = z.string().check(
  z.trim(),
  z.minLength(1, { error: () => t('애플리케이션 ID를 입력해 주세요.', 'Enter the application ID.') }),
  z.regex(/^[A-Za-z0-9]{8,64}$/, {
    error: () =>
      t(
        '애플리케이션 ID는 커머스API센터에 표시된 영문·숫자 값입니다.',
        'The application ID is the letters and digits shown in the Commerce API Center.',
      ),
  }),
);

export const ClientSecretSchema = z.string().check(
  z.trim(),
  z.minLength(1, { error: () => t('애플리케이션 시크릿을 입력해 주세요.', 'Enter the application secret.') }),
  z.regex(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{22}$/, {
    error: () =>
      t(
        '애플리케이션 시크릿 형식이 아닙니다. $2a$로 시작하는 값을 그대로 복사해 주세요.',
        'This is not an application secret. Copy the value starting with $2a$ exactly as it is.',
      ),
  }),
);

export const LinkInputSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({
      mode: z.literal('AGENCY'),
      alias: AliasSchema,
      storeSlug: StoreSlugSchema,
      apiSellerId: ApiSellerIdSchema,
    }),
    z.object({
      mode: z.literal('OWN_APP'),
      alias: AliasSchema,
      storeSlug: StoreSlugSchema,
      apiSellerId: ApiSellerIdSchema,
      clientId: ClientIdSchema,
      clientSecret: ClientSecretSchema,
    }),
  ],
  {
    error: () =>
      t(
        '연동 방식(대행사 또는 내 애플리케이션)을 선택해 주세요.',
        'Choose a link method (agency or my application).',
      ),
  },
);
export type LinkInput = z.output<typeof LinkInputSchema>;

export const ShopConnectionSchema = z.object({
  shopBackendUrl: ServiceUrlSchema,
  shopKey: z.string().check(
    z.trim(),
    z.minLength(1, {
      error: () => t('식스샵 프로 API 키를 입력해 주세요.', 'Enter the Sixshop Pro API key.'),
    }),
    z.maxLength(200, {
      error: () => t('식스샵 프로 API 키가 너무 깁니다.', 'The Sixshop Pro API key is too long.'),
    }),
    z.regex(/^\S+$/, {
      error: () =>
        t(
          '식스샵 프로 API 키에 공백이 들어갈 수 없습니다.',
          'The Sixshop Pro API key cannot contain spaces.',
        ),
    }),
  ),
});
