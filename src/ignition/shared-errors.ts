/**
 * Ignition's error values, one constant per rule, with a stable SCREAMING_SNAKE code for diagnostics.
 *
 * Mirrors coreos/ignition v2.15.0 config/shared/errors/errors.go (messages word for word; the code is
 * the Go name without `Err`, except ErrOverwriteAndNilSource, whose documented code is
 * FILE_OVERWRITE_NIL_SOURCE).
 */

export interface IgnError {
  readonly code: string;
  readonly message: string;
}

export const E = {
  ErrInvalid: { code: 'INVALID', message: 'config is not valid' },
  ErrEmpty: { code: 'EMPTY', message: 'not a config (empty)' },
  ErrDuplicate: { code: 'DUPLICATE', message: 'duplicate entry defined' },
  ErrInvalidVersion: { code: 'INVALID_VERSION', message: "invalid config version (couldn't parse)" },
  ErrUnknownVersion: { code: 'UNKNOWN_VERSION', message: 'unsupported config version' },
  ErrDeprecated: { code: 'DEPRECATED', message: 'config format deprecated' },
  ErrCompressionInvalid: { code: 'COMPRESSION_INVALID', message: 'invalid compression method' },
  ErrFileUsedSymlink: { code: 'FILE_USED_SYMLINK', message: 'file path includes link in config' },
  ErrDirectoryUsedSymlink: { code: 'DIRECTORY_USED_SYMLINK', message: 'directory path includes link in config' },
  ErrLinkUsedSymlink: { code: 'LINK_USED_SYMLINK', message: 'link path includes link in config' },
  ErrLinkTargetRequired: { code: 'LINK_TARGET_REQUIRED', message: 'link target is required' },
  ErrHardLinkToDirectory: { code: 'HARD_LINK_TO_DIRECTORY', message: 'hard link target is a directory' },
  ErrHardLinkSpecifiesOwner: { code: 'HARD_LINK_SPECIFIES_OWNER', message: 'user/group ignored for hard link' },
  ErrDiskDeviceRequired: { code: 'DISK_DEVICE_REQUIRED', message: 'disk device is required' },
  ErrPartitionNumbersCollide: { code: 'PARTITION_NUMBERS_COLLIDE', message: 'partition numbers collide' },
  ErrPartitionsOverlap: { code: 'PARTITIONS_OVERLAP', message: 'partitions overlap' },
  ErrPartitionsMisaligned: { code: 'PARTITIONS_MISALIGNED', message: 'partitions misaligned' },
  ErrOverwriteAndNilSource: { code: 'FILE_OVERWRITE_NIL_SOURCE', message: 'overwrite must be false if source is unspecified' },
  ErrVerificationAndNilSource: { code: 'VERIFICATION_AND_NIL_SOURCE', message: 'source must be specified if verification is specified' },
  ErrFilesystemInvalidFormat: { code: 'FILESYSTEM_INVALID_FORMAT', message: 'invalid filesystem format' },
  ErrLabelNeedsFormat: { code: 'LABEL_NEEDS_FORMAT', message: 'filesystem must specify format if label is specified' },
  ErrFormatNilWithOthers: { code: 'FORMAT_NIL_WITH_OTHERS', message: 'format cannot be empty when path, label, uuid, wipeFilesystem, options, or mountOptions is specified' },
  ErrExt4LabelTooLong: { code: 'EXT4_LABEL_TOO_LONG', message: 'filesystem labels cannot be longer than 16 characters when using ext4' },
  ErrBtrfsLabelTooLong: { code: 'BTRFS_LABEL_TOO_LONG', message: 'filesystem labels cannot be longer than 256 characters when using btrfs' },
  ErrXfsLabelTooLong: { code: 'XFS_LABEL_TOO_LONG', message: 'filesystem labels cannot be longer than 12 characters when using xfs' },
  ErrSwapLabelTooLong: { code: 'SWAP_LABEL_TOO_LONG', message: 'filesystem labels cannot be longer than 15 characters when using swap' },
  ErrVfatLabelTooLong: { code: 'VFAT_LABEL_TOO_LONG', message: 'filesystem labels cannot be longer than 11 characters when using vfat' },
  ErrLuksLabelTooLong: { code: 'LUKS_LABEL_TOO_LONG', message: 'luks device labels cannot be longer than 47 characters' },
  ErrLuksNameContainsSlash: { code: 'LUKS_NAME_CONTAINS_SLASH', message: 'device names cannot contain slashes' },
  ErrInvalidLuksKeyFile: { code: 'INVALID_LUKS_KEY_FILE', message: 'invalid key-file source' },
  ErrClevisPinRequired: { code: 'CLEVIS_PIN_REQUIRED', message: 'missing required custom clevis pin' },
  ErrUnknownClevisPin: { code: 'UNKNOWN_CLEVIS_PIN', message: 'unsupported clevis pin' },
  ErrClevisConfigRequired: { code: 'CLEVIS_CONFIG_REQUIRED', message: 'missing required custom clevis config' },
  ErrClevisCustomWithOthers: { code: 'CLEVIS_CUSTOM_WITH_OTHERS', message: 'cannot use custom clevis config with tpm2, tang, or threshold' },
  ErrTangThumbprintRequired: { code: 'TANG_THUMBPRINT_REQUIRED', message: 'thumbprint is required' },
  ErrInvalidTangAdvertisement: { code: 'INVALID_TANG_ADVERTISEMENT', message: 'advertisement is not valid JSON' },
  ErrFileIllegalMode: { code: 'FILE_ILLEGAL_MODE', message: 'illegal file mode' },
  ErrModeSpecialBits: { code: 'MODE_SPECIAL_BITS', message: 'setuid/setgid/sticky bits are not supported in spec versions older than 3.4.0' },
  ErrBothIDAndNameSet: { code: 'BOTH_ID_AND_NAME_SET', message: 'cannot set both id and name' },
  ErrLabelTooLong: { code: 'LABEL_TOO_LONG', message: 'partition labels may not exceed 36 characters' },
  ErrDoesntMatchGUIDRegex: { code: 'DOESNT_MATCH_GUID_REGEX', message: "doesn't match the form \"01234567-89AB-CDEF-EDCB-A98765432101\"" },
  ErrLabelContainsColon: { code: 'LABEL_CONTAINS_COLON', message: 'partition label will be truncated to text before the colon' },
  ErrNoPath: { code: 'NO_PATH', message: 'path not specified' },
  ErrPathRelative: { code: 'PATH_RELATIVE', message: 'path not absolute' },
  ErrDirtyPath: { code: 'DIRTY_PATH', message: 'path is not fully simplified' },
  ErrPartitionsOverwritten: { code: 'PARTITIONS_OVERWRITTEN', message: 'filesystem overwrites partitioned device' },
  ErrFilesystemImplicitWipe: { code: 'FILESYSTEM_IMPLICIT_WIPE', message: 'device matches disk with wipeTable enabled; filesystem will be wiped' },
  ErrRaidLevelRequired: { code: 'RAID_LEVEL_REQUIRED', message: 'raid level is required' },
  ErrSparesUnsupportedForLevel: { code: 'SPARES_UNSUPPORTED_FOR_LEVEL', message: 'spares unsupported for linear and raid0 arrays' },
  ErrUnrecognizedRaidLevel: { code: 'UNRECOGNIZED_RAID_LEVEL', message: 'unrecognized raid level' },
  ErrRaidDevicesRequired: { code: 'RAID_DEVICES_REQUIRED', message: 'raid devices required' },
  ErrShouldNotExistWithOthers: { code: 'SHOULD_NOT_EXIST_WITH_OTHERS', message: 'shouldExist specified false with other options also specified' },
  ErrZeroesWithShouldNotExist: { code: 'ZEROES_WITH_SHOULD_NOT_EXIST', message: 'shouldExist is false for a partition and other partition(s) has start or size 0' },
  ErrNeedLabelOrNumber: { code: 'NEED_LABEL_OR_NUMBER', message: 'a partition number >= 1 or a label must be specified' },
  ErrDuplicateLabels: { code: 'DUPLICATE_LABELS', message: 'cannot use the same partition label twice' },
  ErrInvalidProxy: { code: 'INVALID_PROXY', message: 'proxies must be http(s)' },
  ErrInsecureProxy: { code: 'INSECURE_PROXY', message: 'insecure plaintext HTTP proxy specified for HTTPS resources' },
  ErrPathConflictsSystemd: { code: 'PATH_CONFLICTS_SYSTEMD', message: 'path conflicts with systemd unit or dropin' },
  ErrInvalidSystemdExt: { code: 'INVALID_SYSTEMD_EXT', message: 'invalid systemd unit extension' },
  ErrInvalidSystemdDropinExt: { code: 'INVALID_SYSTEMD_DROPIN_EXT', message: 'invalid systemd drop-in extension' },
  ErrNoSystemdExt: { code: 'NO_SYSTEMD_EXT', message: 'no systemd unit extension' },
  ErrInvalidInstantiatedUnit: { code: 'INVALID_INSTANTIATED_UNIT', message: 'invalid systemd instantiated unit' },
  ErrSourceRequired: { code: 'SOURCE_REQUIRED', message: 'source is required' },
  ErrInvalidScheme: { code: 'INVALID_SCHEME', message: 'invalid url scheme' },
  ErrInvalidUrl: { code: 'INVALID_URL', message: 'unable to parse url' },
  ErrInvalidHTTPHeader: { code: 'INVALID_HTTP_HEADER', message: 'unable to parse HTTP header' },
  ErrEmptyHTTPHeaderName: { code: 'EMPTY_HTTP_HEADER_NAME', message: "HTTP header name can't be empty" },
  ErrUnsupportedSchemeForHTTPHeaders: { code: 'UNSUPPORTED_SCHEME_FOR_HTTP_HEADERS', message: 'cannot use HTTP headers with this source scheme' },
  ErrHashMalformed: { code: 'HASH_MALFORMED', message: 'malformed hash specifier' },
  ErrHashWrongSize: { code: 'HASH_WRONG_SIZE', message: 'incorrect size for hash sum' },
  ErrHashUnrecognized: { code: 'HASH_UNRECOGNIZED', message: 'unrecognized hash function' },
  ErrEngineConfiguration: { code: 'ENGINE_CONFIGURATION', message: 'engine incorrectly configured' },
  ErrInvalidS3ARN: { code: 'INVALID_S3_ARN', message: 'invalid S3 ARN format' },
  ErrInvalidS3ObjectVersionId: { code: 'INVALID_S3_OBJECT_VERSION_ID', message: 'invalid S3 object VersionId' },
  ErrFilePermissionsUnset: { code: 'FILE_PERMISSIONS_UNSET', message: 'permissions unset, defaulting to 0644' },
  ErrDirectoryPermissionsUnset: { code: 'DIRECTORY_PERMISSIONS_UNSET', message: 'permissions unset, defaulting to 0755' },
} as const satisfies Record<string, IgnError>;

export type IgnErrorName = keyof typeof E;

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
