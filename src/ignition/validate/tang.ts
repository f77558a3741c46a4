/**
 * Tang servers of a clevis binding (3.2+).
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/tang.go (`Tang.Validate`; 3.4 adds the
 * offline-provisioning `advertisement`, which must be valid JSON).
 */

import { utf8Encode } from '../go/utf8.js';
import { checkValid } from '../go/json-scanner.js';
import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import { E } from '../shared-errors.js';
import type { AnyTang } from './any-types.js';
import { validateTangURL } from './url.js';
import type { Path } from './util.js';
import { atLeast, nilOrEmpty, notEmpty } from './util.js';

export function validateTang(t: AnyTang, c: Path, r: Report, ver: SpecVersion): void {
  r.error([...c, 'url'], validateTangURL(t.url ?? ''));
  if (nilOrEmpty(t.thumbprint)) r.error([...c, 'thumbprint'], E.ErrTangThumbprintRequired);
  if (atLeast(ver, '3.4') && notEmpty(t.advertisement)) {
    if (checkValid(utf8Encode(t.advertisement!)) !== null) {
      r.error([...c, 'advertisement'], E.ErrInvalidTangAdvertisement);
    }
  }
}
