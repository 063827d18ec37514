import { BLOWFISH_WORDS, blowfishInitialState } from './blowfish-pi';

/**
 * bcrypt with a given salt, as the Commerce API signature needs (reference §1.3): the app secret is the
 * salt. Same output as bcryptjs's `hashSync(password, salt)`: `$2a$`, `$2b$` and `$2y$` are hashed the same
 * way, the password as UTF-8 plus a trailing NUL, cut at 72 bytes. (A lone surrogate, which is not valid
 * UTF-16, is encoded as U+FFFD by TextEncoder; bcryptjs would encode it as is. Client IDs are ASCII.)
 */

/** bcrypt's base64 alphabet (not the standard one's order). */
const ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `$2a$`/`$2b$`/`$2y$`, a two-digit cost, then 22 salt characters, and nothing else. */
const SALT = /^\$2([aby])\$(\d\d)\$([./A-Za-z0-9]{22})$/;

/** "OrpheanBeholderScryDoubt": the plaintext bcrypt encrypts 64 times with the derived key. */
const MAGIC = 'OrpheanBeholderScryDoubt';

/**
 * Hashes `password` with the bcrypt salt string `salt` (`$2b$10$` + 22 characters) and returns the
 * 60-character hash. The salt is re-encoded in the output, so a salt whose last character has stray low bits
 * comes back normalised (as every bcrypt does). Throws on a malformed salt or a cost outside 04–31; the
 * message never repeats the salt, which is a secret.
 */
export function bcryptHash(password: string, salt: string): string {
  const match = SALT.exec(salt);
  if (!match) {
    throw new Error(
      'Invalid bcrypt salt: expected $2a$, $2b$ or $2y$, a two-digit cost, $ and 22 characters',
    );
  }
  const [, minor = '', costDigits = '', saltChars = ''] = match;
  const cost = Number(costDigits);
  if (cost < 4 || cost > 31) throw new Error('Invalid bcrypt salt: the cost must be between 04 and 31');

  const saltBytes = decodeBase64(saltChars, 16);
  const passwordBytes = new TextEncoder().encode(password);
  // the trailing NUL is the zero byte after the password, unless 72 bytes cut it off
  const key = new Uint8Array(Math.min(passwordBytes.length + 1, 72));
  key.set(passwordBytes.subarray(0, 72));

  const hash = eksBlowfish(cost, key, saltBytes);
  // bcrypt keeps 23 of the 24 bytes
  return `$2${minor}$${costDigits}$${encodeBase64(saltBytes)}${encodeBase64(hash.subarray(0, 23))}`;
}

/** The expensive key setup, then 64 encryptions of the magic text; returns its 24 bytes. */
function eksBlowfish(cost: number, key: Uint8Array, salt: Uint8Array): Uint8Array {
  const state = blowfishInitialState().slice();
  const keyWords = streamWords(key, 18);
  // the salt serves both as the running block's mask (its first 4 words) and, later, as a second key
  const saltWords = streamWords(salt, 18);
  const noSalt = new Int32Array(4);
  expandKey(state, keyWords, saltWords);
  for (let i = 2 ** cost; i > 0; i--) {
    expandKey(state, keyWords, noSalt);
    expandKey(state, saltWords, noSalt);
  }

  const text = streamWords(new TextEncoder().encode(MAGIC), 6);
  for (let i = 0; i < 64; i++) for (let j = 0; j < 6; j += 2) encipher(state, text, j);
  const out = new Uint8Array(24);
  for (let i = 0; i < 24; i++) out[i] = text[i >> 2]! >>> (24 - 8 * (i & 3));
  return out;
}

/**
 * Blowfish's key schedule with bcrypt's salt: XOR the key into P, then encrypt a running block (XORed with
 * the salt's first four words in turn) and write each result over the next two words of P and the S-boxes.
 */
function expandKey(state: Int32Array, keyWords: Int32Array, saltWords: Int32Array): void {
  for (let i = 0; i < 18; i++) state[i]! ^= keyWords[i]!;
  const block = new Int32Array(2);
  for (let i = 0; i < BLOWFISH_WORDS; i += 2) {
    block[0]! ^= saltWords[i & 2]!;
    block[1]! ^= saltWords[(i & 2) + 1]!;
    encipher(state, block, 0);
    state[i] = block[0]!;
    state[i + 1] = block[1]!;
  }
}

/** Encrypts the 64-bit block at `data[offset]`, `data[offset + 1]` in place (16 Feistel rounds). */
function encipher(state: Int32Array, data: Int32Array, offset: number): void {
  let left = data[offset]! ^ state[0]!;
  let right = data[offset + 1]!;
  for (let i = 1; i < 17; i += 2) {
    right ^= round(state, left) ^ state[i]!;
    left ^= round(state, right) ^ state[i + 1]!;
  }
  data[offset] = right ^ state[17]!;
  data[offset + 1] = left;
}

/** Blowfish's F: the four S-boxes (at 18, 274, 530 and 786 in `state`) looked up by the bytes of `x`. */
function round(state: Int32Array, x: number): number {
  return (
    ((state[18 + (x >>> 24)]! + state[274 + ((x >>> 16) & 255)]!) ^ state[530 + ((x >>> 8) & 255)]!) +
    state[786 + (x & 255)]!
  );
}

/** `count` big-endian words read from `bytes` cyclically, as Blowfish's key schedule reads its key. */
function streamWords(bytes: Uint8Array, count: number): Int32Array {
  const words = new Int32Array(count);
  for (let i = 0; i < count * 4; i++) words[i >> 2] = (words[i >> 2]! << 8) | bytes[i % bytes.length]!;
  return words;
}

/** bcrypt's base64: 6 bits per character, most significant first, no padding. */
function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const byte of bytes) {
    acc = ((acc << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET[(acc >> bits) & 63];
    }
  }
  if (bits > 0) out += ALPHABET[(acc << (6 - bits)) & 63];
  return out;
}

/** The first `length` bytes the characters encode; bits left over at the end are dropped. */
function decodeBase64(chars: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const ch of chars) {
    acc = ((acc << 6) | ALPHABET.indexOf(ch)) & 0xffff;
    bits += 6;
    if (bits >= 8 && n < length) {
      bits -= 8;
      out[n++] = acc >> bits;
    }
  }
  return out;
}
