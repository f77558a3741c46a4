/**
 * File and directory mode rules.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/mode.go (`validateMode`; `validateModeSpecialBits`
 * exists up to 3.3 and warns; 3.4 accepts the bits).
 */

import type { IgnError } from '../shared-errors.js';
import { E } from '../shared-errors.js';

export function validateMode(m: number | undefined): IgnError | null {
  return m !== undefined && (m < 0 || m > 0o7777) ? E.ErrFileIllegalMode : null;
}

export function validateModeSpecialBits(m: number | undefined): IgnError | null {
  if (m === undefined) return null;
  // uint32(m) & 07000: the low 12 bits of the two's complement value
  const low12 = ((m % 4096) + 4096) % 4096;
  return (low12 & 0o7000) !== 0 ? E.ErrModeSpecialBits : null;
}
