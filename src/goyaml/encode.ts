// Mirrors gopkg.in/yaml.v2@v2.4.0 encode.go (marshalDoc, marshal, mapv, slicev, stringv, intv/uintv/floatv,
// boolv, nilv) applied to what yaml.Unmarshal yields for Go's JSON text of the value (ghodss/yaml
// JSONToYAML): map[interface{}]interface{} with string keys, []interface{}, string, int / uint64 / float64,
// bool, nil. The decode side is folded into this walk: strings get Go's U+FFFD for lone surrogates and the
// NEL folding of a quoted scalar (scan-flow-scalar.ts); numbers resolve as the plain scalar Go printed.
// The walk is iterative, so nesting depth is bounded by memory, not by the call stack.

import { RenderError } from '../errors.js';
import { Emitter, type ScalarStyle } from './emitterc.js';
import { jsonUnsupported, toWellFormed } from './go-json.js';
import { isBase60Float, resolvePlain } from './resolve.js';
import { scanJsonStringScalar } from './scan-flow-scalar.js';
import { sortedKeyOrder } from './sorter.js';
import { formatFloatG } from './strconv.js';

/**
 * Characters needing a closer look: surrogates (lone ones become U+FFFD), those go-yaml's reader refuses
 * (DEL, C1 but NEL, U+FFFE/U+FFFF) and NEL (a line break to its scanner). Most strings have none.
 */
const UNUSUAL = /[\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;
const SUSPICIOUS = /[\u007f-\u009f\ufffe\uffff]/;
/** Keys this long may exceed the 1024-character simple-key limit once JSON-escaped (at most 6 per unit). */
const LONG_KEY = 170;
/** yaml.v2 max_flow_level. */
const MAX_DEPTH = 10000;

/** encode.go stringv for an untagged string. */
export function stringStyle(s: string): ScalarStyle {
  if (s.includes('\n')) return 'literal';
  if (resolvePlain(s).tag === 'str' && !isBase60Float(s)) return 'plain';
  return 'double';
}

/** The plain scalar encode.go writes for the number json.Marshal printed as String(x). */
export function numberText(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return String(x); // an int (also -0: "0")
  const text = String(x);
  const r = resolvePlain(text);
  // int / uint64: strconv.Format{Int,Uint} of the parsed value; float64: FormatFloat(f, 'g', -1, 64).
  if (r.tag === 'int') return BigInt(text).toString();
  return formatFloatG(x);
}

export interface Encoded {
  /** The YAML document, UTF-8. */
  readonly bytes: Uint8Array;
  /**
   * True when the value holds something that can make yaml.Unmarshal fail (a suspicious character, a long
   * key, deep nesting): the caller must then check the JSON text with decode-errors.ts before using `bytes`.
   */
  readonly suspicious: boolean;
}

/** An open collection: its children (map values), the order to visit them in, the next one to encode. */
interface Frame {
  /** Map keys (decoded), or undefined for a sequence. */
  readonly keys: readonly string[] | undefined;
  readonly children: readonly unknown[];
  /** Map: the sorted permutation of keys/children. */
  readonly order: readonly number[] | undefined;
  readonly depth: number;
  next: number;
}

/** yaml.Marshal(yaml.Unmarshal(json.Marshal(value))) for JSON data. */
export function encodeJsonValue(value: unknown): Encoded {
  const emitter = new Emitter();
  const stack: Frame[] = [];
  let suspicious = false;

  const decodeString = (s: string): string => {
    if (!UNUSUAL.test(s)) return s;
    const wf = toWellFormed(s);
    if (SUSPICIOUS.test(wf)) suspicious = true;
    return scanJsonStringScalar(wf);
  };

  /** encoder.marshal: a scalar event, or a collection start (its frame pushed). */
  const marshal = (v: unknown, depth: number): void => {
    if (v === null || v === undefined) {
      emitter.scalar('null', 'plain'); // nilv
      return;
    }
    switch (typeof v) {
      case 'string': {
        const s = decodeString(v);
        emitter.scalar(s, stringStyle(s));
        return;
      }
      case 'number': {
        const bad = jsonUnsupported(v);
        if (bad !== undefined) throw new RenderError('INVALID_INPUT', 'merge', `error marshaling into JSON: ${bad}`);
        emitter.scalar(numberText(v), 'plain');
        return;
      }
      case 'boolean':
        emitter.scalar(v ? 'true' : 'false', 'plain');
        return;
      case 'object':
        break;
      default:
        throw new RenderError('INVALID_INPUT', 'merge', `error marshaling into JSON: ${jsonUnsupported(v)}`);
    }
    if (depth >= MAX_DEPTH) {
      // yaml.Unmarshal refuses this nesting; decode-errors.ts finds which error comes first.
      suspicious = true;
      emitter.scalar('null', 'plain');
      return;
    }
    if (Array.isArray(v)) {
      // slicev
      emitter.sequenceStart(v.length === 0);
      stack.push({ keys: undefined, children: v, order: undefined, depth, next: 0 });
      return;
    }
    // mapv: keys sorted by keyList.Less.
    const obj = v as Record<string, unknown>;
    const rawKeys: string[] = [];
    let values: unknown[] = [];
    for (const k of Object.keys(obj)) {
      const x = obj[k];
      if (x === undefined) continue; // as JSON.stringify
      rawKeys.push(k);
      values.push(x);
    }
    let keys: string[] = rawKeys;
    let changed = false;
    for (let i = 0; i < rawKeys.length; i++) {
      const raw = rawKeys[i]!;
      if (raw.length > LONG_KEY) suspicious = true;
      const key = decodeString(raw);
      if (key !== raw) {
        if (!changed) keys = rawKeys.slice();
        changed = true;
        keys[i] = key;
      }
    }
    if (changed) {
      // Two keys can meet after U+FFFD replacement: yaml.v2 keeps the later value in the first one's
      // place (the dropped value is not encoded: let the JSON-text check see it).
      const seen = new Map<string, number>();
      const k2: string[] = [];
      const v2: unknown[] = [];
      keys.forEach((k, i) => {
        const at = seen.get(k);
        if (at !== undefined) {
          v2[at] = values[i];
          suspicious = true;
        } else {
          seen.set(k, k2.length);
          k2.push(k);
          v2.push(values[i]);
        }
      });
      keys = k2;
      values = v2;
    }
    emitter.mappingStart(keys.length === 0);
    stack.push({ keys, children: values, order: sortedKeyOrder(keys), depth, next: 0 });
  };

  marshal(value, 0);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.children.length) {
      if (top.keys !== undefined) {
        const i = top.order![top.next++]!;
        const key = top.keys[i]!;
        emitter.scalar(key, stringStyle(key));
        marshal(top.children[i], top.depth + 1);
      } else {
        marshal(top.children[top.next++], top.depth + 1);
      }
    } else {
      stack.pop();
      if (top.keys !== undefined) emitter.mappingEnd();
      else emitter.sequenceEnd();
    }
  }
  return { bytes: emitter.finish(), suspicious };
}
