/**
 * Kubernetes objects the renderer reads and writes, typed as the API server stores them.
 *
 * Mirrors MCO release-4.13 pkg/apis/machineconfiguration.openshift.io/v1/types.go (MachineConfig,
 * MachineConfigPool, ControllerConfig) and k8s.io/apimachinery v0.26 pkg/apis/meta/v1/types.go
 * (ObjectMeta, LabelSelector, OwnerReference), restricted to the fields rendering uses; other fields
 * are carried through untouched.
 */

import type { IgnitionConfig } from '../ignition/types.js';

/** The `apiVersion` of MachineConfigs, MachineConfigPools and ControllerConfigs. */
export const MCO_API_VERSION = 'machineconfiguration.openshift.io/v1';

/** Kubernetes object metadata: the fields rendering reads or writes; others are kept as they are. */
export interface ObjectMeta {
  /** The object's name; a MachineConfig's name decides its place in the merge order. */
  name?: string;
  /** Namespace (MCO's objects are cluster-scoped: absent). */
  namespace?: string;
  /** The API server's unique id; a pool's goes into the rendered config's owner reference. */
  uid?: string;
  /** Labels, matched by the pool's `machineConfigSelector`. */
  labels?: Record<string, string>;
  /** Annotations; the rendered config carries MCO's (generated-by, release image, OS image override). */
  annotations?: Record<string, string>;
  /** Owners; a rendered config's is its pool, as controller. */
  ownerReferences?: OwnerReference[];
  [key: string]: unknown;
}

/** A reference to an owning object (apimachinery `OwnerReference`). */
export interface OwnerReference {
  /** The owner's `apiVersion`. */
  apiVersion: string;
  /** The owner's `kind`, e.g. `MachineConfigPool`. */
  kind: string;
  /** The owner's name. */
  name: string;
  /** The owner's `metadata.uid`. */
  uid: string;
  /** True for the managing controller's owner. */
  controller?: boolean;
  /** True when the owner cannot be deleted in the foreground before this object. */
  blockOwnerDeletion?: boolean;
}

/** The operators of a label selector requirement. */
export type LabelSelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

/** One `matchExpressions` entry of a label selector. */
export interface LabelSelectorRequirement {
  /** The label key. */
  key: string;
  /** How the label's value is compared; other strings are rejected with apimachinery's message (`INVALID_SELECTOR`). */
  operator: LabelSelectorOperator | (string & {});
  /** Values for `In`/`NotIn` (required, non-empty); must be empty for `Exists`/`DoesNotExist`. */
  values?: string[] | null;
}

/** A Kubernetes label selector: every `matchLabels` entry and every requirement must hold. */
export interface LabelSelector {
  /** Label key → value, each an `In` requirement with one value. */
  matchLabels?: Record<string, string> | null;
  /** Set-based requirements. */
  matchExpressions?: LabelSelectorRequirement[] | null;
}

/**
 * `spec.config` is a `runtime.RawExtension`: any JSON document, usually an Ignition config object of
 * spec 2.2 or 3.0–3.4 (or a JSON string holding one). It is parsed by `parseIgnition`.
 */
export type RawIgnition = unknown;

/** What a MachineConfig asks of a node. Absent fields are Go's zero values. */
export interface MachineConfigSpec {
  /** The OS image; when set, overrides the ControllerConfig's (the last config by name wins). */
  osImageURL?: string;
  /** The extensions image; when set, overrides the ControllerConfig's (the last config by name wins). */
  baseOSExtensionsContainerImage?: string;
  /** Raw Ignition, spec 2.2 or 3.0–3.4. */
  config?: RawIgnition;
  /** Kernel arguments, each applied as the node daemon splits it (`splitKernelArguments`). */
  kernelArguments?: string[] | null;
  /** RHCOS extensions by name (`extensionCatalogs`). */
  extensions?: string[] | null;
  /** FIPS mode; the rendered config has it if any config does. */
  fips?: boolean;
  /** `''`, `default` or `realtime` in 4.13; the rendered config is `realtime` if any config is. */
  kernelType?: string;
}

/** A MachineConfig as the API server stores it. */
export interface MachineConfig {
  /** `machineconfiguration.openshift.io/v1` when set. */
  apiVersion?: string;
  /** `MachineConfig` when set. */
  kind?: string;
  /** Name and labels (the pool's selector matches the labels). */
  metadata?: ObjectMeta;
  /** What the config asks for. */
  spec?: MachineConfigSpec;
}

/** The spec of a rendered MachineConfig: the merged fields, with `config` an Ignition 3.2 object. */
export interface RenderedMachineConfigSpec {
  /** The ControllerConfig's `baseOSContainerImage`, or the last override by name. */
  osImageURL: string;
  /** The ControllerConfig's `baseOSExtensionsContainerImage`, or the last override by name. */
  baseOSExtensionsContainerImage: string;
  /** The merged Ignition 3.2 config, in Go's field order and omissions. */
  config: IgnitionConfig;
  /** Concatenated in merge order with exact duplicates dropped, then Ignition's `kernelArguments.shouldExist`. */
  kernelArguments: string[] | null;
  /** Concatenated in merge order. */
  extensions: string[] | null;
  /** True if any selected config sets it. */
  fips: boolean;
  /** `realtime` if any selected config asks for it, else `default`. */
  kernelType: string;
}

/** The fields of a pool's spec that rendering reads (and those `schemas/machineconfigpool.json` describes). */
export interface MachineConfigPoolSpec {
  /** Picks the pool's MachineConfigs by label. Absent selects none (`NO_MACHINE_CONFIGS`); empty makes MCO render nothing (`EMPTY_SELECTOR`). */
  machineConfigSelector?: LabelSelector | null;
  /** Picks the pool's nodes (not used for rendering). */
  nodeSelector?: LabelSelector | null;
  /** Whether updates to the pool's nodes are paused (not used for rendering). */
  paused?: boolean;
  /** How many nodes may update at once (not used for rendering). */
  maxUnavailable?: number | string;
  [key: string]: unknown;
}

/** A MachineConfigPool: a set of nodes and the MachineConfigs rendered for them. */
export interface MachineConfigPool {
  /** `machineconfiguration.openshift.io/v1` when set. */
  apiVersion?: string;
  /** `MachineConfigPool` when set. */
  kind?: string;
  /** The pool's name (part of the rendered name) and uid (in the rendered config's owner reference). */
  metadata?: ObjectMeta;
  /** The selectors. */
  spec?: MachineConfigPoolSpec;
}

/** The fields of a ControllerConfig's spec that rendering reads: the cluster's OS images. */
export interface ControllerConfigSpec {
  /** The pre-4.12 OS image field; MCO 4.13 renders from `baseOSContainerImage`, and so does this library. */
  osImageURL?: string;
  /** The cluster's OS image: the rendered `osImageURL` unless a MachineConfig overrides it. */
  baseOSContainerImage?: string;
  /** The cluster's extensions image: the rendered `baseOSExtensionsContainerImage` unless overridden. */
  baseOSExtensionsContainerImage?: string;
  [key: string]: unknown;
}

/** The cluster-wide ControllerConfig MCO renders with (only its OS images matter here). */
export interface ControllerConfig {
  /** `machineconfiguration.openshift.io/v1` when set. */
  apiVersion?: string;
  /** `ControllerConfig` when set. */
  kind?: string;
  /** Its annotations give the rendered config's release-image-version annotation. */
  metadata?: ObjectMeta;
  /** The OS images. */
  spec?: ControllerConfigSpec;
}
