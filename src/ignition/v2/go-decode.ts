// Mirrors github.com/ajeddeloh/go-json decode.go (an encoding/json fork from the Go 1.7 era), as
// ignition v0.35.0 uses it to unmarshal configs into its spec structs:
// - keys match fields exactly first, else case-insensitively (fold.go: ASCII folding plus the
//   Kelvin sign and long s, which fold to k and s);
// - unknown keys are skipped; a later key overwrites (or merges into) what an earlier one decoded;
// - null sets pointers and slices to nil and leaves other values alone;
// - a mismatched value records the first `UnmarshalTypeError` and decoding goes on, except a
//   number where no number fits, which aborts at once (literalStore's `d.error`).
// Only whether decoding failed, and the failure's text and byte offset, reach MCO's messages.

import type { JsonDoc, JsonNode } from './go-json-ast.js';
import { rawText } from './go-json-ast.js';
import type { TextScalar } from '../go/json-text.js';
import { parseInt64 } from '../go/strconv.js';
import type { GoField, GoStruct, GoType } from './go-types.js';
import { typeName } from './go-types.js';

export interface GoJsonError {
  message: string;
  /** Byte offset Go records in UnmarshalTypeError.Offset; -1 for other errors. */
  offset: number;
  typeError: boolean;
}

class Abort {
  constructor(readonly error: GoJsonError) {}
}

/** An error from a custom `UnmarshalJSON`; decoding aborts with it. */
export class GoUnmarshalError extends Error {}

const typeError = (value: string, type: GoType, offset: number): GoJsonError => ({
  message: `json: cannot unmarshal ${value} into Go value of type ${typeName(type)}`,
  offset,
  typeError: true,
});

const KELVIN = '\u212a';
const LONG_S = '\u017f';

/** Case-insensitive key match of fold.go for our (ASCII-letter) field names. */
function foldEqual(name: string, key: string): boolean {
  let k = 0;
  for (let n = 0; n < name.length; n++) {
    if (k >= key.length) return false;
    const sb = name[n]!;
    const tb = key[k]!;
    if (tb.charCodeAt(0) < 0x80) {
      if (sb.toLowerCase() !== tb.toLowerCase() || !/[a-zA-Z]/.test(sb)) {
        if (sb !== tb) return false;
      }
      k++;
      continue;
    }
    const lower = sb.toLowerCase();
    if ((lower === 's' && tb === LONG_S) || (lower === 'k' && tb === KELVIN)) {
      k++;
      continue;
    }
    return false;
  }
  return k === key.length;
}

const fieldCache = new WeakMap<GoStruct, Map<string, GoField | null>>();

function findField(t: GoStruct, key: string): GoField | undefined {
  let cache = fieldCache.get(t);
  if (cache === undefined) {
    cache = new Map();
    fieldCache.set(t, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let found: GoField | undefined;
  for (const f of t.fields) {
    if (f.json === key) {
      found = f;
      break;
    }
    if (found === undefined && foldEqual(f.json, key)) found = f;
  }
  cache.set(key, found ?? null);
  return found;
}

/** Go's zero value test for our canonical values (absent keys are zero). */
export function isGoZero(t: GoType, v: unknown): boolean {
  if (v === undefined) return true;
  switch (t.k) {
    case 'string': return v === '';
    case 'bool': return v === false;
    case 'int': case 'uint': case 'uint32': return v === 0;
    case 'struct': return typeof v === 'object' && v !== null && Object.keys(v).length === 0;
    default: return false;
  }
}

export class GoDecoder {
  private saved: GoJsonError | undefined;

  constructor(private readonly doc: JsonDoc) {}

  /** json.Unmarshal(raw, &v): the decoded value and the error Unmarshal returns. */
  static unmarshal(doc: JsonDoc, type: GoType): { value: unknown; error: GoJsonError | undefined } {
    const d = new GoDecoder(doc);
    let value: unknown;
    try {
      value = d.value(doc.root, type, undefined);
    } catch (e) {
      if (e instanceof Abort) return { value: undefined, error: e.error };
      throw e;
    }
    return { value, error: d.saved };
  }

  private save(e: GoJsonError): void {
    if (this.saved === undefined) this.saved = e;
  }

  private value(n: JsonNode, t: GoType, cur: unknown): unknown {
    switch (t.k) {
      case 'ptr':
        if (n.kind === 'null') return undefined;
        return this.value(n, t.elem, cur);
      case 'custom':
        try {
          return t.unmarshal(rawText(this.doc, n));
        } catch (e) {
          throw new Abort({ message: e instanceof Error ? e.message : String(e), offset: -1, typeError: false });
        }
      case 'slice':
        return this.slice(n, t, cur);
      case 'struct':
        return this.struct(n, t, cur);
      default:
        return this.scalar(n, t, cur);
    }
  }

  /** The offset: just past a composite's opening bracket, or just past a literal. */
  private mismatch(n: JsonNode, t: GoType, cur: unknown): unknown {
    if (n.kind === 'number') throw new Abort(typeError('number', t, n.errorOffset));
    if (n.kind !== 'null') this.save(typeError(n.kind, t, n.errorOffset));
    return cur;
  }

  private slice(n: JsonNode, t: GoType & { k: 'slice' }, cur: unknown): unknown {
    if (n.kind === 'null') return undefined;
    if (n.kind !== 'array') return this.mismatch(n, t, cur);
    const old = Array.isArray(cur) ? cur : [];
    // Elements still in the slice are decoded into (merged), as Go reuses them.
    return n.items.map((item, i) => this.value(item, t.elem, i < old.length ? old[i] : undefined));
  }

  private struct(n: JsonNode, t: GoStruct, cur: unknown): unknown {
    if (n.kind !== 'object') return this.mismatch(n, t, cur);
    const out: Record<string, unknown> =
      typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>) : {};
    for (const [key, child] of n.entries) {
      const f = findField(t, key);
      if (f === undefined) continue;
      const v = this.value(child, f.type, out[f.json]);
      if (f.type.k !== 'ptr' && f.type.k !== 'slice' && f.type.k !== 'custom' && isGoZero(f.type, v)) delete out[f.json];
      else if (v === undefined) delete out[f.json];
      else out[f.json] = v;
    }
    return out;
  }

  private scalar(n: JsonNode, t: GoType & { k: 'string' | 'bool' | 'int' | 'uint' | 'uint32' }, cur: unknown): unknown {
    switch (t.k) {
      case 'string':
      case 'bool':
        return n.kind === t.k ? (n as TextScalar).value : this.mismatch(n, t, cur);
      default: {
        if (n.kind !== 'number') return this.mismatch(n, t, cur);
        const text = n.value as string;
        const parsed = t.k === 'int' ? parseInt64(text) : parseGoUint(text, t.k === 'uint32' ? 32 : 64);
        if (parsed === null) {
          this.save(typeError('number ' + text, t, n.errorOffset));
          return cur;
        }
        return Number(parsed);
      }
    }
  }
}

function parseGoUint(s: string, bits: 32 | 64): bigint | null {
  if (!/^[0-9]+$/.test(s)) return null;
  const v = BigInt(s);
  return v >= 2n ** BigInt(bits) ? null : v;
}
