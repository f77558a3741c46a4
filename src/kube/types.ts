/**
 * Kubernetes objects the renderer reads and writes, typed as the API server stores them.
 *
 * Mirrors MCO release-4.13 pkg/apis/machineconfiguration.openshift.io/v1/types.go (MachineConfig,
 * MachineConfigPool, ControllerConfig) and k8s.io/apimachinery v0.26 pkg/apis/meta/v1/types.go
 * (ObjectMeta, LabelSelector, OwnerReference), restricted to the fields rendering uses; other fields
 * are carried through untouched.
 */

import type { IgnitionConfig } from '../ignition/types.js';

export const MCO_API_VERSION = 'machineconfiguration.openshift.io/v1';

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  [key: string]: unknown;
}

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export type LabelSelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface LabelSelectorRequirement {
  key: string;
  operator: LabelSelectorOperator | (string & {});
  values?: string[] | null;
}

export interface LabelSelector {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: LabelSelectorRequirement[] | null;
}

/**
 * `spec.config` is a `runtime.RawExtension`: any JSON document, usually an Ignition config object of
 * spec 2.2 or 3.0–3.4 (or a JSON string holding one). It is parsed by `parseIgnition`.
 */
export type RawIgnition = unknown;

export interface MachineConfigSpec {
  osImageURL?: string;
  baseOSExtensionsContainerImage?: string;
  config?: RawIgnition;
  kernelArguments?: string[] | null;
  extensions?: string[] | null;
  fips?: boolean;
  kernelType?: string;
}

export interface MachineConfig {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  spec?: MachineConfigSpec;
}

/** The spec of a rendered MachineConfig: the merged fields, with `config` an Ignition 3.2 object. */
export interface RenderedMachineConfigSpec {
  osImageURL: string;
  baseOSExtensionsContainerImage: string;
  config: IgnitionConfig;
  kernelArguments: string[] | null;
  extensions: string[] | null;
  fips: boolean;
  kernelType: string;
}

export interface MachineConfigPoolSpec {
  machineConfigSelector?: LabelSelector | null;
  nodeSelector?: LabelSelector | null;
  paused?: boolean;
  maxUnavailable?: number | string;
  [key: string]: unknown;
}

export interface MachineConfigPool {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  spec?: MachineConfigPoolSpec;
}

export interface ControllerConfigSpec {
  osImageURL?: string;
  baseOSContainerImage?: string;
  baseOSExtensionsContainerImage?: string;
  [key: string]: unknown;
}

export interface ControllerConfig {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  spec?: ControllerConfigSpec;
}
