/**
 * The `ignition` section: version, merged/replaced configs.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/ignition.go (`Ignition.Validate`,
 * `IgnitionConfig.Validate` — the latter from 3.1 on).
 */

import { isSpec, parseSemver } from '../go/semver.js';
import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import { E } from '../shared-errors.js';
import type { AnyIgnition, AnyIgnitionConfig } from './any-types.js';
import { validateRequiredSource } from './resource.js';
import type { Path } from './util.js';

const minor: Record<SpecVersion, number> = { '3.0': 0, '3.1': 1, '3.2': 2, '3.3': 3, '3.4': 4 };

export function validateIgnitionSection(ign: AnyIgnition, c: Path, r: Report, ver: SpecVersion): void {
  const at = [...c, 'version'];
  const v = parseSemver(ign.version ?? '');
  if (v === null) r.error(at, E.ErrInvalidVersion);
  else if (!isSpec(v, minor[ver])) r.error(at, E.ErrUnknownVersion);
}

export function validateIgnitionConfig(ic: AnyIgnitionConfig, c: Path, r: Report, ver: SpecVersion): void {
  ic.merge?.forEach((res, i) => r.error([...c, 'merge', i], validateRequiredSource(res, ver)));
}
