// Mirrors Go 1.19 encoding/json Marshal (encode.go encodeState.string, floatEncoder) for JSON data: the
// text ghodss/yaml.Marshal hands to yaml.Unmarshal. Only needed to reproduce go-yaml's decode errors
// (which depend on character positions in this text); the normal path never builds it.

import { RenderError } from '../errors.js';

const HEX = '0123456789abcdef';

/** Replace lone UTF-16 surrogates by U+FFFD, as Go does for strings that are not valid UTF-8. */
export function toWellFormed(s: string): string {
  let out: string | undefined;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    out = (out ?? '') + s.slice(last, i) + '\ufffd';
    last = i + 1;
  }
  return out === undefined ? s : out + s.slice(last);
}

/** encodeState.string with escapeHTML: the quoted JSON form of s (s already well-formed). */
export function goJsonQuote(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c !== 0x3c && c !== 0x3e && c !== 0x26) continue;
      if (c === 0x5c || c === 0x22) esc = '\\' + String.fromCharCode(c);
      else if (c === 0x0a) esc = '\\n';
      else if (c === 0x0d) esc = '\\r';
      else if (c === 0x09) esc = '\\t';
      else esc = '\\u00' + HEX[c >> 4]! + HEX[c & 0xf]!;
    } else if (c === 0x2028 || c === 0x2029) {
      esc = c === 0x2028 ? '\\u2028' : '\\u2029';
    } else {
      continue;
    }
    out += s.slice(start, i) + esc;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

/** The error json.Marshal reports for a value JSON cannot hold, or undefined. */
export function jsonUnsupported(value: unknown): string | undefined {
  switch (typeof value) {
    case 'number':
      if (Number.isFinite(value)) return undefined;
      return `json: unsupported value: ${Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf'}`;
    case 'string':
    case 'boolean':
      return undefined;
    case 'object':
      return undefined;
    default:
      return `json: unsupported type: ${typeof value}`;
  }
}

/** Own enumerable keys of a JSON object, skipping properties whose value is undefined (as JSON.stringify). */
export function jsonObjectKeys(obj: object): string[] {
  const keys: string[] = [];
  for (const k of Object.keys(obj)) {
    if ((obj as Record<string, unknown>)[k] !== undefined) keys.push(k);
  }
  return keys;
}

/**
 * json.Marshal(value) for JSON data (objects keep their key order, as JSON.parse produced it from Go's
 * output). Iterative, so that absurdly deep input cannot overflow the call stack.
 */
export function goJsonText(value: unknown): string {
  const parts: string[] = [];
  type Frame = { readonly items: readonly unknown[]; readonly keys: readonly string[] | undefined; next: number };
  const stack: Frame[] = [];
  let current: unknown = value;
  for (;;) {
    // Write `current`.
    if (current === null || current === undefined) {
      parts.push('null');
    } else if (typeof current === 'string') {
      parts.push(goJsonQuote(toWellFormed(current)));
    } else if (typeof current === 'number') {
      const bad = jsonUnsupported(current);
      if (bad) throw new RenderError('INVALID_INPUT', 'merge', `error marshaling into JSON: ${bad}`);
      // Go's float encoding ('f' for 1e-6 <= |x| < 1e21, else 'e' without a leading exponent zero) is
      // ECMAScript's Number::toString for every finite double.
      parts.push(String(current));
    } else if (typeof current === 'boolean') {
      parts.push(current ? 'true' : 'false');
    } else if (Array.isArray(current)) {
      parts.push('[');
      stack.push({ items: current, keys: undefined, next: 0 });
    } else if (typeof current === 'object') {
      const keys = jsonObjectKeys(current);
      parts.push('{');
      stack.push({ items: keys.map((k) => (current as Record<string, unknown>)[k]), keys, next: 0 });
    } else {
      throw new RenderError('INVALID_INPUT', 'merge', `error marshaling into JSON: ${jsonUnsupported(current)}`);
    }
    // Find the next value to write, closing finished containers.
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) return parts.join('');
      if (top.next < top.items.length) {
        if (top.next > 0) parts.push(',');
        if (top.keys) parts.push(goJsonQuote(toWellFormed(top.keys[top.next]!)), ':');
        current = top.items[top.next++];
        break;
      }
      parts.push(top.keys ? '}' : ']');
      stack.pop();
    }
  }
}
