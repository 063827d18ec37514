/**
 * Blowfish's initial state: the P-array (18 words) followed by the four S-boxes (4 × 256 words), which
 * together are the first 1042 × 32 bits of the fractional part of pi. They are computed on first use rather
 * than shipped: 4 kB of pi digits do not compress, while computing them takes a few milliseconds, once per
 * worker lifetime.
 */

/** P-array and S-box words in one array, in the order Blowfish defines them: P[0..17], S0, S1, S2, S3. */
export const BLOWFISH_WORDS = 18 + 4 * 256;

/** Extra bits of pi, so the rounding errors of the series, the root and the division stay below the words. */
const GUARD_BITS = 64n;
const FRACTION_BITS = BigInt(BLOWFISH_WORDS * 32);
const BITS = FRACTION_BITS + GUARD_BITS;

/** In the Chudnovsky series, the denominator of term k is that of term k − 1 times k³ · 640320³ / 24. */
const C3_OVER_24 = 640320n ** 3n / 24n;

/**
 * Binary splitting of the Chudnovsky series over terms [a, b): returns [P, Q, T] with T / Q the sum of those
 * terms and P the product of their numerator factors. Whole products are built bottom-up so the big
 * multiplications happen few times, on balanced operands (much faster than term-by-term fixed-point sums).
 */
function split(a: number, b: number): [bigint, bigint, bigint] {
  if (b - a === 1) {
    if (a === 0) return [1n, 1n, 13591409n];
    const k = BigInt(a);
    const p = -(6n * k - 5n) * (2n * k - 1n) * (6n * k - 1n);
    return [p, k * k * k * C3_OVER_24, p * (13591409n + 545140134n * k)];
  }
  const m = (a + b) >> 1;
  // indexing rather than destructuring: this runs once, mostly before the JIT, where destructuring is slow
  const left = split(a, m);
  const right = split(m, b);
  return [left[0] * right[0], left[1] * right[1], left[2] * right[1] + left[0] * right[2]];
}

/** floor(sqrt(n)): Newton's method from above, seeded with the root of n's upper half (precision doubles). */
function isqrt(n: bigint): bigint {
  if (n < 1n << 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  const shift = BigInt(n.toString(16).length); // about a quarter of n's bit length
  let x = (isqrt(n >> (2n * shift)) + 1n) << shift;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** pi × 2^BITS (truncated), by the Chudnovsky formula pi = 426880 √10005 · Q / T. */
function piFixedPoint(): bigint {
  // each term adds log2(640320³ / 1728) ≈ 47.11 bits
  const terms = Math.ceil(Number(BITS) / 47.11) + 1;
  const [, q, t] = split(0, terms);
  return (426880n * isqrt(10005n << (2n * BITS)) * q) / t;
}

let initial: Int32Array | undefined;

/** The initial P-array and S-boxes (computed once, then shared: callers must copy before changing them). */
export function blowfishInitialState(): Int32Array {
  if (!initial) {
    // the hex digits of pi: "3" then the fraction, whose first 8336 digits are the 1042 words
    const hex = (piFixedPoint() >> GUARD_BITS).toString(16);
    const words = new Int32Array(BLOWFISH_WORDS);
    for (let i = 0; i < BLOWFISH_WORDS; i++) words[i] = Number.parseInt(hex.slice(1 + i * 8, 9 + i * 8), 16);
    initial = words;
  }
  return initial;
}
