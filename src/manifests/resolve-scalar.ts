// Mirrors gopkg.in/yaml.v2@v2.4.0 resolve.go resolve(tag, in) and decode.go (*decoder).scalar for an
// interface{} target — what sigs.k8s.io/yaml (and so kubectl/oc) gets for each YAML scalar before it is
// turned into JSON. YAML 1.1 as go-yaml reads it: `0644` is the int 420, `yes`/`on`/`y` are true, `3.2`
// is a float, `3.2.0` a string; timestamps stay strings (decode.go keeps n.value for interface{}); base-60
// numbers (`1:20`) are strings ("purposefully unsupported" in resolve.go); NaN/±Inf resolve but
// json.Marshal refuses them (sigs.k8s.io/yaml then fails).

import { isTimestamp } from '../goyaml/parse-timestamp.js';
import { parseFloat64Ok, parseInt64, parseUint64 } from '../goyaml/strconv.js';

const LONG_TAG_PREFIX = 'tag:yaml.org,2002:';
export const STR_TAG = LONG_TAG_PREFIX + 'str';
export const BINARY_TAG = LONG_TAG_PREFIX + 'binary';
export const MERGE_TAG = LONG_TAG_PREFIX + 'merge';
const BOOL_TAG = LONG_TAG_PREFIX + 'bool';
const NULL_TAG = LONG_TAG_PREFIX + 'null';
const INT_TAG = LONG_TAG_PREFIX + 'int';
const FLOAT_TAG = LONG_TAG_PREFIX + 'float';
const TIMESTAMP_TAG = LONG_TAG_PREFIX + 'timestamp';

/** A decoded scalar, as the Go value's kind matters for map keys (sigs.k8s.io/yaml key rules). */
export type ScalarValue =
  | { readonly kind: 'null'; readonly value: null }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** `decimal`: the exact value (a map key is written with it; `value` may round above 2^53). */
  | { readonly kind: 'int'; readonly value: number; readonly decimal: string }
  /** An integer only a Go uint64 holds (≥ 2^63): JSON keeps it, but it is no valid map key. */
  | { readonly kind: 'uint'; readonly value: number; readonly decimal: string }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string };

/** A scalar that go-yaml refuses to decode: `message` is go-yaml's text. */
export class ScalarError extends Error {}

const shortTag = (tag: string): string => (tag.startsWith(LONG_TAG_PREFIX) ? '!!' + tag.slice(LONG_TAG_PREFIX.length) : tag);

const resolvableTag = (tag: string): boolean =>
  tag === '' || tag === STR_TAG || tag === BOOL_TAG || tag === INT_TAG || tag === FLOAT_TAG || tag === NULL_TAG || tag === TIMESTAMP_TAG;

interface Resolved {
  tag: string;
  value: ScalarValue;
}

const NULL: ScalarValue = { kind: 'null', value: null };
const TRUE: ScalarValue = { kind: 'bool', value: true };
const FALSE: ScalarValue = { kind: 'bool', value: false };

/** resolveMap: the scalars with a fixed meaning. */
const RESOLVE_MAP = new Map<string, Resolved>();
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) RESOLVE_MAP.set(s, { tag: BOOL_TAG, value: TRUE });
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) RESOLVE_MAP.set(s, { tag: BOOL_TAG, value: FALSE });
for (const s of ['', '~', 'null', 'Null', 'NULL']) RESOLVE_MAP.set(s, { tag: NULL_TAG, value: NULL });
for (const s of ['.nan', '.NaN', '.NAN']) RESOLVE_MAP.set(s, { tag: FLOAT_TAG, value: { kind: 'float', value: NaN } });
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) RESOLVE_MAP.set(s, { tag: FLOAT_TAG, value: { kind: 'float', value: Infinity } });
for (const s of ['-.inf', '-.Inf', '-.INF']) RESOLVE_MAP.set(s, { tag: FLOAT_TAG, value: { kind: 'float', value: -Infinity } });
RESOLVE_MAP.set('<<', { tag: MERGE_TAG, value: { kind: 'string', value: '<<' } });

/** resolveTable: the hint from the first byte (a non-ASCII first character has none). */
function hintOf(s: string): string {
  if (s === '') return 'N';
  const c = s[0]!;
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
}

/** What strconv.ParseInt(s, 0, 64) reads as itself: no sign, no base prefix, no leading zero, no `_`. */
const SMALL_DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Go's resolve() picks int when the value fits an int64 and uint64 above that. */
function intValue(v: bigint, unsigned: boolean): Resolved {
  return { tag: INT_TAG, value: { kind: unsigned ? 'uint' : 'int', value: Number(v), decimal: v.toString() } };
}

function resolveUntyped(tag: string, s: string): Resolved {
  const hint = hintOf(s);
  if (hint === '' || tag === STR_TAG || tag === BINARY_TAG) return { tag: STR_TAG, value: { kind: 'string', value: s } };
  const mapped = RESOLVE_MAP.get(s);
  if (mapped !== undefined) return mapped;
  switch (hint) {
    case '.':
      if (parseFloat64Ok(s)) return { tag: FLOAT_TAG, value: { kind: 'float', value: Number(s) } };
      break;
    case 'D':
    case 'S': {
      // The common case first: a plain decimal below 2^53 (no timestamp is digits alone).
      if (SMALL_DECIMAL.test(s)) return { tag: INT_TAG, value: { kind: 'int', value: Number(s), decimal: s } };
      // Only untagged scalars or an explicit !!timestamp are tried as timestamps.
      if ((tag === '' || tag === TIMESTAMP_TAG) && isTimestamp(s)) return { tag: TIMESTAMP_TAG, value: { kind: 'string', value: s } };
      const plain = s.replace(/_/g, '');
      const i = parseInt64(plain, 0);
      if (i !== undefined) return intValue(i, false);
      const u = parseUint64(plain, 0);
      if (u !== undefined) return intValue(u, true);
      if (YAML_STYLE_FLOAT.test(plain) && parseFloat64Ok(plain)) return { tag: FLOAT_TAG, value: { kind: 'float', value: Number(plain) } };
      if (plain.startsWith('0b')) {
        const b = parseInt64(plain.slice(2), 2);
        if (b !== undefined) return intValue(b, false);
        const ub = parseUint64(plain.slice(2), 2);
        if (ub !== undefined) return intValue(ub, true);
      } else if (plain.startsWith('-0b')) {
        const b = parseInt64('-' + plain.slice(3), 2);
        if (b !== undefined) return intValue(b, false);
      }
      break;
    }
  }
  return { tag: STR_TAG, value: { kind: 'string', value: s } };
}

/** Standard base64 (Go base64.StdEncoding.DecodeString: padding required, no whitespace) → bytes. */
function decodeBase64(s: string): number[] | undefined {
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) return undefined;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    const n = [0, 1, 2, 3].map((k) => (s[i + k] === '=' ? 0 : alphabet.indexOf(s[i + k]!)));
    const v = (n[0]! << 18) | (n[1]! << 12) | (n[2]! << 6) | n[3]!;
    out.push((v >> 16) & 0xff);
    if (s[i + 2] !== '=') out.push((v >> 8) & 0xff);
    if (s[i + 3] !== '=') out.push(v & 0xff);
  }
  return out;
}

/** Bytes → string as Go's json.Marshal writes a Go string: invalid UTF-8 becomes U+FFFD. */
function utf8ToString(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
    else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || (c & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/**
 * The value go-yaml v2 decodes a scalar node into when the target is interface{}.
 * `tag` is the node's explicit tag ('' when none; `!` for the non-specific tag), `plain` whether the
 * scalar is plain (quoted and block scalars without a tag are strings). Throws ScalarError with
 * go-yaml's message where Unmarshal fails.
 */
export function decodeScalar(tag: string, text: string, plain: boolean): ScalarValue {
  if (tag === '' && !plain) return { kind: 'string', value: text };
  if (!resolvableTag(tag)) {
    if (tag === BINARY_TAG) {
      const bytes = decodeBase64(text);
      if (bytes === undefined) throw new ScalarError('!!binary value contains invalid base64 data');
      return { kind: 'string', value: utf8ToString(bytes) };
    }
    // Any other tag (`!`, `!foo`, `!!map` on a scalar): the text, as a string.
    return { kind: 'string', value: text };
  }
  const r = resolveUntyped(tag, text);
  if (tag === '' || tag === r.tag || tag === STR_TAG) return r.value;
  if (tag === FLOAT_TAG && r.tag === INT_TAG && r.value.kind === 'int') return { kind: 'float', value: r.value.value };
  throw new ScalarError(`cannot decode ${shortTag(r.tag)} \`${text}\` as a ${shortTag(tag)}`);
}

/**
 * decode.go isMerge: a `<<` key that is implicit (plain and untagged, or with the non-specific tag `!`,
 * as libyaml's parser sets plain_implicit) or tagged !!merge.
 */
export const isMergeKey = (tag: string, text: string, plain: boolean): boolean =>
  text === '<<' && ((plain && tag === '') || tag === '!' || tag === MERGE_TAG);
