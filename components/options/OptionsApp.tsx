import { useEffect, useState } from 'preact/hooks';
import type { ShopConnectionView } from '../../lib/accounts/shop-connection';
import type { AccountRow } from '../../lib/db/schema';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/settings';
import { request } from '../../lib/ui/messenger';
import { Notice } from '../ui/Notice';
import { AccountCard } from './AccountCard';
import { AdvancedSettings } from './AdvancedSettings';
import { LazySection } from './LazySection';
import { LinkForm } from './LinkForm';
import { ShopConnection } from './ShopConnection';
import { UnlinkDialog } from './UnlinkDialog';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  const [shop, setShop] = useState<ShopConnectionView>();
  const [accounts, setAccounts] = useState<AccountRow[]>([]);
  const [unlinking, setUnlinking] = useState<AccountRow>();
  const [notice, setNotice] = useState<string>();
  const [loadError, setLoadError] = useState<string>();

  async function reload() {
    try {
      const [s, sh, a] = await Promise.all([
        request('settings.get', {}),
        request('shop.status', {}),
        request('accounts.list', {}),
      ]);
      setSettings(s);
      setShop(sh);
      setAccounts(a);
      setLoadError(undefined);
    } catch (e) {
      setLoadError(
        e instanceof Error ? e.message : t('설정을 불러오지 못했습니다.', 'Could not load the settings.'),
      );
    }
  }

  useEffect(() => {
    void reload();
  }, []);

  return (
    <main class="options" data-ready={settings ? 'true' : 'false'}>
      <header class="page-head">
        <h1>{t('스마트스토어 연동', 'SmartStore link')}</h1>
        <p>
          {t(
            '식스샵 프로에서 스마트스토어 주문을 처리하고, 상품을 양방향으로 연동합니다.',
            'Process SmartStore orders from Sixshop Pro and link products both ways.',
          )}
        </p>
        <p>
          <a href="tools.html">{t('주문 도구 열기', 'Open order tools')}</a>{' '}
          {t(
            '(대량 배송 처리, 주문 내보내기, 클레임, 동기화 기록)',
            '(bulk dispatch, order export, claims, sync log)',
          )}
        </p>
      </header>
      {loadError && <Notice tone="error">{loadError}</Notice>}
      {notice && <Notice tone="success">{notice}</Notice>}
      <ShopConnection status={shop} onConnected={(s) => setShop(s)} />
      <section class="card" aria-labelledby="accounts-title">
        <h2 id="accounts-title">
          {t('마켓 계정 관리', 'Market accounts')} ({accounts.length})
        </h2>
        {accounts.length === 0 ? (
          <p class="empty">
            {t(
              '연동된 스마트스토어 계정이 없습니다. 아래에서 계정을 연동해 주세요.',
              'No SmartStore account is linked yet. Link one below.',
            )}
          </p>
        ) : (
          <ul class="accounts">
            {accounts.map((a) => (
              <AccountCard
                key={a.id}
                account={a}
                onChanged={(next) => setAccounts(accounts.map((x) => (x.id === next.id ? next : x)))}
                onUnlink={() => setUnlinking(a)}
              />
            ))}
          </ul>
        )}
      </section>
      {shop?.hasShopKey && accounts.length > 0 && <LazySection name="ProductsSection" accounts={accounts} />}
      {shop?.hasShopKey && accounts.length > 0 && <LazySection name="PresetsSection" accounts={accounts} />}
      <LinkForm
        disabled={!shop?.hasShopKey}
        onLinked={(a) => {
          setAccounts([...accounts, a]);
          setNotice(undefined);
        }}
      />
      <AdvancedSettings
        settings={settings}
        onSaved={(s) => {
          setSettings(s);
          void request('shop.status', {}).then(setShop);
        }}
      />
      {unlinking && (
        <UnlinkDialog
          account={unlinking}
          onClose={() => setUnlinking(undefined)}
          onUnlinked={(alias) => {
            setUnlinking(undefined);
            setNotice(
              t(
                `"${alias}" 계정의 연동을 해제했습니다. 스마트스토어의 상품과 주문은 그대로 있습니다.`,
                `"${alias}" is unlinked. Its products and orders on SmartStore are unchanged.`,
              ),
            );
            void reload();
          }}
        />
      )}
    </main>
  );
}
