/**
 * One structural view of every Ignition 3.x config (3.0–3.4), for validators shared across versions.
 * Fields a version lacks are simply absent; fields that are values in one version and pointers in
 * another are optional here (the decoder's canonical form keeps value fields present). A 3.2
 * `IgnitionConfig` (types.ts) is assignable to `AnyConfig`.
 */

export interface AnyVerification { hash?: string }
export interface AnyHeader { name: string; value?: string }
export interface AnyResource {
  compression?: string;
  httpHeaders?: AnyHeader[];
  source?: string;
  verification?: AnyVerification;
}
export interface AnyNodeOwner { id?: number; name?: string }
export interface AnyNode { group?: AnyNodeOwner; overwrite?: boolean; path: string; user?: AnyNodeOwner }
export interface AnyFile extends AnyNode { append?: AnyResource[]; contents?: AnyResource; mode?: number }
export interface AnyDirectory extends AnyNode { mode?: number }
export interface AnyLink extends AnyNode { hard?: boolean; target?: string }
export interface AnyPartition {
  guid?: string; label?: string; number?: number; resize?: boolean; shouldExist?: boolean;
  sizeMiB?: number; startMiB?: number; typeGuid?: string; wipePartitionEntry?: boolean;
}
export interface AnyDisk { device: string; partitions?: AnyPartition[]; wipeTable?: boolean }
export interface AnyFilesystem {
  device: string; format?: string; label?: string; mountOptions?: string[]; options?: string[];
  path?: string; uuid?: string; wipeFilesystem?: boolean;
}
export interface AnyCustom { config?: string; needsNetwork?: boolean; pin?: string }
export interface AnyTang { advertisement?: string; thumbprint?: string; url?: string }
export interface AnyClevis { custom?: AnyCustom; tang?: AnyTang[]; threshold?: number; tpm2?: boolean }
export interface AnyLuks {
  clevis?: AnyClevis; device?: string; discard?: boolean; keyFile?: AnyResource; label?: string; name: string;
  openOptions?: string[]; options?: string[]; uuid?: string; wipeVolume?: boolean;
}
export interface AnyRaid { devices?: string[] | null; level?: string; name: string; options?: string[]; spares?: number }
export interface AnyStorage {
  directories?: AnyDirectory[]; disks?: AnyDisk[]; files?: AnyFile[]; filesystems?: AnyFilesystem[];
  links?: AnyLink[]; luks?: AnyLuks[]; raid?: AnyRaid[];
}
export interface AnyDropin { contents?: string; name: string }
export interface AnyUnit { contents?: string; dropins?: AnyDropin[]; enabled?: boolean; mask?: boolean; name: string }
export interface AnySystemd { units?: AnyUnit[] }
export interface AnyProxy { httpProxy?: string; httpsProxy?: string; noProxy?: string[] }
export interface AnyIgnitionConfig { merge?: AnyResource[]; replace?: AnyResource }
export interface AnyIgnition {
  config?: AnyIgnitionConfig; proxy?: AnyProxy; security?: { tls?: { certificateAuthorities?: AnyResource[] } };
  timeouts?: { httpResponseHeaders?: number; httpTotal?: number }; version?: string;
}
export interface AnyKernelArguments { shouldExist?: string[]; shouldNotExist?: string[] }
export interface AnyConfig {
  ignition: AnyIgnition;
  kernelArguments?: AnyKernelArguments;
  passwd?: { groups?: Array<{ name: string }>; users?: Array<{ name: string }> };
  storage?: AnyStorage;
  systemd?: AnySystemd;
}
