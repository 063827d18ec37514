import { useState } from 'preact/hooks';
import type { AccountRow } from '../../lib/db/schema';
import { t } from '../../lib/i18n';
import { request } from '../../lib/ui/messenger';
import { describedBy, Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useFormError } from '../ui/use-form-error';
import { GuideSteps } from './GuideSteps';

type Mode = 'AGENCY' | 'OWN_APP';

const EMPTY = { alias: '', storeSlug: '', apiSellerId: '', clientId: '', clientSecret: '' };

/** 마켓 계정 연동하기: the guide's form, verified for real by the background before anything is saved. */
export function LinkForm({ onLinked, disabled }: { onLinked: (a: AccountRow) => void; disabled: boolean }) {
  const [mode, setMode] = useState<Mode>('AGENCY');
  const [values, setValues] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const form = useFormError();
  const err = (k: string) => form.error?.fields[k];

  const set = (k: keyof typeof EMPTY) => (e: Event) =>
    setValues({ ...values, [k]: (e.target as HTMLInputElement).value });

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setDone(undefined);
    form.clear();
    try {
      const payload =
        mode === 'AGENCY'
          ? { mode, alias: values.alias, storeSlug: values.storeSlug, apiSellerId: values.apiSellerId }
          : { mode, ...values };
      const account = await request('accounts.link', payload);
      setDone(
        t(
          `"${account.alias}" 계정 연동이 완료되었습니다. 결제가 완료된 주문부터 자동으로 수집됩니다.`,
          `"${account.alias}" is linked. Paid orders will be collected automatically from now on.`,
        ),
      );
      setValues(EMPTY);
      onLinked(account);
    } catch (e2) {
      form.capture(e2);
    } finally {
      setBusy(false);
    }
  }

  const input = (id: keyof typeof EMPTY, props: Record<string, unknown> = {}) => (
    <input
      id={id}
      name={id}
      value={values[id]}
      onInput={set(id)}
      aria-invalid={err(id) ? true : undefined}
      aria-describedby={describedBy(id, true, err(id))}
      autocomplete="off"
      spellcheck={false}
      {...props}
    />
  );

  return (
    <section class="card" aria-labelledby="link-title">
      <h2 id="link-title">{t('스마트스토어 계정 연동하기', 'Link a SmartStore account')}</h2>
      <div class="link-layout">
        <form onSubmit={submit} noValidate>
          <fieldset class="mode" disabled={busy}>
            <legend>{t('연동 방식', 'Link method')}</legend>
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === 'AGENCY'}
                onChange={() => setMode('AGENCY')}
              />
              {t(
                '식스샵 프로 API 대행사로 연동 (권장)',
                'Link through Sixshop Pro as API agency (recommended)',
              )}
            </label>
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === 'OWN_APP'}
                onChange={() => setMode('OWN_APP')}
              />
              {t('내 커머스API 애플리케이션으로 연동', 'Link with my own Commerce API application')}
            </label>
          </fieldset>
          <Field
            id="alias"
            label={t('계정 별칭', 'Account alias')}
            hint={t(
              '등록하는 마켓을 식별하기 위한 별명 (계정 등록 이후 변경 가능)',
              'A name to tell this market apart (can be changed after linking)',
            )}
            error={err('alias')}
          >
            {input('alias', {
              placeholder: t('예: 하늘리빙 스마트스토어', 'e.g. Haneul Living SmartStore'),
              maxLength: 30,
            })}
          </Field>
          <Field
            id="storeSlug"
            label={t('스마트스토어 계정 ID', 'SmartStore account ID')}
            hint={t(
              'smartstore.naver.com/ 뒤에 붙는 정보 (계정 등록 후 변경 불가능)',
              'The part after smartstore.naver.com/ (cannot be changed after linking)',
            )}
            error={err('storeSlug')}
          >
            {input('storeSlug', { placeholder: t('예: haneul-living', 'e.g. haneul-living') })}
          </Field>
          <Field
            id="apiSellerId"
            label={t('API 연동용 판매자 ID', 'API seller ID')}
            hint={t(
              '스토어 관리 > 스토어 설정 > API 정보 (계정 등록 후 변경 불가능)',
              'Store management > Store settings > API info (cannot be changed after linking)',
            )}
            error={err('apiSellerId')}
          >
            {input('apiSellerId', { placeholder: t('예: ncp_1o3k5x_01', 'e.g. ncp_1o3k5x_01') })}
          </Field>
          {mode === 'OWN_APP' && (
            <>
              <Field
                id="clientId"
                label={t('애플리케이션 ID', 'Application ID')}
                hint={t('커머스API센터 > 애플리케이션 정보', 'Commerce API Center > Application info')}
                error={err('clientId')}
              >
                {input('clientId')}
              </Field>
              <Field
                id="clientSecret"
                label={t('애플리케이션 시크릿', 'Application secret')}
                hint={t(
                  '이 컴퓨터의 확장 프로그램 안에만 저장되며 어디에도 표시되지 않습니다.',
                  'Stored only inside the extension on this computer and never shown anywhere.',
                )}
                error={err('clientSecret')}
              >
                {input('clientSecret', { type: 'password' })}
              </Field>
            </>
          )}
          {form.error && (
            <Notice tone="error">
              {form.error.message}
              {form.error.traceId && (
                <span class="trace">
                  {' '}
                  ({t('추적 ID', 'Trace ID')}: {form.error.traceId})
                </span>
              )}
            </Notice>
          )}
          {done && <Notice tone="success">{done}</Notice>}
          <button type="submit" class="primary" disabled={busy || disabled} aria-busy={busy}>
            {busy ? t('연동 확인 중…', 'Checking the link…') : t('연동 신청', 'Link account')}
          </button>
          {disabled && (
            <p class="field__hint">
              {t(
                '먼저 위에서 식스샵 프로 연결을 완료해 주세요.',
                'First complete the Sixshop Pro connection above.',
              )}
            </p>
          )}
        </form>
        <GuideSteps mode={mode} />
      </div>
    </section>
  );
}
