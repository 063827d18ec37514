import { t } from '../../lib/i18n';
import type { PageAccount, PageSite } from '../../lib/products/page-lookup';

export type ButtonState = 'idle' | 'working' | 'done' | 'failed' | 'conflict';

export interface ButtonView {
  site: PageSite;
  number: string;
  /** linked to a product on the other side (per account alias) */
  linkedTo: string[];
  state: ButtonState;
  message?: string | undefined;
  /** several accounts and no link: the seller picks one */
  choose?: PageAccount[] | undefined;
}

const verbOf = (site: PageSite) =>
  site === 'smartstore' ? t('가져오기', 'Import') : t('내보내기', 'Export');
const doneOf = (site: PageSite) =>
  site === 'smartstore' ? t('가져왔습니다', 'Imported') : t('내보냈습니다', 'Exported');

/** One product's button and what it says; clicks count only when the seller made them (isTrusted). */
export function ProductButton({
  view,
  onPress,
  onPick,
}: {
  view: ButtonView;
  onPress: (e: MouseEvent) => void;
  onPick: (e: MouseEvent, accountId: string) => void;
}) {
  const base = verbOf(view.site);
  const verb = view.linkedTo.length > 0 ? t(`다시 ${base}`, `${base} again`) : base;
  const title =
    view.site === 'smartstore'
      ? t(
          '이 스마트스토어 상품을 식스샵 프로로 가져옵니다',
          'Import this SmartStore product into Sixshop Pro',
        )
      : t(
          '이 식스샵 프로 상품을 스마트스토어로 내보냅니다 (기본 판매 설정 프리셋)',
          'Export this Sixshop Pro product to SmartStore (default sales settings preset)',
        );
  return (
    <div class={`pb pb--${view.state}`} data-state={view.state} data-site={view.site}>
      <button
        type="button"
        class="pb__button"
        title={title}
        disabled={view.state === 'working'}
        aria-busy={view.state === 'working' ? 'true' : undefined}
        onClick={onPress}
      >
        {view.state === 'working' ? t(`${base} 중…`, `${base}ing…`) : verb}
      </button>
      {view.linkedTo.length > 0 && view.state === 'idle' && (
        <span class="pb__linked">{t('연동됨', 'Linked')}</span>
      )}
      {view.state === 'done' && (
        <span class="pb__ok" role="status">
          {doneOf(view.site)}
        </span>
      )}
      {view.choose && (
        <div
          class="pb__menu"
          role="menu"
          aria-label={t('스마트스토어 계정 선택', 'Choose a SmartStore account')}
        >
          {view.choose.map((a) => (
            <button key={a.id} type="button" role="menuitem" onClick={(e) => onPick(e, a.id)}>
              {a.alias}
            </button>
          ))}
        </div>
      )}
      {view.message && (view.state === 'failed' || view.state === 'conflict') && (
        <p class="pb__message" role="alert">
          {view.message}
        </p>
      )}
    </div>
  );
}
