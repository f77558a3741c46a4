/**
 * Ignition spec 3.2 as exact TypeScript types.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_2/types/schema.go (the version MCO 4.13 vendors). Field
 * order in each interface is Go's declaration order (embedded structs flattened in place), which is
 * the order `json.Marshal` writes; the serializer (emit-ignition.ts) takes its order from the spec 3.2
 * table in schema.ts (through go-layout.ts): keep the two in step.
 *
 * Optional (`?`) fields are Go pointers, slices or `omitempty` values: absent means Go's nil / zero.
 * Field comments follow Ignition's spec document (docs/configuration-v3_2.md).
 */

/**
 * An Ignition spec 3.2.0 config: a rendered MachineConfig's `spec.config`, what `parseIgnition` returns.
 *
 * @example
 * const config: IgnitionConfig = {
 *   ignition: { version: '3.2.0' },
 *   storage: { files: [{ path: '/etc/motd', mode: 420, contents: { source: 'data:,hello' } }] },
 * };
 */
export interface IgnitionConfig {
  /** Metadata about the config itself; `version` is required. */
  ignition: Ignition;
  /** Users and groups to add, change or delete. */
  passwd?: Passwd;
  /** Disks, partitions, RAID, LUKS, filesystems, files, directories and links. */
  storage?: Storage;
  /** systemd units and drop-ins. */
  systemd?: Systemd;
}

/** The config's metadata: its version and how to fetch, merge or replace other configs. */
export interface Ignition {
  /** Remote configs to merge into this one, or one to replace it. */
  config?: IgnitionConfigRef;
  /** HTTP(S) proxy for fetching resources. */
  proxy?: Proxy;
  /** Extra certificate authorities for `https`. */
  security?: Security;
  /** HTTP timeouts for fetching resources. */
  timeouts?: Timeouts;
  /** The spec version: `3.2.0` (Go: omitempty, so `''` is absent). */
  version?: string;
}

/** Go `types.IgnitionConfig` (`ignition.config`): merged and replacing remote configs. */
export interface IgnitionConfigRef {
  /** Configs merged into this one, in order. */
  merge?: Resource[];
  /** A config that replaces this one. */
  replace?: Resource;
}

/** Proxy settings for fetching resources over HTTP(S). */
export interface Proxy {
  /** Proxy URL for HTTP (and HTTPS, unless `httpsProxy` is set). */
  httpProxy?: string;
  /** Proxy URL for HTTPS. */
  httpsProxy?: string;
  /** Hosts not to proxy: IP prefixes, CIDRs, domain names, or `*` for none. */
  noProxy?: string[];
}

/** Network security options. */
export interface Security {
  /** TLS options for `https` fetches. */
  tls?: TLS;
}

/** TLS options for `https` fetches. */
export interface TLS {
  /** Certificate bundles (PEM) trusted in addition to the system's; each `source` unique. */
  certificateAuthorities?: Resource[];
}

/** HTTP timeouts, in seconds; 0 means none. */
export interface Timeouts {
  /** Time to wait for the response headers. Default: 10. */
  httpResponseHeaders?: number;
  /** Time limit for the whole fetch, retries included. Default: 0 (none). */
  httpTotal?: number;
}

/** Additions to the passwd database. */
export interface Passwd {
  /** Groups, each `name` unique. */
  groups?: PasswdGroup[];
  /** Users, each `name` unique. */
  users?: PasswdUser[];
}

/** A group to add (or, with `shouldExist: false`, delete). */
export interface PasswdGroup {
  /** The group ID. */
  gid?: number;
  /** The group name (the merge key). */
  name: string;
  /** The group's encrypted password. */
  passwordHash?: string;
  /** False deletes the group. Default: true. */
  shouldExist?: boolean;
  /** Create it as a system group (only when it does not exist yet). */
  system?: boolean;
}

/** A user account to add or change (or, with `shouldExist: false`, delete). */
export interface PasswdUser {
  /** The GECOS field. */
  gecos?: string;
  /** Supplementary groups. */
  groups?: string[];
  /** The home directory. */
  homeDir?: string;
  /** The user name (the merge key). */
  name: string;
  /** Do not create the home directory (only when the account does not exist yet). */
  noCreateHome?: boolean;
  /** Do not add the user to lastlog and faillog (only when the account does not exist yet). */
  noLogInit?: boolean;
  /** Do not create a group named after the user (only when the account does not exist yet). */
  noUserGroup?: boolean;
  /** The encrypted password. */
  passwordHash?: string;
  /** The primary group's name. */
  primaryGroup?: string;
  /** SSH keys, written to `~/.ssh/authorized_keys.d/ignition`; each unique. */
  sshAuthorizedKeys?: string[];
  /** The login shell. */
  shell?: string;
  /** False deletes the user. Default: true. */
  shouldExist?: boolean;
  /** Create it as a system account (only when it does not exist yet). */
  system?: boolean;
  /** The user ID. */
  uid?: number;
}

/** The desired state of the machine's storage. */
export interface Storage {
  /** Directories to create; files, directories and links share one `path` key space. */
  directories?: Directory[];
  /** Disks to partition, each `device` unique. */
  disks?: Disk[];
  /** Files to write. */
  files?: File[];
  /** Filesystems to create or reuse, each `device` unique. */
  filesystems?: Filesystem[];
  /** Symbolic or hard links to create. */
  links?: Link[];
  /** LUKS devices, each `name` unique. */
  luks?: Luks[];
  /** Software RAID arrays, each `name` unique. */
  raid?: Raid[];
}

/** Go `types.Node`, embedded first in File, Directory and Link. */
export interface Node {
  /** The owning group. */
  group?: NodeGroup;
  /** Delete what exists at the path first. MCO's merge sets it to true on files that leave it out. */
  overwrite?: boolean;
  /** The absolute path (the merge key, shared by files, directories and links). */
  path: string;
  /** The owner. */
  user?: NodeUser;
}

/** A node's group, by ID or name. */
export interface NodeGroup {
  /** The group ID. */
  id?: number;
  /** The group name. */
  name?: string;
}

/** A node's owner, by ID or name. */
export interface NodeUser {
  /** The user ID. */
  id?: number;
  /** The user name. */
  name?: string;
}

/** A file to write. */
export interface File extends Node {
  /** Contents appended to the file, in order (the node daemon refuses updates that use it). */
  append?: Resource[];
  /** The file's contents; without a `source`, an existing file is kept and a missing one created empty. */
  contents?: Resource;
  /** Permission bits as a decimal number (`0644` is 420). Default: 0644. */
  mode?: number;
}

/** A directory to create. */
export interface Directory extends Node {
  /** Permission bits as a decimal number (`0755` is 493). Default: 0755. */
  mode?: number;
}

/** A link to create. */
export interface Link extends Node {
  /** A hard link when true, else a symbolic link. */
  hard?: boolean;
  /** The link's target path. */
  target: string;
}

/** Content fetched from a URL: a config, a file's contents, a CA bundle or a key file. */
export interface Resource {
  /** `gzip`, or empty for none. */
  compression?: string;
  /** Extra HTTP headers (`http` and `https` only). */
  httpHeaders?: HTTPHeader[];
  /** The URL: `http`, `https`, `tftp`, `s3`, `gs` or `data` (RFC 2397). */
  source?: string;
  /** The expected hash of the content. */
  verification?: Verification;
}

/** An HTTP header for a fetch. */
export interface HTTPHeader {
  /** The header name, unique within the list. */
  name: string;
  /** The header value. */
  value?: string;
}

/** How to verify fetched content. */
export interface Verification {
  /** `sha512-<hex>` or `sha256-<hex>`. */
  hash?: string;
}

/** A disk to partition. */
export interface Disk {
  /** The absolute device path, typically a `/dev/disk/by-*` link. */
  device: string;
  /** Partitions, each with a unique `number` (or, for number 0, a unique `label`). */
  partitions?: Partition[];
  /** Erase the partition table first. */
  wipeTable?: boolean;
}

/** A GPT partition. */
export interface Partition {
  /** The partition's unique GUID. */
  guid?: string;
  /** The PARTLABEL. */
  label?: string;
  /** Go `int` with omitempty: 0 is omitted. */
  number?: number;
  /** Resize an existing partition that differs only in size. */
  resize?: boolean;
  /** False deletes the partition (or fails, see `wipePartitionEntry`). Default: true. */
  shouldExist?: boolean;
  /** Size in MiB; 0 takes as much as possible. */
  sizeMiB?: number;
  /** Start in MiB; 0 starts at the largest free block. */
  startMiB?: number;
  /** The GPT partition type GUID. Default: Linux filesystem data. */
  typeGuid?: string;
  /** Replace an existing partition that does not match instead of failing. */
  wipePartitionEntry?: boolean;
}

/** A filesystem to create (or reuse) on a device. */
export interface Filesystem {
  /** The absolute device path. */
  device: string;
  /** `ext4`, `btrfs`, `xfs`, `vfat` or `swap`. */
  format?: string;
  /** The filesystem label. */
  label?: string;
  /** Options for `mount`. */
  mountOptions?: string[];
  /** Options for `mkfs`. */
  options?: string[];
  /** Where Ignition mounts it, relative to the future root. */
  path?: string;
  /** The filesystem UUID. */
  uuid?: string;
  /** Wipe the device before creating the filesystem. Default: false. */
  wipeFilesystem?: boolean;
}

/** A LUKS-encrypted device. */
export interface Luks {
  /** Bind the volume with Clevis (TPM2, Tang or a custom pin). */
  clevis?: Clevis;
  /** The absolute path of the underlying device. */
  device?: string;
  /** The key file's contents. */
  keyFile?: Resource;
  /** The LUKS label. */
  label?: string;
  /** The device-mapper name (the merge key). */
  name: string;
  /** Options for `cryptsetup luksFormat`. */
  options?: string[];
  /** The LUKS UUID. */
  uuid?: string;
  /** Wipe the device before creating the volume. */
  wipeVolume?: boolean;
}

/** Clevis binding of a LUKS volume. */
export interface Clevis {
  /** A custom pin and config, instead of all other options. */
  custom?: ClevisCustom;
  /** Tang servers, each `url` unique. */
  tang?: Tang[];
  /** How many pieces decrypt the device. Default: 1. */
  threshold?: number;
  /** Use the TPM2 device. */
  tpm2?: boolean;
}

/** A Clevis pin and config passed to `clevis luks bind` as they are. */
export interface ClevisCustom {
  /** The pin's configuration JSON. */
  config: string;
  /** Whether unlocking needs the network. */
  needsNetwork?: boolean;
  /** The pin: `tpm2`, `tang` or `sss`. */
  pin: string;
}

/** A Tang server. */
export interface Tang {
  /** Thumbprint of a trusted signing key. */
  thumbprint?: string;
  /** Go `string` with omitempty: "" is omitted. */
  url?: string;
}

/** A software RAID array (md). */
export interface Raid {
  /** Go `[]Device` without omitempty: a nil list marshals as `null`. */
  devices: string[] | null;
  /** The RAID level, e.g. `raid1`, `raid5`, `linear`. */
  level: string;
  /** The md device's name (the merge key). */
  name: string;
  /** Options for `mdadm`. */
  options?: string[];
  /** Number of spare devices. */
  spares?: number;
}

/** The desired state of systemd units. */
export interface Systemd {
  /** Units, each `name` unique. */
  units?: Unit[];
}

/** A systemd unit to write, enable, disable or mask. */
export interface Unit {
  /** The unit file's contents. */
  contents?: string;
  /** Drop-ins, each `name` unique. */
  dropins?: Dropin[];
  /** True enables it, false disables it, absent leaves it alone. */
  enabled?: boolean;
  /** True masks it (links it to `/dev/null`), false unmasks it. */
  mask?: boolean;
  /** The unit name, with its type suffix (`foo.service`). */
  name: string;
}

/** A unit drop-in (`<unit>.d/<name>`). */
export interface Dropin {
  /** The drop-in's contents. */
  contents?: string;
  /** The file name, ending in `.conf`. */
  name: string;
}
