import { z } from 'zod/mini';
import { localeTable, perLocale, t } from '../../i18n';
import { LIMITS } from '../../smartstore/limits';
import { SHOP_LIMITS } from '../limits';
import { DateTimeSchema, IdSchema, pageOf, pageQuery } from './common';

export const SHOP_PRODUCT_STATUSES = ['ON_SALE', 'HIDDEN', 'SOLD_OUT'] as const;
export const ShopProductStatusSchema = z.enum(SHOP_PRODUCT_STATUSES);
export type ShopProductStatus = z.infer<typeof ShopProductStatusSchema>;

const shopProductStatusLabels = perLocale(
  (): Record<ShopProductStatus, string> => ({
    ON_SALE: t('판매 중', 'On sale'),
    HIDDEN: t('숨김', 'Hidden'),
    SOLD_OUT: t('품절', 'Sold out'),
  }),
);
export const SHOP_PRODUCT_STATUS_LABELS = localeTable(
  SHOP_PRODUCT_STATUSES,
  (k) => shopProductStatusLabels()[k],
);

const PriceSchema = z
  .int({
    error: () => t('가격은 원 단위 정수로 입력해 주세요.', 'Enter the price as a whole number of won.'),
  })
  .check(z.minimum(0), z.maximum(LIMITS.maxSalePrice));
const StockSchema = z
  .int({ error: () => t('재고는 정수로 입력해 주세요.', 'Enter the stock as a whole number.') })
  .check(z.minimum(0), z.maximum(LIMITS.maxStockQuantity));
const AddPriceSchema = z
  .int({
    error: () =>
      t(
        '옵션 추가 금액은 원 단위 정수로 입력해 주세요.',
        'Enter the option surcharge as a whole number of won.',
      ),
  })
  .check(z.minimum(-LIMITS.maxSalePrice), z.maximum(LIMITS.maxSalePrice));
const SellerCodeSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(50));
const OptionNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, { error: () => t('옵션값을 입력해 주세요.', 'Enter an option value.') }),
    z.maxLength(25),
  );
const ImageUrlSchema = z.url({
  protocol: /^https?$/,
  error: () =>
    t(
      '이미지 주소는 http(s)로 시작하는 전체 주소여야 합니다.',
      'Image addresses must be full addresses starting with http(s).',
    ),
});

const combinationFields = {
  names: z.array(OptionNameSchema).check(z.minLength(1), z.maxLength(3)),
  addPrice: AddPriceSchema,
  stock: StockSchema,
  sellerCode: z.optional(SellerCodeSchema),
  usable: z.boolean(),
};

export const OptionCombinationSchema = z.object({ id: IdSchema, ...combinationFields });
export type OptionCombination = z.infer<typeof OptionCombinationSchema>;

/** On writes a combination without `id` is new; the backend assigns one. */
export const OptionCombinationInputSchema = z.object({ id: z.optional(IdSchema), ...combinationFields });
export type OptionCombinationInput = z.infer<typeof OptionCombinationInputSchema>;

interface OptionsShape {
  groupNames: string[];
  combinations: Array<{ id?: string | undefined; names: string[] }>;
}

function checkOptions(options: OptionsShape, ctx: z.core.$RefinementCtx): void {
  const seenNames = new Set<string>();
  const seenIds = new Set<string>();
  if (new Set(options.groupNames).size !== options.groupNames.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['groupNames'],
      message: t('옵션명이 중복되었습니다.', 'Option names are duplicated.'),
    });
  }
  options.combinations.forEach((c, i) => {
    if (c.names.length !== options.groupNames.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['combinations', i, 'names'],
        message: t(
          `옵션값은 옵션명 수(${options.groupNames.length}개)만큼 입력해 주세요.`,
          `Enter one option value per option name (${options.groupNames.length}).`,
        ),
      });
    }
    const key = c.names.join('\u0000');
    if (seenNames.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['combinations', i, 'names'],
        message: t('같은 옵션 조합이 이미 있습니다.', 'The same option combination already exists.'),
      });
    }
    seenNames.add(key);
    if (c.id !== undefined) {
      if (seenIds.has(c.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['combinations', i, 'id'],
          message: t('옵션 조합 ID가 중복되었습니다.', 'Option combination IDs are duplicated.'),
        });
      }
      seenIds.add(c.id);
    }
  });
}

const GroupNamesSchema = z
  .array(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: () => t('옵션명을 입력해 주세요.', 'Enter an option name.') }),
        z.maxLength(25),
      ),
  )
  .check(z.minLength(1), z.maxLength(3));
const MIN_COMBINATIONS = {
  error: () => t('옵션 조합을 하나 이상 입력해 주세요.', 'Enter at least one option combination.'),
};

/** Combination options: 1 to 3 option names, one combination per set of values. */
export const ProductOptionsSchema = z
  .object({
    groupNames: GroupNamesSchema,
    combinations: z.array(OptionCombinationSchema).check(z.minLength(1, MIN_COMBINATIONS)),
  })
  .check(z.superRefine(checkOptions));
export type ProductOptions = z.infer<typeof ProductOptionsSchema>;
export const ProductOptionsInputSchema = z
  .object({
    groupNames: GroupNamesSchema,
    combinations: z.array(OptionCombinationInputSchema).check(z.minLength(1, MIN_COMBINATIONS)),
  })
  .check(z.superRefine(checkOptions));

const nameRequired = () => t('상품명을 입력해 주세요.', 'Enter a product name.');

const productFields = {
  name: z
    .string({ error: nameRequired })
    .check(z.trim(), z.minLength(1, { error: nameRequired }), z.maxLength(100)),
  price: PriceSchema,
  stock: StockSchema,
  sellerCode: z.optional(SellerCodeSchema),
  detailHtml: z.string(),
  images: z.array(ImageUrlSchema).check(z.maxLength(SHOP_LIMITS.productImages)),
  status: ShopProductStatusSchema,
};

export const ShopProductSchema = z.object({
  id: IdSchema,
  ...productFields,
  options: z.optional(ProductOptionsSchema),
  revision: z.int().check(z.minimum(1)),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});
export type ShopProduct = z.infer<typeof ShopProductSchema>;

/** `POST /api/v1/products` */
export const ShopProductCreateSchema = z.object({
  ...productFields,
  options: z.optional(ProductOptionsInputSchema),
});
export type ShopProductCreate = z.input<typeof ShopProductCreateSchema>;

/**
 * `PUT /api/v1/products/:id`: a full replace. With `expectedRevision`, the write is refused (409) when the
 * product changed since that revision was read.
 */
export const ShopProductReplaceSchema = z.extend(ShopProductCreateSchema, {
  expectedRevision: z.optional(z.int().check(z.minimum(1))),
});
export type ShopProductReplace = z.input<typeof ShopProductReplaceSchema>;

export const ShopProductPageSchema = pageOf(ShopProductSchema);
export type ShopProductPage = z.infer<typeof ShopProductPageSchema>;

/** `GET /api/v1/products?page=&size=&q=`: `q` matches the name or the seller code. */
export const ShopProductQuerySchema = z.extend(
  pageQuery(SHOP_LIMITS.productPageMax, SHOP_LIMITS.defaultPageSize),
  {
    q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  },
);
export interface ShopProductQuery {
  page?: number | undefined;
  size?: number | undefined;
  q?: string | undefined;
}
