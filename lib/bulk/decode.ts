import { t } from '../i18n';

/**
 * The text of an uploaded sheet. Korean Excel saves "CSV (쉼표로 분리)" and "텍스트 (탭으로 분리)" in CP949
 * (EUC-KR plus Microsoft's extension), "CSV UTF-8" with a BOM, and "유니코드 텍스트" in UTF-16LE with a BOM;
 * other tools save UTF-8 without a BOM. Strict UTF-8 is tried first: CP949 bytes of Korean text are almost
 * never valid UTF-8, while UTF-8 decoded as CP949 would silently turn into garbage.
 */
export type SheetEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp949';

export interface DecodedSheet {
  text: string;
  encoding: SheetEncoding;
  bom: boolean;
}

/** How the page names an encoding to the seller. */
export function encodingLabel(encoding: SheetEncoding): string {
  switch (encoding) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-16le':
      return t('UTF-16 (유니코드 텍스트)', 'UTF-16 (Unicode text)');
    case 'utf-16be':
      return 'UTF-16';
    case 'cp949':
      return t('CP949 (EUC-KR, 엑셀 기본)', 'CP949 (EUC-KR, Korean Excel default)');
  }
}

export function decodeSheet(bytes: Uint8Array): DecodedSheet {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // The WHATWG "euc-kr" decoder is Windows-949 (CP949): it reads every Hangul syllable Excel writes.
    return { text: new TextDecoder('euc-kr').decode(bytes), encoding: 'cp949', bom: false };
  }
}
