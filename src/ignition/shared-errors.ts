/**
 * Ignition's error values, one constant per rule, with a stable SCREAMING_SNAKE code for diagnostics.
 *
 * Mirrors coreos/ignition v2.15.0 config/shared/errors/errors.go (messages word for word; the code is
 * the Go name without `Err` in SCREAMING_SNAKE case, except ErrOverwriteAndNilSource, whose documented
 * code is FILE_OVERWRITE_NIL_SOURCE). Kept as a name → message table: the codes are derived.
 */

export interface IgnError {
  readonly code: string;
  readonly message: string;
}

/** Message of each error, by Go name without `Err` (`[code, message]` where the code is not derived). */
const MESSAGES = {
  Invalid: 'config is not valid',
  Empty: 'not a config (empty)',
  Duplicate: 'duplicate entry defined',
  InvalidVersion: "invalid config version (couldn't parse)",
  UnknownVersion: 'unsupported config version',
  Deprecated: 'config format deprecated',
  CompressionInvalid: 'invalid compression method',
  FileUsedSymlink: 'file path includes link in config',
  DirectoryUsedSymlink: 'directory path includes link in config',
  LinkUsedSymlink: 'link path includes link in config',
  LinkTargetRequired: 'link target is required',
  HardLinkToDirectory: 'hard link target is a directory',
  HardLinkSpecifiesOwner: 'user/group ignored for hard link',
  DiskDeviceRequired: 'disk device is required',
  PartitionNumbersCollide: 'partition numbers collide',
  PartitionsOverlap: 'partitions overlap',
  PartitionsMisaligned: 'partitions misaligned',
  OverwriteAndNilSource: ['FILE_OVERWRITE_NIL_SOURCE', 'overwrite must be false if source is unspecified'],
  VerificationAndNilSource: 'source must be specified if verification is specified',
  FilesystemInvalidFormat: 'invalid filesystem format',
  LabelNeedsFormat: 'filesystem must specify format if label is specified',
  FormatNilWithOthers: 'format cannot be empty when path, label, uuid, wipeFilesystem, options, or mountOptions is specified',
  Ext4LabelTooLong: 'filesystem labels cannot be longer than 16 characters when using ext4',
  BtrfsLabelTooLong: 'filesystem labels cannot be longer than 256 characters when using btrfs',
  XfsLabelTooLong: 'filesystem labels cannot be longer than 12 characters when using xfs',
  SwapLabelTooLong: 'filesystem labels cannot be longer than 15 characters when using swap',
  VfatLabelTooLong: 'filesystem labels cannot be longer than 11 characters when using vfat',
  LuksLabelTooLong: 'luks device labels cannot be longer than 47 characters',
  LuksNameContainsSlash: 'device names cannot contain slashes',
  InvalidLuksKeyFile: 'invalid key-file source',
  ClevisPinRequired: 'missing required custom clevis pin',
  UnknownClevisPin: 'unsupported clevis pin',
  ClevisConfigRequired: 'missing required custom clevis config',
  ClevisCustomWithOthers: 'cannot use custom clevis config with tpm2, tang, or threshold',
  TangThumbprintRequired: 'thumbprint is required',
  InvalidTangAdvertisement: 'advertisement is not valid JSON',
  FileIllegalMode: 'illegal file mode',
  ModeSpecialBits: 'setuid/setgid/sticky bits are not supported in spec versions older than 3.4.0',
  BothIDAndNameSet: 'cannot set both id and name',
  LabelTooLong: 'partition labels may not exceed 36 characters',
  DoesntMatchGUIDRegex: "doesn't match the form \"01234567-89AB-CDEF-EDCB-A98765432101\"",
  LabelContainsColon: 'partition label will be truncated to text before the colon',
  NoPath: 'path not specified',
  PathRelative: 'path not absolute',
  DirtyPath: 'path is not fully simplified',
  PartitionsOverwritten: 'filesystem overwrites partitioned device',
  FilesystemImplicitWipe: 'device matches disk with wipeTable enabled; filesystem will be wiped',
  RaidLevelRequired: 'raid level is required',
  SparesUnsupportedForLevel: 'spares unsupported for linear and raid0 arrays',
  UnrecognizedRaidLevel: 'unrecognized raid level',
  RaidDevicesRequired: 'raid devices required',
  ShouldNotExistWithOthers: 'shouldExist specified false with other options also specified',
  ZeroesWithShouldNotExist: 'shouldExist is false for a partition and other partition(s) has start or size 0',
  NeedLabelOrNumber: 'a partition number >= 1 or a label must be specified',
  DuplicateLabels: 'cannot use the same partition label twice',
  InvalidProxy: 'proxies must be http(s)',
  InsecureProxy: 'insecure plaintext HTTP proxy specified for HTTPS resources',
  PathConflictsSystemd: 'path conflicts with systemd unit or dropin',
  InvalidSystemdExt: 'invalid systemd unit extension',
  InvalidSystemdDropinExt: 'invalid systemd drop-in extension',
  NoSystemdExt: 'no systemd unit extension',
  InvalidInstantiatedUnit: 'invalid systemd instantiated unit',
  SourceRequired: 'source is required',
  InvalidScheme: 'invalid url scheme',
  InvalidUrl: 'unable to parse url',
  InvalidHTTPHeader: 'unable to parse HTTP header',
  EmptyHTTPHeaderName: "HTTP header name can't be empty",
  UnsupportedSchemeForHTTPHeaders: 'cannot use HTTP headers with this source scheme',
  HashMalformed: 'malformed hash specifier',
  HashWrongSize: 'incorrect size for hash sum',
  HashUnrecognized: 'unrecognized hash function',
  EngineConfiguration: 'engine incorrectly configured',
  InvalidS3ARN: 'invalid S3 ARN format',
  InvalidS3ObjectVersionId: 'invalid S3 object VersionId',
  FilePermissionsUnset: 'permissions unset, defaulting to 0644',
  DirectoryPermissionsUnset: 'permissions unset, defaulting to 0755',
} as const;

/** SCREAMING_SNAKE of a Go name: `InvalidS3ARN` → `INVALID_S3_ARN`, `BothIDAndNameSet` → `BOTH_ID_AND_NAME_SET`. */
const snake = (name: string): string => name.replace(/([a-z0-9])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])/g, '$1$2_').toUpperCase();

export type IgnErrorName = `Err${keyof typeof MESSAGES}`;

export const E = Object.fromEntries(
  Object.entries(MESSAGES).map(([name, m]): [string, IgnError] => [
    'Err' + name,
    typeof m === 'string' ? { code: snake(name), message: m } : { code: m[0], message: m[1] },
  ]),
) as Readonly<Record<IgnErrorName, IgnError>>;

/** errors.NewNoInstallSectionError */
export const noInstallSection = (name: string, quote: (s: string) => string): IgnError => ({
  code: 'NO_INSTALL_SECTION',
  message: `unit ${quote(name)} is enabled, but has no install section so enable does nothing`,
});

/** errors.NewNoInstallSectionForInstantiableUnitError */
export const noInstallSectionForInstantiableUnit = (
  instantiable: string,
  instance: string,
  quote: (s: string) => string,
): IgnError => ({
  code: 'NO_INSTALL_SECTION_FOR_INSTANTIABLE_UNIT',
  message: `template unit ${quote(instantiable)} for ${quote(instance)} doesn't have Install section`,
});
