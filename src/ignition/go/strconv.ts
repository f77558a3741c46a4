/**
 * The pieces of Go's strconv that reach Ignition's messages and checks.
 *
 * Mirrors go1.19 strconv/quote.go (`Quote`, `Unquote` for double-quoted strings) and atoi.go
 * (`ParseInt(s, 10, 64)`). `Quote` is the library's shared one (src/_go/fmt.ts).
 */

/** strconv.Quote (also fmt's `%q` of a string). */
export { goQuote as quote } from '../../_go/fmt.js';

const DEC = /^[+-]?[0-9]+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** strconv.ParseInt(s, 10, 64); null on any error (syntax or range). */
export function parseInt64(s: string): bigint | null {
  if (!DEC.test(s)) return null;
  const n = BigInt(s);
  return n < INT64_MIN || n > INT64_MAX ? null : n;
}

const isOct = (c: string): boolean => c >= '0' && c <= '7';
const isHexDigit = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);

/**
 * strconv.Unquote for a double-quoted Go string literal: the decoded string, or null for
 * `invalid syntax`.
 */
export function unquoteDouble(s: string): string | null {
  if (s.length < 2 || s[0] !== '"' || s[s.length - 1] !== '"') return null;
  const body = s.slice(1, -1);
  if (body.includes('\n')) return null;
  if (!body.includes('\\') && !body.includes('"')) return body;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c === '"') return null;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return null;
    i += 2;
    switch (e) {
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '"': out += '"'; break;
      case 'x': case 'u': case 'U': {
        const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = body.slice(i, i + n);
        if (hex.length !== n || ![...hex].every(isHexDigit)) return null;
        i += n;
        const v = parseInt(hex, 16);
        if (e === 'x') {
          // A byte; alone it is not valid UTF-8 when >= 0x80, and Go keeps the raw byte.
          out += String.fromCharCode(v);
        } else {
          if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return null;
          out += String.fromCodePoint(v);
        }
        break;
      }
      default: {
        if (!isOct(e)) return null;
        const oct = body.slice(i - 1, i + 2);
        if (oct.length !== 3 || ![...oct].every(isOct)) return null;
        const v = parseInt(oct, 8);
        if (v > 255) return null;
        i += 2;
        out += String.fromCharCode(v);
      }
    }
  }
  return out;
}
