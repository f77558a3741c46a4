/**
 * A Kubernetes object as YAML the way `oc get -o yaml` writes it: sigs.k8s.io/yaml Marshal (json.Marshal,
 * then gopkg.in/yaml.v2 v2.4.0 — sorted keys, Go's quoting so YAML 1.1 readers get strings back as
 * strings). The bytes are those of src/goyaml (the YAML MCO hashes to name rendered configs).
 */

import { marshalGoYaml } from '../goyaml/marshal.js';

/**
 * YAML text of a JSON-compatible object, as Kubernetes tools print it.
 *
 * @example
 * stringifyManifest({ kind: 'MachineConfig', spec: { extensions: ['usbguard'], kernelType: 'yes' } })
 * // → 'kind: MachineConfig\nspec:\n  extensions:\n  - usbguard\n  kernelType: "yes"\n'
 */
export function stringifyManifest(object: unknown): string {
  return marshalGoYaml(object);
}
