// Mirrors gopkg.in/yaml.v2@v2.4.0 sorter.go keyList.Less for string keys (the only keys JSON has), and
// mapv's sort.Sort(keyList) over them. Letters sort after non-letters and by code point; digit runs compare
// numerically ("a2" < "a10"), with Go's int64 wrap-around for absurdly long runs.
// Go sorts the keys in map iteration order, which is random. Where Less orders a key set consistently,
// every sort algorithm gives the same result. Where it does not (a cycle such as "1" < "01" < "0x1F" < "1"),
// Go's output is random; ours is deterministic, from input order, and the same on every engine.
// Golden cases: test/goyaml/sorter.test.ts (produced by Go with yaml.v2 v2.4.0).

import { isGoDigit, isGoLetter } from './unicode-tables.js';

/** Code points of a string (Go's []rune of a well-formed one). */
export const runesOf = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);

/** The digit run of `r` starting at `i`, accumulated as Go does: an = an*10 + int64(r - '0'), wrapping. */
function digitRun(r: readonly number[], i: number, start: bigint): { value: bigint; end: number } {
  let v = start;
  let end = i;
  for (; end < r.length && isGoDigit(r[end]!); end++) {
    v = BigInt.asIntN(64, v * 10n + BigInt(r[end]! - 0x30));
  }
  return { value: v, end };
}

/** keyList.Less(a, b) for two string keys given as runes. */
export function keyLess(ar: readonly number[], br: readonly number[]): boolean {
  const n = Math.min(ar.length, br.length);
  for (let i = 0; i < n; i++) {
    const a = ar[i]!;
    const b = br[i]!;
    if (a === b) continue;
    const al = isGoLetter(a);
    const bl = isGoLetter(b);
    if (al && bl) return a < b;
    if (al || bl) return bl;
    let start = 0n;
    if (a === 0x30 || b === 0x30) {
      for (let j = i - 1; j >= 0 && isGoDigit(ar[j]!); j--) {
        if (ar[j] !== 0x30) {
          start = 1n;
          break;
        }
      }
    }
    const an = digitRun(ar, i, start);
    const bn = digitRun(br, i, start);
    if (an.value !== bn.value) return an.value < bn.value;
    if (an.end !== bn.end) return an.end < bn.end;
    return a < b;
  }
  return ar.length < br.length;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * keyList.Less on strings. Fast path: where the first difference is between two ASCII characters of which
 * one is a letter, Less is decided right there (all earlier runes are equal); otherwise compare runes.
 */
export function keyStringLess(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) {
    // One is a prefix of the other: fewer runes first (a proper prefix has fewer code points).
    return a.length < b.length;
  }
  const ca = a.charCodeAt(i);
  const cb = b.charCodeAt(i);
  if (ca < 0x80 && cb < 0x80) {
    const al = isAsciiLetter(ca);
    const bl = isAsciiLetter(cb);
    if (al && bl) return ca < cb;
    if (al !== bl) return bl;
  }
  return keyLess(runesOf(a), runesOf(b));
}

/** The permutation that sorts `keys` as yaml.v2's mapv does (sort.Sort(keyList)). */
export function sortedKeyOrder(keys: readonly string[]): number[] {
  let src = keys.map((_, i) => i);
  const n = src.length;
  // A bottom-up merge sort written out, not Array.prototype.sort: for a comparator that is not
  // consistent, the language leaves sort's result to the engine; this gives the same one everywhere.
  let dst = src.slice();
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = keyStringLess(keys[src[j]!]!, keys[src[i]!]!) ? src[j++]! : src[i++]!;
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
  }
  return src;
}
