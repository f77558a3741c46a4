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

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * Go's string comparison (`a < b`: UTF-8 byte order, which is code point order) of the strings as Go
 * holds them after decoding JSON, where a lone surrogate is U+FFFD: `'\ud800a'` sorts as `'\ufffda'`.
 * The sign of the result is what counts. (`wellFormed`, for the recursion: both have no lone surrogates.)
 */
export function compareGoStrings(a: string, b: string, wellFormed = false): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // One is a prefix of the other in code units: the prefix is smaller, also as Go sees them (any extra
  // unit is one more code point; a lone high surrogate ending the shorter one is U+FFFD, below any pair).
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  // Past the common prefix, code units order as code points unless a surrogate is involved.
  if (!isSurrogate(x) && !isSurrogate(y) && !(i > 0 && isSurrogate(a.charCodeAt(i - 1)))) return x - y;
  if (!wellFormed) return compareGoStrings(goString(a), goString(b), true);
  // Well-formed: a pair's code point is above every BMP one; after a shared high surrogate, the low ones order the pairs.
  return a.codePointAt(i)! - b.codePointAt(i)!;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A JS string as Go holds it after decoding JSON: every lone UTF-16 surrogate becomes U+FFFD. */
export function goString(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}
