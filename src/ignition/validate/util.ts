/**
 * Shared helpers of Ignition's validators.
 *
 * Mirrors coreos/ignition v2.15.0 config/util/helpers.go (`NilOrEmpty`, `NotEmpty`, `IsTrue`,
 * `IsFalse`) and Go's `len(string)`, which counts UTF-8 bytes.
 */

import { utf8Encode } from '../go/utf8.js';
import type { PathSegment } from '../../errors.js';
import type { SpecVersion } from '../schema.js';

export type Path = readonly PathSegment[];

export const nilOrEmpty = (s: string | undefined): boolean => s === undefined || s === '';
export const notEmpty = (s: string | undefined): boolean => s !== undefined && s !== '';
export const isTrue = (b: boolean | undefined): boolean => b === true;
export const isFalse = (b: boolean | undefined): boolean => b === false;


/** Go `len(s)`: UTF-8 byte length. */
export function byteLength(s: string): number {
  // ASCII fast path
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return utf8Encode(s).length;
  return s.length;
}

const order: Record<SpecVersion, number> = { '3.0': 0, '3.1': 1, '3.2': 2, '3.3': 3, '3.4': 4 };

/** `ver >= min` */
export const atLeast = (ver: SpecVersion, min: SpecVersion): boolean => order[ver] >= order[min];
