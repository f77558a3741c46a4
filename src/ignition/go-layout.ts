/**
 * The Go struct layout of Ignition spec 3.2, as data: field order, JSON names, pointer-ness, `omitempty`,
 * embedded structs, and the merge metadata (`Key()`, `IgnoreDuplicates()`, `MergedKeys()`).
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_2/types/schema.go (declaration order, tags) and the `Key`,
 * `IgnoreDuplicates` and `MergedKeys` methods in config/v3_2/types/*.go. Derived from the spec 3.2 table
 * the decoder uses (schema.ts); one layout drives the merge (merge.ts, which needs Go's nil/zero
 * distinctions), the serializer (emit-ignition.ts: field order and `omitempty`) and the update planner's
 * comparisons, so none of them can drift from what was decoded.
 *
 * How a Go field maps onto our in-memory objects (the canonical form agreed with the parsers):
 * - `prim`: a non-pointer scalar. Required ones (no `omitempty`: path, name, device, …) are always
 *   present; `omitempty` ones (Ignition.version, Tang.url, Partition.number) are absent when zero.
 * - `ptr`: a pointer to a scalar: absent is nil; any present value (even '', 0, false) is non-nil.
 * - `ptrStruct`: a pointer to a struct (Luks.clevis, Clevis.custom; ignition issue #1132).
 * - `struct`: a non-pointer struct: absent when all its members are zero.
 * - `embedded`: an anonymous struct (Node, FileEmbedded1, …): its fields live in the same object.
 * - `slice`: absent (or `null`) is nil; a present array, even empty, is non-nil.
 */

import { type FieldDef, type ScalarKind, schema32 } from './schema.js';
import { type TypeKeys, typeKeys } from './type-keys.js';

export type Obj = Record<string, unknown>;

export interface PrimField {
  readonly kind: 'prim';
  readonly name: string;
  /** Go's zero value for the scalar type: '' for string, 0 for int. */
  readonly zero: '' | 0;
  readonly omitempty: boolean;
}

export type { ScalarKind as Scalar } from './schema.js';

export interface PtrField {
  readonly kind: 'ptr';
  readonly name: string;
  /** The Go type pointed to. */
  readonly scalar: ScalarKind;
}

export interface PtrStructField {
  readonly kind: 'ptrStruct';
  readonly name: string;
  readonly type: StructLayout;
}

export interface StructField {
  readonly kind: 'struct';
  readonly name: string;
  readonly type: StructLayout;
  readonly omitempty: boolean;
}

export interface EmbeddedField {
  readonly kind: 'embedded';
  readonly type: StructLayout;
}

export interface SliceField {
  readonly kind: 'slice';
  readonly name: string;
  /** Element struct layout, or null for a list of strings (`[]Group`, `[]Device`, …). */
  readonly elem: StructLayout | null;
  readonly omitempty: boolean;
}

export type FieldLayout = PrimField | PtrField | PtrStructField | StructField | EmbeddedField | SliceField;
export type NamedFieldLayout = Exclude<FieldLayout, { kind: 'embedded' }>;

export interface StructLayout {
  /** Go type name (`File`, `Node`, `FileEmbedded1`). */
  readonly go: string;
  readonly fields: readonly FieldLayout[];
  /** Go `Key()` (own or promoted from an embedded struct); absent when the type has none. */
  readonly key?: (v: Obj) => string;
  /** Go `IgnoreDuplicates()` (own or promoted): JSON names of the slices appended, not merged by key. */
  readonly ignoreDups: ReadonlySet<string>;
  /** Go `MergedKeys()`: JSON name of a slice → shared key space ("handle"). */
  readonly mergedKeys: ReadonlyMap<string, string>;
}

// The field layout comes from the spec 3.2 table the decoder uses (schema.ts) and the merge metadata
// from the methods the duplicate check also uses (type-keys.ts), so none of them can drift apart.
const KEYS = typeKeys('3.2');

/** File, Directory and Link embed `Node` (its fields first) and `<Name>Embedded1` (the rest). */
const EMBEDS_NODE = new Set(['File', 'Directory', 'Link']);
const NODE_FIELDS = 4;
const NONE: TypeKeys = {};

const layouts = new Map<string, StructLayout>();

/**
 * The layout of Go type `go`. An embedded `<Name>Embedded1` gets its parent's `IgnoreDuplicates()`
 * (File's is FileEmbedded1's, promoted, and the merge of the embedded struct needs it); `Node` gets
 * no methods (its `Key()` is only ever called through File, Directory and Link).
 */
function layoutOf(go: string, defs = schema32.structs[go]!.fields, keys = KEYS[go] ?? NONE): StructLayout {
  let t = layouts.get(go);
  if (t !== undefined) return t;
  const fields: FieldLayout[] = EMBEDS_NODE.has(go)
    ? [
        { kind: 'embedded', type: layoutOf('Node', defs.slice(0, NODE_FIELDS), NONE) },
        { kind: 'embedded', type: layoutOf(go + 'Embedded1', defs.slice(NODE_FIELDS), { ignoreDups: keys.ignoreDups ?? new Set() }) },
      ]
    : defs.map(fieldOf);
  t = {
    go,
    fields,
    ...(keys.key ? { key: keys.key } : {}),
    ignoreDups: keys.ignoreDups ?? new Set(),
    mergedKeys: new Map(Object.entries(keys.mergedKeys ?? {})),
  };
  layouts.set(go, t);
  return t;
}

function fieldOf({ json: name, type, omitEmpty: omitempty }: FieldDef): NamedFieldLayout {
  switch (type.kind) {
    case 'scalar':
      return type.ptr
        ? { kind: 'ptr', name, scalar: type.scalar }
        : { kind: 'prim', name, zero: type.scalar === 'int' ? 0 : '', omitempty };
    case 'struct':
      return type.ptr
        ? { kind: 'ptrStruct', name, type: layoutOf(type.struct) }
        : { kind: 'struct', name, type: layoutOf(type.struct), omitempty };
    case 'slice':
      return { kind: 'slice', name, elem: type.elem.kind === 'struct' ? layoutOf(type.elem.struct) : null, omitempty };
  }
}

/** Go `types.Config` of spec 3.2: `Ignition` has no `omitempty`, so it is always written. */
export const CONFIG = layoutOf('Config');
export const IGNITION = layoutOf('Ignition');
export const PASSWD = layoutOf('Passwd');
export const PASSWD_GROUP = layoutOf('PasswdGroup');
export const PASSWD_USER = layoutOf('PasswdUser');
export const FILE = layoutOf('File');
export const DIRECTORY = layoutOf('Directory');
export const LINK = layoutOf('Link');
export const DISK = layoutOf('Disk');
export const FILESYSTEM = layoutOf('Filesystem');
export const RAID = layoutOf('Raid');
export const UNIT = layoutOf('Unit');

// --- Go value predicates over our objects ------------------------------------------------------

/** Reads a slice field: undefined for Go's nil (absent, null or not an array). */
export const sliceOf = (v: unknown): readonly unknown[] | undefined => (Array.isArray(v) ? v : undefined);

/** Reads a struct-valued member; anything but a plain object is treated as the zero struct. */
export const structOf = (v: unknown): Obj | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;

/** Go `reflect.Value.IsZero` for a non-pointer scalar field. */
export const isPrimZero = (f: PrimField, v: unknown): boolean => v === undefined || v === null || v === f.zero;

/**
 * Go `reflect.Value.IsZero` for a struct value: every field zero, where a pointer is zero only when nil
 * and a slice only when nil (an empty non-nil slice is not zero).
 */
export function isZeroStruct(t: StructLayout, v: Obj | undefined): boolean {
  if (v === undefined) return true;
  for (const f of t.fields) {
    switch (f.kind) {
      case 'prim':
        if (!isPrimZero(f, v[f.name])) return false;
        break;
      case 'ptr':
      case 'ptrStruct':
        if (v[f.name] !== undefined && v[f.name] !== null) return false;
        break;
      case 'slice':
        if (sliceOf(v[f.name]) !== undefined) return false;
        break;
      case 'struct':
        if (!isZeroStruct(f.type, structOf(v[f.name]))) return false;
        break;
      case 'embedded':
        if (!isZeroStruct(f.type, v)) return false;
        break;
    }
  }
  return true;
}

/** The key Go's merge uses for a list element: `Key()` for structs, the string itself for string lists. */
export function elementKey(elem: StructLayout | null, item: unknown): string {
  if (elem === null) return typeof item === 'string' ? item : String(item);
  const s = structOf(item);
  return elem.key && s ? elem.key(s) : '';
}

/**
 * Copies one field of `src` into `out` in canonical form, sharing nested values: required scalars are
 * always written (default zero), zero `omitempty` scalars and nil pointers/slices are left out, zero
 * structs are left out, and `Raid.devices`-style lists (no omitempty) are written as null when nil.
 */
export function copyFieldShared(f: FieldLayout, src: Obj, out: Obj): void {
  switch (f.kind) {
    case 'prim': {
      const v = src[f.name];
      if (!isPrimZero(f, v)) out[f.name] = v;
      else if (!f.omitempty) out[f.name] = f.zero;
      return;
    }
    case 'ptr':
    case 'ptrStruct': {
      const v = src[f.name];
      if (v !== undefined && v !== null) out[f.name] = v;
      return;
    }
    case 'slice': {
      const v = sliceOf(src[f.name]);
      if (v !== undefined) out[f.name] = v;
      else if (!f.omitempty) out[f.name] = null;
      return;
    }
    case 'struct': {
      const v = structOf(src[f.name]);
      if (!isZeroStruct(f.type, v)) out[f.name] = v;
      else if (!f.omitempty) out[f.name] = {};
      return;
    }
    case 'embedded':
      for (const g of f.type.fields) copyFieldShared(g, src, out);
      return;
  }
}

/**
 * A fresh deep copy of a struct value in canonical form (only the layout's fields; nothing shared with
 * the input but strings, numbers and booleans).
 */
export function cloneStruct(t: StructLayout, src: Obj): Obj {
  const out: Obj = {};
  cloneFieldsInto(t, src, out);
  return out;
}

function cloneFieldsInto(t: StructLayout, src: Obj, out: Obj): void {
  for (const f of t.fields) {
    switch (f.kind) {
      case 'prim':
      case 'ptr':
        copyFieldShared(f, src, out);
        break;
      case 'ptrStruct': {
        const v = structOf(src[f.name]);
        if (v !== undefined) out[f.name] = cloneStruct(f.type, v);
        break;
      }
      case 'slice': {
        const v = sliceOf(src[f.name]);
        if (v !== undefined) out[f.name] = cloneList(f.elem, v);
        else if (!f.omitempty) out[f.name] = null;
        break;
      }
      case 'struct': {
        const v = structOf(src[f.name]);
        if (!isZeroStruct(f.type, v)) out[f.name] = cloneStruct(f.type, v as Obj);
        else if (!f.omitempty) out[f.name] = {};
        break;
      }
      case 'embedded':
        cloneFieldsInto(f.type, src, out);
        break;
    }
  }
}

export function cloneList(elem: StructLayout | null, list: readonly unknown[]): unknown[] {
  if (elem === null) return list.slice();
  return list.map((item) => cloneStruct(elem, structOf(item) ?? {}));
}
