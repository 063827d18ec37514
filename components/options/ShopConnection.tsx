import { useState } from 'preact/hooks';
import type { ShopConnectionView } from '../../lib/accounts/shop-connection';
import { t } from '../../lib/i18n';
import { request } from '../../lib/ui/messenger';
import { describedBy, Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useFormError } from '../ui/use-form-error';

/** The shop backend key: checked for real (the shop answers with its name) before it is saved. */
export function ShopConnection({
  status,
  onConnected,
}: {
  status: ShopConnectionView | undefined;
  onConnected: (s: ShopConnectionView) => void;
}) {
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [shopName, setShopName] = useState<string>();
  const form = useFormError();

  async function submit(e: Event) {
    e.preventDefault();
    if (busy || !status) return;
    setBusy(true);
    form.clear();
    try {
      const res = await request('shop.connect', { shopBackendUrl: status.shopBackendUrl, shopKey: key });
      setShopName(res.shopName);
      setKey('');
      onConnected(res);
    } catch (e2) {
      form.capture(e2);
    } finally {
      setBusy(false);
    }
  }

  const err = form.error?.fields.shopKey ?? form.error?.fields.shopBackendUrl;
  return (
    <section class="card" aria-labelledby="shop-title">
      <h2 id="shop-title">{t('식스샵 프로 연결', 'Sixshop Pro connection')}</h2>
      {status?.hasShopKey ? (
        <p class="connected" data-testid="shop-connected">
          {t('연결됨', 'Connected')}
          {shopName ? `: ${shopName}` : ''} · {t('API 키', 'API key')} {status.maskedShopKey} ·{' '}
          {status.shopBackendUrl}
        </p>
      ) : (
        <p>
          {t(
            '식스샵 프로 관리자의 API 키를 입력하면 주문과 상품을 식스샵 프로로 보낼 수 있습니다.',
            'Enter the API key from your Sixshop Pro admin to send orders and products to Sixshop Pro.',
          )}
        </p>
      )}
      <form onSubmit={submit} class="inline-form" noValidate>
        <Field
          id="shopKey"
          label={
            status?.hasShopKey
              ? t('API 키 바꾸기', 'Change API key')
              : t('식스샵 프로 API 키', 'Sixshop Pro API key')
          }
          hint={t(
            '식스샵 프로 > 설정 > API 키. 이 컴퓨터의 확장 프로그램 안에만 저장됩니다.',
            'Sixshop Pro > Settings > API key. Stored only inside the extension on this computer.',
          )}
          error={err}
        >
          <input
            id="shopKey"
            type="password"
            value={key}
            autocomplete="off"
            onInput={(e) => setKey((e.target as HTMLInputElement).value)}
            aria-describedby={describedBy('shopKey', true, err)}
          />
        </Field>
        <button type="submit" class="primary" disabled={busy || !key.trim()}>
          {busy ? t('확인 중…', 'Checking…') : t('연결 확인 후 저장', 'Check connection and save')}
        </button>
      </form>
      {form.error && !err && <Notice tone="error">{form.error.message}</Notice>}
    </section>
  );
}
