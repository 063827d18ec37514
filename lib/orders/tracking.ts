import { courierByCode } from '../smartstore/enums';

/**
 * Tracking numbers as sellers type or paste them: spaces and dashes are dropped. What remains must be 9–15
 * digits; anything else (letters, Excel's 1.23457E+11) is refused before sending.
 */
export function normaliseTrackingNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

export function trackingNumberProblem(raw: string): string | undefined {
  const v = normaliseTrackingNumber(raw);
  if (!v) return '운송장 번호를 입력해 주세요.';
  if (/e\+?\d+$/i.test(v) || /^\d+\.\d+/.test(v)) {
    return '운송장 번호가 지수 표기(예: 1.23457E+11)로 바뀌었습니다. 엑셀에서 셀 서식을 "텍스트"로 바꾼 뒤 다시 복사해 주세요.';
  }
  if (!/^\d+$/.test(v)) return '운송장 번호는 숫자만 입력해 주세요.';
  if (v.length < 9 || v.length > 15) return '운송장 번호는 9~15자리 숫자입니다. 자릿수를 확인해 주세요.';
  return undefined;
}

export function courierProblem(code: string | undefined): string | undefined {
  if (!code) return '택배사를 선택해 주세요.';
  if (!courierByCode(code)) return '목록에 있는 택배사를 선택해 주세요.';
  return undefined;
}
