/**
 * Byte fixtures for files as Korean Excel saves them. TextEncoder only writes UTF-8, so a CP949 encoder is
 * built once from the platform's own CP949 decoder (every two-byte code decoded, then inverted).
 */
let table: Map<string, [number, number]> | undefined;

/**
 * Syllables of Microsoft's CP949 extension (outside EUC-KR's 2,350). Chromium's WHATWG "euc-kr" decoder reads
 * them; Node's ICU decoder does not, so their bytes are written out here (checked in Chromium).
 */
export const CP949_EXTENSION: Readonly<Record<string, [number, number]>> = {
  똠: [0x8c, 0x63],
  햏: [0xc1, 0x64],
  뷁: [0x94, 0xee],
};

/** Whether this runtime's TextDecoder reads the CP949 extension (Chromium: yes; Node with ICU: no). */
export const READS_CP949_EXTENSION = new TextDecoder('euc-kr').decode(new Uint8Array([0x8c, 0x63])) === '똠';

function cp949Table(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const dec = new TextDecoder('euc-kr');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

export function cp949(text: string): Uint8Array {
  const t = cp949Table();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = CP949_EXTENSION[ch] ?? t.get(ch);
      if (!pair) throw new Error(`no CP949 code for ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}
