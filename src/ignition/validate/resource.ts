/**
 * Resources (file contents, appended fragments, merged/replaced configs, CA certificates, LUKS key
 * files) and their 3.0 predecessors.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/resource.go (`Resource.Validate`,
 * `validateRequiredSource`, `validateSchemeForHTTPHeaders`), and for 3.0 file.go
 * `FileContents.Validate`, ignition.go `ConfigReference.Validate`, ca.go `CaReference.Validate`.
 */

import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import type { IgnError } from '../shared-errors.js';
import { E } from '../shared-errors.js';
import type { AnyResource } from './any-types.js';
import { parseURL, validateURL, validateURLNilOK } from './url.js';
import type { Path } from './util.js';
import { nilOrEmpty } from './util.js';

function validateCompression(res: AnyResource): IgnError | null {
  if (res.compression === undefined || res.compression === '' || res.compression === 'gzip') return null;
  return E.ErrCompressionInvalid;
}

function validateVerificationSource(res: AnyResource): IgnError | null {
  return res.verification?.hash !== undefined && res.source === undefined ? E.ErrVerificationAndNilSource : null;
}

function validateSchemeForHTTPHeaders(res: AnyResource): IgnError | null {
  if ((res.httpHeaders?.length ?? 0) < 1) return null;
  if (nilOrEmpty(res.source)) return E.ErrInvalidUrl;
  const u = parseURL(res.source!);
  if (!u.ok) return E.ErrInvalidUrl;
  return u.url.scheme === 'http' || u.url.scheme === 'https' ? null : E.ErrUnsupportedSchemeForHTTPHeaders;
}

export function validateResource(res: AnyResource, c: Path, r: Report, ver: SpecVersion): void {
  // Paths are built only for findings: this runs for every file of every config.
  let e = validateCompression(res);
  if (e !== null) r.error([...c, 'compression'], e);
  e = validateVerificationSource(res);
  if (e !== null) r.error([...c, 'verification', 'hash'], e);
  e = validateURLNilOK(res.source, ver);
  if (e !== null) r.error([...c, 'source'], e);
  e = validateSchemeForHTTPHeaders(res);
  if (e !== null) r.error([...c, 'httpHeaders'], e);
}

/** 3.0 FileContents */
export function validateFileContents(res: AnyResource, c: Path, r: Report, ver: SpecVersion): void {
  r.error([...c, 'compression'], validateCompression(res));
  r.error([...c, 'verification', 'hash'], validateVerificationSource(res));
  r.error([...c, 'source'], validateURLNilOK(res.source, ver));
}

/** 3.0 ConfigReference */
export function validateConfigReference(res: AnyResource, c: Path, r: Report, ver: SpecVersion): void {
  r.error([...c, 'source'], validateURLNilOK(res.source, ver));
}

/** 3.0 CaReference: the source is a plain string and required. */
export function validateCaReference(res: AnyResource, c: Path, r: Report, ver: SpecVersion): void {
  r.error([...c, 'source'], validateURL(res.source ?? '', ver));
}

/** Resource.validateRequiredSource (merged configs and CAs, 3.1+) */
export function validateRequiredSource(res: AnyResource, ver: SpecVersion): IgnError | null {
  if (nilOrEmpty(res.source)) return E.ErrSourceRequired;
  return validateURL(res.source!, ver);
}
