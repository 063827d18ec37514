import { perLocale, t } from '../i18n';

/**
 * Typed errors of the Commerce API (reference §2.4): gateway `GW.*`, order numeric codes and product
 * `invalidInputs`, plus what happens on the way (timeouts, dropped connections, bodies that break the schema).
 * Every error keeps the HTTP status, Naver's code, message and trace ID, and carries a message in the seller's
 * language that tells the seller what to do next. No secret is ever part of an error.
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
  /** For the seller, in the seller's language: what happened and what to do. */
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

const tokenFieldMessages = perLocale(
  (): Record<string, string> => ({
    client_secret_sign: t(
      '애플리케이션 시크릿이 올바르지 않습니다. 커머스API센터에서 애플리케이션 시크릿을 다시 복사해 입력해 주세요.',
      'The application secret is incorrect. Copy the application secret from the Commerce API Center again and paste it in.',
    ),
    timestamp: t(
      '이 컴퓨터의 시계가 네이버 서버와 5분 이상 차이 납니다. 컴퓨터의 날짜와 시간을 "자동으로 설정"으로 바꾼 뒤 다시 시도해 주세요.',
      "This computer's clock is more than 5 minutes off from Naver's servers. Set the computer's date and time to update automatically, then try again.",
    ),
    account_id: t(
      'API 연동용 판매자 ID를 찾을 수 없습니다. 스마트스토어센터 > 스토어 관리 > 스토어 설정 > API 정보에서 ID를 다시 복사해 입력해 주세요.',
      'The API seller ID was not found. Copy the ID again from SmartStore Center > Store management > Store settings > API info and paste it in.',
    ),
    client_id: t(
      '애플리케이션 ID를 찾을 수 없습니다. 커머스API센터에서 애플리케이션 ID를 다시 확인해 주세요.',
      'The application ID was not found. Check the application ID in the Commerce API Center again.',
    ),
    type: t(
      '애플리케이션 종류와 연동 방식이 맞지 않습니다. 내 애플리케이션이면 "내 애플리케이션으로 연동"을 선택해 주세요.',
      'The application type does not match the link method. If it is your own application, choose "Link with my application".',
    ),
    grant_type: t(
      '토큰 요청 형식이 올바르지 않습니다. 확장 프로그램을 최신 버전으로 업데이트해 주세요.',
      'The token request format is invalid. Update the extension to the latest version.',
    ),
  }),
);

/** The seller's message for an error, by kind first and Naver's code or field second. */
export function describeCommerceError(e: CommerceErrorInit): string {
  switch (e.kind) {
    case 'token-rejected': {
      const field = e.invalidInputs?.[0]?.name;
      return (
        (field && tokenFieldMessages()[field]) ??
        t(
          '스마트스토어 인증에 실패했습니다. 연동 정보(애플리케이션 ID, 시크릿, API 연동용 판매자 ID)를 다시 확인해 주세요.',
          'SmartStore authentication failed. Check the link details (application ID, secret, API seller ID) again.',
        )
      );
    }
    case 'agency-not-selected':
      return t(
        '스마트스토어센터 > 스토어 관리 > 스토어 설정 > API 정보에서 상품 API와 주문 API의 대행사를 식스샵 프로로 선택하고 저장한 뒤 다시 시도해 주세요.',
        'In SmartStore Center > Store management > Store settings > API info, choose Sixshop Pro as the agency for the product API and the order API, save, then try again.',
      );
    case 'auth':
      return t(
        '스마트스토어 인증이 만료되었거나 거부되었습니다. 잠시 후 다시 시도하고, 계속되면 계정 연동 정보를 확인해 주세요.',
        'SmartStore authentication expired or was refused. Try again in a moment; if it keeps happening, check the account link details.',
      );
    case 'ip-not-allowed':
      return t(
        '이 네트워크의 IP가 커머스API센터 애플리케이션에 등록되어 있지 않습니다. 커머스API센터에서 호출 IP를 등록해 주세요.',
        "This network's IP address is not registered for the application. Register the calling IP in the Commerce API Center.",
      );
    case 'rate-limited':
      return t(
        '스마트스토어 요청 한도에 도달했습니다. 잠시 후 자동으로 다시 시도합니다.',
        'SmartStore request limit reached. Retrying automatically in a moment.',
      );
    case 'quota':
      return t(
        '스마트스토어 요청 할당량을 초과했습니다. 잠시 후 다시 시도해 주세요.',
        'SmartStore request quota exceeded. Try again later.',
      );
    case 'not-found':
      return t(
        '스마트스토어에서 대상을 찾을 수 없습니다. 번호를 확인하거나 스마트스토어센터에서 삭제되지 않았는지 확인해 주세요.',
        'Not found on SmartStore. Check the number, or check in SmartStore Center that it was not deleted.',
      );
    case 'validation': {
      const first = e.invalidInputs?.[0];
      if (first)
        return t(`입력값을 확인해 주세요: ${first.message}`, `Check what you entered: ${first.message}`);
      const detail = e.naverMessage ? `: ${e.naverMessage}` : '';
      return t(
        `스마트스토어가 요청을 거부했습니다${detail}. 입력값을 확인해 주세요.`,
        `SmartStore refused the request${detail}. Check what you entered.`,
      );
    }
    case 'conflict': {
      const detail = e.naverMessage ? `: ${e.naverMessage}` : '';
      return t(
        `스마트스토어의 현재 상태와 맞지 않는 요청입니다${detail}. 최신 상태를 다시 불러온 뒤 시도해 주세요.`,
        `The request does not match the current state on SmartStore${detail}. Reload the latest state, then try again.`,
      );
    }
    case 'server':
      return t(
        '스마트스토어 서버에 일시적인 문제가 있습니다. 잠시 후 다시 시도해 주세요.',
        'SmartStore servers have a temporary problem. Try again in a moment.',
      );
    case 'timeout':
      return t(
        '스마트스토어 응답이 20초 안에 오지 않았습니다. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.',
        'SmartStore did not answer within 20 seconds. Check your internet connection, then try again.',
      );
    case 'network':
      return t(
        '스마트스토어(또는 연동 서버)에 연결할 수 없습니다. 인터넷 연결과 설정의 서버 주소를 확인해 주세요.',
        'Cannot reach SmartStore (or the link server). Check your internet connection and the server address in settings.',
      );
    case 'bad-response':
      return t(
        '스마트스토어에서 예상하지 못한 응답을 받았습니다. 잠시 후 다시 시도하고, 계속되면 고객센터에 추적 ID와 함께 알려 주세요.',
        'SmartStore sent an unexpected response. Try again in a moment; if it keeps happening, tell customer support and include the trace ID.',
      );
    case 'outcome-unknown':
      return t(
        '요청을 보냈지만 결과를 확인하지 못했습니다. 스마트스토어의 현재 상태를 다시 확인한 뒤 처리합니다.',
        'The request was sent but its result could not be confirmed. The current state on SmartStore will be checked before going on.',
      );
    case 'shop-key-rejected':
      return t(
        '식스샵 프로 API 키가 올바르지 않습니다. 식스샵 프로 관리자에서 키를 다시 복사해 입력해 주세요.',
        'The Sixshop Pro API key is incorrect. Copy the key from the Sixshop Pro admin again and paste it in.',
      );
  }
}

/** Message and next step for a per-item failure of an order action (reference §2.4, order codes). */
const orderCodeMessages = perLocale(
  (): Record<string, string> => ({
    '4000': t(
      '요청 값이 올바르지 않습니다. 입력값을 확인해 주세요.',
      'The request values are invalid. Check what you entered.',
    ),
    '9999': t(
      '스마트스토어에서 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.',
      'SmartStore could not process it. Try again in a moment.',
    ),
    '100001': t(
      '스마트스토어에 없는 상품주문번호입니다. 번호를 확인해 주세요.',
      'This product order number does not exist on SmartStore. Check the number.',
    ),
    '100003': t(
      '스마트스토어에 없는 주문번호입니다. 번호를 확인해 주세요.',
      'This order number does not exist on SmartStore. Check the number.',
    ),
    '101009': t(
      '이 계정으로 처리할 권한이 없는 주문입니다. 연동한 스마트스토어 계정을 확인해 주세요.',
      'This account may not process this order. Check which SmartStore account is linked.',
    ),
    '101011': t(
      '직계약 상품은 물류사만 발주 확인할 수 있습니다.',
      'Only the logistics company can confirm orders for direct-contract products.',
    ),
    '104105': t(
      '발송 기한이 허용 범위를 벗어났습니다.',
      'The dispatch deadline is outside the allowed range.',
    ),
    '104116': t(
      '배송 없음 주문은 배송 방법을 바꿔야 합니다.',
      'Orders with no delivery need a different delivery method.',
    ),
    '104117': t('배송 방법을 바꿔야 하는 주문입니다.', 'This order needs a different delivery method.'),
    '104118': t('택배사를 선택해 주세요.', 'Choose a carrier.'),
    '104119': t(
      '택배사 코드가 올바르지 않습니다. 목록에서 택배사를 다시 선택해 주세요.',
      'The carrier code is invalid. Choose the carrier from the list again.',
    ),
    '104120': t('운송장 번호를 입력해 주세요.', 'Enter a tracking number.'),
    '104121': t(
      '이미 다른 주문에 사용된 운송장 번호입니다. 운송장 번호를 확인해 주세요.',
      'This tracking number is already used for another order. Check the tracking number.',
    ),
    '104122': t(
      '운송장 번호 형식이 올바르지 않습니다. 숫자만 정확히 입력해 주세요.',
      'The tracking number format is invalid. Enter the digits exactly.',
    ),
    '104131': t(
      '같은 상품주문번호가 중복되었습니다.',
      'The same product order number appears more than once.',
    ),
    '104133': t('요청이 올바르지 않습니다.', 'The request is invalid.'),
    '104139': t('조회 가능한 기간을 넘었습니다.', 'The period is longer than can be looked up.'),
    '105306': t(
      '이미 처리되었거나 현재 상태에서는 할 수 없는 작업입니다. 주문 상태를 새로 고침해 확인해 주세요.',
      'Already done, or not possible in the current state. Refresh the order status to check.',
    ),
    '105308': t(
      '직계약 상품은 물류사만 발송 처리할 수 있습니다.',
      'Only the logistics company can dispatch direct-contract products.',
    ),
  }),
);

export function orderFailureMessage(code: string, naverMessage?: string): string {
  return (
    orderCodeMessages()[code] ??
    (naverMessage
      ? t(`스마트스토어: ${naverMessage}`, `SmartStore: ${naverMessage}`)
      : t('스마트스토어에서 처리하지 못했습니다.', 'SmartStore could not process it.'))
  );
}
