// Mirrors MCO release-4.13 pkg/controller/render/hash.go getMachineConfigHashedName / hashData:
// "rendered-<pool>-<hex md5(salt ‖ ghodss/yaml.Marshal(spec))>", where yaml.Marshal sees the
// MachineConfigSpec as json.Marshal prints it (pkg/apis/machineconfiguration.openshift.io/v1/types.go:
// every field without omitempty; nil slices as null; spec.config, a runtime.RawExtension, verbatim).

import { goString } from '../_go/fmt.js';
import { md5 } from './_md5.js';
import { RenderError } from '../errors.js';
import { marshalGoYaml, marshalGoYamlBytes } from '../goyaml/marshal.js';
import type { RenderedMachineConfigSpec } from '../kube/types.js';

/** hash.go `salt`: 80 random bytes. Do not change it. */
const SALT = new Uint8Array([
  16, 124, 206, 228, 139, 56, 175, 175, 79, 229, 134, 118, 157, 154, 211, 110, 25, 93, 47, 253, 172, 106, 37, 7, 174,
  13, 160, 185, 110, 17, 87, 52, 219, 131, 12, 206, 218, 141, 116, 135, 188, 181, 192, 151, 233, 62, 126, 165, 64, 83,
  179, 119, 15, 168, 208, 197, 146, 107, 58, 227, 133, 188, 238, 26, 33, 26, 235, 202, 32, 173, 31, 234, 41, 144, 148,
  79, 6, 206, 23, 22,
]);

function invalid(field: string, what: string): never {
  throw new RenderError('INVALID_INPUT', 'merge', `spec.${field} must be ${what}`, { path: `$.spec.${field}` });
}

function stringField(spec: Record<string, unknown>, field: string): string {
  const v = spec[field];
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') invalid(field, 'a string');
  return v;
}

function stringListField(spec: Record<string, unknown>, field: string): string[] | null {
  const v = spec[field];
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) invalid(field, 'a list of strings or null');
  return v as string[];
}

/**
 * The MachineConfigSpec as Go's json.Marshal presents it to ghodss/yaml: all seven fields, empty strings
 * and false for unset scalars, null for nil lists and a nil config.
 */
export function machineConfigSpecJsonView(spec: RenderedMachineConfigSpec): Record<string, unknown> {
  if (spec === null || typeof spec !== 'object') {
    throw new RenderError('INVALID_INPUT', 'merge', 'spec must be an object', { path: '$.spec' });
  }
  const s = spec as unknown as Record<string, unknown>;
  const fips = s['fips'];
  if (fips !== undefined && fips !== null && typeof fips !== 'boolean') invalid('fips', 'a boolean');
  const config = s['config'];
  return {
    osImageURL: stringField(s, 'osImageURL'),
    baseOSExtensionsContainerImage: stringField(s, 'baseOSExtensionsContainerImage'),
    config: config === undefined ? null : config,
    kernelArguments: stringListField(s, 'kernelArguments'),
    extensions: stringListField(s, 'extensions'),
    fips: fips === true,
    kernelType: stringField(s, 'kernelType'),
  };
}

/**
 * The exact YAML MCO 4.13 hashes (after its salt) to name a rendered config; handy for debugging a name.
 *
 * @example
 * specYaml(spec) // 'baseOSExtensionsContainerImage: ""\nconfig:\n  ignition:\n    version: 3.2.0\n…'
 */
export function specYaml(spec: RenderedMachineConfigSpec): string {
  return marshalGoYaml(machineConfigSpecJsonView(spec));
}

const HEX = '0123456789abcdef';

/**
 * MCO's name for the rendered config of `poolName` with this spec (`spec.config` in Go's JSON shape, as
 * MCO stores it). Throws RenderError('INVALID_INPUT', 'merge', …) with go-yaml's message where MCO's
 * render fails to name the config (e.g. a DEL character in a kernel argument).
 *
 * @example
 * renderedConfigName('worker', spec) // 'rendered-worker-5f3c…' (32 hex digits)
 */
export function renderedConfigName(poolName: string, spec: RenderedMachineConfigSpec): string {
  if (typeof poolName !== 'string') throw new RenderError('INVALID_INPUT', 'merge', 'renderedConfigName: the pool name must be a string');
  const digest = md5(SALT, marshalGoYamlBytes(machineConfigSpecJsonView(spec)));
  let hex = '';
  for (const b of digest) hex += HEX[b >> 4]! + HEX[b & 0x0f]!;
  // The pool name as Go holds it (lone surrogates decode as U+FFFD).
  return `rendered-${goString(poolName)}-${hex}`;
}
