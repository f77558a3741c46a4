/**
 * The seed prototype's conversion of a rendered MachineConfig spec into one Ignition config that
 * `ignition-apply` can write into the image.
 *
 * Mirrors openshift/machine-config-operator branch `layering` (08317efa)
 * pkg/controller/render/machine_config_to_ignition.go `MachineConfigToIgnition`:
 * 1. `spec.config` through the branch's `ParseAndConvertConfig` (Ignition v2.13.0 spec 3.2 rules);
 *    failures read "parsing Ignition config failed: " + the parser's error;
 * 2. each extension the branch knows becomes its packages; any other name is taken as a package
 *    (no error, duplicates kept);
 * 3. `kernelType` through the branch's `CanonicalizeKernelType` (realtime, else default — so an unknown
 *    type is silently the default kernel): realtime adds kernel-rt, kernel-rt-modules,
 *    kernel-rt-modules-extra and removes kernel, kernel-modules, kernel-modules-extra (the prototype's
 *    lists, not the daemon's);
 * 4. a non-empty treefile is appended as /etc/rpm-ostree/origin.d/extensions-<hash>.yaml, then kernel
 *    arguments and FIPS as /etc/machine-config-daemon/mcd_content.json.
 */

import { RenderError } from '../../errors.js';
import type { File, IgnitionConfig } from '../../ignition/types.js';
import { parseLayeringConfig } from './_parse-config.js';
import { mcdContentFile } from './mcd-content.js';
import { prototypeExtensionPackages } from './supported-extensions.js';
import { isEmptyTreeFile, treeFileToIgnitionFile, type TreeFile } from './tree-file.js';

/** The fields of a MachineConfigSpec the prototype reads, as Go holds them after decoding. */
export interface PrototypeSpec {
  /** `spec.config` as JSON (`undefined`/`null`: no config). */
  config: unknown;
  kernelArguments: string[] | null;
  extensions: string[] | null;
  fips: boolean;
  kernelType: string;
}

const REALTIME_PACKAGES = ['kernel-rt', 'kernel-rt-modules', 'kernel-rt-modules-extra'];
const REALTIME_OVERRIDE_REMOVE = ['kernel', 'kernel-modules', 'kernel-modules-extra'];

/** The treefile the prototype writes for a spec (packages in its order, duplicates kept). */
export function prototypeTreeFile(spec: Pick<PrototypeSpec, 'extensions' | 'kernelType'>): TreeFile {
  const tree: TreeFile = { packages: [], overrideRemove: [] };
  for (const ext of spec.extensions ?? []) {
    const packages = prototypeExtensionPackages(ext);
    if (packages !== undefined) tree.packages.push(...packages);
    else tree.packages.push(ext);
  }
  if (spec.kernelType === 'realtime') {
    tree.packages.push(...REALTIME_PACKAGES);
    tree.overrideRemove.push(...REALTIME_OVERRIDE_REMOVE);
  }
  return tree;
}

/**
 * @example
 * machineConfigToIgnition({ config: { ignition: { version: '3.2.0' } }, kernelArguments: null, extensions: ['usbguard'], fips: false, kernelType: '' })
 * // → { ignition: { version: '3.2.0' }, storage: { files: [
 * //      { path: '/etc/rpm-ostree/origin.d/extensions-aa27756.yaml', contents: { source: 'data:;base64,…' }, mode: 420 },
 * //      { path: '/etc/machine-config-daemon/mcd_content.json', contents: { source: 'data:text/plain;charset=utf-8;base64,…' } } ] } }
 */
export function machineConfigToIgnition(spec: PrototypeSpec): IgnitionConfig {
  let ignition: IgnitionConfig;
  try {
    ignition = parseLayeringConfig(spec.config);
  } catch (e) {
    if (e instanceof RenderError) {
      throw new RenderError(e.code, 'layer', 'parsing Ignition config failed: ' + e.message, { path: e.path, cause: e });
    }
    throw e;
  }

  const added: File[] = [];
  const tree = prototypeTreeFile(spec);
  if (!isEmptyTreeFile(tree)) added.push(treeFileToIgnitionFile(tree));
  added.push(mcdContentFile(spec.kernelArguments, spec.fips));

  // A new storage object and list: the parsed config is never modified.
  return { ...ignition, storage: { ...ignition.storage, files: [...(ignition.storage?.files ?? []), ...added] } };
}
