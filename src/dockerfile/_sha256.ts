/**
 * SHA-256 (FIPS 180-4), synchronous and pure: no WebCrypto (asynchronous), no node:crypto, so the same code
 * runs in Node, browsers and a bare V8 context. contentHash hashes the multi-megabyte canonical JSON of a
 * layered-image build with it.
 *
 * Speed, on the lines of merge/_md5.ts: working variables and the message schedule live in locals (the
 * schedule as sixteen words updated in place), sixteen rounds are unrolled per loop iteration with the eight
 * variables renamed from round to round instead of shifted, message words are read big-endian through a
 * DataView (one load and a byte swap each), Σ0/Σ1/σ0/σ1 are nested rotations (Σ1(e) = ROTR6(ROTR5(ROTR14(e)
 * ^ e) ^ e): fewer register copies than three separate rotations), Maj reuses the a ^ b of the round before
 * (it is this round's b ^ c), and T1 adds h + W + K before Σ1(e), off the critical path. The input is not
 * copied, only its last partial block; the state and padding buffers are reused (all of this is synchronous).
 * Why sixteen rounds per iteration and not all 64: the full unrolling runs ~15% faster once optimized, but
 * V8 needs about twice as long to optimize it, and until then it runs in the interpreter, so a single hash
 * of a few megabytes in a fresh process (the CLI case) costs more than it gains.
 * Not constant-time: this is an identifier, not a secret.
 */

/** Round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** The hash value H(i) of the message being hashed. */
const H = new Int32Array(8);
/** The bytes of the last partial block, then room for the padding (at most two blocks). */
const tail = new Uint8Array(128);
const tailView = new DataView(tail.buffer);

/** Process the 64-byte blocks v[off, end) (end - off a multiple of 64) into the hash value `state`. */
function compress(state: Int32Array, v: DataView, off: number, end: number): void {
  const k = K;
  for (let o = off; o < end; o += 64) {
    // Loaded afresh for every block: on-stack-replaced code then sees Int32 values, not the interpreter's.
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    let e = state[4]!;
    let f = state[5]!;
    let g = state[6]!;
    let h = state[7]!;
    let w0 = v.getInt32(o);
    let w1 = v.getInt32(o + 4);
    let w2 = v.getInt32(o + 8);
    let w3 = v.getInt32(o + 12);
    let w4 = v.getInt32(o + 16);
    let w5 = v.getInt32(o + 20);
    let w6 = v.getInt32(o + 24);
    let w7 = v.getInt32(o + 28);
    let w8 = v.getInt32(o + 32);
    let w9 = v.getInt32(o + 36);
    let w10 = v.getInt32(o + 40);
    let w11 = v.getInt32(o + 44);
    let w12 = v.getInt32(o + 48);
    let w13 = v.getInt32(o + 52);
    let w14 = v.getInt32(o + 56);
    let w15 = v.getInt32(o + 60);
    let ab = 0;
    let bc = b ^ c;
    let x = 0;
    let y = 0;
    for (let t = 0; t < 64; t += 16) {
      if (t > 0) {
        // W[j] += σ0(W[j + 1]) + W[j + 9] + σ1(W[j + 14]) (indices mod 16), with
        // σ0(w) = ROTR7(ROTR11(w) ^ w) ^ (w >>> 3) and σ1(w) = ROTR17(ROTR2(w) ^ w) ^ (w >>> 10).
        x = ((w1 >>> 11) | (w1 << 21)) ^ w1;
        y = ((w14 >>> 2) | (w14 << 30)) ^ w14;
        w0 = (w0 + (((x >>> 7) | (x << 25)) ^ (w1 >>> 3)) + w9 + (((y >>> 17) | (y << 15)) ^ (w14 >>> 10))) | 0;
        x = ((w2 >>> 11) | (w2 << 21)) ^ w2;
        y = ((w15 >>> 2) | (w15 << 30)) ^ w15;
        w1 = (w1 + (((x >>> 7) | (x << 25)) ^ (w2 >>> 3)) + w10 + (((y >>> 17) | (y << 15)) ^ (w15 >>> 10))) | 0;
        x = ((w3 >>> 11) | (w3 << 21)) ^ w3;
        y = ((w0 >>> 2) | (w0 << 30)) ^ w0;
        w2 = (w2 + (((x >>> 7) | (x << 25)) ^ (w3 >>> 3)) + w11 + (((y >>> 17) | (y << 15)) ^ (w0 >>> 10))) | 0;
        x = ((w4 >>> 11) | (w4 << 21)) ^ w4;
        y = ((w1 >>> 2) | (w1 << 30)) ^ w1;
        w3 = (w3 + (((x >>> 7) | (x << 25)) ^ (w4 >>> 3)) + w12 + (((y >>> 17) | (y << 15)) ^ (w1 >>> 10))) | 0;
        x = ((w5 >>> 11) | (w5 << 21)) ^ w5;
        y = ((w2 >>> 2) | (w2 << 30)) ^ w2;
        w4 = (w4 + (((x >>> 7) | (x << 25)) ^ (w5 >>> 3)) + w13 + (((y >>> 17) | (y << 15)) ^ (w2 >>> 10))) | 0;
        x = ((w6 >>> 11) | (w6 << 21)) ^ w6;
        y = ((w3 >>> 2) | (w3 << 30)) ^ w3;
        w5 = (w5 + (((x >>> 7) | (x << 25)) ^ (w6 >>> 3)) + w14 + (((y >>> 17) | (y << 15)) ^ (w3 >>> 10))) | 0;
        x = ((w7 >>> 11) | (w7 << 21)) ^ w7;
        y = ((w4 >>> 2) | (w4 << 30)) ^ w4;
        w6 = (w6 + (((x >>> 7) | (x << 25)) ^ (w7 >>> 3)) + w15 + (((y >>> 17) | (y << 15)) ^ (w4 >>> 10))) | 0;
        x = ((w8 >>> 11) | (w8 << 21)) ^ w8;
        y = ((w5 >>> 2) | (w5 << 30)) ^ w5;
        w7 = (w7 + (((x >>> 7) | (x << 25)) ^ (w8 >>> 3)) + w0 + (((y >>> 17) | (y << 15)) ^ (w5 >>> 10))) | 0;
        x = ((w9 >>> 11) | (w9 << 21)) ^ w9;
        y = ((w6 >>> 2) | (w6 << 30)) ^ w6;
        w8 = (w8 + (((x >>> 7) | (x << 25)) ^ (w9 >>> 3)) + w1 + (((y >>> 17) | (y << 15)) ^ (w6 >>> 10))) | 0;
        x = ((w10 >>> 11) | (w10 << 21)) ^ w10;
        y = ((w7 >>> 2) | (w7 << 30)) ^ w7;
        w9 = (w9 + (((x >>> 7) | (x << 25)) ^ (w10 >>> 3)) + w2 + (((y >>> 17) | (y << 15)) ^ (w7 >>> 10))) | 0;
        x = ((w11 >>> 11) | (w11 << 21)) ^ w11;
        y = ((w8 >>> 2) | (w8 << 30)) ^ w8;
        w10 = (w10 + (((x >>> 7) | (x << 25)) ^ (w11 >>> 3)) + w3 + (((y >>> 17) | (y << 15)) ^ (w8 >>> 10))) | 0;
        x = ((w12 >>> 11) | (w12 << 21)) ^ w12;
        y = ((w9 >>> 2) | (w9 << 30)) ^ w9;
        w11 = (w11 + (((x >>> 7) | (x << 25)) ^ (w12 >>> 3)) + w4 + (((y >>> 17) | (y << 15)) ^ (w9 >>> 10))) | 0;
        x = ((w13 >>> 11) | (w13 << 21)) ^ w13;
        y = ((w10 >>> 2) | (w10 << 30)) ^ w10;
        w12 = (w12 + (((x >>> 7) | (x << 25)) ^ (w13 >>> 3)) + w5 + (((y >>> 17) | (y << 15)) ^ (w10 >>> 10))) | 0;
        x = ((w14 >>> 11) | (w14 << 21)) ^ w14;
        y = ((w11 >>> 2) | (w11 << 30)) ^ w11;
        w13 = (w13 + (((x >>> 7) | (x << 25)) ^ (w14 >>> 3)) + w6 + (((y >>> 17) | (y << 15)) ^ (w11 >>> 10))) | 0;
        x = ((w15 >>> 11) | (w15 << 21)) ^ w15;
        y = ((w12 >>> 2) | (w12 << 30)) ^ w12;
        w14 = (w14 + (((x >>> 7) | (x << 25)) ^ (w15 >>> 3)) + w7 + (((y >>> 17) | (y << 15)) ^ (w12 >>> 10))) | 0;
        x = ((w0 >>> 11) | (w0 << 21)) ^ w0;
        y = ((w13 >>> 2) | (w13 << 30)) ^ w13;
        w15 = (w15 + (((x >>> 7) | (x << 25)) ^ (w0 >>> 3)) + w8 + (((y >>> 17) | (y << 15)) ^ (w13 >>> 10))) | 0;
      }
      // T1 = h + W + K + Σ1(e) + Ch(e, f, g), Σ1(e) = ROTR6(ROTR5(ROTR14(e) ^ e) ^ e); d += T1;
      // h = T1 + Σ0(a) + Maj(a, b, c), Σ0(a) = ROTR2(ROTR11(ROTR9(a) ^ a) ^ a), Maj = b ^ ((a ^ b) & (b ^ c)).
      x = ((e >>> 14) | (e << 18)) ^ e;
      x = ((x >>> 5) | (x << 27)) ^ e;
      h = (h + w0 + k[t]! + ((x >>> 6) | (x << 26)) + (g ^ (e & (f ^ g)))) | 0;
      d = (d + h) | 0;
      x = ((a >>> 9) | (a << 23)) ^ a;
      x = ((x >>> 11) | (x << 21)) ^ a;
      ab = a ^ b;
      h = (h + ((x >>> 2) | (x << 30)) + (b ^ (ab & bc))) | 0;
      bc = ab;
      x = ((d >>> 14) | (d << 18)) ^ d;
      x = ((x >>> 5) | (x << 27)) ^ d;
      g = (g + w1 + k[t + 1]! + ((x >>> 6) | (x << 26)) + (f ^ (d & (e ^ f)))) | 0;
      c = (c + g) | 0;
      x = ((h >>> 9) | (h << 23)) ^ h;
      x = ((x >>> 11) | (x << 21)) ^ h;
      ab = h ^ a;
      g = (g + ((x >>> 2) | (x << 30)) + (a ^ (ab & bc))) | 0;
      bc = ab;
      x = ((c >>> 14) | (c << 18)) ^ c;
      x = ((x >>> 5) | (x << 27)) ^ c;
      f = (f + w2 + k[t + 2]! + ((x >>> 6) | (x << 26)) + (e ^ (c & (d ^ e)))) | 0;
      b = (b + f) | 0;
      x = ((g >>> 9) | (g << 23)) ^ g;
      x = ((x >>> 11) | (x << 21)) ^ g;
      ab = g ^ h;
      f = (f + ((x >>> 2) | (x << 30)) + (h ^ (ab & bc))) | 0;
      bc = ab;
      x = ((b >>> 14) | (b << 18)) ^ b;
      x = ((x >>> 5) | (x << 27)) ^ b;
      e = (e + w3 + k[t + 3]! + ((x >>> 6) | (x << 26)) + (d ^ (b & (c ^ d)))) | 0;
      a = (a + e) | 0;
      x = ((f >>> 9) | (f << 23)) ^ f;
      x = ((x >>> 11) | (x << 21)) ^ f;
      ab = f ^ g;
      e = (e + ((x >>> 2) | (x << 30)) + (g ^ (ab & bc))) | 0;
      bc = ab;
      x = ((a >>> 14) | (a << 18)) ^ a;
      x = ((x >>> 5) | (x << 27)) ^ a;
      d = (d + w4 + k[t + 4]! + ((x >>> 6) | (x << 26)) + (c ^ (a & (b ^ c)))) | 0;
      h = (h + d) | 0;
      x = ((e >>> 9) | (e << 23)) ^ e;
      x = ((x >>> 11) | (x << 21)) ^ e;
      ab = e ^ f;
      d = (d + ((x >>> 2) | (x << 30)) + (f ^ (ab & bc))) | 0;
      bc = ab;
      x = ((h >>> 14) | (h << 18)) ^ h;
      x = ((x >>> 5) | (x << 27)) ^ h;
      c = (c + w5 + k[t + 5]! + ((x >>> 6) | (x << 26)) + (b ^ (h & (a ^ b)))) | 0;
      g = (g + c) | 0;
      x = ((d >>> 9) | (d << 23)) ^ d;
      x = ((x >>> 11) | (x << 21)) ^ d;
      ab = d ^ e;
      c = (c + ((x >>> 2) | (x << 30)) + (e ^ (ab & bc))) | 0;
      bc = ab;
      x = ((g >>> 14) | (g << 18)) ^ g;
      x = ((x >>> 5) | (x << 27)) ^ g;
      b = (b + w6 + k[t + 6]! + ((x >>> 6) | (x << 26)) + (a ^ (g & (h ^ a)))) | 0;
      f = (f + b) | 0;
      x = ((c >>> 9) | (c << 23)) ^ c;
      x = ((x >>> 11) | (x << 21)) ^ c;
      ab = c ^ d;
      b = (b + ((x >>> 2) | (x << 30)) + (d ^ (ab & bc))) | 0;
      bc = ab;
      x = ((f >>> 14) | (f << 18)) ^ f;
      x = ((x >>> 5) | (x << 27)) ^ f;
      a = (a + w7 + k[t + 7]! + ((x >>> 6) | (x << 26)) + (h ^ (f & (g ^ h)))) | 0;
      e = (e + a) | 0;
      x = ((b >>> 9) | (b << 23)) ^ b;
      x = ((x >>> 11) | (x << 21)) ^ b;
      ab = b ^ c;
      a = (a + ((x >>> 2) | (x << 30)) + (c ^ (ab & bc))) | 0;
      bc = ab;
      x = ((e >>> 14) | (e << 18)) ^ e;
      x = ((x >>> 5) | (x << 27)) ^ e;
      h = (h + w8 + k[t + 8]! + ((x >>> 6) | (x << 26)) + (g ^ (e & (f ^ g)))) | 0;
      d = (d + h) | 0;
      x = ((a >>> 9) | (a << 23)) ^ a;
      x = ((x >>> 11) | (x << 21)) ^ a;
      ab = a ^ b;
      h = (h + ((x >>> 2) | (x << 30)) + (b ^ (ab & bc))) | 0;
      bc = ab;
      x = ((d >>> 14) | (d << 18)) ^ d;
      x = ((x >>> 5) | (x << 27)) ^ d;
      g = (g + w9 + k[t + 9]! + ((x >>> 6) | (x << 26)) + (f ^ (d & (e ^ f)))) | 0;
      c = (c + g) | 0;
      x = ((h >>> 9) | (h << 23)) ^ h;
      x = ((x >>> 11) | (x << 21)) ^ h;
      ab = h ^ a;
      g = (g + ((x >>> 2) | (x << 30)) + (a ^ (ab & bc))) | 0;
      bc = ab;
      x = ((c >>> 14) | (c << 18)) ^ c;
      x = ((x >>> 5) | (x << 27)) ^ c;
      f = (f + w10 + k[t + 10]! + ((x >>> 6) | (x << 26)) + (e ^ (c & (d ^ e)))) | 0;
      b = (b + f) | 0;
      x = ((g >>> 9) | (g << 23)) ^ g;
      x = ((x >>> 11) | (x << 21)) ^ g;
      ab = g ^ h;
      f = (f + ((x >>> 2) | (x << 30)) + (h ^ (ab & bc))) | 0;
      bc = ab;
      x = ((b >>> 14) | (b << 18)) ^ b;
      x = ((x >>> 5) | (x << 27)) ^ b;
      e = (e + w11 + k[t + 11]! + ((x >>> 6) | (x << 26)) + (d ^ (b & (c ^ d)))) | 0;
      a = (a + e) | 0;
      x = ((f >>> 9) | (f << 23)) ^ f;
      x = ((x >>> 11) | (x << 21)) ^ f;
      ab = f ^ g;
      e = (e + ((x >>> 2) | (x << 30)) + (g ^ (ab & bc))) | 0;
      bc = ab;
      x = ((a >>> 14) | (a << 18)) ^ a;
      x = ((x >>> 5) | (x << 27)) ^ a;
      d = (d + w12 + k[t + 12]! + ((x >>> 6) | (x << 26)) + (c ^ (a & (b ^ c)))) | 0;
      h = (h + d) | 0;
      x = ((e >>> 9) | (e << 23)) ^ e;
      x = ((x >>> 11) | (x << 21)) ^ e;
      ab = e ^ f;
      d = (d + ((x >>> 2) | (x << 30)) + (f ^ (ab & bc))) | 0;
      bc = ab;
      x = ((h >>> 14) | (h << 18)) ^ h;
      x = ((x >>> 5) | (x << 27)) ^ h;
      c = (c + w13 + k[t + 13]! + ((x >>> 6) | (x << 26)) + (b ^ (h & (a ^ b)))) | 0;
      g = (g + c) | 0;
      x = ((d >>> 9) | (d << 23)) ^ d;
      x = ((x >>> 11) | (x << 21)) ^ d;
      ab = d ^ e;
      c = (c + ((x >>> 2) | (x << 30)) + (e ^ (ab & bc))) | 0;
      bc = ab;
      x = ((g >>> 14) | (g << 18)) ^ g;
      x = ((x >>> 5) | (x << 27)) ^ g;
      b = (b + w14 + k[t + 14]! + ((x >>> 6) | (x << 26)) + (a ^ (g & (h ^ a)))) | 0;
      f = (f + b) | 0;
      x = ((c >>> 9) | (c << 23)) ^ c;
      x = ((x >>> 11) | (x << 21)) ^ c;
      ab = c ^ d;
      b = (b + ((x >>> 2) | (x << 30)) + (d ^ (ab & bc))) | 0;
      bc = ab;
      x = ((f >>> 14) | (f << 18)) ^ f;
      x = ((x >>> 5) | (x << 27)) ^ f;
      a = (a + w15 + k[t + 15]! + ((x >>> 6) | (x << 26)) + (h ^ (f & (g ^ h)))) | 0;
      e = (e + a) | 0;
      x = ((b >>> 9) | (b << 23)) ^ b;
      x = ((x >>> 11) | (x << 21)) ^ b;
      ab = b ^ c;
      a = (a + ((x >>> 2) | (x << 30)) + (c ^ (ab & bc))) | 0;
      bc = ab;
    }
    state[0] = (a + state[0]!) | 0;
    state[1] = (b + state[1]!) | 0;
    state[2] = (c + state[2]!) | 0;
    state[3] = (d + state[3]!) | 0;
    state[4] = (e + state[4]!) | 0;
    state[5] = (f + state[5]!) | 0;
    state[6] = (g + state[6]!) | 0;
    state[7] = (h + state[7]!) | 0;
  }
}

function reset(): void {
  H[0] = 0x6a09e667;
  H[1] = 0xbb67ae85 | 0;
  H[2] = 0x3c6ef372;
  H[3] = 0xa54ff53a | 0;
  H[4] = 0x510e527f;
  H[5] = 0x9b05688c | 0;
  H[6] = 0x1f83d9ab;
  H[7] = 0x5be0cd19;
}

/** Pad and process the last `total % 64` bytes of a message of `total` bytes, src[from, …). */
function finish(src: Uint8Array, from: number, total: number): void {
  const fill = total % 64;
  // A loop, not subarray + set: this runs once per hash, and short messages are common.
  for (let i = 0; i < fill; i++) tail[i] = src[from + i]!;
  tail[fill] = 0x80;
  const end = fill < 56 ? 64 : 128;
  for (let i = fill + 1; i < end - 8; i++) tail[i] = 0;
  // The length in bits as a big-endian 64-bit number (total * 8 exceeds 2^53 only past 1 PB).
  tailView.setUint32(end - 8, Math.floor(total / 0x20000000));
  tailView.setUint32(end - 4, (total % 0x20000000) * 8);
  compress(H, tailView, 0, end);
}

function digestBytes(bytes: Uint8Array): void {
  reset();
  const n = bytes.length;
  const full = n - (n % 64);
  if (full > 0) compress(H, new DataView(bytes.buffer, bytes.byteOffset, full), 0, full);
  finish(bytes, full, n);
}

const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function stateHex(): string {
  let out = '';
  for (let i = 0; i < 8; i++) {
    const x = H[i]!;
    out += BYTE_HEX[x >>> 24]! + BYTE_HEX[(x >>> 16) & 0xff]! + BYTE_HEX[(x >>> 8) & 0xff]! + BYTE_HEX[x & 0xff]!;
  }
  return out;
}

/**
 * The SHA-256 digest of `bytes` (32 bytes).
 *
 * @example
 * sha256(new Uint8Array([0x61, 0x62, 0x63])) // ba 78 16 bf … 15 ad
 */
export function sha256(bytes: Uint8Array): Uint8Array {
  digestBytes(bytes);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const x = H[i]!;
    out[4 * i] = x >>> 24;
    out[4 * i + 1] = x >>> 16;
    out[4 * i + 2] = x >>> 8;
    out[4 * i + 3] = x;
  }
  return out;
}

/**
 * The SHA-256 digest of `bytes` as 64 lowercase hex digits.
 *
 * @example
 * sha256Hex(new Uint8Array(0)) // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(bytes: Uint8Array): string {
  digestBytes(bytes);
  return stateHex();
}

interface Utf8Encoder {
  encodeInto(s: string, dest: Uint8Array): { read: number; written: number };
}
/** The runtime's TextEncoder, when it has one (the library's `lib` setting does not declare it). */
const NativeEncoder = (globalThis as { TextEncoder?: new () => Partial<Utf8Encoder> }).TextEncoder;
const nativeEncoder = NativeEncoder === undefined ? undefined : new NativeEncoder();
const native: Utf8Encoder | undefined = typeof nativeEncoder?.encodeInto === 'function' ? (nativeEncoder as Utf8Encoder) : undefined;

/** The UTF-8 of a string is hashed through this buffer, a chunk at a time: never the whole encoding at once. */
const CHUNK = 1 << 16;
let chunk: Uint8Array | undefined;
let chunkView: DataView | undefined;

/** The fill after the last encodeFallback call (its second result). */
let encoded = 0;

/**
 * Encode text[pos, …) as UTF-8 into buf[fill, …) without TextEncoder, until the text ends or fewer than
 * 4 bytes are left; returns the new pos and leaves the new fill in `encoded`. A lone surrogate becomes
 * U+FFFD, as TextEncoder writes it.
 */
function encodeFallback(text: string, pos: number, buf: Uint8Array, fill: number): number {
  const n = text.length;
  const limit = buf.length - 4;
  while (pos < n && fill <= limit) {
    let c = text.charCodeAt(pos++);
    if (c < 0x80) {
      buf[fill++] = c;
    } else if (c < 0x800) {
      buf[fill++] = 0xc0 | (c >> 6);
      buf[fill++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const lo = pos < n ? text.charCodeAt(pos) : 0;
        if (c <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
          pos++;
          c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
          buf[fill++] = 0xf0 | (c >> 18);
          buf[fill++] = 0x80 | ((c >> 12) & 0x3f);
          buf[fill++] = 0x80 | ((c >> 6) & 0x3f);
          buf[fill++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = 0xfffd;
      }
      buf[fill++] = 0xe0 | (c >> 12);
      buf[fill++] = 0x80 | ((c >> 6) & 0x3f);
      buf[fill++] = 0x80 | (c & 0x3f);
    }
  }
  encoded = fill;
  return pos;
}

/**
 * The SHA-256 digest of the UTF-8 encoding of `text`, as 64 lowercase hex digits, without materializing
 * the encoding: the text is encoded (TextEncoder.encodeInto where the runtime has it, else by hand) a chunk
 * at a time into a reused buffer and each chunk's whole blocks are hashed from there. A lone surrogate is
 * hashed as U+FFFD, as TextEncoder encodes it.
 *
 * @example
 * sha256Utf8Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Utf8Hex(text: string): string {
  if (chunk === undefined) {
    chunk = new Uint8Array(CHUNK);
    chunkView = new DataView(chunk.buffer);
  }
  const buf = chunk;
  const view = chunkView!;
  reset();
  const n = text.length;
  let pos = 0;
  let fill = 0;
  let total = 0;
  // Below some 64 characters the JavaScript encoder beats a call into the runtime's.
  const encoder = n >= 64 ? native : undefined;
  while (pos < n) {
    if (encoder !== undefined) {
      // At most 3 bytes per UTF-16 unit, so the slice fits; it never ends between the halves of a pair.
      let stop = Math.min(n, pos + Math.floor((CHUNK - fill) / 3));
      if (stop < n) {
        const last = text.charCodeAt(stop - 1);
        if (last >= 0xd800 && last <= 0xdbff) stop--;
      }
      const r = encoder.encodeInto(pos === 0 && stop === n ? text : text.slice(pos, stop), fill === 0 ? buf : buf.subarray(fill));
      pos += r.read;
      fill += r.written;
    } else {
      pos = encodeFallback(text, pos, buf, fill);
      fill = encoded;
    }
    const full = fill - (fill % 64);
    compress(H, view, 0, full);
    total += full;
    buf.copyWithin(0, full, fill);
    fill -= full;
  }
  finish(buf, 0, total + fill);
  return stateHex();
}
