/**
 * Path rules of Ignition's validators.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/path.go (`validatePath`, `validatePathNilOK`).
 */

import { clean, isAbs } from '../go/path.js';
import type { IgnError } from '../shared-errors.js';
import { E } from '../shared-errors.js';
import { nilOrEmpty } from './util.js';

export function validatePath(p: string): IgnError | null {
  if (p === '') return E.ErrNoPath;
  if (!isAbs(p)) return E.ErrPathRelative;
  if (clean(p) !== p) return E.ErrDirtyPath;
  return null;
}

export function validatePathNilOK(p: string | undefined): IgnError | null {
  return nilOrEmpty(p) ? null : validatePath(p!);
}
