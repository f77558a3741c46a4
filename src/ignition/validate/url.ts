/**
 * Which resource URLs Ignition accepts.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/url.go `validateURL` / `validateURLNilOK`:
 * http, https, tftp (all versions), gs (3.2+), s3 (with a non-empty `versionId` if
 * given), arn (3.4: an S3 ARN), data (must decode). Also tang.go `validateTangURL`.
 */

import { decodeDataURL } from '../go/dataurl.js';
import { memoize } from '../go/memo.js';
import { parseQuery, parseURL as goParseURL } from '../go/url.js';
import type { SpecVersion } from '../schema.js';
import type { IgnError } from '../shared-errors.js';
import { E } from '../shared-errors.js';
import { atLeast, nilOrEmpty } from './util.js';

/** url.Parse, memoized (sources are validated once per spec version a config passes through). */
export const parseURL = memoize(goParseURL);

/** dataurl.DecodeString error, or null; memoized. */
const dataURLError = memoize((s: string): string | null => {
  const d = decodeDataURL(s, false);
  return d.ok ? null : d.error;
});

function s3VersionIdOK(rawQuery: string): boolean {
  const v = parseQuery(rawQuery).get('versionId');
  return v === undefined || (v.length > 0 && v[0] !== '');
}

/** aws-sdk-go aws/arn `IsARN` + `Parse` (service and resource are all Ignition looks at). */
function parseArn(s: string): { service: string; resource: string } | null {
  if (!s.startsWith('arn:')) return null;
  let colons = 0;
  for (const ch of s) if (ch === ':') colons++;
  if (colons < 5) return null;
  const sections: string[] = [];
  let rest = s;
  for (let k = 0; k < 5; k++) {
    const i = rest.indexOf(':');
    sections.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  sections.push(rest);
  return { service: sections[2]!, resource: sections[5]! };
}

export function validateURL(s: string, ver: SpecVersion): IgnError | null {
  const parsed = parseURL(s);
  if (!parsed.ok) return E.ErrInvalidUrl;
  const u = parsed.url;
  switch (u.scheme) {
    case 'http':
    case 'https':
    case 'tftp':
      return null;
    case 'gs':
      return atLeast(ver, '3.2') ? null : E.ErrInvalidScheme;
    case 's3':
      return s3VersionIdOK(u.rawQuery) ? null : E.ErrInvalidS3ObjectVersionId;
    case 'arn': {
      if (!atLeast(ver, '3.4')) return E.ErrInvalidScheme;
      const full = u.scheme + ':' + u.opaque;
      const arn = parseArn(full);
      if (arn === null || arn.service !== 's3') return E.ErrInvalidS3ARN;
      const parts = full.split('/').length;
      if (arn.resource.startsWith('accesspoint/') ? parts < 3 : parts < 2) return E.ErrInvalidS3ARN;
      return s3VersionIdOK(u.rawQuery) ? null : E.ErrInvalidS3ObjectVersionId;
    }
    case 'data': {
      const err = dataURLError(s);
      return err === null ? null : { code: 'INVALID_DATA_URL', message: err };
    }
    default:
      return E.ErrInvalidScheme;
  }
}

export function validateURLNilOK(s: string | undefined, ver: SpecVersion): IgnError | null {
  return nilOrEmpty(s) ? null : validateURL(s!, ver);
}

/** tang.go validateTangURL */
export function validateTangURL(s: string): IgnError | null {
  const parsed = parseURL(s);
  if (!parsed.ok) return E.ErrInvalidUrl;
  return parsed.url.scheme === 'http' || parsed.url.scheme === 'https' ? null : E.ErrInvalidScheme;
}
