/**
 * The `Key()`, `IgnoreDuplicates()` and `MergedKeys()` methods of the Ignition 3.x types, by JSON
 * names: what the merge (go-layout.ts) and the duplicate check (validate/walk.ts) both go by.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_{0,1,2,3,4}/types/*.go (the methods) as
 * config/merge/merge.go and config/validate/validate.go `ValidateDups` call them.
 */

import type { SpecVersion } from './schema.js';
import { atLeast } from './validate/util.js';

type Obj = Record<string, unknown>;

export interface TypeKeys {
  /** `Key()` of a list element of this type. */
  readonly key?: (v: Obj) => string;
  /** `IgnoreDuplicates()`: list fields appended by the merge and not checked for duplicates. */
  readonly ignoreDups?: ReadonlySet<string>;
  /** `MergedKeys()`: list fields sharing one key space (the merge's "handle"). */
  readonly mergedKeys?: Readonly<Record<string, string>>;
}

const by = (field: string) => (v: Obj): string => {
  const s = v[field];
  return typeof s === 'string' ? s : '';
};

/** Go `fmt.Sprintf("%d", int)` (digits, never an exponent). */
const goInt = (n: number): string => (Number.isInteger(n) && !Number.isSafeInteger(n) ? BigInt(n).toString() : String(n));

/** Partition.Key(): "number:%d" when Number != 0, else "label:%s" when Label != nil, else "". */
const partitionKey = (v: Obj): string => {
  const n = v['number'];
  if (typeof n === 'number' && n !== 0) return `number:${goInt(n)}`;
  const label = v['label'];
  return typeof label === 'string' ? `label:${label}` : '';
};

/** The methods of each type of spec `ver` that has any, by Go type name. */
export function typeKeys(ver: SpecVersion): Readonly<Record<string, TypeKeys>> {
  const path = by('path');
  const name = by('name');
  const source = { key: by('source') };
  const options = new Set(['options']);
  const keys: Record<string, TypeKeys> = {
    // Files, directories and links share one key space: the path.
    Storage: { mergedKeys: { directories: 'Node', files: 'Node', links: 'Node' } },
    Directory: { key: path },
    File: { key: path, ignoreDups: new Set(['append']) },
    Link: { key: path },
    Disk: { key: by('device') },
    Partition: { key: partitionKey },
    Filesystem: { key: by('device'), ignoreDups: atLeast(ver, '3.1') ? new Set(['options', 'mountOptions']) : options },
    Raid: { key: name, ignoreDups: options },
    PasswdUser: { key: name },
    PasswdGroup: { key: name },
    Unit: { key: name },
    Dropin: { key: name },
  };
  if (ver === '3.0') keys['ConfigReference'] = keys['CaReference'] = source;
  else {
    keys['Resource'] = source;
    keys['HTTPHeader'] = { key: name };
  }
  if (atLeast(ver, '3.2')) {
    keys['Luks'] = { key: name, ignoreDups: options };
    keys['Tang'] = { key: by('url') };
  }
  if (atLeast(ver, '3.3')) keys['KernelArguments'] = { mergedKeys: { shouldExist: 'KernelArgument', shouldNotExist: 'KernelArgument' } };
  return keys;
}
