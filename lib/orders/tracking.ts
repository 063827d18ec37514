import { t } from '../i18n';
import { courierByCode } from '../smartstore/codes';

/**
 * Tracking numbers as sellers type or paste them: spaces and dashes are dropped. What remains must be 9–15
 * digits; anything else (letters, Excel's 1.23457E+11) is refused before sending.
 */
export function normaliseTrackingNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

export function trackingNumberProblem(raw: string): string | undefined {
  const v = normaliseTrackingNumber(raw);
  if (!v) return t('운송장 번호를 입력해 주세요.', 'Enter a tracking number.');
  if (/e\+?\d+$/i.test(v) || /^\d+\.\d+/.test(v)) {
    return t(
      '운송장 번호가 지수 표기(예: 1.23457E+11)로 바뀌었습니다. 엑셀에서 셀 서식을 "텍스트"로 바꾼 뒤 다시 복사해 주세요.',
      'The tracking number was turned into exponent notation (e.g. 1.23457E+11). In Excel, set the cell format to "Text", then copy it again.',
    );
  }
  if (!/^\d+$/.test(v))
    return t('운송장 번호는 숫자만 입력해 주세요.', 'Tracking numbers contain digits only.');
  if (v.length < 9 || v.length > 15) {
    return t(
      '운송장 번호는 9~15자리 숫자입니다. 자릿수를 확인해 주세요.',
      'Tracking numbers are 9–15 digits long. Check the number of digits.',
    );
  }
  return undefined;
}

export function courierProblem(code: string | undefined): string | undefined {
  if (!code) return t('택배사를 선택해 주세요.', 'Choose a carrier.');
  if (!courierByCode(code))
    return t('목록에 있는 택배사를 선택해 주세요.', 'Choose a carrier from the list.');
  return undefined;
}
