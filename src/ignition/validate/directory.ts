/**
 * Directories.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/directory.go (`Directory.Validate`).
 */

import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import type { AnyDirectory } from './any-types.js';
import { validateMode, validateModeSpecialBits } from './mode.js';
import { validateNode } from './node.js';
import type { Path } from './util.js';
import { atLeast } from './util.js';

export function validateDirectory(d: AnyDirectory, c: Path, r: Report, ver: SpecVersion): void {
  validateNode(d, c, r);
  const e = validateMode(d.mode);
  if (e !== null) r.error([...c, 'mode'], e);
  if (!atLeast(ver, '3.4')) {
    const w = validateModeSpecialBits(d.mode);
    if (w !== null) r.warn([...c, 'mode'], w);
  }
}
