/**
 * Go `encoding/json.Unmarshal` into Ignition's typed structs, reproduced on a JSON tree.
 *
 * Mirrors go1.19 encoding/json decode.go (`object`, `array`, `literalStore`, `indirect`, error
 * context) for the kinds Ignition uses (string/int/bool, pointers, structs, slices):
 * - keys match fields exactly first, then case-insensitively (`foldKey`); unknown keys are skipped;
 * - a repeated key decodes again *into* the existing value (structs merge, slices reuse their
 *   elements and backing array), as Go does;
 * - `null` clears pointers and slices and leaves everything else alone;
 * - the first wrong-typed value stops decoding with Go's `UnmarshalTypeError` text
 *   (`json: cannot unmarshal number 1.5 into Go struct field File.storage.files.mode of type int`).
 *
 * Output (the canonical form every other module relies on):
 * - pointer fields are present iff non-nil (so `overwrite: false` is kept);
 * - value scalars are present unless `omitempty` and zero (`name: ''` is always there);
 * - pointer structs present iff non-nil; value structs present iff not Go-zero (Config.ignition always);
 * - slices present iff non-nil (possibly `[]`); a slice without omitempty (Raid.devices in ≤3.2) is
 *   `null` when nil.
 */

import type { FieldDef, FieldType, Schema, StructDef } from './schema.js';
import { foldKey } from './schema.js';
import { jsSource, Kind, wellFormed } from './go/json-source.js';
import type { JsonSource } from './go/json-source.js';

export type GoObject = Record<string, unknown>;

/** A value of the wrong JSON type for its field: Go's `*json.UnmarshalTypeError`. */
export class GoTypeError {
  constructor(
    readonly message: string,
    /** Path of keys/indices to the offending node, as written in the document. */
    readonly docPath: Array<string | number>,
    /** Literal: the offset is just past it; composite: just past its opening bracket. */
    readonly composite: boolean,
    /** Go's offset, when decoding JSON text. */
    readonly offset: number | undefined,
  ) {}
}

interface SliceState {
  backing: unknown[];
  cap: number;
}

interface Ctx {
  src: JsonSource;
  schema: Schema;
  fieldStack: string[];
  struct: StructDef | null;
  docPath: Array<string | number>;
  slices: Map<unknown[], SliceState>;
  /** `src` is jsSource: decode JavaScript values directly. */
  js: boolean;
  /**
   * Keep `fieldStack`, `struct` and `docPath` up to date. Only a type error reads them, so decoding
   * runs without first and, at a type error, again with them (goUnmarshal).
   */
  tracked: boolean;
}

/** Thrown instead of a GoTypeError by an untracked decode: decode again, tracked, for the error. */
const RETRY_TRACKED: unique symbol = Symbol('decode again, tracked');

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const INT_LITERAL = /^-?\d+$/;

const kindName = ['null', 'bool', 'number', 'string', 'array', 'object'] as const;

function typeError(ctx: Ctx, node: unknown, value: string, goType: string): GoTypeError {
  if (!ctx.tracked) throw RETRY_TRACKED;
  const where =
    ctx.struct !== null ? `Go struct field ${ctx.struct.name}.${ctx.fieldStack.join('.')}` : 'Go value';
  const k = ctx.src.kind(node);
  const composite = k === Kind.Array || k === Kind.Object;
  const offset = (node as { errorOffset?: unknown }).errorOffset;
  return new GoTypeError(
    `json: cannot unmarshal ${value} into ${where} of type ${goType}`,
    [...ctx.docPath],
    composite,
    typeof offset === 'number' ? offset : undefined,
  );
}

/** Zero value of a struct in canonical form (only fields that are always present). */
export function zeroStruct(schema: Schema, def: StructDef): GoObject {
  const o: GoObject = {};
  for (const f of def.fields) {
    if (f.omitEmpty) continue;
    const t = f.type;
    if (t.kind === 'scalar') {
      if (!t.ptr) o[f.json] = t.scalar === 'string' ? '' : t.scalar === 'int' ? 0 : false;
    } else if (t.kind === 'slice') o[f.json] = null;
    else if (!t.ptr) o[f.json] = zeroStruct(schema, schema.structs[t.struct]!);
  }
  return o;
}

/** Go's `reflect.DeepEqual(v, T{})` on a canonical struct value. */
export function isZeroStruct(schema: Schema, def: StructDef, o: GoObject): boolean {
  for (const f of def.fields) {
    const v = o[f.json];
    if (v === undefined) continue;
    const t = f.type;
    if (t.kind === 'scalar') {
      if (t.ptr || (v !== '' && v !== 0 && v !== false)) return false;
    } else if (t.kind === 'slice') {
      if (v !== null) return false;
    } else if (t.ptr || !isZeroStruct(schema, schema.structs[t.struct]!, v as GoObject)) return false;
  }
  return true;
}

function decodeScalar(ctx: Ctx, node: unknown, t: Extract<FieldType, { kind: 'scalar' }>): unknown {
  if (ctx.js) {
    // JavaScript values: the common cases without going through the JsonSource view.
    switch (t.scalar) {
      case 'string':
        if (typeof node === 'string') return wellFormed(node);
        break;
      case 'bool':
        if (typeof node === 'boolean') return node;
        break;
      case 'int':
        // String(n) is plain digits for a safe integer, so Go reads the same int; -0 is written `0`.
        if (Number.isSafeInteger(node)) return node === 0 ? 0 : node;
        break;
    }
  }
  const k = ctx.src.kind(node);
  switch (t.scalar) {
    case 'string':
      if (k === Kind.String) return ctx.src.string(node);
      break;
    case 'bool':
      if (k === Kind.Bool) return ctx.src.bool(node);
      break;
    case 'int':
      if (k === Kind.Number) {
        const s = ctx.src.numberText(node);
        if (INT_LITERAL.test(s)) {
          const n = BigInt(s);
          if (n >= INT64_MIN && n <= INT64_MAX) return Number(n);
        }
        throw typeError(ctx, node, 'number ' + s, t.goType);
      }
      break;
  }
  throw typeError(ctx, node, kindName[k], t.goType);
}

const dropped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function decodeStructInto(ctx: Ctx, node: unknown, def: StructDef, obj: GoObject): void {
  const savedStruct = ctx.struct; // (null and unused when untracked)
  if (ctx.js) {
    // jsSource.entries without the pairs: own enumerable keys in order, dropped values skipped.
    const o = node as Record<string, unknown>;
    const keys = Object.keys(o);
    for (let i = 0; i < keys.length; i++) {
      const raw = keys[i]!;
      const child = o[raw];
      if (dropped(child)) continue;
      // A field name is ASCII: an exact match means the key is already well-formed.
      const f = def.byName.get(raw);
      if (f !== undefined) decodeEntry(ctx, def, obj, f, raw, child);
      else {
        const key = wellFormed(raw);
        const folded = def.byFold.get(foldKey(key));
        if (folded !== undefined) decodeEntry(ctx, def, obj, folded, key, child);
      }
    }
  } else {
    for (const [key, child] of ctx.src.entries(node)) {
      const f = def.byName.get(key) ?? def.byFold.get(foldKey(key));
      if (f !== undefined) decodeEntry(ctx, def, obj, f, key, child);
    }
  }
  ctx.struct = savedStruct;
  // Canonical form: fill fields that are always present.
  const required = def.required;
  for (let i = 0; i < required.length; i++) {
    const f = required[i]!;
    if (obj[f.json] !== undefined) continue;
    const t = f.type;
    if (t.kind === 'scalar') {
      if (!t.ptr) obj[f.json] = t.scalar === 'string' ? '' : t.scalar === 'int' ? 0 : false;
    } else if (t.kind === 'slice') obj[f.json] = null;
    else if (!t.ptr) obj[f.json] = zeroStruct(ctx.schema, ctx.schema.structs[t.struct]!);
  }
}

/** One key of an object decoded into field `f` of `obj` (Go decodes a repeated key into the same field again). */
function decodeEntry(ctx: Ctx, def: StructDef, obj: GoObject, f: FieldDef, key: string, child: unknown): void {
  if (!ctx.tracked) {
    const existing = obj[f.json];
    const v = decodeField(ctx, child, f, existing);
    if (v !== undefined) obj[f.json] = v;
    else if (existing !== undefined) delete obj[f.json];
    return;
  }
  // Go's error context for a type error: the field stack, and the struct (decodeStructInto restores it).
  ctx.fieldStack.push(f.json);
  ctx.struct = def;
  ctx.docPath.push(key);
  const existing = obj[f.json];
  const v = decodeField(ctx, child, f, existing);
  if (v !== undefined) obj[f.json] = v;
  else if (existing !== undefined) delete obj[f.json];
  ctx.docPath.pop();
  ctx.fieldStack.pop();
}

function decodeField(ctx: Ctx, node: unknown, f: FieldDef, existing: unknown): unknown {
  const v = decodeValue(ctx, node, f.type, existing);
  if (v === undefined) return f.type.kind === 'slice' && !f.omitEmpty ? null : undefined;
  const t = f.type;
  if (t.kind === 'scalar' && !t.ptr && f.omitEmpty && (v === '' || v === 0 || v === false)) return undefined;
  if (t.kind === 'struct' && !t.ptr && f.omitEmpty) {
    const def = ctx.schema.structs[t.struct]!;
    if (isZeroStruct(ctx.schema, def, v as GoObject)) return undefined;
  }
  return v;
}

/** Decodes `node` into a value of type `t` that currently holds `existing` (undefined = zero/nil). */
function decodeValue(ctx: Ctx, node: unknown, t: FieldType, existing: unknown): unknown {
  const k = ctx.src.kind(node);
  if (k === Kind.Null) {
    // literalStore(null): pointers, slices (and maps/interfaces) become nil; other kinds are untouched.
    return t.kind === 'slice' || t.ptr ? undefined : existing;
  }
  switch (t.kind) {
    case 'scalar':
      return decodeScalar(ctx, node, t);
    case 'struct': {
      const def = ctx.schema.structs[t.struct]!;
      if (k !== Kind.Object) throw typeError(ctx, node, kindName[k], def.goType);
      const obj = (existing as GoObject | undefined) ?? {};
      decodeStructInto(ctx, node, def, obj);
      return obj;
    }
    case 'slice': {
      if (k !== Kind.Array) throw typeError(ctx, node, kindName[k], t.goType);
      return decodeSlice(ctx, node, t.elem, existing as unknown[] | undefined);
    }
  }
}

/** Go `decodeState.array` into a slice, including its reuse of an existing slice's elements. */
function decodeSlice(ctx: Ctx, node: unknown, elem: FieldType, existing: unknown[] | undefined): unknown[] {
  const state: SliceState = existing === undefined
    ? { backing: [], cap: 0 }
    : (ctx.slices.get(existing) ?? { backing: [...existing], cap: existing.length });
  let backing = state.backing;
  let cap = state.cap;
  let len = existing === undefined ? 0 : existing.length;
  let i = 0;
  for (const item of ctx.src.items(node)) {
    if (i >= cap) {
      const newcap = Math.max(cap + Math.floor(cap / 2), 4);
      backing = backing.slice(0, len);
      cap = newcap;
    }
    if (i >= len) len = i + 1;
    if (ctx.tracked) ctx.docPath.push(i);
    backing[i] = decodeElement(ctx, item, elem, backing[i]);
    if (ctx.tracked) ctx.docPath.pop();
    i++;
  }
  if (i < len) len = i;
  if (i === 0) {
    backing = [];
    cap = 0;
    len = 0;
  }
  const out: unknown[] = new Array<unknown>(len);
  for (let j = 0; j < len; j++) {
    const v = backing[j];
    out[j] = v !== undefined ? v : zeroElement(ctx, elem);
    backing[j] = out[j];
  }
  ctx.slices.set(out, { backing, cap });
  return out;
}

function zeroElement(ctx: Ctx, elem: FieldType): unknown {
  if (elem.kind === 'struct') return zeroStruct(ctx.schema, ctx.schema.structs[elem.struct]!);
  if (elem.kind === 'scalar') return elem.scalar === 'string' ? '' : elem.scalar === 'int' ? 0 : false;
  return null;
}

function decodeElement(ctx: Ctx, node: unknown, elem: FieldType, existing: unknown): unknown {
  const v = decodeValue(ctx, node, elem, existing);
  return v === undefined ? zeroElement(ctx, elem) : v;
}

/**
 * Unmarshals a document into the root struct of `schema`. Throws `GoTypeError` for the first
 * wrong-typed value (Go keeps decoding after it, but reports only the first).
 */
export function goUnmarshal(src: JsonSource, root: unknown, schema: Schema): GoObject {
  try {
    return unmarshal(src, root, schema, false);
  } catch (e) {
    if (e !== RETRY_TRACKED) throw e;
    return unmarshal(src, root, schema, true); // throws the GoTypeError
  }
}

function unmarshal(src: JsonSource, root: unknown, schema: Schema, tracked: boolean): GoObject {
  const ctx: Ctx = { src, schema, fieldStack: [], struct: null, docPath: [], slices: new Map(), js: src === jsSource, tracked };
  const def = schema.structs[schema.root]!;
  const k = src.kind(root);
  if (k === Kind.Null) return zeroStruct(schema, def);
  if (k !== Kind.Object) throw typeError(ctx, root, kindName[k], def.goType);
  const obj: GoObject = {};
  decodeStructInto(ctx, root, def, obj);
  return obj;
}
