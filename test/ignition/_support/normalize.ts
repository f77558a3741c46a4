/**
 * Test helper: a minimal JSON → canonical IgnitionConfig reader for spec 3.2.0 objects, driven by the Go
 * layout (exact key names; JSON null for a pointer or slice is nil). Not a parser: no validation, no
 * case-insensitive keys; used only to feed conformance configs to the merge before the real parser exists.
 */
import { CONFIG, type Obj, type StructLayout, isZeroStruct } from '../../../src/ignition/go-layout.js';
import type { IgnitionConfig } from '../../../src/ignition/types.js';

function normalizeStruct(t: StructLayout, raw: Obj, out: Obj): void {
  for (const f of t.fields) {
    if (f.kind === 'embedded') {
      normalizeStruct(f.type, raw, out);
      continue;
    }
    const v = raw[f.name];
    switch (f.kind) {
      case 'prim':
        if (v !== undefined && v !== null && v !== f.zero) out[f.name] = v;
        else if (!f.omitempty) out[f.name] = f.zero;
        break;
      case 'ptr':
        if (v !== undefined && v !== null) out[f.name] = v;
        break;
      case 'ptrStruct':
        if (v !== undefined && v !== null) out[f.name] = normalize(f.type, v as Obj);
        break;
      case 'struct': {
        const s = v !== undefined && v !== null ? normalize(f.type, v as Obj) : {};
        if (!isZeroStruct(f.type, s) || !f.omitempty) out[f.name] = s;
        break;
      }
      case 'slice':
        if (Array.isArray(v)) out[f.name] = f.elem === null ? [...v] : v.map((x) => normalize(f.elem as StructLayout, x as Obj));
        else if (!f.omitempty) out[f.name] = null;
        break;
    }
  }
}

function normalize(t: StructLayout, raw: Obj): Obj {
  const out: Obj = {};
  normalizeStruct(t, raw, out);
  return out;
}

export const normalizeIgnition32 = (raw: unknown): IgnitionConfig => normalize(CONFIG, raw as Obj) as unknown as IgnitionConfig;
