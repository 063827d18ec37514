import { useEffect, useState } from 'preact/hooks';
import type { AccountRow } from '../../../lib/db/schema';
import type { Messenger as ProductRequest } from '../../../lib/messaging/client';
import { RequestError } from '../../../lib/messaging/client';
import { NOTICE_TYPE_INFO, noticeTypeOf } from '../../../lib/products/notice-types';
import type { PresetView } from '../../../lib/products/presets';
import { DELIVERY_FEE_TYPE_LABELS, DELIVERY_TYPE_LABELS } from '../../../lib/sixshop/schemas/sales-preset';
import { courierName, ORIGIN_AREA_CODES } from '../../../lib/smartstore/enums';
import { Notice } from '../../ui/Notice';
import { AccountPicker } from '../products/AccountPicker';
import { productRequest } from '../products/request';
import { PresetFormView } from './PresetFormView';
import { emptyForm, formFrom, type PresetForm } from './preset-form-model';
import './presets.css';
import { t } from '../../../lib/i18n';

interface Editing {
  id?: string | undefined;
  title: string;
  form: PresetForm;
  missing?: string[] | undefined;
  source?: string | undefined;
}

const won = (n: number) => t(`${n.toLocaleString('ko-KR')}원`, `₩${n.toLocaleString('en-US')}`);

function summary(p: PresetView): string[] {
  const f = p.fields;
  const d = f.delivery;
  const fee =
    d.deliveryFeeType === 'FREE'
      ? t('무료 배송', 'Free delivery')
      : d.deliveryFeeType === 'CONDITIONAL_FREE'
        ? t(
            `${won(d.baseFee)} (${won(d.freeConditionalAmount ?? 0)} 이상 무료)`,
            `${won(d.baseFee)} (free from ${won(d.freeConditionalAmount ?? 0)})`,
          )
        : `${DELIVERY_FEE_TYPE_LABELS[d.deliveryFeeType]} ${won(d.baseFee)}`;
  const notice = noticeTypeOf(f.notice.type);
  const minor = f.minorPurchasable
    ? t('미성년자 구매 가능', 'Minors may buy')
    : t('미성년자 구매 불가', 'Not for minors');
  const origin = ORIGIN_AREA_CODES[f.origin.code];
  const noticeLabel = notice ? NOTICE_TYPE_INFO[notice].label : f.notice.type;
  return [
    t(`카테고리 ${f.leafCategoryId}`, `Category ${f.leafCategoryId}`),
    `${DELIVERY_TYPE_LABELS[d.deliveryType]}${d.deliveryCompany ? ` · ${courierName(d.deliveryCompany)}` : ''} · ${fee}`,
    t(
      `반품 ${won(f.claim.returnDeliveryFee)} · 교환 ${won(f.claim.exchangeDeliveryFee)}`,
      `Return ${won(f.claim.returnDeliveryFee)} · Exchange ${won(f.claim.exchangeDeliveryFee)}`,
    ),
    t(`원산지 ${origin} · ${minor}`, `Origin ${origin} · ${minor}`),
    t(`고시 ${noticeLabel}`, `Notice ${noticeLabel}`),
  ];
}

/** 판매 설정 프리셋: per linked account, stored on the shop backend. List, form, duplicate, delete, default. */
export function PresetsSection({
  accounts,
  request = productRequest,
}: {
  accounts: AccountRow[];
  request?: ProductRequest;
}) {
  const [accountId, setAccountId] = useState<string | undefined>(accounts[0]?.id);
  const [presets, setPresets] = useState<PresetView[]>();
  const [stale, setStale] = useState(false);
  const [editing, setEditing] = useState<Editing>();
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [serverMessage, setServerMessage] = useState<string>();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [sourceNo, setSourceNo] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<PresetView>();

  useEffect(() => {
    if (!accounts.some((a) => a.id === accountId)) setAccountId(accounts[0]?.id);
  }, [accounts, accountId]);

  async function load(id = accountId) {
    if (!id) return;
    try {
      const list = await request('presets.list', { accountId: id });
      setPresets(list.presets);
      setStale(list.stale);
    } catch (e) {
      setMessage({
        tone: 'error',
        text:
          e instanceof Error ? e.message : t('프리셋을 불러오지 못했습니다.', 'Could not load the presets.'),
      });
    }
  }

  useEffect(() => {
    setPresets(undefined);
    setEditing(undefined);
    void load(accountId);
  }, [accountId]);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await fn();
      setMessage({ tone: 'success', text: done });
      await load();
    } catch (e) {
      setMessage({
        tone: 'error',
        text: e instanceof Error ? e.message : t('처리하지 못했습니다.', 'That did not go through.'),
      });
    } finally {
      setBusy(false);
    }
  };

  function open(e: Editing) {
    setServerErrors({});
    setServerMessage(undefined);
    setMessage(undefined);
    setEditing(e);
  }

  async function fromSmartstore(e: Event) {
    e.preventDefault();
    if (!accountId) return;
    const no = Number(sourceNo.replace(/\D/g, ''));
    if (!Number.isSafeInteger(no) || no <= 0) {
      setMessage({
        tone: 'error',
        text: t(
          '스마트스토어 원상품번호를 숫자로 입력해 주세요.',
          'Enter the SmartStore origin product number in digits.',
        ),
      });
      return;
    }
    setBusy(true);
    try {
      const res = await request('presets.fromSmartstore', { accountId, originProductNo: no });
      open({
        title: t('새 판매 설정 프리셋', 'New sales settings preset'),
        form: formFrom(
          t(`${res.productName} 설정`, `${res.productName} settings`).slice(0, 50),
          false,
          res.draft,
        ),
        missing: res.missing,
        source: res.productName,
      });
      setSourceNo('');
    } catch (err) {
      setMessage({
        tone: 'error',
        text:
          err instanceof Error
            ? err.message
            : t('상품을 불러오지 못했습니다.', 'Could not load the product.'),
      });
    } finally {
      setBusy(false);
    }
  }

  async function save(input: { name: string; isDefault: boolean; fields: Record<string, unknown> }) {
    if (!accountId || !editing) return;
    setBusy(true);
    setServerErrors({});
    setServerMessage(undefined);
    try {
      const saved = await request('presets.save', {
        accountId,
        ...(editing.id ? { id: editing.id } : {}),
        ...input,
      });
      setEditing(undefined);
      setMessage({
        tone: 'success',
        text: t(`'${saved.name}' 프리셋을 저장했습니다.`, `Saved the preset '${saved.name}'.`),
      });
      await load();
    } catch (e) {
      if (e instanceof RequestError) {
        setServerErrors(e.fields);
        setServerMessage(e.message);
      } else
        setServerMessage(t('저장하지 못했습니다. 다시 시도해 주세요.', 'Could not save. Please try again.'));
    } finally {
      setBusy(false);
    }
  }

  if (accounts.length === 0) {
    return (
      <section class="card" aria-labelledby="presets-title">
        <h2 id="presets-title">{t('판매 설정 프리셋', 'Sales settings presets')}</h2>
        <p class="empty">
          {t(
            '스마트스토어 계정을 연동하면 계정별로 판매 설정 프리셋을 만들 수 있습니다.',
            'Link a SmartStore account to create sales settings presets for it.',
          )}
        </p>
      </section>
    );
  }

  return (
    <section class="card presets" aria-labelledby="presets-title" data-testid="presets">
      <div class="section-head">
        <h2 id="presets-title">{t('판매 설정 프리셋', 'Sales settings presets')}</h2>
        <AccountPicker accounts={accounts} value={accountId} onChange={setAccountId} idPrefix="presets" />
      </div>
      <p class="section-lead">
        {t(
          '식스샵 프로 상품을 스마트스토어로 내보낼 때 함께 보낼 카테고리, 배송비, 반품/교환, A/S, 원산지, 상품정보제공고시 설정입니다. 기본 프리셋은 계정마다 하나입니다.',
          'The category, delivery fee, returns/exchanges, after-sales service, origin and product information notice sent along when Sixshop Pro products are exported to SmartStore. Each account has one default preset.',
        )}
      </p>
      {stale && (
        <Notice tone="warning">
          {t(
            '식스샵 프로 서버에 연결할 수 없어 이 컴퓨터에 저장된 목록을 보여 드립니다.',
            'Cannot reach the Sixshop Pro server: showing the list saved on this computer.',
          )}
        </Notice>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {editing ? (
        <PresetFormView
          key={editing.id ?? editing.source ?? 'new'}
          initial={editing.form}
          title={editing.title}
          busy={busy}
          serverErrors={serverErrors}
          serverMessage={serverMessage}
          intro={
            editing.source ? (
              <Notice tone="info">
                <p>
                  {t(
                    `스마트스토어 상품 "${editing.source}"의 설정으로 채웠습니다. 확인한 뒤 저장해 주세요.`,
                    `Filled in from the SmartStore product "${editing.source}". Check it, then save.`,
                  )}
                </p>
                {editing.missing && editing.missing.length > 0 && (
                  <p>
                    {t('직접 입력해야 하는 항목', 'Fill in yourself')}: {editing.missing.join(', ')}
                  </p>
                )}
              </Notice>
            ) : undefined
          }
          onSubmit={(input) => void save(input)}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <>
          <div class="preset-toolbar">
            <button
              type="button"
              class="primary"
              onClick={() =>
                open({ title: t('새 판매 설정 프리셋', 'New sales settings preset'), form: emptyForm() })
              }
            >
              {t('새 프리셋', 'New preset')}
            </button>
            <form class="preset-from" onSubmit={fromSmartstore}>
              <label for="preset-source">
                {t('스마트스토어 상품에서 시작', 'Start from a SmartStore product')}
              </label>
              <input
                id="preset-source"
                inputMode="numeric"
                placeholder={t('원상품번호', 'Origin product no.')}
                value={sourceNo}
                onInput={(e) => setSourceNo((e.target as HTMLInputElement).value)}
              />
              <button type="submit" disabled={busy || !sourceNo.trim()}>
                {t('불러오기', 'Load')}
              </button>
            </form>
          </div>
          {presets === undefined ? (
            <p class="empty">{t('불러오는 중…', 'Loading…')}</p>
          ) : presets.length === 0 ? (
            <p class="empty">
              {t(
                '아직 프리셋이 없습니다. "새 프리셋"으로 만들거나, 이미 스마트스토어에 올린 상품의 설정에서 시작해 보세요.',
                'No presets yet. Create one with "New preset", or start from the settings of a product already on SmartStore.',
              )}
            </p>
          ) : (
            <ul class="preset-list">
              {presets.map((p) => (
                <li key={p.id} class="preset-item" data-preset={p.name}>
                  <div class="preset-item__head">
                    <strong>{p.name}</strong>
                    {p.isDefault && <span class="badge badge--brand">{t('기본', 'Default')}</span>}
                  </div>
                  <ul class="preset-item__facts">
                    {summary(p).map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                  <div class="preset-item__actions">
                    <button
                      type="button"
                      onClick={() =>
                        open({
                          id: p.id,
                          title: t(`'${p.name}' 수정`, `Edit '${p.name}'`),
                          form: formFrom(p.name, p.isDefault, p.fields),
                        })
                      }
                    >
                      {t('수정', 'Edit')}
                    </button>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        void act(
                          () => request('presets.duplicate', { accountId: accountId!, presetId: p.id }),
                          t(`'${p.name}'을 복제했습니다.`, `Duplicated '${p.name}'.`),
                        )
                      }
                    >
                      {t('복제', 'Duplicate')}
                    </button>
                    {!p.isDefault && (
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() =>
                          void act(
                            () => request('presets.setDefault', { accountId: accountId!, presetId: p.id }),
                            t(
                              `'${p.name}'을 기본 프리셋으로 지정했습니다.`,
                              `'${p.name}' is now the default preset.`,
                            ),
                          )
                        }
                      >
                        {t('기본으로 지정', 'Make default')}
                      </button>
                    )}
                    <button
                      type="button"
                      class="danger-outline"
                      disabled={busy}
                      onClick={() => setConfirmDelete(p)}
                    >
                      {t('삭제', 'Delete')}
                    </button>
                  </div>
                  {confirmDelete?.id === p.id && (
                    <div
                      class="confirm"
                      role="alertdialog"
                      aria-label={t('프리셋 삭제 확인', 'Confirm preset deletion')}
                    >
                      <p>
                        {t(
                          `'${p.name}' 프리셋을 삭제할까요? 이미 내보낸 상품에는 영향이 없습니다.`,
                          `Delete the preset '${p.name}'? Products already exported are not affected.`,
                        )}
                      </p>
                      <button type="button" onClick={() => setConfirmDelete(undefined)}>
                        {t('취소', 'Cancel')}
                      </button>
                      <button
                        type="button"
                        class="danger"
                        onClick={() => {
                          setConfirmDelete(undefined);
                          void act(
                            () => request('presets.delete', { accountId: accountId!, presetId: p.id }),
                            t(`'${p.name}'을 삭제했습니다.`, `Deleted '${p.name}'.`),
                          );
                        }}
                      >
                        {t('삭제', 'Delete')}
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
