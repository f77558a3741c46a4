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

type Obj = Record<string, unknown>;
type Eq = (a: Obj | undefined, b: Obj | undefined) => boolean;

/** An own property of a struct value (undefined: absent). */
const own = (o: Obj | undefined, key: string): unknown => (o !== undefined && Object.hasOwn(o, key) ? o[key] : undefined);

/**
 * Comparators compiled once per Go type: a file list of a big rendered config is compared field by
 * field tens of thousands of times (twice per update plan), so the per-field decisions are made once.
 */
const compiled = new Map<StructLayout, Eq>();

function structEq(t: StructLayout): Eq {
  const known = compiled.get(t);
  if (known !== undefined) return known;
  const checks: Eq[] = [];
  const eq: Eq = (a, b) => {
    if (a === b) return true;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(a, b)) return false;
    return true;
  };
  compiled.set(t, eq); // before the fields: types can nest
  for (const f of t.fields) checks.push(fieldEq(f));
  return eq;
}

function sliceEq(elem: StructLayout | null, a: unknown, b: unknown): boolean {
  const x = sliceOf(a);
  const y = sliceOf(b);
  if (x === undefined || y === undefined) return x === y;
  if (x.length !== y.length) return false;
  if (elem === null) {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  const eq = structEq(elem);
  for (let i = 0; i < x.length; i++) if (!eq(structOf(x[i]), structOf(y[i]))) return false;
  return true;
}

function fieldEq(f: FieldLayout): Eq {
  switch (f.kind) {
    case 'embedded': {
      const eq = structEq(f.type);
      return (a, b) => eq(a, b);
    }
    case 'prim': {
      const { name, zero } = f;
      return (a, b) => {
        const x = own(a, name);
        const y = own(b, name);
        return (isNil(x) ? zero : x) === (isNil(y) ? zero : y);
      };
    }
    case 'ptr': {
      const { name } = f;
      return (a, b) => {
        const x = own(a, name);
        const y = own(b, name);
        return isNil(x) || isNil(y) ? isNil(x) && isNil(y) : x === y;
      };
    }
    case 'ptrStruct': {
      const { name, type } = f;
      return (a, b) => {
        const x = own(a, name);
        const y = own(b, name);
        return isNil(x) || isNil(y) ? isNil(x) && isNil(y) : structEq(type)(structOf(x), structOf(y));
      };
    }
    case 'struct': {
      const { name, type } = f;
      return (a, b) => structEq(type)(structOf(own(a, name)), structOf(own(b, name)));
    }
    case 'slice': {
      const { name, elem } = f;
      return (a, b) => sliceEq(elem, own(a, name), own(b, name));
    }
  }
}

/**
 * How many leading elements of two slices of `elem` structs are pairwise `reflect.DeepEqual`. With
 * equal lengths, nil-ness and a prefix of the whole length, the slices are DeepEqual.
 */
export function equalPrefix(elem: StructLayout, a: unknown, b: unknown): number {
  const x = sliceOf(a) ?? [];
  const y = sliceOf(b) ?? [];
  const n = Math.min(x.length, y.length);
  const eq = structEq(elem);
  let i = 0;
  while (i < n && eq(structOf(x[i]), structOf(y[i]))) i++;
  return i;
}

/** `reflect.DeepEqual` of two Go slices whose elements are `elem` structs, or strings when `elem` is null. */
export function sliceDeepEqual(elem: StructLayout | null, a: unknown, b: unknown): boolean {
  return sliceEq(elem, a, b);
}

/** `reflect.DeepEqual` of one field of two struct values. */
export function fieldDeepEqual(f: FieldLayout, a: unknown, b: unknown): boolean {
  return fieldEq(f)(structOf(a), structOf(b));
}

/** `reflect.DeepEqual` of two values of the Go struct type `t` (absent is the zero struct). */
export function structDeepEqual(t: StructLayout, a: unknown, b: unknown): boolean {
  return structEq(t)(structOf(a), structOf(b));
}

/** Go `len(s)` of a slice field value. */
export const goLen = (v: unknown): number => sliceOf(v)?.length ?? 0;
