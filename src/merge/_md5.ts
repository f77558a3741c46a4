/**
 * MD5 (RFC 1321) over bytes. MCO names rendered configs with MD5 (hash.go); the spec YAML it hashes
 * can be megabytes. Each round is a loop of four iterations over its four steps written out (fully unrolled
 * was 1.5 kB larger gzipped for ~7% more speed; a plain 64-step loop is 2.4× slower); the input is not
 * copied, only its last partial block.
 * Not for security: MD5 here is an identifier, as in MCO.
 */

/**
 * The constants T[i] = floor(2^32 * |sin(i)|) of RFC 1321 section 3.4, as signed 32-bit numbers.
 * Computed rather than listed: every T[i] * 2^32 lies at least 0.015 away from an integer, so any
 * `Math.sin` within 3e-12 of the true value (IEEE engines are within 1e-16) gives these exact bits;
 * `md5.test.ts` checks them against the RFC's table.
 */
export const K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32));

/** Process the 64-byte blocks m[off, end) (end - off a multiple of 64) into state (A, B, C, D). */
function compress(state: Int32Array, m: Uint8Array, off: number, end: number): void {
  const x = new Int32Array(16);
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!;
  for (let o = off; o < end; o += 64) {
    for (let i = 0; i < 16; i++) {
      const p = o + 4 * i;
      x[i] = m[p]! | (m[p + 1]! << 8) | (m[p + 2]! << 16) | (m[p + 3]! << 24);
    }
    let A = a, B = b, C = c, D = d, t = 0;
    // Round 1: F(b, c, d) = d ^ (b & (c ^ d)), message word i, shifts 7 12 17 22.
    for (let i = 0; i < 16; i += 4) {
      t = (A + (D ^ (B & (C ^ D))) + K[i]! + x[i]!) | 0; A = (((t << 7) | (t >>> 25)) + B) | 0;
      t = (D + (C ^ (A & (B ^ C))) + K[i + 1]! + x[i + 1]!) | 0; D = (((t << 12) | (t >>> 20)) + A) | 0;
      t = (C + (B ^ (D & (A ^ B))) + K[i + 2]! + x[i + 2]!) | 0; C = (((t << 17) | (t >>> 15)) + D) | 0;
      t = (B + (A ^ (C & (D ^ A))) + K[i + 3]! + x[i + 3]!) | 0; B = (((t << 22) | (t >>> 10)) + C) | 0;
    }
    // Round 2: G = c ^ (d & (b ^ c)), word (5i + 1) mod 16, shifts 5 9 14 20.
    for (let i = 16; i < 32; i += 4) {
      t = (A + (C ^ (D & (B ^ C))) + K[i]! + x[(5 * i + 1) & 15]!) | 0; A = (((t << 5) | (t >>> 27)) + B) | 0;
      t = (D + (B ^ (C & (A ^ B))) + K[i + 1]! + x[(5 * i + 6) & 15]!) | 0; D = (((t << 9) | (t >>> 23)) + A) | 0;
      t = (C + (A ^ (B & (D ^ A))) + K[i + 2]! + x[(5 * i + 11) & 15]!) | 0; C = (((t << 14) | (t >>> 18)) + D) | 0;
      t = (B + (D ^ (A & (C ^ D))) + K[i + 3]! + x[(5 * i) & 15]!) | 0; B = (((t << 20) | (t >>> 12)) + C) | 0;
    }
    // Round 3: H = b ^ c ^ d, word (3i + 5) mod 16, shifts 4 11 16 23.
    for (let i = 32; i < 48; i += 4) {
      t = (A + (B ^ C ^ D) + K[i]! + x[(3 * i + 5) & 15]!) | 0; A = (((t << 4) | (t >>> 28)) + B) | 0;
      t = (D + (A ^ B ^ C) + K[i + 1]! + x[(3 * i + 8) & 15]!) | 0; D = (((t << 11) | (t >>> 21)) + A) | 0;
      t = (C + (D ^ A ^ B) + K[i + 2]! + x[(3 * i + 11) & 15]!) | 0; C = (((t << 16) | (t >>> 16)) + D) | 0;
      t = (B + (C ^ D ^ A) + K[i + 3]! + x[(3 * i + 14) & 15]!) | 0; B = (((t << 23) | (t >>> 9)) + C) | 0;
    }
    // Round 4: I = c ^ (b | ~d), word 7i mod 16, shifts 6 10 15 21.
    for (let i = 48; i < 64; i += 4) {
      t = (A + (C ^ (B | ~D)) + K[i]! + x[(7 * i) & 15]!) | 0; A = (((t << 6) | (t >>> 26)) + B) | 0;
      t = (D + (B ^ (A | ~C)) + K[i + 1]! + x[(7 * i + 7) & 15]!) | 0; D = (((t << 10) | (t >>> 22)) + A) | 0;
      t = (C + (A ^ (D | ~B)) + K[i + 2]! + x[(7 * i + 14) & 15]!) | 0; C = (((t << 15) | (t >>> 17)) + D) | 0;
      t = (B + (D ^ (C | ~A)) + K[i + 3]! + x[(7 * i + 21) & 15]!) | 0; B = (((t << 21) | (t >>> 11)) + C) | 0;
    }
    a = (a + A) | 0; b = (b + B) | 0; c = (c + C) | 0; d = (d + D) | 0;
  }
  state[0] = a; state[1] = b; state[2] = c; state[3] = d;
}
/**
 * The MD5 digest of the concatenation of `parts` (16 bytes).
 *
 * @example
 * md5(new TextEncoder().encode('abc')) // 90 01 50 98 3c d2 4f b0 d6 96 3f 7d 28 e1 7f 72
 */
export function md5(...parts: readonly Uint8Array[]): Uint8Array {
  const state = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  // The bytes of an unfinished block, then room for the padding (at most two blocks).
  const tail = new Uint8Array(128);
  let fill = 0;
  let total = 0;
  for (const p of parts) {
    const n = p.length;
    total += n;
    let i = 0;
    if (fill > 0) {
      i = Math.min(64 - fill, n);
      tail.set(p.subarray(0, i), fill);
      fill += i;
      if (fill < 64) continue;
      compress(state, tail, 0, 64);
      fill = 0;
    }
    const full = i + (n - i - ((n - i) % 64));
    if (full > i) compress(state, p, i, full);
    tail.set(p.subarray(full), 0);
    fill = n - full;
  }
  // Padding: 0x80, zeros up to 56 mod 64, the length in bits as a little-endian 64-bit number.
  tail.fill(0, fill);
  tail[fill] = 0x80;
  const end = fill < 56 ? 64 : 128;
  const lo = (total % 0x20000000) * 8;
  const hi = Math.floor(total / 0x20000000);
  for (let k = 0; k < 4; k++) {
    tail[end - 8 + k] = (lo >>> (8 * k)) & 0xff;
    tail[end - 4 + k] = (hi >>> (8 * k)) & 0xff;
  }
  compress(state, tail, 0, end);
  const out = new Uint8Array(16);
  for (let k = 0; k < 16; k++) out[k] = (state[k >> 2]! >>> (8 * (k & 3))) & 0xff;
  return out;
}
