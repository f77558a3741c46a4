/**
 * LUKS volumes (3.2+).
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/luks.go (`Luks.Validate`, `validateLabel`). In 3.2
 * `clevis` and `clevis.custom` are pointers (present means set); from 3.3 on a custom pin is what
 * makes the custom config count. A bad key file is reported at `keys`, as Ignition does.
 */

import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import { E } from '../shared-errors.js';
import type { AnyLuks } from './any-types.js';
import { validatePath } from './path.js';
import { validateURLNilOK } from './url.js';
import type { Path } from './util.js';
import { atLeast, byteLength, isTrue, nilOrEmpty, notEmpty } from './util.js';

export function validateLuks(l: AnyLuks, c: Path, r: Report, ver: SpecVersion): void {
  if (l.name.includes('/')) r.error([...c, 'name'], E.ErrLuksNameContainsSlash);
  if (!nilOrEmpty(l.label) && byteLength(l.label!) > 47) r.error([...c, 'label'], E.ErrLuksLabelTooLong);
  if (nilOrEmpty(l.device)) r.error([...c, 'device'], E.ErrDiskDeviceRequired);
  else r.error([...c, 'device'], validatePath(l.device!));

  const cl = l.clevis;
  if (cl !== undefined) {
    const custom = atLeast(ver, '3.3') ? notEmpty(cl.custom?.pin) : cl.custom !== undefined;
    const others = (cl.tang?.length ?? 0) > 0 || isTrue(cl.tpm2) || (cl.threshold !== undefined && cl.threshold !== 0);
    if (custom && others) r.error([...c, 'clevis'], E.ErrClevisCustomWithOthers);
  }

  if (validateURLNilOK(l.keyFile?.source, ver) !== null) r.error([...c, 'keys'], E.ErrInvalidLuksKeyFile);
}
