/**
 * Which resource URLs Ignition accepts.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/url.go `validateURL` / `validateURLNilOK`:
 * http, https, tftp (all versions), gs (3.2+), s3 (with a non-empty `versionId` if
 * given), arn (3.4: an S3 ARN), data (must decode). Also tang.go `validateTangURL`.
 */

import { decodeDataURL } from '../go/dataurl.js';
import { memoize } from '../go/memo.js';
import type { ParseResult } from '../go/url.js';
import { parseQuery, parseURL as goParseURL } from '../go/url.js';
import type { SpecVersion } from '../schema.js';
import type { IgnError } from '../shared-errors.js';
import { E } from '../shared-errors.js';
import { atLeast, nilOrEmpty } from './util.js';

/**
 * What a source string's checks depend on, worked out once per string: `url.Parse`'s result, and the
 * verdict of `validateURL` (which depends on the spec version only through the schemes it allows).
 */
interface URLFacts {
  readonly parsed: ParseResult;
  /** validateURL's error for specs that allow the scheme. */
  verdict: IgnError | null | undefined;
  /** The first spec that allows the scheme (gs: 3.2, arn: 3.4), or null for all of them. */
  since: SpecVersion | null;
}

const urlFacts = memoize((s: string): URLFacts => ({ parsed: goParseURL(s), verdict: undefined, since: null }));

/** url.Parse, memoized (sources are validated once per spec version a config passes through). */
export const parseURL = (s: string): ParseResult => urlFacts(s).parsed;

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

/** A control character (url.Parse refuses it) or `#` (a fragment, which url.Parse unescapes). */
const CTL_OR_FRAGMENT = /[\x00-\x1f\x7f#]/;

/**
 * `data:` followed by anything but `/`, without control characters or `#`: Go's url.Parse accepts it as
 * an opaque URL with scheme `data` and no fragment (it checks nothing else on that path). The usual
 * MachineConfig source, recognised without parsing or memoizing a string that may be megabytes long.
 */
export function isPlainOpaqueDataURL(s: string): boolean {
  return s.startsWith('data:') && s.charCodeAt(5) !== 0x2f && !CTL_OR_FRAGMENT.test(s);
}

export function validateURL(s: string, ver: SpecVersion): IgnError | null {
  // `data:,…` that decodes: its characters include no control character and no `#` (see dataurl.ts),
  // so it is also a plain opaque data URL, and valid.
  if (s.startsWith('data:,') && decodeDataURL(s, false).ok) return null;
  if (isPlainOpaqueDataURL(s)) {
    // Every spec allows the scheme: decoding alone decides.
    const d = decodeDataURL(s, false);
    return d.ok ? null : { code: 'INVALID_DATA_URL', message: d.error };
  }
  const facts = urlFacts(s);
  if (facts.verdict === undefined) computeVerdict(s, facts);
  return facts.since !== null && !atLeast(ver, facts.since) ? E.ErrInvalidScheme : facts.verdict!;
}

/** Go's validateURL for a spec that allows every scheme it knows (3.4), and the spec each scheme needs. */
function computeVerdict(s: string, facts: URLFacts): void {
  const parsed = facts.parsed;
  if (!parsed.ok) {
    facts.verdict = E.ErrInvalidUrl;
    return;
  }
  const u = parsed.url;
  switch (u.scheme) {
    case 'http':
    case 'https':
    case 'tftp':
      facts.verdict = null;
      return;
    case 'gs':
      facts.since = '3.2';
      facts.verdict = null;
      return;
    case 's3':
      facts.verdict = s3VersionIdOK(u.rawQuery) ? null : E.ErrInvalidS3ObjectVersionId;
      return;
    case 'arn': {
      facts.since = '3.4';
      const full = u.scheme + ':' + u.opaque;
      const arn = parseArn(full);
      const parts = full.split('/').length;
      if (arn === null || arn.service !== 's3' || (arn.resource.startsWith('accesspoint/') ? parts < 3 : parts < 2)) {
        facts.verdict = E.ErrInvalidS3ARN;
      } else facts.verdict = s3VersionIdOK(u.rawQuery) ? null : E.ErrInvalidS3ObjectVersionId;
      return;
    }
    case 'data': {
      const d = decodeDataURL(s, false);
      facts.verdict = d.ok ? null : { code: 'INVALID_DATA_URL', message: d.error };
      return;
    }
    default:
      facts.verdict = E.ErrInvalidScheme;
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
