/**
 * Partitions.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/partition.go (`Partition.Validate`,
 * `validateLabel`, `validateGUID`; labels are limited to 36 bytes and may not contain `:`).
 */

import type { Report } from '../report.js';
import type { IgnError } from '../shared-errors.js';
import { E } from '../shared-errors.js';
import type { AnyPartition } from './any-types.js';
import type { Path } from './util.js';
import { byteLength, isFalse, notEmpty } from './util.js';

const GUID = /^(|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$/;

function validateLabel(label: string | undefined): IgnError | null {
  if (label === undefined) return null;
  if (byteLength(label) > 36) return E.ErrLabelTooLong;
  if (label.includes(':')) return E.ErrLabelContainsColon;
  return null;
}

function validateGUID(guid: string | undefined): IgnError | null {
  return guid === undefined || GUID.test(guid) ? null : E.ErrDoesntMatchGUIDRegex;
}

export function validatePartition(p: AnyPartition, c: Path, r: Report): void {
  if (
    isFalse(p.shouldExist) &&
    (p.label !== undefined || notEmpty(p.typeGuid) || notEmpty(p.guid) || p.startMiB !== undefined || p.sizeMiB !== undefined)
  ) {
    r.error(c, E.ErrShouldNotExistWithOthers);
  }
  if ((p.number ?? 0) === 0 && p.label === undefined) r.error(c, E.ErrNeedLabelOrNumber);
  r.error([...c, 'label'], validateLabel(p.label));
  r.error([...c, 'guid'], validateGUID(p.guid));
  r.error([...c, 'typeGuid'], validateGUID(p.typeGuid));
}
