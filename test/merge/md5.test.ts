import { md5 as nobleMd5 } from '@noble/hashes/legacy';
import { describe, expect, it } from 'vitest';
import { md5 } from '../../src/merge/_md5.js';

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
  it('agrees with @noble/hashes on every length around the block boundaries', () => {
    let seed = 1;
    for (let len = 0; len < 300; len++) {
      const data = new Uint8Array(len);
      for (let i = 0; i < len; i++) data[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      expect(hex(md5(data)), `length ${len}`).toBe(hex(nobleMd5(data)));
    }
  });
});
