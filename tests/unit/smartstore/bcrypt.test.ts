import { createHash } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { bcryptHash } from '../../../lib/smartstore/bcrypt';
import { BLOWFISH_WORDS, blowfishInitialState } from '../../../lib/smartstore/blowfish-pi';

const ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A seeded PRNG (mulberry32), so a failing case can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Code points from 1 to 4 UTF-8 bytes long: ASCII, Latin-1, Hangul, emoji (a surrogate pair in JS). */
const CHAR_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0xac00, 0xd7a3],
  [0x1f600, 0x1f64f],
];

function randomPassword(next: () => number): string {
  const length = Math.floor(next() * 60);
  let out = '';
  for (let i = 0; i < length; i++) {
    // mostly ASCII, like client IDs, with the other ranges mixed in
    const [lo, hi] = CHAR_RANGES[next() < 0.55 ? 0 : 1 + Math.floor(next() * 3)]!;
    out += String.fromCodePoint(lo + Math.floor(next() * (hi - lo + 1)));
  }
  return out;
}

/** Any 22 alphabet characters, so the last one often carries stray low bits (a non-canonical salt). */
function randomSalt(next: () => number, minor: string, cost: number): string {
  let chars = '';
  for (let i = 0; i < 22; i++) chars += ALPHABET[Math.floor(next() * 64)];
  return `$2${minor}$${String(cost).padStart(2, '0')}$${chars}`;
}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

describe('Blowfish initial state computed from pi', () => {
  const words = blowfishInitialState();
  const hex = (i: number) => (words[i]! >>> 0).toString(16).padStart(8, '0');

  it('has the P-array and S-box words Blowfish publishes', () => {
    expect(words).toHaveLength(BLOWFISH_WORDS);
    expect(hex(0)).toBe('243f6a88'); // P[0]
    expect(hex(1)).toBe('85a308d3'); // P[1]
    expect(hex(17)).toBe('8979fb1b'); // P[17]
    expect(hex(18)).toBe('d1310ba6'); // S0[0]
    expect(hex(18 + 255)).toBe('6e85076a'); // S0[255]
    expect(hex(18 + 256)).toBe('4b7a70e9'); // S1[0]
    expect(hex(18 + 512)).toBe('e93d5a68'); // S2[0]
    expect(hex(18 + 768)).toBe('3a39ce37'); // S3[0]
    expect(hex(BLOWFISH_WORDS - 1)).toBe('3ac372e6'); // S3[255]
  });

  it('matches the published table word for word (SHA-256 of its 4,168 big-endian bytes)', () => {
    const bytes = Buffer.alloc(words.length * 4);
    words.forEach((w, i) => {
      bytes.writeInt32BE(w, i * 4);
    });
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      'b5643208907b11b20e499a42187dc921f9579d28dadfccbe69a5ce232a55952f',
    );
  });

  it('is computed once and not changed by hashing', () => {
    const before = Int32Array.from(words);
    bcryptHash('password', '$2b$04$abcdefghijklmnopqrstuu');
    expect(blowfishInitialState()).toBe(words);
    expect(blowfishInitialState()).toEqual(before);
  });
});

describe('bcryptHash', () => {
  it('equals bcryptjs for 240 random passwords and salts at cost 4', () => {
    const next = random(0x5eed);
    const minors = ['a', 'b', 'y'];
    const mismatches: { password: string; salt: string }[] = [];
    let nonAscii = 0;
    let over72 = 0;
    let nonCanonical = 0;
    for (let i = 0; i < 240; i++) {
      const password = randomPassword(next);
      const salt = randomSalt(next, minors[i % 3]!, 4);
      const expected = bcrypt.hashSync(password, salt);
      if (bcryptHash(password, salt) !== expected) mismatches.push({ password, salt });
      if (/[^\x20-\x7e]/.test(password)) nonAscii++;
      if (utf8Length(password) > 72) over72++;
      if (expected.slice(0, 29) !== salt) nonCanonical++;
    }
    expect(mismatches).toEqual([]);
    // the random cases really cover what they are meant to
    expect(nonAscii).toBeGreaterThan(100);
    expect(over72).toBeGreaterThan(40);
    expect(nonCanonical).toBeGreaterThan(100);
  });

  it('equals bcryptjs at the edges of the 72-byte limit', () => {
    const salt = '$2a$04$XRkBhFNBXdNClAqPoDs.Iu';
    // 70–73 bytes of ASCII, and a 3-byte character straddling byte 72
    for (const password of [
      '',
      'a'.repeat(70),
      'a'.repeat(71),
      'a'.repeat(72),
      'a'.repeat(73),
      `${'a'.repeat(70)}한`,
    ]) {
      expect(bcryptHash(password, salt)).toBe(bcrypt.hashSync(password, salt));
    }
  });

  it('ignores bytes past the 72nd, and counts the trailing NUL within them', () => {
    const salt = '$2b$04$XRkBhFNBXdNClAqPoDs.Iu';
    expect(bcryptHash('a'.repeat(72), salt)).toBe(bcryptHash(`${'a'.repeat(72)}tail`, salt));
    // 71 bytes + NUL and 72 bytes differ only in the last byte
    expect(bcryptHash('a'.repeat(71), salt)).not.toBe(bcryptHash('a'.repeat(72), salt));
  });

  it('keeps the prefix and is 60 characters long', () => {
    for (const minor of ['a', 'b', 'y']) {
      const hash = bcryptHash('client_1700000000000', `$2${minor}$05$XRkBhFNBXdNClAqPoDs.Iu`);
      expect(hash).toMatch(new RegExp(`^\\$2${minor}\\$05\\$XRkBhFNBXdNClAqPoDs\\.Iu[./A-Za-z0-9]{31}$`));
    }
  });

  it('reproduces the official Commerce API vector at cost 10, with the non-canonical salt normalised', () => {
    const expected = '$2a$10$abcdefghijklmnopqrstuuBVWYJN6OEOtLu8V4p41kb.NzUiA3nk2';
    expect(bcryptHash('aaaabbbbcccc_1643961623299', '$2a$10$abcdefghijklmnopqrstuv')).toBe(expected);
    expect(bcrypt.hashSync('aaaabbbbcccc_1643961623299', '$2a$10$abcdefghijklmnopqrstuv')).toBe(expected);
  });

  it('equals bcryptjs at cost 10 with a non-ASCII password', () => {
    const salt = '$2b$10$N9qo8uLOickgx2ZMRZoMye';
    const password = '스마트스토어_p@ss_😀';
    expect(bcryptHash(password, salt)).toBe(bcrypt.hashSync(password, salt));
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'not-a-salt'],
    ['an unknown version', '$2x$04$XRkBhFNBXdNClAqPoDs.Iu'],
    ['the old $2$ version', '$2$04$XRkBhFNBXdNClAqPoDs.Iu'],
    ['another algorithm', '$1$04$XRkBhFNBXdNClAqPoDs.Iu'],
    ['a one-digit cost', '$2a$4$XRkBhFNBXdNClAqPoDs.Iu'],
    ['a cost below 04', '$2a$03$XRkBhFNBXdNClAqPoDs.Iu'],
    ['a cost above 31', '$2a$32$XRkBhFNBXdNClAqPoDs.Iu'],
    ['21 salt characters', '$2a$04$XRkBhFNBXdNClAqPoDs.I'],
    ['23 salt characters', '$2a$04$XRkBhFNBXdNClAqPoDs.Iuu'],
    ['a character outside the alphabet', '$2a$04$XRkBhFNBXdNClAqPoDs+Iu'],
    ['surrounding whitespace', ' $2a$04$XRkBhFNBXdNClAqPoDs.Iu\n'],
    ['a whole hash', '$2a$04$XRkBhFNBXdNClAqPoDs.IuBVWYJN6OEOtLu8V4p41kb.NzUiA3nk2'],
  ])('rejects %s, without repeating the salt', (_name, salt) => {
    let error: unknown;
    try {
      bcryptHash('password', salt);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Invalid bcrypt salt/);
    expect((error as Error).message).not.toContain('RkBhFN');
  });
});
