import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/settings';
import { DEFAULT_COMMERCE_API_ORIGIN, DEFAULT_SHOP_BACKEND_URL } from '../../lib/settings/settings';
import { request } from '../../lib/ui/messenger';
import { describedBy, Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useFormError } from '../ui/use-form-error';

/** 고급 설정: service addresses (real services by default; the sandbox or a staging proxy when changed). */
export function AdvancedSettings({
  settings,
  onSaved,
}: {
  settings: Settings | undefined;
  onSaved: (s: Settings) => void;
}) {
  const [values, setValues] = useState({
    commerceApiOrigin: '',
    shopBackendUrl: '',
    syncIntervalMinutes: '5',
    lookbackDays: '7',
  });
  const [notify, setNotify] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [warning, setWarning] = useState<string>();
  const form = useFormError();

  useEffect(() => {
    if (!settings) return;
    setValues({
      commerceApiOrigin: settings.commerceApiOrigin,
      shopBackendUrl: settings.shopBackendUrl,
      syncIntervalMinutes: String(settings.syncIntervalMinutes),
      lookbackDays: String(settings.lookbackDays),
    });
    setNotify(settings.notifyNewOrders);
  }, [settings]);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setSaved(false);
    form.clear();
    const granted = await requestHostAccess([values.commerceApiOrigin, values.shopBackendUrl]);
    // Notifications are an optional permission, asked for inside this click.
    const notifyAllowed = notify
      ? await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false)
      : false;
    try {
      const next = await request('settings.update', {
        commerceApiOrigin: values.commerceApiOrigin,
        shopBackendUrl: values.shopBackendUrl,
        syncIntervalMinutes: Number(values.syncIntervalMinutes),
        lookbackDays: Number(values.lookbackDays),
        notifyNewOrders: notify && notifyAllowed,
      });
      onSaved(next);
      setSaved(true);
      setWarning(
        granted
          ? undefined
          : t(
              '이 주소에 접근 권한을 받지 못했습니다. 서버가 CORS를 허용하지 않으면 연결되지 않습니다.',
              'Access to this address was not granted. It will not connect unless the server allows CORS.',
            ),
      );
    } catch (e2) {
      form.capture(e2);
    } finally {
      setBusy(false);
    }
  }

  const field = (id: keyof typeof values, label: string, hint: string, type = 'text') => {
    const err = form.error?.fields[id];
    return (
      <Field id={id} label={label} hint={hint} error={err}>
        <input
          id={id}
          type={type}
          value={values[id]}
          onInput={(e) => setValues({ ...values, [id]: (e.target as HTMLInputElement).value })}
          aria-describedby={describedBy(id, true, err)}
        />
      </Field>
    );
  };

  return (
    <details class="card advanced">
      <summary>{t('고급 설정', 'Advanced settings')}</summary>
      <form onSubmit={submit} noValidate>
        {field(
          'commerceApiOrigin',
          t('커머스API 주소', 'Commerce API address'),
          t(
            '기본값: https://api.commerce.naver.com (샌드박스나 스테이징 프록시로 바꿀 때만 수정)',
            'Default: https://api.commerce.naver.com (change only for a sandbox or staging proxy)',
          ),
        )}
        {field(
          'shopBackendUrl',
          t('식스샵 프로 연동 서버 주소', 'Sixshop Pro link server address'),
          t('기본값: https://api.sixshop.com', 'Default: https://api.sixshop.com'),
        )}
        {field(
          'syncIntervalMinutes',
          t('주문 수집 주기(분)', 'Order sync interval (minutes)'),
          t('1~60분', '1–60 minutes'),
          'number',
        )}
        {field(
          'lookbackDays',
          t('처음 연동 시 가져올 주문 기간(일)', 'Days of orders to fetch on first link'),
          t('1~90일', '1–90 days'),
          'number',
        )}
        <label class="checkbox">
          <input
            type="checkbox"
            checked={notify}
            onChange={(e) => setNotify((e.target as HTMLInputElement).checked)}
          />
          {t(
            '새 주문이 들어오면 알림 받기 (브라우저 알림 권한을 요청합니다)',
            'Notify me of new orders (asks for the browser notification permission)',
          )}
        </label>
        {form.error && <Notice tone="error">{form.error.message}</Notice>}
        {saved && <Notice tone="success">{t('저장했습니다.', 'Saved.')}</Notice>}
        {warning && <Notice tone="warning">{warning}</Notice>}
        <button type="submit" class="primary" disabled={busy}>
          {t('저장', 'Save')}
        </button>
      </form>
    </details>
  );
}

/**
 * Custom https hosts (a staging proxy) need a host permission; it is asked for here, inside the seller's click.
 * Loopback sandboxes answer with CORS and need none.
 */
async function requestHostAccess(urls: string[]): Promise<boolean> {
  const origins = new Set<string>();
  for (const raw of urls) {
    try {
      const u = new URL(raw.trim());
      const isDefault = [DEFAULT_COMMERCE_API_ORIGIN, DEFAULT_SHOP_BACKEND_URL].some(
        (d) => new URL(d).origin === u.origin,
      );
      if (u.protocol === 'https:' && !isDefault) origins.add(`${u.origin}/*`);
    } catch {
      // invalid input is reported by the background's validation
    }
  }
  if (origins.size === 0) return true;
  try {
    return await browser.permissions.request({ origins: [...origins] });
  } catch {
    return false;
  }
}
