/**
 * Go's JSON text for an already-shaped value: compact like `json.Marshal`, or indented like
 * `json.MarshalIndent`.
 *
 * Mirrors github.com/clarketm/json v1.17.1 encode.go `encodeState.string` (a copy of Go 1.12's
 * encoding/json, the same escaping as Go 1.19's encoding/json): `"` and `\` escaped, `\n` `\r` `\t`
 * short, other bytes < 0x20 as `\u00XX` (lowercase hex; `\b` and `\f` too), `<` `>` `&` as
 * `\u003c` `\u003e` `\u0026` (HTML escaping is on for Marshal), U+2028/U+2029 as `\u2028`/`\u2029`,
 * DEL and everything else written as is. Indentation mirrors Go 1.19 encoding/json indent.go `Indent`:
 * empty objects and arrays stay `{}`/`[]`, `": "` after keys, the prefix starts every line but the first.
 *
 * Deviation by necessity: our strings are UTF-16. A lone surrogate cannot come from valid UTF-8; it comes
 * from a JSON `\udXXX` escape, which Go's decoder turns into U+FFFD before any re-encoding, so it is
 * written as the character U+FFFD (not the `\ufffd` escape Go uses for invalid UTF-8 bytes).
 * Object keys are written in insertion order; callers pass objects whose keys are not integer-like.
 */

import { RenderError } from '../errors.js';

export type GoJsonValue = string | number | boolean | null | readonly GoJsonValue[] | { readonly [key: string]: GoJsonValue };

const NEEDS_ESCAPE = /["\\<>&\u0000-\u001f\u2028\u2029\ud800-\udfff]/;
const HEX = '0123456789abcdef';

/**
 * Go `encodeState.string(s, escapeHTML=true)`, quotes included.
 *
 * @example
 * goJsonString('a<b>\b\u2028') // '"a\\u003cb\\u003e\\u0008\\u2028"'
 */
export function goJsonString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x3c || c === 0x3e || c === 0x26) {
      if (c === 0x22) rep = '\\"';
      else if (c === 0x5c) rep = '\\\\';
      else if (c === 0x0a) rep = '\\n';
      else if (c === 0x0d) rep = '\\r';
      else if (c === 0x09) rep = '\\t';
      else rep = '\\u00' + HEX[c >> 4]! + HEX[c & 0xf]!;
    } else if (c === 0x2028 || c === 0x2029) {
      rep = '\\u202' + HEX[c & 0xf]!;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++; // a valid pair: written as is
        continue;
      }
      rep = '\ufffd';
    }
    if (rep === undefined) continue;
    out += s.slice(start, i) + rep;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

/**
 * Go `strconv.AppendInt` of an integer-valued number (a RenderError for anything else).
 *
 * @example
 * goJsonInt(2 ** 60) // '1152921504606846976'
 */
export function goJsonInt(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(n).toString();
  throw new RenderError('INVALID_INPUT', 'merge', `json: cannot write ${String(n)} as a Go int`);
}

/**
 * Go `json.Indent` over compact JSON text (what `json.MarshalIndent` does after `Marshal`): every element
 * of a non-empty object or array on its own line, `prefix` + `indent` × depth, `": "` after keys, and no
 * prefix before the first line.
 *
 * @example
 * indentGoJson('{"a":[],"b":[1]}', '', '  ') // '{\n  "a": [],\n  "b": [\n    1\n  ]\n}'
 */
export function indentGoJson(compact: string, prefix: string, indent: string): string {
  let out = '';
  let depth = 0;
  let needIndent = false;
  let inString = false;
  let start = 0;
  const newline = (d: number): string => '\n' + prefix + indent.repeat(d);
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    const isClose = c === 0x7d || c === 0x5d;
    if (needIndent && !isClose) {
      out += compact.slice(start, i) + newline(++depth);
      start = i;
      needIndent = false;
    }
    switch (c) {
      case 0x22: // "
        inString = true;
        break;
      case 0x7b: // {
      case 0x5b: // [
        needIndent = true; // delayed, so that empty objects and arrays stay {} and []
        break;
      case 0x2c: // ,
        out += compact.slice(start, i + 1) + newline(depth);
        start = i + 1;
        break;
      case 0x3a: // :
        out += compact.slice(start, i + 1) + ' ';
        start = i + 1;
        break;
      case 0x7d: // }
      case 0x5d: // ]
        if (needIndent) needIndent = false;
        else {
          out += compact.slice(start, i) + newline(--depth);
          start = i;
        }
        break;
    }
  }
  return out + compact.slice(start);
}

/**
 * Writes a plain JSON value as Go's `json.Marshal` does for the same data (keys in insertion order),
 * or `json.MarshalIndent` when `indent` is given.
 *
 * @example
 * writeGoJson({ a: '<b>', c: [1, 2] }) // '{"a":"\\u003cb\\u003e","c":[1,2]}'
 * writeGoJson({ a: {}, b: [1] }, { prefix: '', indent: '  ' }) // '{\n  "a": {},\n  "b": [\n    1\n  ]\n}'
 */
export function writeGoJson(value: GoJsonValue, indent?: { prefix: string; indent: string }): string {
  const compact = writeCompact(value);
  return indent === undefined ? compact : indentGoJson(compact, indent.prefix, indent.indent);
}

function writeCompact(value: GoJsonValue): string {
  if (typeof value === 'string') return goJsonString(value);
  if (typeof value === 'number') return goJsonInt(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + writeCompact(value[i] as GoJsonValue);
    return out + ']';
  }
  let out = '{';
  let first = true;
  const obj = value as { readonly [key: string]: GoJsonValue };
  for (const k in obj) {
    if (!Object.hasOwn(obj, k)) continue;
    out += (first ? '' : ',') + goJsonString(k) + ':' + writeCompact(obj[k] as GoJsonValue);
    first = false;
  }
  return out + '}';
}

/**
 * Where JSON.stringify's text differs from Go's for the same value: `<` `>` `&` and U+2028/U+2029 (Go
 * escapes them), the `\b` and `\f` escapes (Go writes `\u0008`, `\u000c`), and lone surrogates
 * (JSON.stringify escapes them; Go holds U+FFFD). Escapes are matched whole, so the `b` of an
 * escaped backslash followed by `b` is not taken for `\b`.
 */
const STRINGIFY_VS_GO = /\\(?:u[0-9a-f]{4}|.)|[<>&\u2028\u2029]/g;
const TO_GO: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
  '\\b': '\\u0008',
  '\\f': '\\u000c',
};
const NEEDS_GO_FIXUP = /[<>&\u2028\u2029]|\\[bf]|\\ud[89a-f]/;

/**
 * Go's compact JSON text of a value whose numbers are integers and whose object keys are plain ASCII
 * names (not integer-like), as JSON.stringify writes it but with Go's escaping: the runtime's
 * serializer does the walk and most of the escaping, one pass over its output the rest. Same text
 * as writeGoJson, faster on megabytes.
 *
 * @example
 * goJsonTextOf({ a: '<\b\ud800' }) // '{"a":"\\u003c\\u0008\ufffd"}'
 */
export function goJsonTextOf(value: GoJsonValue): string {
  const text = JSON.stringify(value);
  if (!NEEDS_GO_FIXUP.test(text)) return text;
  return text.replace(STRINGIFY_VS_GO, (m) => {
    const go = TO_GO[m];
    if (go !== undefined) return go;
    // \udXXX: JSON.stringify escapes only lone surrogates.
    return m.length === 6 && m.charCodeAt(2) === 0x64 && m.charCodeAt(3) >= 0x38 ? '\ufffd' : m;
  });
}
