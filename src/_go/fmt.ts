/**
 * The few Go `fmt` verbs whose output reaches our messages, so that messages match MCO's byte for byte.
 * Mirrors Go 1.19 strconv/quote.go (`Quote`, `%q`) and fmt/print.go (`%v`, `%#v` of []string).
 */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const SHORT_ESCAPES: Record<string, string> = {
  '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
};

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** Go `strconv.Quote` / `%q` of a string: printable runes kept, the rest escaped. Lone surrogates are U+FFFD, as Go decodes them. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') { out += '\\' + ch; continue; }
    if (cp >= 0xd800 && cp <= 0xdfff) { out += '\ufffd'; continue; }
    if (PRINTABLE.test(ch)) { out += ch; continue; }
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (cp < 0x80) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + '"';
}

/** Go `%#v` of a `[]string`: `[]string(nil)` or `[]string{"a", "b"}`. */
export function goStringSliceLiteral(values: readonly string[] | null | undefined): string {
  if (values == null) return '[]string(nil)';
  return '[]string{' + values.map(goQuote).join(', ') + '}';
}

/** Go `%v` / `%s` of a `[]string`: `[a b]`. */
export function goStringSlice(values: readonly string[] | null | undefined): string {
  return '[' + (values ?? []).join(' ') + ']';
}

/** Go `%#o` of an int: `0644`, `0` for zero, `-012` for negatives. */
export function goOctalAlt(n: number): string {
  if (n === 0) return '0';
  return (n < 0 ? '-0' : '0') + Math.abs(n).toString(8);
}

/** Length in bytes of a string's UTF-8 encoding (Go's `len(s)`); lone surrogates count as U+FFFD (3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** Go's `a < b` on strings: byte order of the UTF-8 encodings (differs from JS `<` past the BMP). */
export function goStringLess(a: string, b: string): boolean {
  return compareGoStrings(a, b) < 0;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The code point starting at `s[i]` as Go decodes it: a surrogate pair, U+FFFD for a lone surrogate, else the unit. */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return c;
  if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) return 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00);
  return 0xfffd;
}

/**
 * Go's string comparison (`a < b`: UTF-8 byte order, which is code point order) of the strings as Go
 * holds them after decoding JSON, where a lone surrogate is U+FFFD: `'\ud800a'` sorts as `'\ufffda'`.
 */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) {
    if (a.length === b.length) return 0;
    // One is a prefix of the other in code units. The prefix is smaller, unless the rest of the longer
    // string is only what makes the two decode equal: never, since any extra unit is at least one more
    // code point (a lone high surrogate ending the shorter one is U+FFFD, below any pair it starts).
    return a.length - b.length;
  }
  if (i > 0 && isHigh(a.charCodeAt(i - 1))) {
    // The shared unit before the difference is a high surrogate: whether it pairs decides that code point.
    const ca = isLow(a.charCodeAt(i)) ? codePointAt(a, i - 1) : 0xfffd;
    const cb = isLow(b.charCodeAt(i)) ? codePointAt(b, i - 1) : 0xfffd;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca === 0xfffd) return compareFrom(a, b, i); // both lone: compare from the differing unit on
    return compareFrom(a, b, i + 1); // unreachable: two different low surrogates give different pairs
  }
  return compareFrom(a, b, i);
}

/** Code point comparison of `a[i:]` and `b[i:]` (Go's decoding), the prefixes before `i` being equal. */
function compareFrom(a: string, b: string, i: number): number {
  let j = i;
  let k = i;
  while (j < a.length && k < b.length) {
    const ca = codePointAt(a, j);
    const cb = codePointAt(b, k);
    if (ca !== cb) return ca < cb ? -1 : 1;
    j += ca >= 0x10000 ? 2 : 1;
    k += cb >= 0x10000 ? 2 : 1;
  }
  return j < a.length ? 1 : k < b.length ? -1 : 0;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A JS string as Go holds it after decoding JSON: every lone UTF-16 surrogate becomes U+FFFD. */
export function goString(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}
