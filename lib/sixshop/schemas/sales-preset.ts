import { z } from 'zod/mini';
import { localeTable, perLocale, t } from '../../i18n';
import { courierByCode, type ORIGIN_AREA_CODES } from '../../smartstore/enums';
import { DateTimeSchema, IdSchema, listOf } from './common';

/**
 * 판매 설정 프리셋: the SmartStore-only fields of a product (reference §4.2, §4.3), kept per market account
 * and applied when a shop product is exported. Field names follow the Commerce API where one exists.
 */

export const DELIVERY_TYPES = ['DELIVERY', 'DIRECT'] as const;
const deliveryTypeLabels = perLocale(
  (): Record<(typeof DELIVERY_TYPES)[number], string> => ({
    DELIVERY: t('택배, 소포, 등기', 'Parcel, package, registered mail'),
    DIRECT: t('직접 배송(화물 배달)', 'Direct delivery (freight)'),
  }),
);
export const DELIVERY_TYPE_LABELS = localeTable(DELIVERY_TYPES, (k) => deliveryTypeLabels()[k]);

export const DELIVERY_ATTRIBUTE_TYPES = [
  'NORMAL',
  'TODAY',
  'OPTION_TODAY',
  'HOPE',
  'TODAY_ARRIVAL',
  'DAWN_ARRIVAL',
  'PRE_ORDER',
  'ARRIVAL_GUARANTEE',
  'SELLER_GUARANTEE',
  'HOPE_SELLER_GUARANTEE',
  'PICKUP',
  'QUICK',
] as const;
const deliveryAttributeTypeLabels = perLocale(
  (): Record<(typeof DELIVERY_ATTRIBUTE_TYPES)[number], string> => ({
    NORMAL: t('일반 배송', 'Standard delivery'),
    TODAY: t('오늘출발', 'Ships today'),
    OPTION_TODAY: t('옵션별 오늘출발', 'Ships today (per option)'),
    HOPE: t('희망일배송', 'Delivery on a chosen date'),
    TODAY_ARRIVAL: t('당일배송', 'Same-day delivery'),
    DAWN_ARRIVAL: t('새벽배송', 'Early-morning delivery'),
    PRE_ORDER: t('예약구매', 'Pre-order'),
    ARRIVAL_GUARANTEE: t('도착보장', 'Guaranteed arrival'),
    SELLER_GUARANTEE: t('판매자 도착보장', 'Seller-guaranteed arrival'),
    HOPE_SELLER_GUARANTEE: t('희망일 판매자 도착보장', 'Seller-guaranteed arrival on a chosen date'),
    PICKUP: t('픽업', 'Pickup'),
    QUICK: t('퀵서비스', 'Quick courier'),
  }),
);
export const DELIVERY_ATTRIBUTE_TYPE_LABELS = localeTable(
  DELIVERY_ATTRIBUTE_TYPES,
  (k) => deliveryAttributeTypeLabels()[k],
);

/** The fee models a preset carries (수량별/구간별 are set in SmartStore's seller center). */
export const DELIVERY_FEE_TYPES = ['FREE', 'CONDITIONAL_FREE', 'PAID'] as const;
const deliveryFeeTypeLabels = perLocale(
  (): Record<(typeof DELIVERY_FEE_TYPES)[number], string> => ({
    FREE: t('무료', 'Free'),
    CONDITIONAL_FREE: t('조건부 무료', 'Conditionally free'),
    PAID: t('유료', 'Paid'),
  }),
);
export const DELIVERY_FEE_TYPE_LABELS = localeTable(DELIVERY_FEE_TYPES, (k) => deliveryFeeTypeLabels()[k]);

export const DELIVERY_FEE_PAY_TYPES = ['COLLECT', 'PREPAID', 'COLLECT_OR_PREPAID'] as const;
const deliveryFeePayTypeLabels = perLocale(
  (): Record<(typeof DELIVERY_FEE_PAY_TYPES)[number], string> => ({
    COLLECT: t('착불', 'Pay on delivery'),
    PREPAID: t('선결제', 'Prepaid'),
    COLLECT_OR_PREPAID: t('착불 또는 선결제', 'Pay on delivery or prepaid'),
  }),
);
export const DELIVERY_FEE_PAY_TYPE_LABELS = localeTable(
  DELIVERY_FEE_PAY_TYPES,
  (k) => deliveryFeePayTypeLabels()[k],
);

export const TAX_TYPES = ['TAX', 'DUTYFREE', 'SMALL'] as const;
const taxTypeLabels = perLocale(
  (): Record<(typeof TAX_TYPES)[number], string> => ({
    TAX: t('과세', 'Taxable'),
    DUTYFREE: t('면세', 'Tax-free'),
    SMALL: t('영세', 'Zero-rated'),
  }),
);
export const TAX_TYPE_LABELS = localeTable(TAX_TYPES, (k) => taxTypeLabels()[k]);

export const ORIGIN_CODES = [
  '00',
  '01',
  '02',
  '03',
  '04',
  '05',
] as const satisfies readonly (keyof typeof ORIGIN_AREA_CODES)[];

export const DISPLAY_STATUSES = ['ON', 'SUSPENSION'] as const;
const displayStatusLabels = perLocale(
  (): Record<(typeof DISPLAY_STATUSES)[number], string> => ({
    ON: t('전시 중', 'Displayed'),
    SUSPENSION: t('전시 중지', 'Display suspended'),
  }),
);
export const DISPLAY_STATUS_LABELS = localeTable(DISPLAY_STATUSES, (k) => displayStatusLabels()[k]);

/** `productInfoProvidedNoticeType` values (reference §4.3). */
export const NOTICE_TYPES = [
  'WEAR',
  'SHOES',
  'BAG',
  'FASHION_ITEMS',
  'SLEEPING_GEAR',
  'FURNITURE',
  'IMAGE_APPLIANCES',
  'HOME_APPLIANCES',
  'SEASON_APPLIANCES',
  'OFFICE_APPLIANCES',
  'OPTICS_APPLIANCES',
  'MICROELECTRONICS',
  'NAVIGATION',
  'CAR_ARTICLES',
  'MEDICAL_APPLIANCES',
  'KITCHEN_UTENSILS',
  'COSMETIC',
  'JEWELLERY',
  'FOOD',
  'GENERAL_FOOD',
  'DIET_FOOD',
  'KIDS',
  'MUSICAL_INSTRUMENT',
  'SPORTS_EQUIPMENT',
  'BOOKS',
  'RENTAL_ETC',
  'RENTAL_HA',
  'DIGITAL_CONTENTS',
  'GIFT_CARD',
  'MOBILE_COUPON',
  'MOVIE_SHOW',
  'ETC_SERVICE',
  'BIOCHEMISTRY',
  'BIOCIDAL',
  'CELLPHONE',
  'ETC',
] as const;

const FeeSchema = z
  .int({
    error: () => t('금액은 원 단위 정수로 입력해 주세요.', 'Enter the amount as a whole number of won.'),
  })
  .check(
    z.minimum(0, { error: () => t('금액은 0원 이상이어야 합니다.', 'The amount must be KRW 0 or more.') }),
    z.maximum(1_000_000),
  );
const AddressBookIdSchema = z
  .int({
    error: () =>
      t(
        '주소록 번호를 스마트스토어에서 다시 불러와 주세요.',
        'Load the address book number from SmartStore again.',
      ),
  })
  .check(z.positive());

export const PresetDeliverySchema = z
  .object({
    deliveryType: z.enum(DELIVERY_TYPES),
    deliveryAttributeType: z.enum(DELIVERY_ATTRIBUTE_TYPES),
    /** courier code; required for `DELIVERY` */
    deliveryCompany: z.optional(z.string()),
    deliveryFeeType: z.enum(DELIVERY_FEE_TYPES),
    baseFee: FeeSchema,
    freeConditionalAmount: z.optional(FeeSchema),
    deliveryFeePayType: z.enum(DELIVERY_FEE_PAY_TYPES),
    /** extra fee for Jeju (area fee, added to the base fee) */
    jejuExtraFee: z.optional(FeeSchema),
    /** extra fee for remote islands other than Jeju */
    islandExtraFee: z.optional(FeeSchema),
    /** 묶음배송 group */
    bundleGroupId: z.optional(z.int().check(z.positive())),
    /** 출고지 */
    outboundLocationId: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.superRefine((d, ctx) => {
      if (d.deliveryType === 'DELIVERY') {
        if (!d.deliveryCompany) {
          ctx.addIssue({
            code: 'custom',
            path: ['deliveryCompany'],
            message: t('택배사를 선택해 주세요.', 'Choose a carrier.'),
          });
        } else if (!courierByCode(d.deliveryCompany)) {
          ctx.addIssue({
            code: 'custom',
            path: ['deliveryCompany'],
            message: t(
              '알 수 없는 택배사입니다. 목록에서 택배사를 다시 선택해 주세요.',
              'Unknown carrier. Choose the carrier again from the list.',
            ),
          });
        }
      }
      if (d.deliveryFeeType !== 'FREE' && d.baseFee <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['baseFee'],
          message: t('기본 배송비를 입력해 주세요.', 'Enter the base shipping fee.'),
        });
      }
      if (d.deliveryFeeType === 'CONDITIONAL_FREE' && !d.freeConditionalAmount) {
        ctx.addIssue({
          code: 'custom',
          path: ['freeConditionalAmount'],
          message: t(
            '조건부 무료 배송의 무료 기준 금액을 입력해 주세요.',
            'Enter the order amount from which conditionally free shipping is free.',
          ),
        });
      }
    }),
  );
export type PresetDelivery = z.infer<typeof PresetDeliverySchema>;

export const PresetClaimSchema = z.object({
  returnDeliveryFee: FeeSchema,
  exchangeDeliveryFee: FeeSchema,
  /** 출고지 address-book ID */
  shippingAddressId: AddressBookIdSchema,
  /** 반품/교환지 address-book ID */
  returnAddressId: AddressBookIdSchema,
});

export const PresetAfterServiceSchema = z.object({
  phone: z.string().check(
    z.trim(),
    z.regex(/^[0-9+][0-9-]{6,19}$/, {
      error: () =>
        t(
          'A/S 전화번호를 숫자와 - 로 입력해 주세요. 예: 02-1234-5678',
          'Enter the A/S phone number with digits and -, e.g. 02-1234-5678',
        ),
    }),
  ),
  guide: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => t('A/S 안내를 입력해 주세요.', 'Enter the A/S guide.') }),
      z.maxLength(1000),
    ),
});

export const PresetOriginSchema = z
  .object({
    code: z.enum(ORIGIN_CODES),
    importer: z.optional(z.string().check(z.trim(), z.minLength(1))),
    content: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (o.code === '02' && !o.importer) {
        ctx.addIssue({
          code: 'custom',
          path: ['importer'],
          message: t('수입산은 수입사를 입력해 주세요.', 'Enter the importer for imported goods.'),
        });
      }
      if (o.code === '04' && !o.content) {
        ctx.addIssue({
          code: 'custom',
          path: ['content'],
          message: t('원산지를 직접 입력해 주세요.', 'Enter the origin.'),
        });
      }
    }),
  );

export const PresetNoticeSchema = z.object({
  type: z.enum(NOTICE_TYPES),
  /** the notice sub-object's fields (`itemName`, `modelName`, `manufacturer`, …) */
  fields: z.record(z.string(), z.string()),
});

export const PresetFieldsSchema = z.object({
  leafCategoryId: z.string().check(
    z.trim(),
    z.regex(/^\d{1,20}$/, {
      error: () => t('스마트스토어 카테고리를 선택해 주세요.', 'Choose a SmartStore category.'),
    }),
  ),
  delivery: PresetDeliverySchema,
  claim: PresetClaimSchema,
  afterService: PresetAfterServiceSchema,
  origin: PresetOriginSchema,
  minorPurchasable: z.boolean(),
  taxType: z.enum(TAX_TYPES),
  notice: PresetNoticeSchema,
  naverShoppingRegistration: z.boolean(),
  displayStatus: z.enum(DISPLAY_STATUSES),
});
export type PresetFields = z.infer<typeof PresetFieldsSchema>;

const presetNameRequired = () => t('프리셋 이름을 입력해 주세요.', 'Enter a preset name.');
const PresetNameSchema = z.string({ error: presetNameRequired }).check(
  z.trim(),
  z.minLength(1, { error: presetNameRequired }),
  z.maxLength(50, {
    error: () => t('프리셋 이름은 50자 이내로 입력해 주세요.', 'Keep the preset name within 50 characters.'),
  }),
);

export const SalesPresetSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  isDefault: z.boolean(),
  fields: PresetFieldsSchema,
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});
export type SalesPreset = z.infer<typeof SalesPresetSchema>;

export const SalesPresetListSchema = listOf(SalesPresetSchema);

/** `POST …/sales-presets`; a default preset clears the default flag of the account's other presets. */
export const SalesPresetCreateSchema = z.object({
  name: PresetNameSchema,
  isDefault: z._default(z.boolean(), false),
  fields: PresetFieldsSchema,
});
export type SalesPresetCreate = z.input<typeof SalesPresetCreateSchema>;

/** `PUT …/sales-presets/:presetId`: a full replace. */
export const SalesPresetReplaceSchema = z.object({
  name: PresetNameSchema,
  isDefault: z.boolean(),
  fields: PresetFieldsSchema,
});
export type SalesPresetReplace = z.input<typeof SalesPresetReplaceSchema>;
