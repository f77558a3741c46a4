/**
 * Software RAID arrays and their member devices.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/raid.go (`Raid.Validate`, `validateLevel`; from
 * 3.3 on the level is a pointer and required) and device.go (`Device.Validate`: each member is an
 * absolute, clean path).
 */

import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import type { IgnError } from '../shared-errors.js';
import { E } from '../shared-errors.js';
import type { AnyRaid } from './any-types.js';
import { validatePath } from './path.js';
import type { Path } from './util.js';
import { atLeast, nilOrEmpty } from './util.js';

function validateLevel(ra: AnyRaid, ver: SpecVersion): IgnError | null {
  if (atLeast(ver, '3.3') && nilOrEmpty(ra.level)) return E.ErrRaidLevelRequired;
  switch (ra.level ?? '') {
    case 'linear': case 'raid0': case '0': case 'stripe':
      return ra.spares !== undefined && ra.spares !== 0 ? E.ErrSparesUnsupportedForLevel : null;
    case 'raid1': case '1': case 'mirror':
    case 'raid4': case '4':
    case 'raid5': case '5':
    case 'raid6': case '6':
    case 'raid10': case '10':
      return null;
    default:
      return E.ErrUnrecognizedRaidLevel;
  }
}

export function validateRaid(ra: AnyRaid, c: Path, r: Report, ver: SpecVersion): void {
  r.error([...c, 'level'], validateLevel(ra, ver));
  if ((ra.devices?.length ?? 0) === 0) r.error([...c, 'devices'], E.ErrRaidDevicesRequired);
}

export function validateDevice(device: string, c: Path, r: Report): void {
  r.error(c, validatePath(device));
}
