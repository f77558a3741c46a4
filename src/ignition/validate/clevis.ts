/**
 * Custom clevis pins.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_2/types/custom.go (`Custom.Validate`: pin and config are
 * plain strings) and config/v3_{3,4}/types/clevis.go (`ClevisCustom.Validate`: pointers, and
 * `needsNetwork` alone also asks for a pin).
 */

import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import { E } from '../shared-errors.js';
import type { AnyCustom } from './any-types.js';
import type { Path } from './util.js';
import { atLeast, isTrue, nilOrEmpty, notEmpty } from './util.js';

const PINS = new Set(['tpm2', 'tang', 'sss']);

export function validateClevisCustom(cu: AnyCustom, c: Path, r: Report, ver: SpecVersion): void {
  if (!atLeast(ver, '3.3')) {
    const pin = cu.pin ?? '';
    const config = cu.config ?? '';
    if (pin === '' && config === '') return;
    if (!PINS.has(pin)) r.error([...c, 'pin'], E.ErrUnknownClevisPin);
    if (config === '') r.error([...c, 'config'], E.ErrClevisConfigRequired);
    return;
  }
  if (nilOrEmpty(cu.pin) && nilOrEmpty(cu.config) && !isTrue(cu.needsNetwork)) return;
  if (notEmpty(cu.pin)) {
    if (!PINS.has(cu.pin!)) r.error([...c, 'pin'], E.ErrUnknownClevisPin);
  } else {
    r.error([...c, 'pin'], E.ErrClevisPinRequired);
  }
  if (nilOrEmpty(cu.config)) r.error([...c, 'config'], E.ErrClevisConfigRequired);
}
