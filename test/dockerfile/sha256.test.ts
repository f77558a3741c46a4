// src/dockerfile/_sha256.ts against FIPS 180-4 / NIST example vectors and node:crypto, on every length around
// the block boundaries, on large and offset inputs, through the UTF-8 path (with and without TextEncoder,
// across its chunk boundaries), and as fast-check properties. contentHash is checked to hash exactly its
// canonical JSON.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sha256, sha256Hex, sha256Utf8Hex } from '../../src/dockerfile/_sha256.js';
import { canonicalBuildJson, contentHash } from '../../src/dockerfile/content-hash.js';
import { prng } from '../_support/prng.js';

/** `FC_SEED` (an integer) or a fixed default, as in test/hardening, so runs are reproducible. */
const SEED = (() => {
  const raw = process.env['FC_SEED'];
  const n = raw === undefined || raw === '' ? 0x5eed_2024 : Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be an integer, got ${raw}`);
  return n;
})();

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const nodeHex = (b: Uint8Array | string) => createHash('sha256').update(typeof b === 'string' ? Buffer.from(b, 'utf8') : b).digest('hex');
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

function randomBytes(n: number, seed: number): Uint8Array {
  const r = prng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (r() * 256) | 0;
  return out;
}
/** Mostly ASCII, with 2-, 3- and 4-byte UTF-8 sequences (surrogate pairs) mixed in. */
function randomText(n: number, seed: number): string {
  const r = prng(seed);
  const pieces = ['a', 'b', '{', '"', '\n', '\\', '\u00e9', '\u00ff', '\u07ff', '\u0800', '\u65e5', '\uffff', '\ud83d\ude00', '\ud800\udc00', '\udbff\udfff'];
  let s = '';
  while (s.length < n) s += r() < 0.7 ? String.fromCharCode(32 + ((r() * 95) | 0)) : pieces[(r() * pieces.length) | 0]!;
  return s;
}

describe('sha256: FIPS 180-4 / NIST CSRC examples', () => {
  const vectors: Array<[string, string, string]> = [
    ['empty', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['448 bits', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      '896 bits',
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ["one million 'a'", 'a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ];
  it.each(vectors)('%s', (_name, message, digest) => {
    expect(sha256Hex(ascii(message))).toBe(digest);
    expect(hex(sha256(ascii(message)))).toBe(digest);
    expect(sha256Utf8Hex(message)).toBe(digest);
  });
  it('returns a fresh 32-byte array each call', () => {
    const a = sha256(ascii('abc'));
    const b = sha256(ascii('abc'));
    expect(a).toHaveLength(32);
    expect(a).not.toBe(b);
    b[0] = 0;
    expect(hex(a)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('sha256 agrees with node:crypto', () => {
  it('on every length 0..300 (bytes, hex, and an unaligned view into a larger buffer)', () => {
    const pool = randomBytes(400, SEED);
    for (let len = 0; len <= 300; len++) {
      const data = pool.slice(0, len);
      const expected = nodeHex(data);
      expect(sha256Hex(data), `length ${len}`).toBe(expected);
      expect(hex(sha256(data)), `length ${len}`).toBe(expected);
      const view = pool.subarray(7 + (len % 5), 7 + (len % 5) + len);
      expect(sha256Hex(view), `view length ${len}`).toBe(nodeHex(view));
    }
  });
  it('on every text length 0..300, ASCII and not (the UTF-8 path, under and over its native-encoder threshold)', () => {
    const text = randomText(400, SEED + 1);
    for (let len = 0; len <= 300; len++) {
      const a = 'x'.repeat(len);
      expect(sha256Utf8Hex(a), `ascii length ${len}`).toBe(nodeHex(a));
      let s = text.slice(0, len);
      if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
      expect(sha256Utf8Hex(s), `text length ${s.length}`).toBe(nodeHex(s));
    }
  });
  const sizes: Array<[string, number]> = [
    ['64 KiB', 65_536],
    ['1 MB + 13', 1_000_013],
    ['4 MiB - 1', 4 * 1024 * 1024 - 1],
  ];
  it.each(sizes)('on %s of random bytes', (_name, n) => {
    const data = randomBytes(n, SEED + n);
    expect(sha256Hex(data)).toBe(nodeHex(data));
    expect(hex(sha256(data.subarray(3)))).toBe(nodeHex(data.subarray(3)));
  });
  const texts: Array<[string, number]> = [
    ['70,000', 70_000],
    ['300,001', 300_001],
  ];
  it.each(texts)('on %s characters of random text (many encoder chunks)', (_name, n) => {
    const s = randomText(n, SEED + n);
    expect(sha256Utf8Hex(s)).toBe(nodeHex(s));
  });
  it('when a surrogate pair straddles an encoder chunk boundary', () => {
    // The first chunk takes 65536 / 3 = 21845 UTF-16 units; put a pair's halves on either side of that, and near it.
    for (let d = -3; d <= 3; d++) {
      const s = 'x'.repeat(21_844 + d) + '\ud83d\ude00' + '\u65e5'.repeat(30_000) + '\ud83d\ude00'.repeat(20_000);
      expect(sha256Utf8Hex(s), `offset ${d}`).toBe(nodeHex(s));
    }
  });
  it('hashes a lone surrogate as U+FFFD, as TextEncoder and Buffer encode it', () => {
    for (const s of ['\ud800', 'a\udc00b', '\udbff', 'x'.repeat(100) + '\ud800' + 'y'.repeat(100), '\ud800'.repeat(30_000)]) {
      expect(sha256Utf8Hex(s)).toBe(nodeHex(s));
      expect(sha256Utf8Hex(s)).toBe(sha256Hex(new TextEncoder().encode(s)));
    }
  });
});

describe('sha256 properties (fast-check, seeded)', () => {
  const params = { seed: SEED, numRuns: 300 };
  it(`bytes: same digest as node:crypto (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), fc.nat(16), (data, cut) => {
        const expected = nodeHex(data);
        expect(sha256Hex(data)).toBe(expected);
        expect(hex(sha256(data.subarray(Math.min(cut, data.length))))).toBe(nodeHex(data.subarray(Math.min(cut, data.length))));
      }),
      params,
    );
  });
  it(`strings: sha256Utf8Hex(s) is the digest of Buffer.from(s, 'utf8') (seed ${SEED})`, () => {
    const unit = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('a', ' ', '"', '\n') },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ unit, maxLength: 600 })), (s) => {
        expect(sha256Utf8Hex(s)).toBe(nodeHex(s));
      }),
      params,
    );
  });
  it(`contentHash is the digest of the UTF-8 of canonicalBuildJson (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 300 }), { maxKeys: 5 }), (containerfile, context) => {
        const build = { containerfile, context };
        expect(contentHash(build)).toBe('sha256:' + nodeHex(canonicalBuildJson(build)));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('sha256Utf8Hex without TextEncoder (the bare-V8 bundle)', () => {
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });
  it('gives the same digests with its own encoder', async () => {
    vi.stubGlobal('TextEncoder', undefined);
    vi.resetModules();
    const bare = await import('../../src/dockerfile/_sha256.js');
    expect(bare.sha256Utf8Hex).not.toBe(sha256Utf8Hex);
    const samples = [
      '',
      'abc',
      '\u00e9\u65e5\ud83d\ude00',
      '\ud800',
      'a\udc00b\udbff',
      'x'.repeat(65_533) + '\ud83d\ude00' + 'y'.repeat(10),
      'x'.repeat(65_534) + '\u65e5'.repeat(3),
      randomText(200_000, SEED + 7),
    ];
    for (const s of samples) expect(bare.sha256Utf8Hex(s), `length ${s.length}`).toBe(nodeHex(s));
    expect(bare.sha256Hex(ascii('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
