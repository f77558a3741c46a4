// Mirrors Go 1.19 encoding/json Marshal (encode.go encodeState.string, floatEncoder) for JSON data: the
// text ghodss/yaml.Marshal hands to yaml.Unmarshal. Only needed to reproduce go-yaml's decode errors
// (which depend on character positions in this text); the normal path never builds it.

import { goString } from '../_go/fmt.js';
import { RenderError } from '../errors.js';

/**
 * encodeState.string with escapeHTML: the quoted JSON form of s (s already well-formed). That is
 * JSON.stringify's, with \b and \f written as \u0008 and \u000c, and <, >, &, U+2028, U+2029 escaped too.
 */
export const goJsonQuote = (s: string): string =>
  JSON.stringify(s).replace(/\\[^u]|[<>&\u2028\u2029]/g, (m) => {
    if (m.length > 1) return m === '\\b' ? '\\u0008' : m === '\\f' ? '\\u000c' : m;
    return '\\u' + m.charCodeAt(0).toString(16).padStart(4, '0');
  });

/** The error json.Marshal reports for a value JSON cannot hold: a non-finite number, or no JSON type. */
export const jsonUnsupported = (value: unknown): string =>
  typeof value === 'number'
    ? `json: unsupported value: ${value !== value ? 'NaN' : value > 0 ? '+Inf' : '-Inf'}`
    : `json: unsupported type: ${typeof value}`;

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
      parts.push(goJsonQuote(goString(current)));
    } else if (typeof current === 'number') {
      if (!Number.isFinite(current)) {
        throw new RenderError('INVALID_INPUT', 'merge', `error marshaling into JSON: ${jsonUnsupported(current)}`);
      }
      // Go's float encoding ('f' for 1e-6 <= |x| < 1e21, else 'e' without a leading exponent zero) is
      // ECMAScript's Number::toString for every finite double.
      parts.push(String(current));
    } else if (typeof current === 'boolean') {
      parts.push(current ? 'true' : 'false');
    } else if (Array.isArray(current)) {
      parts.push('[');
      stack.push({ items: current, keys: undefined, next: 0 });
    } else if (typeof current === 'object') {
      const keys = Object.keys(current).filter((k) => (current as Record<string, unknown>)[k] !== undefined);
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
        if (top.keys) parts.push(goJsonQuote(goString(top.keys[top.next]!)), ':');
        current = top.items[top.next++];
        break;
      }
      parts.push(top.keys ? '}' : ']');
      stack.pop();
    }
  }
}
