/**
 * Filesystems.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/filesystem.go (`Filesystem.Validate`,
 * `validateFormat` — `none` is a format from 3.3 on — and `validateLabel`, whose limits count bytes).
 */

import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import type { IgnError } from '../shared-errors.js';
import { E } from '../shared-errors.js';
import type { AnyFilesystem } from './any-types.js';
import { validatePath, validatePathNilOK } from './path.js';
import type { Path } from './util.js';
import { atLeast, byteLength, isTrue, nilOrEmpty, notEmpty } from './util.js';

function validateFormat(f: AnyFilesystem, ver: SpecVersion): IgnError | null {
  if (nilOrEmpty(f.format)) {
    if (
      notEmpty(f.path) || notEmpty(f.label) || notEmpty(f.uuid) || isTrue(f.wipeFilesystem) ||
      (f.mountOptions?.length ?? 0) !== 0 || (f.options?.length ?? 0) !== 0
    ) {
      return E.ErrFormatNilWithOthers;
    }
    return null;
  }
  switch (f.format) {
    case 'ext4': case 'btrfs': case 'xfs': case 'swap': case 'vfat':
      return null;
    case 'none':
      return atLeast(ver, '3.3') ? null : E.ErrFilesystemInvalidFormat;
    default:
      return E.ErrFilesystemInvalidFormat;
  }
}

const LABEL_LIMITS: Record<string, [number, IgnError]> = {
  ext4: [16, E.ErrExt4LabelTooLong],
  btrfs: [256, E.ErrBtrfsLabelTooLong],
  xfs: [12, E.ErrXfsLabelTooLong],
  swap: [15, E.ErrSwapLabelTooLong],
  vfat: [11, E.ErrVfatLabelTooLong],
};

function validateLabel(f: AnyFilesystem): IgnError | null {
  if (nilOrEmpty(f.label)) return null;
  if (nilOrEmpty(f.format)) return E.ErrLabelNeedsFormat;
  const limit = Object.hasOwn(LABEL_LIMITS, f.format!) ? LABEL_LIMITS[f.format!] : undefined;
  if (limit !== undefined && byteLength(f.label!) > limit[0]) return limit[1];
  return null;
}

export function validateFilesystem(f: AnyFilesystem, c: Path, r: Report, ver: SpecVersion): void {
  r.error([...c, 'path'], validatePathNilOK(f.path));
  r.error([...c, 'device'], validatePath(f.device));
  r.error([...c, 'format'], validateFormat(f, ver));
  r.error([...c, 'label'], validateLabel(f));
}
