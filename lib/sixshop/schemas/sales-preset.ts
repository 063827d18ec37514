import { z } from 'zod';
import { courierByCode, type ORIGIN_AREA_CODES } from '../../smartstore/enums';
import { DateTimeSchema, IdSchema, listOf } from './common';

/**
 * 판매 설정 프리셋: the SmartStore-only fields of a product (reference §4.2, §4.3), kept per market account
 * and applied when a shop product is exported. Field names follow the Commerce API where one exists.
 */

export const DELIVERY_TYPES = ['DELIVERY', 'DIRECT'] as const;
export const DELIVERY_TYPE_LABELS: Record<(typeof DELIVERY_TYPES)[number], string> = {
  DELIVERY: '택배, 소포, 등기',
  DIRECT: '직접 배송(화물 배달)',
};

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
export const DELIVERY_ATTRIBUTE_TYPE_LABELS: Record<(typeof DELIVERY_ATTRIBUTE_TYPES)[number], string> = {
  NORMAL: '일반 배송',
  TODAY: '오늘출발',
  OPTION_TODAY: '옵션별 오늘출발',
  HOPE: '희망일배송',
  TODAY_ARRIVAL: '당일배송',
  DAWN_ARRIVAL: '새벽배송',
  PRE_ORDER: '예약구매',
  ARRIVAL_GUARANTEE: '도착보장',
  SELLER_GUARANTEE: '판매자 도착보장',
  HOPE_SELLER_GUARANTEE: '희망일 판매자 도착보장',
  PICKUP: '픽업',
  QUICK: '퀵서비스',
};

/** The fee models a preset carries (수량별/구간별 are set in SmartStore's seller center). */
export const DELIVERY_FEE_TYPES = ['FREE', 'CONDITIONAL_FREE', 'PAID'] as const;
export const DELIVERY_FEE_TYPE_LABELS: Record<(typeof DELIVERY_FEE_TYPES)[number], string> = {
  FREE: '무료',
  CONDITIONAL_FREE: '조건부 무료',
  PAID: '유료',
};

export const DELIVERY_FEE_PAY_TYPES = ['COLLECT', 'PREPAID', 'COLLECT_OR_PREPAID'] as const;
export const DELIVERY_FEE_PAY_TYPE_LABELS: Record<(typeof DELIVERY_FEE_PAY_TYPES)[number], string> = {
  COLLECT: '착불',
  PREPAID: '선결제',
  COLLECT_OR_PREPAID: '착불 또는 선결제',
};

export const TAX_TYPES = ['TAX', 'DUTYFREE', 'SMALL'] as const;
export const TAX_TYPE_LABELS: Record<(typeof TAX_TYPES)[number], string> = {
  TAX: '과세',
  DUTYFREE: '면세',
  SMALL: '영세',
};

export const ORIGIN_CODES = [
  '00',
  '01',
  '02',
  '03',
  '04',
  '05',
] as const satisfies readonly (keyof typeof ORIGIN_AREA_CODES)[];

export const DISPLAY_STATUSES = ['ON', 'SUSPENSION'] as const;
export const DISPLAY_STATUS_LABELS: Record<(typeof DISPLAY_STATUSES)[number], string> = {
  ON: '전시 중',
  SUSPENSION: '전시 중지',
};

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
  .int('금액은 원 단위 정수로 입력해 주세요.')
  .min(0, '금액은 0원 이상이어야 합니다.')
  .max(1_000_000);
const AddressBookIdSchema = z.int('주소록 번호를 스마트스토어에서 다시 불러와 주세요.').positive();

export const PresetDeliverySchema = z
  .object({
    deliveryType: z.enum(DELIVERY_TYPES),
    deliveryAttributeType: z.enum(DELIVERY_ATTRIBUTE_TYPES),
    /** courier code; required for `DELIVERY` */
    deliveryCompany: z.string().optional(),
    deliveryFeeType: z.enum(DELIVERY_FEE_TYPES),
    baseFee: FeeSchema,
    freeConditionalAmount: FeeSchema.optional(),
    deliveryFeePayType: z.enum(DELIVERY_FEE_PAY_TYPES),
    /** extra fee for Jeju (area fee, added to the base fee) */
    jejuExtraFee: FeeSchema.optional(),
    /** extra fee for remote islands other than Jeju */
    islandExtraFee: FeeSchema.optional(),
    /** 묶음배송 group */
    bundleGroupId: z.int().positive().optional(),
    /** 출고지 */
    outboundLocationId: z.string().min(1).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.deliveryType === 'DELIVERY') {
      if (!d.deliveryCompany) {
        ctx.addIssue({ code: 'custom', path: ['deliveryCompany'], message: '택배사를 선택해 주세요.' });
      } else if (!courierByCode(d.deliveryCompany)) {
        ctx.addIssue({
          code: 'custom',
          path: ['deliveryCompany'],
          message: '알 수 없는 택배사입니다. 목록에서 택배사를 다시 선택해 주세요.',
        });
      }
    }
    if (d.deliveryFeeType !== 'FREE' && d.baseFee <= 0) {
      ctx.addIssue({ code: 'custom', path: ['baseFee'], message: '기본 배송비를 입력해 주세요.' });
    }
    if (d.deliveryFeeType === 'CONDITIONAL_FREE' && !d.freeConditionalAmount) {
      ctx.addIssue({
        code: 'custom',
        path: ['freeConditionalAmount'],
        message: '조건부 무료 배송의 무료 기준 금액을 입력해 주세요.',
      });
    }
  });
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
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+][0-9-]{6,19}$/, 'A/S 전화번호를 숫자와 - 로 입력해 주세요. 예: 02-1234-5678'),
  guide: z.string().trim().min(1, 'A/S 안내를 입력해 주세요.').max(1000),
});

export const PresetOriginSchema = z
  .object({
    code: z.enum(ORIGIN_CODES),
    importer: z.string().trim().min(1).optional(),
    content: z.string().trim().min(1).max(200).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.code === '02' && !o.importer) {
      ctx.addIssue({ code: 'custom', path: ['importer'], message: '수입산은 수입사를 입력해 주세요.' });
    }
    if (o.code === '04' && !o.content) {
      ctx.addIssue({ code: 'custom', path: ['content'], message: '원산지를 직접 입력해 주세요.' });
    }
  });

export const PresetNoticeSchema = z.object({
  type: z.enum(NOTICE_TYPES),
  /** the notice sub-object's fields (`itemName`, `modelName`, `manufacturer`, …) */
  fields: z.record(z.string(), z.string()),
});

export const PresetFieldsSchema = z.object({
  leafCategoryId: z
    .string()
    .trim()
    .regex(/^\d{1,20}$/, '스마트스토어 카테고리를 선택해 주세요.'),
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

const PresetNameSchema = z
  .string({ error: '프리셋 이름을 입력해 주세요.' })
  .trim()
  .min(1, '프리셋 이름을 입력해 주세요.')
  .max(50, '프리셋 이름은 50자 이내로 입력해 주세요.');

export const SalesPresetSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
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
  isDefault: z.boolean().default(false),
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
