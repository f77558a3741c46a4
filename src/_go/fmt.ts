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

export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 order equals UTF-8 byte order except that surrogates (astral code points) sort above U+E000–U+FFFF.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
