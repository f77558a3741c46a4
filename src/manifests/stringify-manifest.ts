/**
 * A Kubernetes object as YAML the way `oc get -o yaml` writes it: sigs.k8s.io/yaml Marshal (json.Marshal,
 * then gopkg.in/yaml.v2 v2.4.0 — sorted keys, Go's quoting so YAML 1.1 readers get strings back as
 * strings). The bytes are those of src/goyaml (the YAML MCO hashes to name rendered configs).
 */

import { RenderError } from '../errors.js';
import { marshalGoYaml } from '../goyaml/marshal.js';

/**
 * Whether `value` holds itself (json.Marshal: "encountered a cycle"). Iterative, and each object is
 * walked once however often it is shared, so the check is linear in the objects and never recurses.
 */
function hasCycle(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const open = new Set<object>(); // on the path from the root
  const done = new Set<object>(); // walked, no cycle below
  const stack: Array<{ object: object; children: unknown[]; next: number }> = [];
  const enter = (object: object): void => {
    open.add(object);
    stack.push({ object, children: Object.values(object), next: 0 });
  };
  enter(value);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.children.length) {
      stack.pop();
      open.delete(top.object);
      done.add(top.object);
      continue;
    }
    const child = top.children[top.next++];
    if (typeof child !== 'object' || child === null || done.has(child)) continue;
    if (open.has(child)) return true;
    enter(child);
  }
  return false;
}

/**
 * YAML text of a JSON-compatible object, as Kubernetes tools print it.
 *
 * Throws RenderError `INVALID_INPUT` for what json.Marshal refuses (NaN, ±Infinity, bigint, symbols,
 * functions, an object that holds itself), for nesting yaml.v2 cannot read back, and for an object
 * whose properties cannot be read (a getter or proxy that throws).
 *
 * @example
 * stringifyManifest({ kind: 'MachineConfig', spec: { extensions: ['usbguard'], kernelType: 'yes' } })
 * // → 'kind: MachineConfig\nspec:\n  extensions:\n  - usbguard\n  kernelType: "yes"\n'
 */
export function stringifyManifest(object: unknown): string {
  try {
    if (hasCycle(object)) throw new RenderError('INVALID_INPUT', 'merge', 'error marshaling into JSON: json: unsupported value: encountered a cycle');
    return marshalGoYaml(object);
  } catch (e) {
    if (e instanceof RenderError) throw e;
    // A getter or proxy trap that throws, or a stack overflow on something odd: still a RenderError.
    throw new RenderError('INVALID_INPUT', 'merge', 'stringifyManifest: the object cannot be read as JSON data', { cause: e });
  }
}
