// Test helper: a canonical 3.2 config (src/ignition/decode.ts form) as Go's clarketm/json would
// marshal it, as a plain JSON value (key order aside), so golden Go output can be compared with it.
import { schema32 } from '../../src/ignition/schema.js';
import type { FieldType, StructDef } from '../../src/ignition/schema.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isEmpty(t: FieldType, v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (t.kind === 'scalar') return t.ptr ? false : v === '' || v === 0 || v === false;
  if (t.kind === 'slice') return (v as unknown[]).length === 0;
  if (t.ptr) return false;
  const def = schema32.structs[t.struct]!;
  return def.fields.every((f) => isEmpty(f.type, (v as Record<string, unknown>)[f.json]));
}

function value(t: FieldType, v: unknown): Json {
  if (v === undefined || v === null) {
    if (t.kind === 'slice' || (t.kind !== 'struct' && t.ptr)) return null;
    if (t.kind === 'scalar') return t.scalar === 'string' ? '' : t.scalar === 'int' ? 0 : false;
    return struct(schema32.structs[t.struct]!, {});
  }
  if (t.kind === 'scalar') return v as Json;
  if (t.kind === 'slice') return (v as unknown[]).map((x) => value(t.elem, x));
  return struct(schema32.structs[t.struct]!, v as Record<string, unknown>);
}

function struct(def: StructDef, o: Record<string, unknown>): Json {
  const out: Record<string, Json> = {};
  for (const f of def.fields) {
    const v = o[f.json];
    if (f.omitEmpty && isEmpty(f.type, v)) continue;
    out[f.json] = value(f.type, v);
  }
  return out;
}

export function goMarshal32(config: unknown): Json {
  return struct(schema32.structs['Config']!, config as Record<string, unknown>);
}
