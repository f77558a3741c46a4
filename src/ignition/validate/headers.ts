/**
 * HTTP headers of a resource (3.1+).
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/headers.go (`HTTPHeader.Validate`).
 */

import type { Report } from '../report.js';
import { E } from '../shared-errors.js';
import type { AnyHeader } from './any-types.js';
import type { Path } from './util.js';

export function validateHTTPHeader(h: AnyHeader, c: Path, r: Report): void {
  if (h.name === '') r.error([...c, 'name'], E.ErrEmptyHTTPHeaderName);
  if (h.value !== undefined && h.value === '') r.error([...c, 'value'], E.ErrInvalidHTTPHeader);
}
