/**
 * Ignition spec 2.2 as TypeScript types.
 *
 * Mirrors coreos/ignition v0.35.0 config/v2_2/types/schema.go (the 2.x package MCO 4.13 vendors).
 * Field order is Go's (alphabetical, embedded `Node`/`*Embedded1` structs flattened in place).
 * An absent field is Go's zero value: "" / 0 / false / zero struct for plain fields, nil for pointers
 * (`*int`, `*string`, `*bool`, `*Struct`) and slices. Present pointer fields may hold zero values.
 */

export interface Ign2Config {
  ignition?: Ign2Ignition;
  networkd?: Ign2Networkd;
  passwd?: Ign2Passwd;
  storage?: Ign2Storage;
  systemd?: Ign2Systemd;
}

export interface Ign2Ignition {
  config?: Ign2IgnitionConfig;
  security?: Ign2Security;
  timeouts?: Ign2Timeouts;
  version?: string;
}

export interface Ign2IgnitionConfig {
  append?: Ign2ConfigReference[];
  replace?: Ign2ConfigReference;
}

export interface Ign2ConfigReference {
  source?: string;
  verification?: Ign2Verification;
}

export type Ign2CaReference = Ign2ConfigReference;

export interface Ign2Security {
  tls?: Ign2TLS;
}

export interface Ign2TLS {
  certificateAuthorities?: Ign2CaReference[];
}

export interface Ign2Timeouts {
  httpResponseHeaders?: number;
  httpTotal?: number;
}

export interface Ign2Verification {
  /** `*string` */
  hash?: string;
}

export interface Ign2Networkd {
  units?: Ign2NetworkdUnit[];
}

export interface Ign2NetworkdUnit {
  contents?: string;
  dropins?: Ign2Dropin[];
  name?: string;
}

export interface Ign2Dropin {
  contents?: string;
  name?: string;
}

export interface Ign2Passwd {
  groups?: Ign2PasswdGroup[];
  users?: Ign2PasswdUser[];
}

export interface Ign2PasswdGroup {
  /** `*int` */
  gid?: number;
  name?: string;
  passwordHash?: string;
  system?: boolean;
}

export interface Ign2PasswdUser {
  /** `*Usercreate` (deprecated in 2.2, dropped by the 3.0 translation) */
  create?: Ign2Usercreate;
  gecos?: string;
  groups?: string[];
  homeDir?: string;
  name?: string;
  noCreateHome?: boolean;
  noLogInit?: boolean;
  noUserGroup?: boolean;
  /** `*string` */
  passwordHash?: string;
  primaryGroup?: string;
  sshAuthorizedKeys?: string[];
  shell?: string;
  system?: boolean;
  /** `*int` */
  uid?: number;
}

export interface Ign2Usercreate {
  gecos?: string;
  groups?: string[];
  homeDir?: string;
  noCreateHome?: boolean;
  noLogInit?: boolean;
  noUserGroup?: boolean;
  primaryGroup?: string;
  shell?: string;
  system?: boolean;
  /** `*int` */
  uid?: number;
}

export interface Ign2Storage {
  directories?: Ign2Directory[];
  disks?: Ign2Disk[];
  files?: Ign2File[];
  filesystems?: Ign2Filesystem[];
  links?: Ign2Link[];
  raid?: Ign2Raid[];
}

/** Go `types.Node`, embedded in File, Directory and Link. */
export interface Ign2Node {
  filesystem?: string;
  /** `*NodeGroup` */
  group?: Ign2NodeOwner;
  /** `*bool`: nil means true in 2.x (the translation to 3.0 says so). */
  overwrite?: boolean;
  path?: string;
  /** `*NodeUser` */
  user?: Ign2NodeOwner;
}

export interface Ign2NodeOwner {
  /** `*int` */
  id?: number;
  name?: string;
}

export interface Ign2File extends Ign2Node {
  append?: boolean;
  contents?: Ign2FileContents;
  /** `*int` */
  mode?: number;
}

export interface Ign2FileContents {
  compression?: string;
  source?: string;
  verification?: Ign2Verification;
}

export interface Ign2Directory extends Ign2Node {
  /** `*int` */
  mode?: number;
}

export interface Ign2Link extends Ign2Node {
  hard?: boolean;
  target?: string;
}

export interface Ign2Disk {
  device?: string;
  partitions?: Ign2Partition[];
  wipeTable?: boolean;
}

export interface Ign2Partition {
  guid?: string;
  label?: string;
  number?: number;
  size?: number;
  start?: number;
  typeGuid?: string;
}

export interface Ign2Filesystem {
  /** `*Mount` */
  mount?: Ign2Mount;
  name?: string;
  /** `*string` */
  path?: string;
}

export interface Ign2Mount {
  /** `*Create` */
  create?: Ign2Create;
  device?: string;
  format?: string;
  /** `*string` */
  label?: string;
  options?: string[];
  /** `*string` */
  uuid?: string;
  wipeFilesystem?: boolean;
}

export interface Ign2Create {
  force?: boolean;
  options?: string[];
}

export interface Ign2Raid {
  devices?: string[];
  level?: string;
  name?: string;
  options?: string[];
  spares?: number;
}

export interface Ign2Systemd {
  units?: Ign2Unit[];
}

export interface Ign2Unit {
  contents?: string;
  dropins?: Ign2Dropin[];
  /** deprecated `enable` */
  enable?: boolean;
  /** `*bool` */
  enabled?: boolean;
  mask?: boolean;
  name?: string;
}
