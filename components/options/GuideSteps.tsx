import { t } from '../../lib/i18n';

/** The guide's set-up steps on SmartStore's side, shown beside the link form. */
export function GuideSteps({ mode }: { mode: 'AGENCY' | 'OWN_APP' }) {
  if (mode === 'OWN_APP') {
    const title = t('내 애플리케이션 준비', 'Preparing your own application');
    return (
      <aside class="guide" aria-label={title}>
        <h3>{title}</h3>
        <ol>
          <li>
            {t(
              '커머스API센터(apicenter.commerce.naver.com)에 스토어의 통합매니저 계정으로 로그인합니다.',
              "Sign in to the Commerce API Center (apicenter.commerce.naver.com) with the store's main manager account.",
            )}
          </li>
          <li>
            {t(
              '애플리케이션을 등록하고 API 그룹(상품, 주문 판매자, 판매자 정보)을 선택합니다.',
              'Register an application and choose the API groups (Products, Orders for sellers, Seller info).',
            )}
          </li>
          <li>
            {t(
              '이 컴퓨터의 호출 IP를 등록합니다. 등록되지 않은 IP에서는 "호출이 허용되지 않은 IP"로 거부됩니다.',
              'Register this computer\'s IP address. Calls from other addresses are refused as "IP not allowed".',
            )}
          </li>
          <li>
            {t(
              '애플리케이션 ID와 애플리케이션 시크릿($2a$로 시작)을 복사해 아래에 입력합니다.',
              'Copy the application ID and the application secret (starting with $2a$) into the form.',
            )}
          </li>
        </ol>
      </aside>
    );
  }
  return (
    <aside class="guide" aria-label={t('API 대행사 설정', 'API agency setup')}>
      <h3>{t('API 대행사 설정을 처음 진행하는 경우', 'Setting up the API agency for the first time')}</h3>
      <ol>
        <li>{t('스마트스토어 판매자센터에 로그인해 주세요.', 'Sign in to the SmartStore Seller Center.')}</li>
        <li>
          {t('', 'Go to ')}
          <b>{t('스토어 관리 > 스토어 설정 > API 정보', 'Store management > Store settings > API info')}</b>
          {t('로 이동해 주세요.', '.')}
        </li>
        <li>
          {t('API 사용 설정의 ', 'Under API usage settings, click ')}
          <b>{t('ID 생성 하기', 'Create ID')}</b>
          {t('를 클릭해 주세요.', '.')}
        </li>
        <li>
          {t('API 사용 설정을 ', 'Set API usage to ')}
          <b>{t('사용', 'On')}</b>
          {t('으로 설정한 후, ', ', choose Sixshop Pro as the agency for ')}
          <b>{t('상품 API', 'Product API')}</b>
          {t('와 ', ' and ')}
          <b>{t('주문 API', 'Order API')}</b>
          {t('를 식스샵 프로의 대행사로 선택하고 저장해 주세요.', ', and save.')}
        </li>
      </ol>
      <p class="guide__tip">
        {t('상단의 ', 'We recommend copying the ')}
        <b>{t('API 연동용 판매자 ID', 'API seller ID')}</b>
        {t(
          '는 연동에 필요한 정보이니 미리 복사해 두시길 권장합니다.',
          ' shown at the top in advance: the link needs it.',
        )}
      </p>
      <h3>{t('입력 항목', 'Fields')}</h3>
      <dl class="guide__table">
        <dt>{t('계정 별칭', 'Account alias')}</dt>
        <dd>
          {t(
            '마켓을 식별하기 위한 별명입니다. 계정 등록 이후 변경 가능합니다.',
            'A name to tell your markets apart. You can change it after linking.',
          )}
        </dd>
        <dt>{t('스마트스토어 계정 ID', 'SmartStore account ID')}</dt>
        <dd>
          {t(
            'smartstore.naver.com/ 뒤에 붙는 정보 (스토어 관리 > 스토어 설정 > 기본 정보 관리). 계정 등록 후 변경 불가능합니다.',
            'The part after smartstore.naver.com/ (Store management > Store settings > Basic info). Cannot be changed after linking.',
          )}
        </dd>
        <dt>{t('API 연동용 판매자 ID', 'API seller ID')}</dt>
        <dd>
          {t(
            '스토어 관리 > 스토어 설정 > API 정보. 계정 등록 후 변경 불가능합니다.',
            'Store management > Store settings > API info. Cannot be changed after linking.',
          )}
        </dd>
      </dl>
    </aside>
  );
}
