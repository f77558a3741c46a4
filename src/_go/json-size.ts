/**
 * `len(json.Marshal(v))` for a JSON-shaped JavaScript value, without building the text.
 * Mirrors Go 1.19 encoding/json encode.go `encodeState.string` (escapeHTML = true, as json.Marshal):
 * `"` `\` `\n` `\r` `\t` get two-byte escapes, other control characters `\u00XX`, `<` `>` `&` and
 * U+2028/U+2029 `\uXXXX`; a lone UTF-16 surrogate counts as U+FFFD (3 bytes), as Go holds such a
 * string after decoding JSON. Numbers are written as JSON.stringify writes them (the integers and
 * floats we emit print the same in Go). Undefined object members are skipped, as JSON.stringify does.
 */

const NEEDS_SCAN = /[^\x20-\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7f]/;

/** Bytes of a JSON string literal, quotes included, as Go's encoder writes it. */
export function goJsonStringSize(s: string): number {
  // Fast path (most strings: data URLs, paths, names): printable ASCII with nothing to escape.
  if (!NEEDS_SCAN.test(s)) return s.length + 2;
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += c === 0x0a || c === 0x0d || c === 0x09 ? 2 : 6;
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c === 0x3c || c === 0x3e || c === 0x26) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c === 0x2028 || c === 0x2029) n += 6;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of the compact JSON Go's `json.Marshal` writes for `value` (objects, arrays, strings, numbers, booleans, null). */
export function goJsonSize(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return goJsonStringSize(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let n = 2 + Math.max(0, value.length - 1);
        for (const v of value) n += v === undefined ? 4 : goJsonSize(v);
        return n;
      }
      let n = 2;
      let members = 0;
      for (const k of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[k];
        if (v === undefined) continue;
        n += goJsonStringSize(k) + 1 + goJsonSize(v);
        members++;
      }
      return n + Math.max(0, members - 1);
    }
    default:
      return 0;
  }
}
