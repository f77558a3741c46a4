// Go's reflect.DeepEqual over the coreos/ignition v2.15.0 config/v3_2/types structs, which is how MCO
// release-4.13 pkg/daemon/update.go (`reconcilable`, `newMachineConfigDiff`, `verifyUserFields`) and
// pkg/controller/common/helpers.go (`CalculateConfigFileDiffs`) compare Ignition sections.
//
// The Go types decide what "equal" means; they come from the shared layout table (ignition/go-layout.ts):
// - non-pointer scalars (`Node.Path`, `Partition.Number`, `Tang.URL`…): absent equals "" / 0;
// - non-pointer structs (`File.Contents`, `Node.User`, `Resource.Verification`…): absent equals all-zero;
// - pointers (`*string`, `*bool`, `*int`, `*Clevis`): absent/null is nil, and nil differs from a
//   pointer to a zero value (`overwrite: false` is not the same as no overwrite);
// - slices: absent/null is nil, and DeepEqual tells a nil slice from an empty one, so `[]` and absent
//   differ. A parsed config keeps `[]` only where the JSON had it, as Go's decoder does.
// Fields outside the schema are ignored (Go's decoder drops them).

import { sliceOf, structOf, type FieldLayout, type StructLayout } from '../ignition/go-layout.js';

/** An own property of an object, or undefined (never the prototype chain: keys like `__proto__` are data). */
export function field(o: unknown, key: string): unknown {
  const s = structOf(o);
  return s !== undefined && Object.hasOwn(s, key) ? s[key] : undefined;
}

const isNil = (v: unknown): boolean => v === undefined || v === null;

/** `reflect.DeepEqual` of two Go slices whose elements are `elem` structs, or strings when `elem` is null. */
export function sliceDeepEqual(elem: StructLayout | null, a: unknown, b: unknown): boolean {
  const x = sliceOf(a);
  const y = sliceOf(b);
  if (x === undefined || y === undefined) return x === y;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (elem === null ? x[i] !== y[i] : !structDeepEqual(elem, x[i], y[i])) return false;
  }
  return true;
}

/** `reflect.DeepEqual` of one field of two struct values. */
export function fieldDeepEqual(f: FieldLayout, a: unknown, b: unknown): boolean {
  switch (f.kind) {
    case 'embedded':
      return structDeepEqual(f.type, a, b);
    case 'prim': {
      const x = field(a, f.name);
      const y = field(b, f.name);
      return (isNil(x) ? f.zero : x) === (isNil(y) ? f.zero : y);
    }
    case 'ptr': {
      const x = field(a, f.name);
      const y = field(b, f.name);
      return isNil(x) || isNil(y) ? isNil(x) && isNil(y) : x === y;
    }
    case 'ptrStruct': {
      const x = field(a, f.name);
      const y = field(b, f.name);
      return isNil(x) || isNil(y) ? isNil(x) && isNil(y) : structDeepEqual(f.type, x, y);
    }
    case 'struct':
      return structDeepEqual(f.type, field(a, f.name), field(b, f.name));
    case 'slice':
      return sliceDeepEqual(f.elem, field(a, f.name), field(b, f.name));
  }
}

/** `reflect.DeepEqual` of two values of the Go struct type `t` (absent is the zero struct). */
export function structDeepEqual(t: StructLayout, a: unknown, b: unknown): boolean {
  for (const f of t.fields) if (!fieldDeepEqual(f, a, b)) return false;
  return true;
}

/** Go `len(s)` of a slice field value. */
export const goLen = (v: unknown): number => sliceOf(v)?.length ?? 0;
