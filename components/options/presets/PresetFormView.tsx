import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { perLocale, plural, t } from '../../../lib/i18n';
import {
  NOTICE_COMMON_FIELDS,
  NOTICE_CONTACT_FIELDS,
  NOTICE_ETC_FIELDS,
  NOTICE_TYPE_INFO,
} from '../../../lib/products/notice-types';
import { presetProblems } from '../../../lib/products/preset-problems';
import {
  DELIVERY_ATTRIBUTE_TYPE_LABELS,
  DELIVERY_FEE_PAY_TYPE_LABELS,
  DELIVERY_FEE_TYPE_LABELS,
  DELIVERY_TYPE_LABELS,
  DISPLAY_STATUS_LABELS,
  TAX_TYPE_LABELS,
} from '../../../lib/sixshop/schemas/sales-preset';
import { COURIERS, ORIGIN_AREA_CODES } from '../../../lib/smartstore/enums';
import { describedBy, Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { ERROR_INPUT, fieldsFrom, type PresetForm } from './preset-form-model';

/** The 판매 설정 프리셋 form: one section per group of SmartStore settings, errors beside their inputs. */
export interface PresetFormProps {
  initial: PresetForm;
  title: string;
  /** shown above the form (e.g. what a SmartStore product could not fill) */
  intro?: ComponentChildren;
  busy: boolean;
  /** errors from the background, keyed like `fields.delivery.baseFee` */
  serverErrors: Record<string, string>;
  serverMessage?: string | undefined;
  onSubmit(input: { name: string; isDefault: boolean; fields: Record<string, unknown> }): void;
  onCancel(): void;
}

type Key = keyof PresetForm;

const commonChoices = perLocale(() => [
  { value: '1', label: t('상품상세 참조', 'See product details') },
  {
    value: '0',
    label: t('관련 법 및 소비자분쟁해결기준에 따름', 'As per applicable law and consumer dispute standards'),
  },
]);

function Section({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: ComponentChildren;
}) {
  return (
    <fieldset class="preset-section" id={`preset-section-${id}`}>
      <legend>{title}</legend>
      {hint && <p class="preset-section__hint">{hint}</p>}
      <div class="preset-grid">{children}</div>
    </fieldset>
  );
}

export function PresetFormView(props: PresetFormProps) {
  const [form, setForm] = useState<PresetForm>(props.initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const errors = { ...props.serverErrors, ...localErrors };
  const set = <K extends Key>(k: K, v: PresetForm[K]) => {
    const next = { ...form, [k]: v };
    setForm(next);
    if (tried)
      setLocalErrors(
        presetProblems({ name: next.name, isDefault: next.isDefault, fields: fieldsFrom(next) }),
      );
  };
  const err = (path: string) => errors[path];
  const input = (
    k: Key,
    path: string,
    opts: { label: string; hint?: string; type?: string; placeholder?: string; suffix?: string },
  ) => {
    const id = ERROR_INPUT[path] ?? `preset-${k}`;
    const e = err(path);
    return (
      <Field id={id} label={opts.label} hint={opts.hint} error={e}>
        <span class={opts.suffix ? 'input-suffix' : undefined}>
          <input
            id={id}
            type={opts.type ?? 'text'}
            inputMode={opts.suffix ? 'numeric' : undefined}
            value={form[k] as string}
            placeholder={opts.placeholder}
            aria-invalid={e ? 'true' : undefined}
            aria-describedby={describedBy(id, !!opts.hint, e)}
            onInput={(ev) => set(k, (ev.target as HTMLInputElement).value as never)}
          />
          {opts.suffix && <span aria-hidden="true">{opts.suffix}</span>}
        </span>
      </Field>
    );
  };
  const select = (k: Key, path: string, label: string, options: Record<string, string>, hint?: string) => {
    const id = ERROR_INPUT[path] ?? `preset-${k}`;
    const e = err(path);
    return (
      <Field id={id} label={label} hint={hint} error={e}>
        <select
          id={id}
          value={form[k] as string}
          aria-invalid={e ? 'true' : undefined}
          aria-describedby={describedBy(id, !!hint, e)}
          onChange={(ev) => set(k, (ev.target as HTMLSelectElement).value as never)}
        >
          {Object.entries(options).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </Field>
    );
  };
  const noticeField = (key: string, label: string, choices?: ReturnType<typeof commonChoices>) => {
    const id = `preset-notice-${key}`;
    const e = err(`fields.notice.fields.${key}`);
    const value = form.noticeFields[key] ?? '';
    const change = (v: string) => set('noticeFields', { ...form.noticeFields, [key]: v });
    return (
      <Field key={key} id={id} label={label} error={e}>
        {choices ? (
          <select
            id={id}
            value={value}
            aria-invalid={e ? 'true' : undefined}
            onChange={(ev) => change((ev.target as HTMLSelectElement).value)}
          >
            <option value="">{t('선택해 주세요', 'Choose…')}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            value={value}
            aria-invalid={e ? 'true' : undefined}
            onInput={(ev) => change((ev.target as HTMLInputElement).value)}
          />
        )}
      </Field>
    );
  };
  const shown = new Set<string>(
    [
      ...NOTICE_COMMON_FIELDS,
      ...(form.noticeType === 'ETC' ? [...NOTICE_ETC_FIELDS, ...NOTICE_CONTACT_FIELDS] : []),
    ].map((f) => f.key),
  );
  const extra = Object.keys(form.noticeFields).filter((k) => !shown.has(k));
  const [newKey, setNewKey] = useState('');

  function submit(e: Event) {
    e.preventDefault();
    setTried(true);
    const payload = { name: form.name.trim(), isDefault: form.isDefault, fields: fieldsFrom(form) };
    const problems = presetProblems(payload);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) {
      const first = Object.keys(problems)[0]!;
      const el = document.getElementById(ERROR_INPUT[first] ?? `preset-notice-${first.split('.').pop()}`);
      el?.focus();
      return;
    }
    props.onSubmit(payload);
  }

  const count = Object.keys(errors).length;
  const couriers = Object.fromEntries([
    ['', t('택배사를 선택해 주세요', 'Choose a carrier')],
    ...COURIERS.map((c) => [c.code, c.name]),
  ]);
  return (
    <form class="preset-form" onSubmit={submit} noValidate aria-labelledby="preset-form-title">
      <div class="preset-form__head">
        <h3 id="preset-form-title">{props.title}</h3>
      </div>
      {props.intro}
      {count > 0 && tried && (
        <Notice tone="error">
          <p>
            {props.serverMessage ??
              t(
                `${count}개 항목을 확인해 주세요. 항목 옆에 고칠 내용이 있습니다.`,
                `Check ${count} ${plural(count, 'field', 'fields')}: what to fix is shown beside each.`,
              )}
          </p>
        </Notice>
      )}
      {count === 0 && props.serverMessage && <Notice tone="error">{props.serverMessage}</Notice>}
      <Section id="basic" title={t('기본 정보', 'Basics')}>
        {input('name', 'name', {
          label: t('프리셋 이름', 'Preset name'),
          placeholder: t('예: 주방용품 기본', 'e.g. Kitchenware default'),
        })}
        <label class="checkbox">
          <input
            type="checkbox"
            checked={form.isDefault}
            onChange={(e) => set('isDefault', (e.target as HTMLInputElement).checked)}
          />
          {t(
            '기본 프리셋으로 사용 (내보내기에서 따로 고르지 않으면 이 프리셋을 씁니다)',
            'Use as default preset (exports use it unless another is chosen)',
          )}
        </label>
      </Section>
      <Section
        id="category"
        title={t('카테고리', 'Category')}
        hint={t(
          '스마트스토어 리프 카테고리 번호입니다. 스마트스토어센터 상품 등록 화면의 카테고리에서 확인할 수 있습니다.',
          "SmartStore's leaf category number, shown under Category on the Seller Center's product registration page.",
        )}
      >
        {input('leafCategoryId', 'fields.leafCategoryId', {
          label: t('카테고리 번호', 'Category number'),
          placeholder: t('예: 50000805', 'e.g. 50000805'),
        })}
      </Section>
      <Section id="delivery" title={t('배송', 'Delivery')}>
        {select(
          'deliveryType',
          'fields.delivery.deliveryType',
          t('배송 방법', 'Delivery method'),
          DELIVERY_TYPE_LABELS,
        )}
        {select(
          'deliveryAttributeType',
          'fields.delivery.deliveryAttributeType',
          t('배송 속성', 'Delivery type'),
          DELIVERY_ATTRIBUTE_TYPE_LABELS,
        )}
        {form.deliveryType === 'DELIVERY' &&
          select('deliveryCompany', 'fields.delivery.deliveryCompany', t('택배사', 'Carrier'), couriers)}
        {select(
          'deliveryFeeType',
          'fields.delivery.deliveryFeeType',
          t('배송비 유형', 'Delivery fee type'),
          DELIVERY_FEE_TYPE_LABELS,
        )}
        {form.deliveryFeeType !== 'FREE' &&
          input('baseFee', 'fields.delivery.baseFee', {
            label: t('기본 배송비', 'Base delivery fee'),
            suffix: t('원', 'KRW'),
          })}
        {form.deliveryFeeType === 'CONDITIONAL_FREE' &&
          input('freeConditionalAmount', 'fields.delivery.freeConditionalAmount', {
            label: t('무료 배송 조건', 'Free delivery threshold'),
            hint: t(
              '이 금액 이상 구매하면 배송비가 무료입니다.',
              'Delivery is free for orders of this amount or more.',
            ),
            suffix: t('원 이상', 'KRW or more'),
          })}
        {select(
          'deliveryFeePayType',
          'fields.delivery.deliveryFeePayType',
          t('배송비 결제 방식', 'Delivery fee payment'),
          DELIVERY_FEE_PAY_TYPE_LABELS,
        )}
        {input('jejuExtraFee', 'fields.delivery.jejuExtraFee', {
          label: t('제주 추가 배송비', 'Jeju extra fee'),
          suffix: t('원', 'KRW'),
          hint: t('없으면 비워 두세요.', 'Leave empty if none.'),
        })}
        {input('islandExtraFee', 'fields.delivery.islandExtraFee', {
          label: t('제주 외 도서산간 추가 배송비', 'Other islands and remote areas extra fee'),
          suffix: t('원', 'KRW'),
        })}
        {input('bundleGroupId', 'fields.delivery.bundleGroupId', {
          label: t('묶음배송 그룹 번호', 'Bundled delivery group number'),
          hint: t('묶음배송을 쓰지 않으면 비워 두세요.', 'Leave empty if you do not bundle deliveries.'),
        })}
      </Section>
      <Section
        id="claim"
        title={t('반품/교환', 'Returns/Exchanges')}
        hint={t(
          '주소록 번호는 스마트스토어센터 > 판매자 정보 > 판매자 정보 > 주소록에서 확인할 수 있습니다.',
          'Address book numbers are under Seller Center > Seller info > Seller info > Address book.',
        )}
      >
        {input('returnDeliveryFee', 'fields.claim.returnDeliveryFee', {
          label: t('반품 배송비 (편도)', 'Return delivery fee (one way)'),
          suffix: t('원', 'KRW'),
        })}
        {input('exchangeDeliveryFee', 'fields.claim.exchangeDeliveryFee', {
          label: t('교환 배송비 (왕복)', 'Exchange delivery fee (round trip)'),
          suffix: t('원', 'KRW'),
        })}
        {input('shippingAddressId', 'fields.claim.shippingAddressId', {
          label: t('출고지 주소록 번호', 'Dispatch address number'),
        })}
        {input('returnAddressId', 'fields.claim.returnAddressId', {
          label: t('반품/교환지 주소록 번호', 'Returns/Exchanges address number'),
        })}
      </Section>
      <Section id="as" title={t('A/S', 'After-sales service')}>
        {input('asPhone', 'fields.afterService.phone', {
          label: t('A/S 전화번호', 'After-sales phone'),
          placeholder: '02-1234-5678',
          type: 'tel',
        })}
        <Field
          id="preset-asGuide"
          label={t('A/S 안내', 'After-sales guide')}
          error={err('fields.afterService.guide')}
        >
          <textarea
            id="preset-asGuide"
            rows={2}
            value={form.asGuide}
            aria-invalid={err('fields.afterService.guide') ? 'true' : undefined}
            onInput={(e) => set('asGuide', (e.target as HTMLTextAreaElement).value)}
          />
        </Field>
      </Section>
      <Section id="origin" title={t('원산지', 'Origin')}>
        {select('originCode', 'fields.origin.code', t('원산지', 'Origin'), {
          '': t('선택해 주세요', 'Choose…'),
          ...ORIGIN_AREA_CODES,
        })}
        {form.originCode === '02' &&
          input('importer', 'fields.origin.importer', { label: t('수입사', 'Importer') })}
        {form.originCode === '04' &&
          input('originContent', 'fields.origin.content', {
            label: t('원산지 직접 입력', 'Origin (free text)'),
          })}
      </Section>
      <Section id="minor" title={t('미성년자 구매', 'Purchase by minors')}>
        {select('minorPurchasable', 'fields.minorPurchasable', t('미성년자 구매', 'Purchase by minors'), {
          '': t('선택해 주세요', 'Choose…'),
          true: t('구매 가능', 'Allowed'),
          false: t('구매 불가 (19세 이상)', 'Not allowed (19 and over only)'),
        })}
      </Section>
      <Section id="tax" title={t('부가세', 'VAT')}>
        {select('taxType', 'fields.taxType', t('부가세', 'VAT'), TAX_TYPE_LABELS)}
      </Section>
      <Section
        id="notice"
        title={t('상품정보제공고시', 'Product information notice')}
        hint={t(
          '전자상거래법에 따른 상품 정보입니다. 유형마다 필요한 항목이 다릅니다.',
          'Product information required by the e-commerce act. Each type needs different fields.',
        )}
      >
        {select(
          'noticeType',
          'fields.notice.type',
          t('상품 유형', 'Product type'),
          Object.fromEntries(Object.entries(NOTICE_TYPE_INFO).map(([k, v]) => [k, v.label])),
        )}
        {NOTICE_COMMON_FIELDS.map((f) => noticeField(f.key, f.label, commonChoices()))}
        {form.noticeType === 'ETC' &&
          [...NOTICE_ETC_FIELDS, ...NOTICE_CONTACT_FIELDS].map((f) => noticeField(f.key, f.label))}
        {extra.map((k) => noticeField(k, k))}
        <div class="notice-add">
          <input
            aria-label={t(
              '추가할 항목 이름 (커머스API 필드명)',
              'Name of the field to add (Commerce API field name)',
            )}
            placeholder={t('항목 이름 (예: material)', 'Field name (e.g. material)')}
            value={newKey}
            onInput={(e) => setNewKey((e.target as HTMLInputElement).value)}
          />
          <button
            type="button"
            disabled={!/^[A-Za-z][A-Za-z0-9]*$/.test(newKey.trim())}
            onClick={() => {
              set('noticeFields', {
                ...form.noticeFields,
                [newKey.trim()]: form.noticeFields[newKey.trim()] ?? '',
              });
              setNewKey('');
            }}
          >
            {t('항목 추가', 'Add field')}
          </button>
        </div>
      </Section>
      <Section id="display" title={t('노출', 'Visibility')}>
        {select(
          'displayStatus',
          'fields.displayStatus',
          t('전시 상태', 'Display status'),
          DISPLAY_STATUS_LABELS,
        )}
        <label class="checkbox">
          <input
            type="checkbox"
            checked={form.naverShoppingRegistration}
            onChange={(e) => set('naverShoppingRegistration', (e.target as HTMLInputElement).checked)}
          />
          {t(
            '네이버쇼핑에 등록 (네이버쇼핑 광고주인 경우)',
            'List on Naver Shopping (for Naver Shopping advertisers)',
          )}
        </label>
      </Section>
      <div class="preset-form__actions">
        <button type="button" onClick={props.onCancel} disabled={props.busy}>
          {t('취소', 'Cancel')}
        </button>
        <button type="submit" class="primary" disabled={props.busy}>
          {props.busy ? t('저장 중…', 'Saving…') : t('프리셋 저장', 'Save preset')}
        </button>
      </div>
    </form>
  );
}
