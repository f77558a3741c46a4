/**
 * Hash verification of a resource.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/verification.go (`Verification.Validate`,
 * `HashParts`): `sha512-<128 hex>`, and from 3.1 on `sha256-<64 hex>`. Only the length of the sum is
 * checked, in bytes.
 */

import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import { E } from '../shared-errors.js';
import type { AnyVerification } from './any-types.js';
import type { Path } from './util.js';
import { atLeast, byteLength } from './util.js';

export function validateVerification(v: AnyVerification, c: Path, r: Report, ver: SpecVersion): void {
  if (v.hash === undefined) return;
  const at = [...c, 'hash'];
  const dash = v.hash.indexOf('-');
  if (dash < 0) {
    r.error(at, E.ErrHashMalformed);
    return;
  }
  const fn = v.hash.slice(0, dash);
  const sum = v.hash.slice(dash + 1);
  let size: number;
  if (fn === 'sha512') size = 64;
  else if (fn === 'sha256' && atLeast(ver, '3.1')) size = 32;
  else {
    r.error(at, E.ErrHashUnrecognized);
    return;
  }
  if (byteLength(sum) !== size * 2) r.error(at, E.ErrHashWrongSize);
}
