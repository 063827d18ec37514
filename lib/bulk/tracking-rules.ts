import { t } from '../i18n';
import { courierName } from '../smartstore/enums';
import { SCIENTIFIC } from './cells';

/**
 * Lengths of the tracking numbers of the big domestic carriers. A number shorter than its carrier's length is
 * what Excel leaves of a number that started with 0 (it stores the cell as a number); only these carriers are
 * checked, everyone else gets the general 9–15 digit rule that SmartStore applies.
 */
export const TRACKING_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  CJGLS: [10, 12],
  HYUNDAI: [12],
  HANJIN: [10, 12],
  KGB: [11],
  EPOST: [13],
};

export type TrackingProblemCode =
  | 'missing-tracking'
  | 'tracking-scientific'
  | 'tracking-not-digits'
  | 'tracking-leading-zero'
  | 'tracking-length';

export interface TrackingProblem {
  code: TrackingProblemCode;
  message: string;
}

const textFormatTip = () =>
  t(
    '엑셀에서 송장번호 열의 셀 서식을 "텍스트"로 바꾸고 번호를 다시 넣은 뒤 저장해 주세요.',
    'In Excel, set the tracking number column\'s cell format to "Text", type the numbers again and save.',
  );

/**
 * What is wrong with a tracking number (already cleaned by `digitsOf`), for this carrier if it is known:
 * Excel's scientific notation, letters, lost leading zeros, a length the carrier never uses.
 */
export function trackingProblem(
  digits: string,
  courierCode: string | undefined,
): TrackingProblem | undefined {
  if (!digits) {
    return {
      code: 'missing-tracking',
      message: t('송장번호가 비어 있습니다.', 'The tracking number is empty.'),
    };
  }
  if (SCIENTIFIC.test(digits) || /^\d+\.\d+$/.test(digits)) {
    return {
      code: 'tracking-scientific',
      message: t(
        `엑셀이 송장번호를 지수 표기(${digits})로 바꿔 원래 번호를 알 수 없습니다. ${textFormatTip()}`,
        `Excel turned the tracking number into scientific notation (${digits}), so the original number is lost. ${textFormatTip()}`,
      ),
    };
  }
  if (!/^\d+$/.test(digits)) {
    return {
      code: 'tracking-not-digits',
      message: t(
        `송장번호는 숫자만 쓸 수 있습니다 (${digits}).`,
        `A tracking number may contain digits only (${digits}).`,
      ),
    };
  }
  const lengths = courierCode ? TRACKING_LENGTHS[courierCode] : undefined;
  if (lengths && !lengths.includes(digits.length)) {
    const name = courierName(courierCode!);
    const wanted = lengths.join(t(' 또는 ', ' or '));
    const longer = lengths.find((n) => n > digits.length && n - digits.length <= 3);
    if (longer !== undefined) {
      const padded = digits.padStart(longer, '0');
      return {
        code: 'tracking-leading-zero',
        message: t(
          `${name} 송장번호는 ${wanted}자리인데 ${digits.length}자리입니다. 엑셀이 앞자리 0을 지운 것 같습니다 (원래 번호가 ${padded}인지 확인해 주세요). ${textFormatTip()}`,
          `${name} tracking numbers have ${wanted} digits, but this one has ${digits.length}. Excel seems to have dropped leading zeros (check whether the number was ${padded}). ${textFormatTip()}`,
        ),
      };
    }
    return {
      code: 'tracking-length',
      message: t(
        `${name} 송장번호는 ${wanted}자리입니다 (지금 ${digits.length}자리). 택배사와 번호를 확인해 주세요.`,
        `${name} tracking numbers have ${wanted} digits (this one has ${digits.length}). Check the carrier and the number.`,
      ),
    };
  }
  if (digits.length < 9 || digits.length > 15) {
    return {
      code: 'tracking-length',
      message: t(
        `송장번호는 9~15자리 숫자입니다 (지금 ${digits.length}자리). 자릿수를 확인해 주세요.`,
        `A tracking number has 9 to 15 digits (this one has ${digits.length}). Check the number of digits.`,
      ),
    };
  }
  return undefined;
}
