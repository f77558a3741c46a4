// yaml.v2 sorter.go keyList.Less on string keys. Orders of whole maps are checked against Go in
// golden.test.ts ('sort' group); these tables pin the comparator itself.
import { describe, expect, it } from 'vitest';
import { keyLess, keyStringLess, runesOf, sortedKeyOrder } from '../../src/goyaml/sorter.js';

const less: ReadonlyArray<[string, string, boolean]> = [
  ['a', 'b', true],
  ['b', 'a', false],
  ['a', 'a', false],
  ['A', 'a', true], // both letters: by code point
  ['a', 'ab', true], // prefix first
  ['-', 'a', true], // non-letters before letters
  ['a', '-', false],
  ['_', 'A', true],
  ['1', 'a', true],
  ['a2', 'a10', true], // digit runs numerically
  ['a10', 'a2', false],
  ['a1', 'a01', true], // equal numbers: shorter run first
  ['a01', 'a1', false],
  ['-', '.', true], // neither letter nor digit: by code point
  ['x/', 'x0', true],
  ['é', 'z', false], // both letters: U+00E9 > 'z'
  ['日', 'a', false],
  ['😀', 'a', true], // a symbol, not a letter
  ['a٣', 'a2', false], // Arabic-Indic digit three: a digit, its value as Go computes it (rune - '0')
  ['', 'a', true],
];

describe('keyList.Less', () => {
  for (const [a, b, want] of less) {
    it(`${JSON.stringify(a)} < ${JSON.stringify(b)} is ${want}`, () => {
      expect(keyLess(runesOf(a), runesOf(b))).toBe(want);
      expect(keyStringLess(a, b)).toBe(want);
    });
  }

  it('string fast path agrees with the rune comparison on many pairs', () => {
    const atoms = ['a', 'b', 'Z', '0', '1', '9', '10', '-', '_', '.', 'é', '日', '😀', '٣', ' ', ''];
    const words: string[] = [];
    for (const x of atoms) for (const y of atoms) words.push(x + y, x + y + (x.length % 2 ? 'a' : '2'));
    for (const a of words) for (const b of words) expect(keyStringLess(a, b)).toBe(keyLess(runesOf(a), runesOf(b)));
  });

  it('int64 wrap-around of very long digit runs, as Go computes it (checked with Go)', () => {
    // 19 nines wrap around int64 to a negative value, so they sort before "1"; 20 nines wrap back positive.
    expect(keyLess(runesOf('9'.repeat(19)), runesOf('1'))).toBe(true);
    expect(keyLess(runesOf('9'.repeat(20)), runesOf('1'))).toBe(false);
  });
});

describe('sortedKeyOrder (sort.Sort over keyList)', () => {
  it('orders Ignition file keys', () => {
    const keys = ['overwrite', 'path', 'contents', 'mode', 'user', 'group', 'append'];
    expect(sortedKeyOrder(keys).map((i) => keys[i])).toEqual(['append', 'contents', 'group', 'mode', 'overwrite', 'path', 'user']);
  });
  it('orders more than 12 keys (pdqsort path) like a total order would', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${(i * 37) % 100}`);
    const sorted = sortedKeyOrder(keys).map((i) => keys[i]);
    expect(sorted).toEqual(Array.from({ length: 100 }, (_, i) => `k${i}`));
  });
  it('is deterministic for keys Less does not order consistently (Go picks by random map order)', () => {
    // "1" < "01" < "0x1F" < "1": a cycle.
    const keys = ['1', '01', '0x1F'];
    expect(keyLess(runesOf('1'), runesOf('01'))).toBe(true);
    expect(keyLess(runesOf('01'), runesOf('0x1F'))).toBe(true);
    expect(keyLess(runesOf('0x1F'), runesOf('1'))).toBe(true);
    expect(sortedKeyOrder(keys)).toEqual(sortedKeyOrder(keys.slice()));
  });
});
