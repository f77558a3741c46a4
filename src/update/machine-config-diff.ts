// Mirrors MCO release-4.13 pkg/daemon/update.go machineConfigDiff, newMachineConfigDiff and
// canonicalizeKernelType.

import type { IgnitionConfig } from '../ignition/types.js';
import { FILE, PASSWD, UNIT } from '../ignition/go-layout.js';
import { equalPrefix, field, sliceDeepEqual, structDeepEqual } from './_ignition-deep-equal.js';
import { stringSlicesDeepEqual } from './extension-args.js';
import type { DaemonMachineConfig } from './read-machine-config.js';

/** What changed between two MachineConfigs, as the node daemon sees it. */
export interface MachineConfigDiff {
  /** `spec.osImageURL` differs. */
  osUpdate: boolean;
  /** `spec.kernelArguments` differ (nil and empty are equal). */
  kargs: boolean;
  /** The new `spec.fips` differs from the node's FIPS state (see `PlanUpdateOptions.nodeFips`). */
  fips: boolean;
  /** Ignition `passwd` (users, groups) differs. */
  passwd: boolean;
  /** Ignition `storage.files` differ. */
  files: boolean;
  /** Ignition `systemd.units` differ. */
  units: boolean;
  /** The kernel type differs, after `realtime`/anything-else canonicalization. */
  kernelType: boolean;
  /** `spec.extensions` differ (nil and empty are equal). */
  extensions: boolean;
}

/** `realtime` stays `realtime`; anything else (empty, `default`, unknown) is `default`. */
export const canonicalizeKernelType = (kernelType: string): string => (kernelType === 'realtime' ? 'realtime' : 'default');

/** Both nil and empty lists count as "no change"; otherwise the lists must be equal element by element. */
function listChanged(a: readonly string[] | null, b: readonly string[] | null): boolean {
  const bothEmpty = (a?.length ?? 0) === 0 && (b?.length ?? 0) === 0;
  return !(bothEmpty || stringSlicesDeepEqual(a, b));
}

const filesOf = (ign: IgnitionConfig): unknown => field(field(ign, 'storage'), 'files');

/**
 * The daemon's diff of two MachineConfigs and their parsed Ignition configs (`oldFips`: the old
 * config's FIPS flag after checkFIPS, which overwrites it with the node's actual FIPS state), and how
 * many leading files of the two configs are equal (`filesEqualPrefix`):
 * CalculateConfigFileDiffs need not compare those again.
 */
export function machineConfigDiffWithFiles(
  oldConfig: DaemonMachineConfig, newConfig: DaemonMachineConfig,
  oldIgn: IgnitionConfig, newIgn: IgnitionConfig, oldFips: boolean,
): { diff: MachineConfigDiff; filesEqualPrefix: number } {
  const unitsOf = (ign: IgnitionConfig): unknown => field(field(ign, 'systemd'), 'units');
  const [oldFiles, newFiles] = [filesOf(oldIgn), filesOf(newIgn)];
  const prefix = equalPrefix(FILE, oldFiles, newFiles);
  // reflect.DeepEqual of the two slices: same nil-ness, same length, every pair equal.
  const x = Array.isArray(oldFiles) ? oldFiles : undefined;
  const y = Array.isArray(newFiles) ? newFiles : undefined;
  const filesEqual = x === undefined || y === undefined ? x === y : x.length === y.length && prefix === x.length;
  return { filesEqualPrefix: prefix, diff: {
    osUpdate: oldConfig.osImageURL !== newConfig.osImageURL,
    kargs: listChanged(oldConfig.kernelArguments, newConfig.kernelArguments),
    fips: oldFips !== newConfig.fips,
    passwd: !structDeepEqual(PASSWD, field(oldIgn, 'passwd'), field(newIgn, 'passwd')),
    files: !filesEqual,
    units: !sliceDeepEqual(UNIT, unitsOf(oldIgn), unitsOf(newIgn)),
    kernelType: canonicalizeKernelType(oldConfig.kernelType) !== canonicalizeKernelType(newConfig.kernelType),
    extensions: listChanged(oldConfig.extensions, newConfig.extensions),
  } };
}
