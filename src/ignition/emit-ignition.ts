/**
 * Serializes an Ignition 3.2 config exactly as MCO 4.13 does.
 *
 * Mirrors MCO release-4.13 pkg/controller/common/helpers.go `MergeMachineConfigs`: `json.Marshal(outIgn)`
 * with github.com/clarketm/json v1.17.1 (encode.go: `typeFields` order, `isEmptyValue`) over coreos/ignition
 * v2.15.0 config/v3_2/types/schema.go:
 * - keys in Go struct declaration order, embedded structs flattened in place (Node's group, overwrite,
 *   path, user come first in files, directories and links);
 * - `omitempty`: nil pointers and empty slices omitted, "" omitted for Ignition.version and Tang.url, 0 for
 *   Partition.number; a pointer that is set is written even when it points at "", 0 or false;
 * - clarketm also omits an `omitempty` struct whose members are all empty (`"contents": {}` disappears);
 *   Go's standard encoding/json does not (`"proxy": {}` stays) — `omitEmptyStructs: false`;
 * - `Raid.devices` has no omitempty: nil is `null`, an empty list `[]`; `ignition` is always written.
 * Strings and numbers are written by go-json.ts (Go's escaping).
 */

import { goJsonStringSize } from '../_go/json-size.js';
import { RenderError, formatPath, type PathSegment } from '../errors.js';
import { CONFIG, type FieldLayout, type Obj, type Scalar, type StructLayout, structOf } from './go-layout.js';
import { type GoJsonValue, goJsonTextOf, indentGoJson } from './go-json.js';
import type { IgnitionConfig } from './types.js';

export interface GoJsonOptions {
  /**
   * Omit `omitempty` struct fields whose members are all empty, as github.com/clarketm/json does (MCO's
   * `json.Marshal` of rendered configs). `false` is Go's standard encoding/json.
   * Default: true for `toGoJson`/`marshalIgnition`, false for `marshalIgnitionIndent`.
   */
  omitEmptyStructs?: boolean;
}

type NamedField = Exclude<FieldLayout, { kind: 'embedded' }>;
type JsonObject = { [key: string]: GoJsonValue };

/** Stands for an absent struct (read only, never written to). */
const EMPTY: Obj = Object.freeze({}) as Obj;

/** clarketm/json `isEmptyValue` for a struct: every exported field empty (slices by length). */
function isEmptyStruct(t: StructLayout, v: Obj): boolean {
  for (const f of t.fields) {
    if (f.kind === 'embedded') {
      if (!isEmptyStruct(f.type, v)) return false;
      continue;
    }
    const raw = v[f.name];
    if (raw === undefined || raw === null) continue;
    switch (f.kind) {
      case 'prim':
        if (raw !== f.zero) return false;
        break;
      case 'ptr':
      case 'ptrStruct':
        return false;
      case 'slice':
        if (!Array.isArray(raw) || raw.length > 0) return false;
        break;
      case 'struct': {
        const s = structOf(raw);
        if (s === undefined || !isEmptyStruct(f.type, s)) return false;
        break;
      }
    }
  }
  return true;
}

/**
 * Walks a config in Go's field order and builds the JSON value Go's encoder would write (the keys it
 * writes, in order, with `omitempty` applied), checking each value's type on the way.
 */
class ValueBuilder {
  private readonly path: PathSegment[] = [];
  /** With `sized`: bytes of Go's compact JSON for everything built so far (see goJsonSize). */
  size = 0;

  /**
   * `tracked`: keep the JSON path of the value being built, for the error message. Configs this library
   * decoded never fail, so the first attempt goes without and a failure is redone with it (buildGoJson).
   * `sized`: count `size` (renderPool reports it; the serializers have the text to measure).
   */
  constructor(private readonly omitEmptyStructs: boolean, private readonly tracked: boolean, private readonly sized: boolean) {}

  private fail(what: string, value: unknown): never {
    if (!this.tracked) throw RETRY_TRACKED;
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    const at = formatPath(this.path);
    throw new RenderError('INVALID_INPUT', 'merge', `cannot marshal Ignition config: ${at} must be ${what}, got ${got}`, { path: at });
  }

  private checked(kind: Scalar, v: unknown): string | number | boolean {
    if (kind === 'string' ? typeof v === 'string' : kind === 'bool' ? typeof v === 'boolean' : Number.isInteger(v)) {
      return v as string | number | boolean;
    }
    return this.fail(kind === 'int' ? 'an integer' : `a ${kind}`, v);
  }

  private object(v: unknown): Obj {
    return structOf(v) ?? this.fail('an object', v);
  }

  /** Go's byte count for a checked scalar: an integer, a string or a boolean. */
  private static scalarSize(v: string | number | boolean): number {
    return typeof v === 'string' ? goJsonStringSize(v) : typeof v === 'number' ? String(v).length : v ? 4 : 5;
  }

  struct(t: StructLayout, v: Obj): JsonObject {
    const out: JsonObject = {};
    const members = this.fields(t, v, out);
    if (this.sized) this.size += members === 0 ? 2 : members + 1; // braces and commas
    return out;
  }

  /** Writes t's fields of v into out; returns how many it wrote. */
  private fields(t: StructLayout, v: Obj, out: JsonObject): number {
    const fields = t.fields;
    let written = 0;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (f.kind === 'embedded') written += this.fields(f.type, v, out);
      else if (this.tracked) {
        this.path.push(f.name);
        if (this.field(f, v[f.name], out)) written++;
        this.path.pop();
      } else if (this.field(f, v[f.name], out)) written++;
    }
    return written;
  }

  /** One named field; false when Go omits it. */
  private field(f: NamedField, raw: unknown, out: JsonObject): boolean {
    const absent = raw === undefined || raw === null;
    // `"name":` — field names are plain ASCII identifiers.
    const keySize = f.name.length + 3;
    switch (f.kind) {
      case 'prim': {
        const v = absent ? f.zero : this.checked(f.zero === 0 ? 'int' : 'string', raw);
        if (f.omitempty && v === f.zero) return false;
        out[f.name] = v;
        if (this.sized) this.size += keySize + ValueBuilder.scalarSize(v);
        return true;
      }
      case 'ptr': {
        if (absent) return false;
        const v = this.checked(f.scalar, raw);
        out[f.name] = v;
        if (this.sized) this.size += keySize + ValueBuilder.scalarSize(v);
        return true;
      }
      case 'ptrStruct':
        if (absent) return false;
        out[f.name] = this.struct(f.type, this.object(raw));
        if (this.sized) this.size += keySize;
        return true;
      case 'struct': {
        const v = absent ? EMPTY : this.object(raw);
        if (f.omitempty && this.omitEmptyStructs && isEmptyStruct(f.type, v)) return false;
        out[f.name] = this.struct(f.type, v);
        if (this.sized) this.size += keySize;
        return true;
      }
      case 'slice': {
        if (absent) {
          if (f.omitempty) return false;
          out[f.name] = null;
          if (this.sized) this.size += keySize + 4;
          return true;
        }
        if (!Array.isArray(raw)) return this.fail('an array', raw);
        if (f.omitempty && raw.length === 0) return false;
        const list: GoJsonValue[] = [];
        out[f.name] = list;
        if (this.sized) this.size += keySize + (raw.length === 0 ? 2 : raw.length + 1); // brackets and commas
        for (let i = 0; i < raw.length; i++) {
          if (this.tracked) this.path[this.path.length] = i;
          const item: unknown = raw[i];
          if (f.elem === null) {
            const v = this.checked('string', item) as string;
            if (this.sized) this.size += goJsonStringSize(v);
            list.push(v);
          } else list.push(this.struct(f.elem, this.object(item)));
          if (this.tracked) this.path.length--;
        }
        return true;
      }
    }
  }
}

function root(config: IgnitionConfig): Obj {
  const r = structOf(config);
  if (r === undefined) throw new RenderError('INVALID_INPUT', 'merge', 'cannot marshal Ignition config: not an object');
  return r;
}

/**
 * The config as the plain JSON value Go writes: keys in Go's field order, `omitempty` applied.
 *
 * @example
 * toGoJson({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', overwrite: true, contents: {} }] } })
 * // → { ignition: { version: '3.2.0' }, storage: { files: [{ overwrite: true, path: '/a' }] } }
 */
export function toGoJson(config: IgnitionConfig, options: GoJsonOptions = {}): JsonObject {
  return buildGoJson(config, options.omitEmptyStructs ?? true, false).value;
}

/** toGoJson (clarketm/json's omissions), and the length in bytes of the compact JSON Go writes for it. */
export function toGoJsonSized(config: IgnitionConfig): { value: JsonObject; size: number } {
  return buildGoJson(config, true, true);
}

/** Thrown by an untracked ValueBuilder at the first bad value: build again, tracked, for the error. */
const RETRY_TRACKED: unique symbol = Symbol('retry with paths');

function buildGoJson(config: IgnitionConfig, omitEmptyStructs: boolean, sized: boolean): { value: JsonObject; size: number } {
  const r = root(config);
  for (const tracked of [false, true]) {
    const b = new ValueBuilder(omitEmptyStructs, tracked, sized);
    try {
      return { value: b.struct(CONFIG, r), size: b.size };
    } catch (e) {
      if (e !== RETRY_TRACKED) throw e;
    }
  }
  throw new RenderError('INVALID_INPUT', 'merge', 'cannot marshal Ignition config'); // not reached: tracked fails with its own error
}

/**
 * The exact text of MCO's `json.Marshal(outIgn)` (clarketm/json): compact, Go's string escaping.
 * (A JS string; its UTF-8 encoding is Go's bytes.)
 *
 * @example
 * marshalIgnition({ ignition: { version: '3.2.0' }, systemd: { units: [{ name: 'a<b>.service', enabled: false }] } })
 * // → '{"ignition":{"version":"3.2.0"},"systemd":{"units":[{"enabled":false,"name":"a\\u003cb\\u003e.service"}]}}'
 */
export function marshalIgnition(config: IgnitionConfig, options: GoJsonOptions = {}): string {
  // The value Go writes, then the runtime's serializer with Go's escaping (go-json.ts goJsonTextOf).
  return goJsonTextOf(buildGoJson(config, options.omitEmptyStructs ?? true, false).value);
}

/**
 * Go's `json.MarshalIndent(config, prefix, indent)`. By default standard encoding/json, which keeps
 * empty structs (`"proxy": {}`); pass `{ omitEmptyStructs: true }` for clarketm/json.
 *
 * @example
 * marshalIgnitionIndent({ ignition: { version: '3.2.0' } }, '', '  ')
 * // → '{\n  "ignition": {\n    "config": {\n      "replace": {\n        "verification": {}\n      }\n    },\n ...'
 */
export function marshalIgnitionIndent(config: IgnitionConfig, prefix: string, indent: string, options: GoJsonOptions = {}): string {
  return indentGoJson(marshalIgnition(config, { omitEmptyStructs: options.omitEmptyStructs ?? false }), prefix, indent);
}
