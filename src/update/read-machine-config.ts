// Reads the MachineConfig fields the node daemon's update planning uses, as Go's encoding/json decodes
// them into MCO release-4.13 mcfgv1.MachineConfig (pkg/apis/machineconfiguration.openshift.io/v1/types.go):
// keys match field names exactly or case-insensitively (Go 1.19 decode.go: exact name first, then
// folded), a later matching key overrides an earlier one, `null` leaves a string or bool untouched and
// makes a list nil, and a nested object decodes into the struct already there.
// Also mirrors update.go canonicalizeEmptyMC (a missing old config is the empty MachineConfig).

import { RenderError } from '../errors.js';
import { checkObjectLimits, RENDERED_LIMIT } from '../check-limits.js';

/** The fields of a MachineConfig the daemon's update planning reads, with Go's zero values. */
export interface DaemonMachineConfig {
  osImageURL: string;
  /** `spec.config` as given (a RawExtension: usually an Ignition object, or JSON text); undefined when absent. */
  config: unknown;
  /** nil (null) differs from empty in Go, but every use here goes through `len` first. */
  kernelArguments: string[] | null;
  extensions: string[] | null;
  fips: boolean;
  kernelType: string;
}

const SPEC_FIELDS = ['osImageURL', 'config', 'kernelArguments', 'extensions', 'fips', 'kernelType'] as const;
type SpecField = (typeof SPEC_FIELDS)[number];

/** encoding/json's fold for ASCII field names: ASCII case, plus U+212A KELVIN SIGN ~ k and U+017F LONG S ~ s. */
const fold = (s: string): string =>
  s.replace(/[A-Z\u212a\u017f]/g, (c) => (c === '\u212a' ? 'k' : c === '\u017f' ? 's' : c.toLowerCase()));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(message: string, path: string, side: string): never {
  throw new RenderError('INVALID_INPUT', 'decode', `${side} MachineConfig: ${path}: ${message}`, { path });
}

/** The field a JSON key decodes into, among `names`, or undefined. */
function fieldFor<T extends string>(key: string, names: readonly T[]): T | undefined {
  for (const n of names) if (key === n) return n;
  const k = fold(key);
  for (const n of names) if (k === fold(n)) return n;
  return undefined;
}

function stringList(v: unknown, path: string, side: string): string[] | null {
  if (v === null) return null;
  if (!Array.isArray(v)) fail('expected a list of strings', path, side);
  return v.map((x, i) => {
    if (x === null) return ''; // null into a Go string element: the zero value
    if (typeof x !== 'string') fail('expected a string', `${path}.${i}`, side);
    return x;
  });
}

function decodeSpec(spec: Record<string, unknown>, into: DaemonMachineConfig, side: string): void {
  for (const key of Object.keys(spec)) {
    const name: SpecField | undefined = fieldFor(key, SPEC_FIELDS);
    if (name === undefined) continue;
    const v = spec[key];
    const path = `$.spec.${key}`;
    switch (name) {
      case 'osImageURL':
      case 'kernelType':
        if (v === null) break;
        if (typeof v !== 'string') fail('expected a string', path, side);
        into[name] = v;
        break;
      case 'fips':
        if (v === null) break;
        if (typeof v !== 'boolean') fail('expected a boolean', path, side);
        into.fips = v;
        break;
      case 'kernelArguments':
      case 'extensions':
        into[name] = stringList(v, path, side);
        break;
      case 'config':
        // runtime.RawExtension.UnmarshalJSON: `null` leaves Raw as it was.
        if (v !== null) into.config = v;
        break;
    }
  }
}

/**
 * The daemon's view of a MachineConfig. `undefined`/`null` is the empty MachineConfig (canonicalizeEmptyMC:
 * an Ignition config of the current spec version and nothing else). Anything that Go's decoder would
 * reject (a non-object, a list of non-strings…) is a RenderError `INVALID_INPUT`.
 */
export function readMachineConfig(mc: unknown, side: 'old' | 'new'): DaemonMachineConfig {
  const out: DaemonMachineConfig = {
    osImageURL: '', config: undefined, kernelArguments: null, extensions: null, fips: false, kernelType: '',
  };
  if (mc === undefined || mc === null) {
    if (side === 'new') fail('expected a MachineConfig object', '$', side);
    out.config = { ignition: { version: '3.2.0' } };
    return out;
  }
  if (!isObject(mc)) fail('expected a MachineConfig object', '$', side);
  // A rendered config: renderPool may make one past etcd's limit (with a warning), not past RENDERED_LIMIT.
  checkObjectLimits(mc, `${side} MachineConfig`, 'decode', undefined, RENDERED_LIMIT);
  for (const key of Object.keys(mc)) {
    if (fieldFor(key, ['spec'] as const) === undefined) continue;
    const spec = mc[key];
    if (spec === null) continue;
    if (!isObject(spec)) fail('expected an object', `$.${key}`, side);
    decodeSpec(spec, out, side);
  }
  return out;
}
