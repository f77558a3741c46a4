/**
 * TLS certificate authorities (3.1+).
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/tls.go (`TLS.Validate`).
 */

import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import type { AnyResource } from './any-types.js';
import { validateRequiredSource } from './resource.js';
import type { Path } from './util.js';

export function validateTLS(tls: { certificateAuthorities?: AnyResource[] }, c: Path, r: Report, ver: SpecVersion): void {
  tls.certificateAuthorities?.forEach((ca, i) =>
    r.error([...c, 'certificateAuthorities', i], validateRequiredSource(ca, ver)),
  );
}
