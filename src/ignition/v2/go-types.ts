// A small description of Go types, enough to replay what encoding/json (decode) and Ignition's
// reflection-based validators (config/validate in v0.35.0, vcontext in v2.15.0) do with the spec
// structs. Values are plain objects keyed by JSON field name; an absent key is Go's zero value
// (nil pointer/slice, "", 0, false, zero struct).

import type { Entry } from './report.js';

export type GoType = GoScalar | GoPtr | GoSlice | GoStruct | GoCustom;

export interface GoScalar {
  k: 'string' | 'bool' | 'int' | 'uint' | 'uint32';
  /** Go's `reflect.Type.String()`, for messages: "int", "types.Device". */
  name: string;
  /** A `Validate() report.Report` method on a named scalar type (v1/v2.0 `Path`, `FileMode`...). */
  validate?: (value: unknown) => Entry[];
}

export interface GoPtr {
  k: 'ptr';
  elem: GoType;
}

export interface GoSlice {
  k: 'slice';
  elem: GoType;
  /** "[]types.File", or the name of a named slice type ("types.MkfsOptions"). */
  name: string;
}

export interface GoField {
  /** JSON name (struct tag), also the key in our values. */
  json: string;
  type: GoType;
}

export interface GoStruct {
  k: 'struct';
  name: string;
  /** Fields in Go declaration order, embedded structs flattened in place. */
  fields: GoField[];
  /** `Validate() report.Report` (v0.35.0 style). */
  validate?: (value: Record<string, unknown>) => Entry[];
  /** `Validate<FieldName>() report.Report` methods, keyed by the field's JSON name. */
  fieldValidators?: Record<string, (value: Record<string, unknown>) => Entry[]>;
}

/** A type with its own `UnmarshalJSON` (v2.0's `IgnitionVersion`, `Url`, `Hash`). */
export interface GoCustom {
  k: 'custom';
  name: string;
  /** Receives the raw JSON text of the value; returns the decoded value or throws a Go error. */
  unmarshal: (raw: string) => unknown;
  validate?: (value: unknown) => Entry[];
}

export const str = (name = 'string'): GoScalar => ({ k: 'string', name });
export const bool = (name = 'bool'): GoScalar => ({ k: 'bool', name });
export const int = (name = 'int'): GoScalar => ({ k: 'int', name });
export const uint = (name = 'uint'): GoScalar => ({ k: 'uint', name });
export const ptr = (elem: GoType): GoPtr => ({ k: 'ptr', elem });
export const slice = (elem: GoType, name?: string): GoSlice => ({ k: 'slice', elem, name: name ?? '[]' + typeName(elem) });

/** Go's `reflect.Type.String()`. */
export function typeName(t: GoType): string {
  switch (t.k) {
    case 'ptr': return '*' + typeName(t.elem);
    case 'slice': return t.name;
    default: return t.name;
  }
}

export const field = (json: string, type: GoType): GoField => ({ json, type });

