import { LIMITS } from '../../../lib/smartstore/limits';
import { verifyClientSecretSign } from '../../../lib/smartstore/signature';
import type { EmulatorContext } from './context';
import { GW, type InvalidInput, productBadRequest, productError, unsupportedMediaType } from './errors';
import { headerValue, type IncomingCall, mediaType, normalizeIp } from './http';
import type { ApiGroup, AppRecord, SellerRecord } from './state';
import type { TokenRecord, TokenType } from './tokens';

const FORM = 'application/x-www-form-urlencoded';
const TOKEN_FIELDS = ['client_id', 'timestamp', 'client_secret_sign', 'grant_type', 'type'] as const;

function tokenBadRequest(input: InvalidInput, extra: InvalidInput[] = []) {
  return productBadRequest(input.message, [input, ...extra]);
}

/**
 * `POST {base}/v1/oauth2/token` (reference §1.2–§1.4, §5).
 * Strict readings: the parameters must come as a form body (a query string or JSON answers 415; UNCONFIRMED,
 * reference §1.2); SELF only on /external for own-store apps and SELLER only on /partner for agency apps
 * (AG-140, AG-603); the app's IP allow-list also guards the token endpoint (UNCONFIRMED: the reference only
 * says the gateway checks it).
 */
export function handleTokenRequest(ctx: EmulatorContext, call: IncomingCall) {
  if (call.rawSearch.length > 0) {
    throw unsupportedMediaType(
      '토큰 발급 파라미터는 application/x-www-form-urlencoded 요청 본문으로 전달해야 합니다.',
    );
  }
  if (mediaType(call.headers) !== FORM) {
    throw unsupportedMediaType(`지원하지 않는 Content-Type 입니다. ${FORM} 형식으로 요청해 주세요.`);
  }
  const form = new URLSearchParams(call.body.toString('utf8'));
  const field = (name: string) => {
    const v = form.get(name);
    return v === null || v.trim() === '' ? undefined : v.trim();
  };
  call.log.clientId = field('client_id');
  call.log.accountId = field('account_id');

  const missing = TOKEN_FIELDS.filter((name) => field(name) === undefined).map<InvalidInput>((name) => ({
    name,
    type: 'NotNull',
    message: `${name}은(는) 필수 값입니다.`,
  }));
  const [firstMissing, ...otherMissing] = missing;
  if (firstMissing) throw tokenBadRequest(firstMissing, otherMissing);

  const clientId = field('client_id') ?? '';
  const timestampText = field('timestamp') ?? '';
  const sign = field('client_secret_sign') ?? '';
  const type = field('type') ?? '';

  if (field('grant_type') !== 'client_credentials') {
    throw tokenBadRequest({
      name: 'grant_type',
      type: 'Invalid',
      message: 'grant_type은 client_credentials 이어야 합니다.',
    });
  }
  const app = ctx.state.apps.get(clientId);
  if (!app) {
    throw tokenBadRequest({
      name: 'client_id',
      type: 'NotFound',
      message: '등록되지 않은 애플리케이션입니다.',
    });
  }
  checkIp(app, call);

  const now = ctx.clock.now();
  if (!/^\d{1,16}$/.test(timestampText)) {
    throw tokenBadRequest({
      name: 'timestamp',
      type: 'Invalid',
      message: 'timestamp는 밀리초 단위의 숫자여야 합니다.',
    });
  }
  const timestamp = Number(timestampText);
  if (Math.abs(now - timestamp) > LIMITS.timestampToleranceMs) {
    throw tokenBadRequest({
      name: 'timestamp',
      type: 'Expired',
      message: 'timestamp가 유효하지 않습니다. 현재 시각 기준 5분 이내의 밀리초 값이어야 합니다.',
    });
  }
  if (!verifyClientSecretSign(clientId, app.clientSecret, timestamp, sign)) {
    throw tokenBadRequest({
      name: 'client_secret_sign',
      type: 'Invalid',
      message: '유효하지 않은 client_secret_sign 입니다.',
    });
  }

  if (type !== 'SELF' && type !== 'SELLER') {
    throw tokenBadRequest({
      name: 'type',
      type: 'Invalid',
      message: 'type은 SELF 또는 SELLER 이어야 합니다.',
    });
  }
  const allowed: TokenType | undefined =
    call.base === 'external' && app.kind === 'SELF'
      ? 'SELF'
      : call.base === 'partner' && app.kind === 'AGENCY'
        ? 'SELLER'
        : undefined;
  if (type !== allowed) {
    throw tokenBadRequest({
      name: 'type',
      type: 'Invalid',
      message: allowed
        ? `이 애플리케이션은 type=${allowed} 로만 토큰을 발급받을 수 있습니다.`
        : `이 애플리케이션은 ${call.base === 'external' ? 'external' : 'partner'} 경로에서 토큰을 발급받을 수 없습니다.`,
    });
  }

  let seller: SellerRecord | undefined;
  if (type === 'SELF') {
    seller = app.sellerAccountId ? ctx.state.sellers.get(app.sellerAccountId) : undefined;
    if (!seller) throw productError(403, 'FORBIDDEN', '애플리케이션에 연결된 판매자가 없습니다.');
  } else {
    const accountId = field('account_id');
    if (!accountId) {
      throw tokenBadRequest({
        name: 'account_id',
        type: 'NotFound',
        message: 'type이 SELLER인 경우 account_id는 필수 값입니다.',
      });
    }
    seller = ctx.state.sellerByAccount(accountId);
    if (!seller) {
      throw tokenBadRequest({ name: 'account_id', type: 'NotFound', message: '존재하지 않는 판매자입니다.' });
    }
    // UNCONFIRMED: the code and text Naver returns when a seller has not chosen this agency are unknown.
    if (seller.agency.product !== app.clientId && seller.agency.order !== app.clientId) {
      throw productError(403, 'FORBIDDEN', '판매자가 해당 API 대행사를 선택하지 않았습니다.');
    }
  }
  call.log.accountId = seller.accountId;

  const record = ctx.tokens.issue(app.clientId, call.base, type, seller.accountId, now);
  // A reused token reports its remaining lifetime (UNCONFIRMED: the docs only show a fresh 10800).
  const expiresIn = Math.floor((record.expiresAt - now) / 1000);
  return { access_token: record.accessToken, expires_in: expiresIn, token_type: 'Bearer' };
}

export interface AuthContext {
  token: TokenRecord;
  app: AppRecord;
  seller: SellerRecord;
}

/** Bearer token → app and seller, then the app's IP allow-list (reference §1.5). */
export function authenticate(ctx: EmulatorContext, call: IncomingCall): AuthContext {
  const header = headerValue(call.headers, 'authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const token = match?.[1] ? ctx.tokens.lookup(match[1], call.base, ctx.clock.now()) : undefined;
  const app = token ? ctx.state.apps.get(token.clientId) : undefined;
  const seller = token ? ctx.state.sellers.get(token.sellerAccountId) : undefined;
  if (!token || !app || !seller) throw GW.authn();
  call.log.clientId = app.clientId;
  call.log.accountId = seller.accountId;
  checkIp(app, call);
  return { token, app, seller };
}

/**
 * Agency tokens act only in the API groups the seller assigned to that agency (reference §5). The seller-info
 * group follows either assignment. UNCONFIRMED: the exact code and text of this refusal.
 */
export function checkApiGroup(auth: AuthContext, group: ApiGroup): void {
  if (auth.token.type === 'SELF') return;
  const { agency } = auth.seller;
  const clientId = auth.app.clientId;
  const ok =
    group === 'product'
      ? agency.product === clientId
      : group === 'order'
        ? agency.order === clientId
        : agency.product === clientId || agency.order === clientId;
  if (!ok) {
    const label = group === 'product' ? '상품' : group === 'order' ? '주문' : '판매자 정보';
    throw productError(
      403,
      'FORBIDDEN',
      `판매자가 해당 API 대행사에 부여한 ${label} API 그룹 권한이 없습니다.`,
    );
  }
}

function checkIp(app: AppRecord, call: IncomingCall): void {
  if (app.ipAllowList === null) return;
  if (!app.ipAllowList.map(normalizeIp).includes(call.remoteAddress)) throw GW.ipNotAllowed();
}
