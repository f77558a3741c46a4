// Shared rules of coreos/ignition v0.35.0's 2.x spec types (config/v2_x/types/{url,path,mode,unit,
// partition,verification}.go, config/shared/validations/unit.go) and the error texts of
// config/shared/errors/errors.go they report.

import { dataURLError } from './dataurl.js';
import { goQueryValues, parseGoURL } from './go-url.js';
import type { Entry } from './report.js';
import { entry } from './report.js';
import type { UnitOption } from './systemd-unit.js';
import { deserializeUnit } from './systemd-unit.js';
import { utf8Length } from './utf8.js';
import { memoString } from './memo.js';

const deserializeOld = memoString((c: string) => deserializeUnit(c, false));

export const E = {
  invalid: 'config is not valid',
  unknownVersion: 'unsupported config version',
  deprecated: 'config format deprecated',
  compressionInvalid: 'invalid compression method',
  oldVersion: 'incorrect config version (too old)',
  newVersion: 'incorrect config version (too new)',
  invalidVersion: "invalid config version (couldn't parse)",
  permissionsUnset: 'permissions unset, defaulting to 0000',
  diskDeviceRequired: 'disk device is required',
  partitionNumbersCollide: 'partition numbers collide',
  partitionsOverlap: 'partitions overlap',
  partitionsMisaligned: 'partitions misaligned',
  appendAndOverwrite: 'cannot set both append and overwrite to true',
  filesystemInvalidFormat: 'invalid filesystem format',
  filesystemNoMountPath: 'filesystem is missing mount or path',
  filesystemMountAndPath: 'filesystem has both mount and path defined',
  usedCreateAndMountOpts: 'cannot use both create object and mount-level options field',
  usedCreateAndWipeFilesystem: 'cannot use both create object and wipeFilesystem field',
  warningCreateDeprecated: 'the create object has been deprecated in favor of mount-level options',
  ext4LabelTooLong: 'filesystem labels cannot be longer than 16 characters when using ext4',
  btrfsLabelTooLong: 'filesystem labels cannot be longer than 256 characters when using btrfs',
  xfsLabelTooLong: 'filesystem labels cannot be longer than 12 characters when using xfs',
  swapLabelTooLong: 'filesystem labels cannot be longer than 15 characters when using swap',
  vfatLabelTooLong: 'filesystem labels cannot be longer than 11 characters when using vfat',
  fileIllegalMode: 'illegal file mode',
  noFilesystem: 'no filesystem specified',
  bothIDAndNameSet: 'cannot set both id and name',
  labelTooLong: 'partition labels may not exceed 36 characters',
  doesntMatchGUIDRegex: 'doesn\'t match the form "01234567-89AB-CDEF-EDCB-A98765432101"',
  labelContainsColon: 'partition label will be truncated to text before the colon',
  pathRelative: 'path not absolute',
  sparesUnsupportedForLevel: 'spares unsupported for arrays with a level greater than 0',
  unrecognizedRaidLevel: 'unrecognized raid level',
  shouldNotExistWithOthers: 'shouldExist specified false with other options also specified',
  zeroesWithShouldNotExist: 'shouldExist is false for a partition and other partition(s) has start or size 0',
  partitionsUnitsMismatch: 'cannot mix MBs and sectors within a disk',
  sizeDeprecated: 'size is deprecated; use sizeMB instead',
  startDeprecated: 'start is deprecated; use startMB instead',
  passwdCreateDeprecated: 'the create object has been deprecated in favor of user-level options',
  passwdCreateAnd: (f: string): string => `cannot use both the create object and the user-level ${f} field`,
  invalidSystemdExt: 'invalid systemd unit extension',
  invalidSystemdDropinExt: 'invalid systemd drop-in extension',
  invalidNetworkdExt: 'invalid networkd unit extension',
  invalidNetworkdDropinExt: 'invalid networkd drop-in extension',
  invalidScheme: 'invalid url scheme',
  invalidUrl: 'unable to parse url',
  hashMalformed: 'malformed hash specifier',
  hashWrongSize: 'incorrect size for hash sum',
  hashUnrecognized: 'unrecognized hash function',
  invalidS3ObjectVersionId: 'invalid S3 object VersionId',
  noInstallSection: (name: string, quote: (s: string) => string): string =>
    `unit ${quote(name)} is enabled, but has no install section so enable does nothing`,
} as const;

export const errs = (...messages: Array<string | undefined>): Entry[] =>
  messages.filter((m): m is string => m !== undefined).map((m) => entry('error', m));

/** `path.IsAbs` based `validatePath` (2.x: only absoluteness). */
export const pathError = (p: string): string | undefined => (p.startsWith('/') ? undefined : E.pathRelative);

/** 2.x `validateURL`: "" is an empty file; http(s)/oem/tftp/s3/data schemes. */
export const urlError = memoString(urlErrorUncached);

function urlErrorUncached(s: string): string | undefined {
  if (s === '') return undefined;
  const u = parseGoURL(s);
  if (u === undefined) return E.invalidUrl;
  switch (u.scheme) {
    case 'http': case 'https': case 'oem': case 'tftp':
      return undefined;
    case 's3': {
      const v = goQueryValues(u.rawQuery, 'versionId');
      if (v !== undefined && (v.length === 0 || v[0] === '')) return E.invalidS3ObjectVersionId;
      return undefined;
    }
    case 'data':
      return dataURLError(s);
    default:
      return E.invalidScheme;
  }
}

/** `validateMode` on a *int. */
export const modeError = (m: number | undefined): string | undefined =>
  m !== undefined && (m < 0 || m > 0o7777) ? E.fileIllegalMode : undefined;

/** `validateUnitContent`: the options, or the error "invalid unit content: ...". */
export function unitContent(contents: string): { options: UnitOption[] | undefined; error: string | undefined } {
  const { options, error } = deserializeOld(contents);
  if (error !== undefined) return { options: undefined, error: `invalid unit content: ${error}` };
  // The old Deserialize returns a nil slice when no option was found.
  return { options: options.length > 0 ? options : undefined, error: undefined };
}

/** shared/validations `ValidateInstallSection` (a warning). */
export function installSectionWarning(
  name: string, enabled: boolean, contentsEmpty: boolean, options: UnitOption[] | undefined, quote: (s: string) => string,
): string | undefined {
  if (!enabled || contentsEmpty || options === undefined) return undefined;
  if (options.some((o) => o.section === 'Install')) return undefined;
  return E.noInstallSection(name, quote);
}

/** path.Ext */
export function pathExt(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i);
  return '';
}

export const UNIT_EXTENSIONS = new Set([
  '.service', '.socket', '.device', '.mount', '.automount', '.swap', '.target', '.path', '.timer', '.snapshot', '.slice', '.scope',
]);

const GUID = /^(|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$/;
export const guidError = (g: string): string | undefined => (GUID.test(g) ? undefined : E.doesntMatchGUIDRegex);

/** `Verification.Validate` for a `*string` hash (2.1+). */
export function hashError(hash: string | undefined): string | undefined {
  if (hash === undefined) return undefined;
  const dash = hash.indexOf('-');
  if (dash < 0) return E.hashMalformed;
  const fn = hash.slice(0, dash);
  const sum = hash.slice(dash + 1);
  if (fn !== 'sha512') return E.hashUnrecognized;
  // len(sum) counts bytes.
  if (utf8Length(sum) !== 128) return E.hashWrongSize;
  return undefined;
}

/** Go `len(s)` of a string: its UTF-8 byte length. */
export const byteLength = (s: string): number => utf8Length(s);
