/**
 * Typed errors of the Commerce API (reference §2.4): gateway `GW.*`, order numeric codes and product
 * `invalidInputs`, plus what happens on the way (timeouts, dropped connections, bodies that break the schema).
 * Every error keeps the HTTP status, Naver's code, message and trace ID, and carries a Korean message that
 * tells the seller what to do next. No secret is ever part of an error.
 */

export type CommerceErrorKind =
  | 'auth' // 401 GW.AUTHN that survived one re-issue
  | 'token-rejected' // the token endpoint refused the credentials
  | 'agency-not-selected' // the seller has not chosen this agency (or this API group)
  | 'ip-not-allowed'
  | 'rate-limited'
  | 'quota'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'server'
  | 'timeout'
  | 'network'
  | 'bad-response'
  | 'outcome-unknown'
  | 'shop-key-rejected';

export interface InvalidInput {
  name: string;
  type?: string | undefined;
  message: string;
}

export interface CommerceErrorInit {
  kind: CommerceErrorKind;
  status?: number | undefined;
  code?: string | undefined;
  naverMessage?: string | undefined;
  traceId?: string | undefined;
  invalidInputs?: InvalidInput[] | undefined;
  body?: unknown;
  retryAt?: number | undefined;
  userMessage?: string | undefined;
  cause?: unknown;
}

export class CommerceApiError extends Error {
  readonly kind: CommerceErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly naverMessage: string | undefined;
  readonly traceId: string | undefined;
  readonly invalidInputs: InvalidInput[];
  /** The parsed error body as the server sent it (Naver's bodies carry no secrets). */
  readonly body: unknown;
  /** For rate limits: when a retry makes sense (epoch ms). */
  readonly retryAt: number | undefined;
  /** Korean, for the seller: what happened and what to do. */
  readonly userMessage: string;

  constructor(init: CommerceErrorInit) {
    const userMessage = init.userMessage ?? describeCommerceError(init);
    super(
      `${init.kind}${init.status ? ` (${init.status})` : ''}${init.code ? ` ${init.code}` : ''}: ${userMessage}`,
      {
        cause: init.cause,
      },
    );
    this.name = 'CommerceApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.naverMessage = init.naverMessage;
    this.traceId = init.traceId;
    this.invalidInputs = init.invalidInputs ?? [];
    this.body = init.body;
    this.retryAt = init.retryAt;
    this.userMessage = userMessage;
  }

  /** True when the same request may be sent again later without risk of doing anything twice. */
  get retryable(): boolean {
    return ['rate-limited', 'quota', 'server', 'timeout', 'network'].includes(this.kind);
  }
}

/**
 * A mutation (confirm, dispatch, cancel, product create/update, image upload) was sent and no reliable answer
 * came back: it may or may not have been applied. The caller re-reads SmartStore before any retry.
 */
export class OutcomeUnknownError extends CommerceApiError {
  constructor(init: Omit<CommerceErrorInit, 'kind'>) {
    super({ ...init, kind: 'outcome-unknown' });
    this.name = 'OutcomeUnknownError';
  }
}

const TOKEN_FIELD_MESSAGES: Record<string, string> = {
  client_secret_sign:
    '애플리케이션 시크릿이 올바르지 않습니다. 커머스API센터에서 애플리케이션 시크릿을 다시 복사해 입력해 주세요.',
  timestamp:
    '이 컴퓨터의 시계가 네이버 서버와 5분 이상 차이 납니다. 컴퓨터의 날짜와 시간을 "자동으로 설정"으로 바꾼 뒤 다시 시도해 주세요.',
  account_id:
    'API 연동용 판매자 ID를 찾을 수 없습니다. 스마트스토어센터 > 스토어 관리 > 스토어 설정 > API 정보에서 ID를 다시 복사해 입력해 주세요.',
  client_id: '애플리케이션 ID를 찾을 수 없습니다. 커머스API센터에서 애플리케이션 ID를 다시 확인해 주세요.',
  type: '애플리케이션 종류와 연동 방식이 맞지 않습니다. 내 애플리케이션이면 "내 애플리케이션으로 연동"을 선택해 주세요.',
  grant_type: '토큰 요청 형식이 올바르지 않습니다. 확장 프로그램을 최신 버전으로 업데이트해 주세요.',
};

/** The Korean message for an error, by kind first and Naver's code or field second. */
export function describeCommerceError(e: CommerceErrorInit): string {
  switch (e.kind) {
    case 'token-rejected': {
      const field = e.invalidInputs?.[0]?.name;
      return (
        (field && TOKEN_FIELD_MESSAGES[field]) ??
        '스마트스토어 인증에 실패했습니다. 연동 정보(애플리케이션 ID, 시크릿, API 연동용 판매자 ID)를 다시 확인해 주세요.'
      );
    }
    case 'agency-not-selected':
      return '스마트스토어센터 > 스토어 관리 > 스토어 설정 > API 정보에서 상품 API와 주문 API의 대행사를 식스샵 프로로 선택하고 저장한 뒤 다시 시도해 주세요.';
    case 'auth':
      return '스마트스토어 인증이 만료되었거나 거부되었습니다. 잠시 후 다시 시도하고, 계속되면 계정 연동 정보를 확인해 주세요.';
    case 'ip-not-allowed':
      return '이 네트워크의 IP가 커머스API센터 애플리케이션에 등록되어 있지 않습니다. 커머스API센터에서 호출 IP를 등록해 주세요.';
    case 'rate-limited':
      return '스마트스토어 요청 한도에 도달했습니다. 잠시 후 자동으로 다시 시도합니다.';
    case 'quota':
      return '스마트스토어 요청 할당량을 초과했습니다. 잠시 후 다시 시도해 주세요.';
    case 'not-found':
      return '스마트스토어에서 대상을 찾을 수 없습니다. 번호를 확인하거나 스마트스토어센터에서 삭제되지 않았는지 확인해 주세요.';
    case 'validation': {
      const first = e.invalidInputs?.[0];
      if (first) return `입력값을 확인해 주세요: ${first.message}`;
      return `스마트스토어가 요청을 거부했습니다${e.naverMessage ? `: ${e.naverMessage}` : ''}. 입력값을 확인해 주세요.`;
    }
    case 'conflict':
      return `스마트스토어의 현재 상태와 맞지 않는 요청입니다${e.naverMessage ? `: ${e.naverMessage}` : ''}. 최신 상태를 다시 불러온 뒤 시도해 주세요.`;
    case 'server':
      return '스마트스토어 서버에 일시적인 문제가 있습니다. 잠시 후 다시 시도해 주세요.';
    case 'timeout':
      return '스마트스토어 응답이 20초 안에 오지 않았습니다. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.';
    case 'network':
      return '스마트스토어(또는 연동 서버)에 연결할 수 없습니다. 인터넷 연결과 설정의 서버 주소를 확인해 주세요.';
    case 'bad-response':
      return '스마트스토어에서 예상하지 못한 응답을 받았습니다. 잠시 후 다시 시도하고, 계속되면 고객센터에 추적 ID와 함께 알려 주세요.';
    case 'outcome-unknown':
      return '요청을 보냈지만 결과를 확인하지 못했습니다. 스마트스토어의 현재 상태를 다시 확인한 뒤 처리합니다.';
    case 'shop-key-rejected':
      return '식스샵 프로 API 키가 올바르지 않습니다. 식스샵 프로 관리자에서 키를 다시 복사해 입력해 주세요.';
  }
}

/** Korean message and next step for a per-item failure of an order action (reference §2.4, order codes). */
const ORDER_CODE_MESSAGES: Record<string, string> = {
  '4000': '요청 값이 올바르지 않습니다. 입력값을 확인해 주세요.',
  '9999': '스마트스토어에서 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.',
  '100001': '스마트스토어에 없는 상품주문번호입니다. 번호를 확인해 주세요.',
  '100003': '스마트스토어에 없는 주문번호입니다. 번호를 확인해 주세요.',
  '101009': '이 계정으로 처리할 권한이 없는 주문입니다. 연동한 스마트스토어 계정을 확인해 주세요.',
  '101011': '직계약 상품은 물류사만 발주 확인할 수 있습니다.',
  '104105': '발송 기한이 허용 범위를 벗어났습니다.',
  '104116': '배송 없음 주문은 배송 방법을 바꿔야 합니다.',
  '104117': '배송 방법을 바꿔야 하는 주문입니다.',
  '104118': '택배사를 선택해 주세요.',
  '104119': '택배사 코드가 올바르지 않습니다. 목록에서 택배사를 다시 선택해 주세요.',
  '104120': '운송장 번호를 입력해 주세요.',
  '104121': '이미 다른 주문에 사용된 운송장 번호입니다. 운송장 번호를 확인해 주세요.',
  '104122': '운송장 번호 형식이 올바르지 않습니다. 숫자만 정확히 입력해 주세요.',
  '104131': '같은 상품주문번호가 중복되었습니다.',
  '104133': '요청이 올바르지 않습니다.',
  '104139': '조회 가능한 기간을 넘었습니다.',
  '105306': '이미 처리되었거나 현재 상태에서는 할 수 없는 작업입니다. 주문 상태를 새로 고침해 확인해 주세요.',
  '105308': '직계약 상품은 물류사만 발송 처리할 수 있습니다.',
};

export function orderFailureMessage(code: string, naverMessage?: string): string {
  return (
    ORDER_CODE_MESSAGES[code] ??
    (naverMessage ? `스마트스토어: ${naverMessage}` : '스마트스토어에서 처리하지 못했습니다.')
  );
}
