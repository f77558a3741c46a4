// Shared rules of coreos/ignition v0.35.0's 2.x spec types (config/v2_x/types/{url,path,mode,unit,
// partition,verification}.go, config/shared/validations/unit.go) and the error texts of
// config/shared/errors/errors.go they report (the texts v2.15.0 kept are taken from shared-errors.ts).

import { decodeDataURL } from '../go/dataurl.js';
import { parseQuery, parseURL } from '../go/url.js';
import type { Entry } from './report.js';
import { entry } from './report.js';
import { E as IGN, noInstallSection } from '../shared-errors.js';
import type { UnitOption } from '../go/systemd-unit.js';
import { deserializeUnit } from '../go/systemd-unit.js';
import { utf8Length } from '../../_go/fmt.js';
import { ext } from '../go/path.js';
import { memoize } from '../go/memo.js';

// Memoized: a config's units and URLs are checked once per spec version it passes through (2.2
// parse, ValidateIgnition, 2.3 check).
const deserializeOld = memoize((c: string) => deserializeUnit(c, false), { entries: 2048 });

export const E = {
  invalid: IGN.ErrInvalid.message,
  unknownVersion: IGN.ErrUnknownVersion.message,
  deprecated: IGN.ErrDeprecated.message,
  compressionInvalid: IGN.ErrCompressionInvalid.message,
  oldVersion: 'incorrect config version (too old)',
  newVersion: 'incorrect config version (too new)',
  invalidVersion: IGN.ErrInvalidVersion.message,
  permissionsUnset: 'permissions unset, defaulting to 0000',
  diskDeviceRequired: IGN.ErrDiskDeviceRequired.message,
  partitionNumbersCollide: IGN.ErrPartitionNumbersCollide.message,
  partitionsOverlap: IGN.ErrPartitionsOverlap.message,
  partitionsMisaligned: IGN.ErrPartitionsMisaligned.message,
  appendAndOverwrite: 'cannot set both append and overwrite to true',
  filesystemInvalidFormat: IGN.ErrFilesystemInvalidFormat.message,
  filesystemNoMountPath: 'filesystem is missing mount or path',
  filesystemMountAndPath: 'filesystem has both mount and path defined',
  usedCreateAndMountOpts: 'cannot use both create object and mount-level options field',
  usedCreateAndWipeFilesystem: 'cannot use both create object and wipeFilesystem field',
  warningCreateDeprecated: 'the create object has been deprecated in favor of mount-level options',
  ext4LabelTooLong: IGN.ErrExt4LabelTooLong.message,
  btrfsLabelTooLong: IGN.ErrBtrfsLabelTooLong.message,
  xfsLabelTooLong: IGN.ErrXfsLabelTooLong.message,
  swapLabelTooLong: IGN.ErrSwapLabelTooLong.message,
  vfatLabelTooLong: IGN.ErrVfatLabelTooLong.message,
  fileIllegalMode: IGN.ErrFileIllegalMode.message,
  noFilesystem: 'no filesystem specified',
  bothIDAndNameSet: IGN.ErrBothIDAndNameSet.message,
  labelTooLong: IGN.ErrLabelTooLong.message,
  doesntMatchGUIDRegex: IGN.ErrDoesntMatchGUIDRegex.message,
  labelContainsColon: IGN.ErrLabelContainsColon.message,
  pathRelative: IGN.ErrPathRelative.message,
  sparesUnsupportedForLevel: 'spares unsupported for arrays with a level greater than 0',
  unrecognizedRaidLevel: IGN.ErrUnrecognizedRaidLevel.message,
  shouldNotExistWithOthers: IGN.ErrShouldNotExistWithOthers.message,
  zeroesWithShouldNotExist: IGN.ErrZeroesWithShouldNotExist.message,
  partitionsUnitsMismatch: 'cannot mix MBs and sectors within a disk',
  sizeDeprecated: 'size is deprecated; use sizeMB instead',
  startDeprecated: 'start is deprecated; use startMB instead',
  passwdCreateDeprecated: 'the create object has been deprecated in favor of user-level options',
  passwdCreateAnd: (f: string): string => `cannot use both the create object and the user-level ${f} field`,
  invalidSystemdExt: IGN.ErrInvalidSystemdExt.message,
  invalidSystemdDropinExt: IGN.ErrInvalidSystemdDropinExt.message,
  invalidNetworkdExt: 'invalid networkd unit extension',
  invalidNetworkdDropinExt: 'invalid networkd drop-in extension',
  invalidScheme: IGN.ErrInvalidScheme.message,
  invalidUrl: IGN.ErrInvalidUrl.message,
  hashMalformed: IGN.ErrHashMalformed.message,
  hashWrongSize: IGN.ErrHashWrongSize.message,
  hashUnrecognized: IGN.ErrHashUnrecognized.message,
  invalidS3ObjectVersionId: IGN.ErrInvalidS3ObjectVersionId.message,
  noInstallSection: (name: string, quote: (s: string) => string): string => noInstallSection(name, quote).message,
} as const;

export const errs = (...messages: Array<string | undefined>): Entry[] =>
  messages.filter((m): m is string => m !== undefined).map((m) => entry('error', m));

/** Raid.Validate (1, 2.0) and Raid.ValidateLevel (2.1 to 2.3): the level, and spares where it has none. */
export function raidLevelError(level: string, spares: number): string | undefined {
  switch (level) {
    case 'linear': case 'raid0': case '0': case 'stripe':
      return spares !== 0 ? E.sparesUnsupportedForLevel : undefined;
    case 'raid1': case '1': case 'mirror': case 'raid4': case '4': case 'raid5': case '5':
    case 'raid6': case '6': case 'raid10': case '10':
      return undefined;
    default:
      return E.unrecognizedRaidLevel;
  }
}

/** `path.IsAbs` based `validatePath` (2.x: only absoluteness). */
export const pathError = (p: string): string | undefined => (p.startsWith('/') ? undefined : E.pathRelative);

/** `dataurl.DecodeString(s)`'s error text, or undefined for a valid data URL. */
export function dataURLError(s: string): string | undefined {
  const r = decodeDataURL(s, false);
  return r.ok ? undefined : r.error;
}

/** 2.x `validateURL`: "" is an empty file; http(s)/oem/tftp/s3/data schemes. */
const urlErrorMemo = memoize((s: string): string | null => urlErrorUncached(s) ?? null, { entries: 2048 });
export const urlError = (s: string): string | undefined => (s === '' ? undefined : urlErrorMemo(s) ?? undefined);

function urlErrorUncached(s: string): string | undefined {
  const p = parseURL(s);
  if (!p.ok) return E.invalidUrl;
  const u = p.url;
  switch (u.scheme) {
    case 'http': case 'https': case 'oem': case 'tftp':
      return undefined;
    case 's3': {
      const v = parseQuery(u.rawQuery).get('versionId');
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
  const r = deserializeOld(contents);
  if (!r.ok) return { options: undefined, error: `invalid unit content: ${r.error}` };
  // The old Deserialize returns a nil slice when no option was found.
  return { options: r.options.length > 0 ? r.options : undefined, error: undefined };
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
export const pathExt = ext;

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
