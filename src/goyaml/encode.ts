// Mirrors gopkg.in/yaml.v2@v2.4.0 encode.go (marshalDoc, marshal, mapv, slicev, stringv, intv/uintv/floatv,
// boolv, nilv) applied to what yaml.Unmarshal yields for Go's JSON text of the value (ghodss/yaml
// JSONToYAML): map[interface{}]interface{} with string keys, []interface{}, string, int / uint64 / float64,
// bool, nil. The decode side is folded into this walk: strings get Go's U+FFFD for lone surrogates and the
// NEL folding of a quoted scalar (scan-flow-scalar.ts); numbers resolve as the plain scalar Go printed.
// The walk is iterative, so nesting depth is bounded by memory, not by the call stack.
//
// Speed (a rendered spec is megabytes, named by hashing this output): objects with the same keys share one
// KeySet — decoded keys, mapv's sorted order and each simple key already rendered — found through a trie
// of key sequences; scalars that are printable ASCII and plain with no space are written directly (Go's
// analyze / select-style / write steps reduce to copying them), everything else takes Go's full path.

import { goString } from '../_go/fmt.js';
import { RenderError } from '../errors.js';
import { analyzeScalar, type ScalarAnalysis } from './analyze-scalar.js';
import {
  complexKey,
  complexValue,
  documentEnd,
  emitLiteralNode,
  emitMappingStart,
  emitScalarNode,
  emitSequenceStart,
  isSimpleKey,
  MAPPING,
  type NodeContext,
  ROOT,
  type ScalarStyle,
  SEQUENCE,
  sequenceItem,
  SIMPLE_KEY,
  simpleValue,
} from './emitterc.js';
import { EmitterOutput, emitted, popIndent, put, writeAscii, writeBytes, writeIndent } from './emitter-output.js';
import { jsonUnsupported } from './go-json.js';
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
  if (resolvePlain(s) === 'str' && !isBase60Float(s)) return 'plain';
  return 'double';
}

/** The plain scalar encode.go writes for the number json.Marshal printed as String(x). */
export function numberText(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return String(x); // an int (also -0: "0")
  const text = String(x);
  const tag = resolvePlain(text);
  // int / uint64: strconv.Format{Int,Uint} of the parsed value; float64: FormatFloat(f, 'g', -1, 64).
  if (tag === 'int') return BigInt(text).toString();
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

/**
 * ASCII first characters of a plain scalar: INDICATOR for the YAML indicators there (analyze_scalar: a
 * plain scalar cannot start with them) and the characters that are not graphic (the full path decides);
 * HINT for those resolveTable has a hint for (+ - . ~ a digit, y Y n N t T f F o O: resolve() must look
 * further, and isBase60Float may hold); 0 for the rest, after which a plain scalar reads back as a string.
 */
const INDICATOR = 1;
const HINT = 2;
const FIRST = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128).fill(INDICATOR, 0, 0x21);
  for (const c of "#,[]{}&*!|>'\"%@`") t[c.charCodeAt(0)] = INDICATOR;
  for (const c of '+-.~0123456789yYnNtTfFoO') t[c.charCodeAt(0)] = HINT;
  return t;
})();

/** Anything but printable ASCII without space (a regular expression scans long strings fastest). */
const NOT_GRAPHIC_ASCII = /[^\x21-\x7e]/;

/**
 * Whether stringv and the emitter write s exactly as its characters, as a plain scalar, in block context
 * (flow_level 0) outside a simple key: s is non-empty printable ASCII without space (so no folding, no
 * leading or trailing space, no line break, no '#' after a blank, no ": "), has no block indicator
 * (analyze_scalar: first-character indicators, "---" / "...", ':' at the end, '-' / '?' / ':' alone) and
 * reads back as a string.
 */
function isBarePlain(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const c0 = s.charCodeAt(0);
  if (c0 > 0x7e || FIRST[c0] === INDICATOR) return false;
  if (s.charCodeAt(n - 1) === 0x3a) return false; // ':' followed by the end
  if (NOT_GRAPHIC_ASCII.test(s)) return false;
  if (n === 1 && (c0 === 0x2d || c0 === 0x3f)) return false; // '-' or '?' followed by the end
  if (n >= 3 && (c0 === 0x2d || c0 === 0x2e) && s.startsWith(c0 === 0x2d ? '---' : '...')) return false;
  if (FIRST[c0] !== HINT) return true;
  return resolvePlain(s) === 'str' && !isBase60Float(s);
}

/** Anything but printable ASCII or LF. */
const NOT_ASCII_TEXT = /[^\x20-\x7e\n]/;

/**
 * Whether stringv and the emitter write s as a literal block with LF line breaks only, outside a simple
 * key: s holds '\n' (stringv asks for literal style), is printable ASCII or LF (nothing for the decoder
 * to change) and analyze_scalar allows a block scalar (no space right before a break or at the end).
 */
function isAsciiLiteral(s: string): boolean {
  return (
    s.includes('\n') && s.charCodeAt(s.length - 1) !== 0x20 && !s.includes(' \n') && !NOT_ASCII_TEXT.test(s)
  );
}

/** One key of a KeySet, in mapv order. */
interface KeyEntry {
  /** Where the value is in Object.values order. */
  readonly slot: number;
  /** The key as yaml.Unmarshal decoded it. */
  readonly key: string;
  readonly style: ScalarStyle;
  readonly analysis: ScalarAnalysis;
  /**
   * For a simple key: what Go writes after the indentation (the key, then ':'), UTF-8, and its width in
   * characters. Undefined for a key written after '?'.
   */
  readonly rendered: Uint8Array | undefined;
  readonly width: number;
}

/**
 * What mapv does with one sequence of keys (in Object.keys order, with the positions of undefined values,
 * which JSON leaves out): shared by all objects with these keys.
 */
interface KeySet {
  readonly entries: readonly KeyEntry[];
}

/** A trie of key sequences (Object.keys order) to their KeySet. */
interface KeyTrie {
  readonly next: Map<string, KeyTrie>;
  /** The same, for a key whose value is undefined. */
  skipped: Map<string, KeyTrie> | undefined;
  set: KeySet | undefined;
}

const newTrie = (): KeyTrie => ({ next: new Map(), skipped: undefined, set: undefined });

/** An open block collection. Frames are reused: the stack only grows. */
interface Frame {
  /** The array's items, or the object's values in Object.keys order (read through keySet). */
  values: readonly unknown[];
  keySet: KeySet | undefined;
  next: number;
  length: number;
}

/** yaml.Marshal(yaml.Unmarshal(json.Marshal(value))) for JSON data. */
export function encodeJsonValue(value: unknown): Encoded {
  const e = new EmitterOutput();
  const frames: Frame[] = [];
  let depth = 0; // open frames
  let suspicious = false;
  const trie = newTrie();
  /** Analyses of short scalars: keys and small values repeat throughout a spec. */
  const analyses = new Map<string, ScalarAnalysis>();
  /** Where simple keys are rendered once. */
  const scratch = new EmitterOutput(256);

  const analysisOf = (s: string): ScalarAnalysis => {
    if (s.length > 24) return analyzeScalar(s);
    let a = analyses.get(s);
    if (a === undefined) {
      a = analyzeScalar(s);
      analyses.set(s, a);
    }
    return a;
  };

  const decodeString = (s: string): string => {
    if (!UNUSUAL.test(s)) return s;
    const wf = goString(s);
    if (SUSPICIOUS.test(wf)) suspicious = true;
    return scanJsonStringScalar(wf);
  };

  /**
   * A plain scalar that needs no analysis (isBarePlain, or a number, bool or null) as a node that is not a
   * key. (Everything else about its context is irrelevant: nothing is folded.)
   */
  const barePlain = (s: string): void => {
    // writePlainScalar: the separating space, then the characters (no space among them: no folding).
    if (!e.whitespace) put(e, 0x20);
    writeAscii(e, s);
    e.whitespace = false;
    e.indention = false;
    // (open_ended is only looked at for a document with directives: none here.)
  };

  /** mapv's work for one key sequence: decode, drop duplicates, sort, render the simple keys. */
  const buildKeySet = (rawKeys: readonly string[], values: readonly unknown[]): KeySet => {
    // Two keys can meet after U+FFFD replacement: yaml.v2 keeps the later value in the first one's
    // place (the dropped value is not encoded: let the JSON-text check see it).
    const keys: string[] = [];
    const from: number[] = [];
    const seen = new Map<string, number>();
    for (let slot = 0; slot < rawKeys.length; slot++) {
      if (values[slot] === undefined) continue; // as JSON.stringify
      const raw = rawKeys[slot]!;
      if (raw.length > LONG_KEY) suspicious = true;
      const key = decodeString(raw);
      const at = seen.get(key);
      if (at !== undefined) {
        from[at] = slot;
        suspicious = true;
      } else {
        seen.set(key, keys.length);
        keys.push(key);
        from.push(slot);
      }
    }
    const entries = sortedKeyOrder(keys).map((i): KeyEntry => {
      const key = keys[i]!;
      const style = stringStyle(key);
      const analysis = analysisOf(key);
      if (!isSimpleKey(key, analysis)) {
        return { slot: from[i]!, key, style, analysis, rendered: undefined, width: 0 };
      }
      // A simple key's bytes depend on nothing but the key: writeIndent() leaves whitespace and
      // indention set, and no line break is allowed inside a simple key.
      scratch.pos = 0;
      scratch.column = 0;
      scratch.whitespace = true;
      scratch.indention = true;
      emitScalarNode(scratch, SIMPLE_KEY, key, style, analysis);
      simpleValue(scratch);
      return { slot: from[i]!, key, style, analysis, rendered: emitted(scratch).slice(), width: scratch.column };
    });
    return { entries };
  };

  /** The KeySet of an object's keys and values (found in the trie, built the first time). */
  const keySetOf = (keys: readonly string[], values: readonly unknown[]): KeySet => {
    let node = trie;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      let edges = node.next;
      if (values[i] === undefined) edges = node.skipped ??= new Map();
      let child = edges.get(k);
      if (child === undefined) {
        child = newTrie();
        edges.set(k, child);
      }
      node = child;
    }
    return (node.set ??= buildKeySet(keys, values));
  };

  const push = (values: readonly unknown[], keySet: KeySet | undefined, length: number): void => {
    let f = frames[depth];
    if (f === undefined) {
      f = { values, keySet, next: 0, length };
      frames.push(f);
    } else {
      f.values = values;
      f.keySet = keySet;
      f.next = 0;
      f.length = length;
    }
    depth++;
  };

  /**
   * encoder.marshal of a value (ctx: ROOT, SEQUENCE or MAPPING; keys are written from their KeySet): a
   * scalar, or a collection start (its frame pushed).
   */
  const marshal = (v: unknown, ctx: NodeContext): void => {
    if (v === null || v === undefined) {
      barePlain('null'); // nilv
      return;
    }
    switch (typeof v) {
      case 'string': {
        // stringv
        if (isBarePlain(v)) {
          barePlain(v);
          return;
        }
        if (isAsciiLiteral(v)) {
          emitLiteralNode(e, ctx, v);
          return;
        }
        const s = decodeString(v);
        emitScalarNode(e, ctx, s, stringStyle(s), analysisOf(s));
        return;
      }
      case 'number': {
        if (!Number.isFinite(v)) {
          throw new RenderError('INVALID_INPUT', 'merge', `error marshaling into JSON: ${jsonUnsupported(v)}`);
        }
        // A number as Go prints it (digits, sign, '.', "e+"/"e-") is always plain-safe in block context.
        barePlain(numberText(v));
        return;
      }
      case 'boolean':
        barePlain(v ? 'true' : 'false'); // boolv
        return;
      case 'object':
        break;
      default:
        throw new RenderError('INVALID_INPUT', 'merge', `error marshaling into JSON: ${jsonUnsupported(v)}`);
    }
    if (depth >= MAX_DEPTH) {
      // yaml.Unmarshal refuses this nesting; decode-errors.ts finds which error comes first.
      suspicious = true;
      barePlain('null');
      return;
    }
    if (Array.isArray(v)) {
      // slicev
      if (emitSequenceStart(e, ctx, v.length === 0)) push(v, undefined, v.length);
      return;
    }
    // mapv: keys sorted by keyList.Less.
    const keys = Object.keys(v);
    let values: unknown[] = Object.values(v);
    if (values.length !== keys.length) values = keys.map((k) => (v as Record<string, unknown>)[k]); // accessors
    const keySet = keySetOf(keys, values);
    const n = keySet.entries.length;
    if (emitMappingStart(e, ctx, n === 0)) push(values, keySet, n);
  };

  marshal(value, ROOT);
  while (depth > 0) {
    const top = frames[depth - 1]!;
    if (top.next >= top.length) {
      // The END event of a block collection.
      popIndent(e);
      depth--;
      continue;
    }
    const i = top.next++;
    const keySet = top.keySet;
    if (keySet === undefined) {
      sequenceItem(e);
      marshal(top.values[i], SEQUENCE);
      continue;
    }
    const entry = keySet.entries[i]!;
    const v = top.values[entry.slot];
    if (entry.rendered !== undefined) {
      writeIndent(e);
      writeBytes(e, entry.rendered, entry.width);
      e.whitespace = false;
      e.indention = false;
    } else {
      complexKey(e);
      emitScalarNode(e, MAPPING, entry.key, entry.style, entry.analysis);
      complexValue(e);
    }
    marshal(v, MAPPING);
  }
  documentEnd(e);
  return { bytes: emitted(e), suspicious };
}
