import { md5 as nobleMd5 } from '@noble/hashes/legacy';
import { describe, expect, it } from 'vitest';
import { K, md5 } from '../../src/merge/_md5.js';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('md5', () => {
  // RFC 1321 appendix A.5 test suite.
  const rfc: Array<[string, string]> = [
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
    ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
  ];
  it.each(rfc)('md5(%j)', (input, digest) => {
    expect(hex(md5(utf8(input)))).toBe(digest);
  });
  // RFC 1321 section 3.4's table, as printed there (unsigned); K is computed from Math.sin.
  const RFC_T = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
  ];
  it('computes the 64 sine constants of RFC 1321 exactly', () => {
    expect([...K].map((k) => k >>> 0)).toEqual(RFC_T);
  });
  it('agrees with @noble/hashes on every length around the block boundaries', () => {
    let seed = 1;
    for (let len = 0; len < 300; len++) {
      const data = new Uint8Array(len);
      for (let i = 0; i < len; i++) data[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      expect(hex(md5(data)), `length ${len}`).toBe(hex(nobleMd5(data)));
    }
  });
  it('agrees with @noble/hashes on a 1 MB input', () => {
    const data = new Uint8Array(1 << 20);
    for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 27;
    expect(hex(md5(data))).toBe(hex(nobleMd5(data)));
  });
  // md5(a, b, …) is the digest of the concatenation, wherever the parts split the 64-byte blocks.
  const whole = new Uint8Array(300).map((_, i) => (i * 37 + 11) & 0xff);
  const splits: Array<[string, number[]]> = [
    ['no parts', []],
    ['one empty part', [0]],
    ['80 + rest (the salt)', [80]],
    ['1 + 63 + 64 + rest', [1, 64, 128]],
    ['empty parts around 64', [0, 64, 64, 64]],
    ['63 + 2 + rest', [63, 65]],
    ['every 7 bytes', Array.from({ length: 42 }, (_, k) => 7 * (k + 1))],
    ['56', [56]],
  ];
  it.each(splits)('md5 of parts split at %s', (_name, cuts) => {
    const bounds = [0, ...cuts, whole.length];
    const parts = bounds.slice(1).map((end, k) => whole.subarray(bounds[k], end));
    const expected = cuts.length === 0 ? nobleMd5(new Uint8Array(0)) : nobleMd5(whole);
    expect(hex(md5(...(cuts.length === 0 ? [] : parts)))).toBe(hex(expected));
  });
  it('md5 of two parts equals md5 of their concatenation for lengths around the padding limit', () => {
    for (const len of [55, 56, 57, 63, 64, 65, 119, 120, 121, 127, 128, 129]) {
      const data = whole.subarray(0, len);
      for (const cut of [0, 1, len >> 1, len - 1, len]) {
        expect(hex(md5(data.subarray(0, cut), data.subarray(cut))), `length ${len} cut ${cut}`).toBe(hex(nobleMd5(data)));
      }
    }
  });
});
