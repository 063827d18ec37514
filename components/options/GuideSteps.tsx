/** The guide's set-up steps on SmartStore's side, shown beside the link form. */
export function GuideSteps({ mode }: { mode: 'AGENCY' | 'OWN_APP' }) {
  if (mode === 'OWN_APP') {
    return (
      <aside class="guide" aria-label="내 애플리케이션 준비">
        <h3>내 애플리케이션 준비</h3>
        <ol>
          <li>커머스API센터(apicenter.commerce.naver.com)에 스토어의 통합매니저 계정으로 로그인합니다.</li>
          <li>애플리케이션을 등록하고 API 그룹(상품, 주문 판매자, 판매자 정보)을 선택합니다.</li>
          <li>
            이 컴퓨터의 호출 IP를 등록합니다. 등록되지 않은 IP에서는 "호출이 허용되지 않은 IP"로 거부됩니다.
          </li>
          <li>애플리케이션 ID와 애플리케이션 시크릿($2a$로 시작)을 복사해 아래에 입력합니다.</li>
        </ol>
      </aside>
    );
  }
  return (
    <aside class="guide" aria-label="API 대행사 설정">
      <h3>API 대행사 설정을 처음 진행하는 경우</h3>
      <ol>
        <li>스마트스토어 판매자센터에 로그인해 주세요.</li>
        <li>
          <b>스토어 관리 &gt; 스토어 설정 &gt; API 정보</b>로 이동해 주세요.
        </li>
        <li>
          API 사용 설정의 <b>ID 생성 하기</b>를 클릭해 주세요.
        </li>
        <li>
          API 사용 설정을 <b>사용</b>으로 설정한 후, <b>상품 API</b>와 <b>주문 API</b>를 식스샵 프로의
          대행사로 선택하고 저장해 주세요.
        </li>
      </ol>
      <p class="guide__tip">
        상단의 <b>API 연동용 판매자 ID</b>는 연동에 필요한 정보이니 미리 복사해 두시길 권장합니다.
      </p>
      <h3>입력 항목</h3>
      <dl class="guide__table">
        <dt>계정 별칭</dt>
        <dd>마켓을 식별하기 위한 별명입니다. 계정 등록 이후 변경 가능합니다.</dd>
        <dt>스마트스토어 계정 ID</dt>
        <dd>
          smartstore.naver.com/ 뒤에 붙는 정보 (스토어 관리 &gt; 스토어 설정 &gt; 기본 정보 관리). 계정 등록
          후 변경 불가능합니다.
        </dd>
        <dt>API 연동용 판매자 ID</dt>
        <dd>스토어 관리 &gt; 스토어 설정 &gt; API 정보. 계정 등록 후 변경 불가능합니다.</dd>
      </dl>
    </aside>
  );
}
