/**
 * Ignition spec 3.2 as exact TypeScript types.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_2/types/schema.go (the version MCO 4.13 vendors). Field
 * order in each interface is Go's declaration order (embedded structs flattened in place), which is
 * the order `json.Marshal` writes; the serializer (emit-ignition.ts) takes its order from
 * `IGNITION_FIELD_ORDER` below, so the two are kept side by side.
 *
 * Optional (`?`) fields are Go pointers, slices or `omitempty` values: absent means Go's nil / zero.
 */

export interface IgnitionConfig {
  ignition: Ignition;
  passwd?: Passwd;
  storage?: Storage;
  systemd?: Systemd;
}

export interface Ignition {
  config?: IgnitionConfigRef;
  proxy?: Proxy;
  security?: Security;
  timeouts?: Timeouts;
  version?: string;
}

/** Go `types.IgnitionConfig` (`ignition.config`): merged and replacing remote configs. */
export interface IgnitionConfigRef {
  merge?: Resource[];
  replace?: Resource;
}

export interface Proxy {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string[];
}

export interface Security {
  tls?: TLS;
}

export interface TLS {
  certificateAuthorities?: Resource[];
}

export interface Timeouts {
  httpResponseHeaders?: number;
  httpTotal?: number;
}

export interface Passwd {
  groups?: PasswdGroup[];
  users?: PasswdUser[];
}

export interface PasswdGroup {
  gid?: number;
  name: string;
  passwordHash?: string;
  shouldExist?: boolean;
  system?: boolean;
}

export interface PasswdUser {
  gecos?: string;
  groups?: string[];
  homeDir?: string;
  name: string;
  noCreateHome?: boolean;
  noLogInit?: boolean;
  noUserGroup?: boolean;
  passwordHash?: string;
  primaryGroup?: string;
  sshAuthorizedKeys?: string[];
  shell?: string;
  shouldExist?: boolean;
  system?: boolean;
  uid?: number;
}

export interface Storage {
  directories?: Directory[];
  disks?: Disk[];
  files?: File[];
  filesystems?: Filesystem[];
  links?: Link[];
  luks?: Luks[];
  raid?: Raid[];
}

/** Go `types.Node`, embedded first in File, Directory and Link. */
export interface Node {
  group?: NodeGroup;
  overwrite?: boolean;
  path: string;
  user?: NodeUser;
}

export interface NodeGroup {
  id?: number;
  name?: string;
}

export interface NodeUser {
  id?: number;
  name?: string;
}

export interface File extends Node {
  append?: Resource[];
  contents?: Resource;
  mode?: number;
}

export interface Directory extends Node {
  mode?: number;
}

export interface Link extends Node {
  hard?: boolean;
  target: string;
}

export interface Resource {
  compression?: string;
  httpHeaders?: HTTPHeader[];
  source?: string;
  verification?: Verification;
}

export interface HTTPHeader {
  name: string;
  value?: string;
}

export interface Verification {
  hash?: string;
}

export interface Disk {
  device: string;
  partitions?: Partition[];
  wipeTable?: boolean;
}

export interface Partition {
  guid?: string;
  label?: string;
  /** Go `int` with omitempty: 0 is omitted. */
  number?: number;
  resize?: boolean;
  shouldExist?: boolean;
  sizeMiB?: number;
  startMiB?: number;
  typeGuid?: string;
  wipePartitionEntry?: boolean;
}

export interface Filesystem {
  device: string;
  format?: string;
  label?: string;
  mountOptions?: string[];
  options?: string[];
  path?: string;
  uuid?: string;
  wipeFilesystem?: boolean;
}

export interface Luks {
  clevis?: Clevis;
  device?: string;
  keyFile?: Resource;
  label?: string;
  name: string;
  options?: string[];
  uuid?: string;
  wipeVolume?: boolean;
}

export interface Clevis {
  custom?: ClevisCustom;
  tang?: Tang[];
  threshold?: number;
  tpm2?: boolean;
}

export interface ClevisCustom {
  config: string;
  needsNetwork?: boolean;
  pin: string;
}

export interface Tang {
  thumbprint?: string;
  /** Go `string` with omitempty: "" is omitted. */
  url?: string;
}

export interface Raid {
  /** Go `[]Device` without omitempty: a nil list marshals as `null`. */
  devices: string[] | null;
  level: string;
  name: string;
  options?: string[];
  spares?: number;
}

export interface Systemd {
  units?: Unit[];
}

export interface Unit {
  contents?: string;
  dropins?: Dropin[];
  enabled?: boolean;
  mask?: boolean;
  name: string;
}

export interface Dropin {
  contents?: string;
  name: string;
}
