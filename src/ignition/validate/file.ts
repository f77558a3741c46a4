/**
 * Files.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/file.go (`File.Validate`, `validateOverwrite`).
 */

import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import { E } from '../shared-errors.js';
import type { AnyFile } from './any-types.js';
import { validateMode, validateModeSpecialBits } from './mode.js';
import { validateNode } from './node.js';
import type { Path } from './util.js';
import { atLeast, isTrue } from './util.js';

export function validateFile(f: AnyFile, c: Path, r: Report, ver: SpecVersion): void {
  validateNode(f, c, r);
  const e = validateMode(f.mode);
  if (e !== null) r.error([...c, 'mode'], e);
  if (!atLeast(ver, '3.4')) {
    const w = validateModeSpecialBits(f.mode);
    if (w !== null) r.warn([...c, 'mode'], w);
  }
  // An overwritten file needs contents to write (MCO forces overwrite: true on every file it merges).
  if (isTrue(f.overwrite) && f.contents?.source === undefined) r.error([...c, 'overwrite'], E.ErrOverwriteAndNilSource);
}
