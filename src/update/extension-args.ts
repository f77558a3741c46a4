// Mirrors MCO release-4.13 pkg/daemon/update.go generateExtensionsArgs, validateExtensions and the skip
// condition of applyExtensions. The package table (getSupportedExtensions) is the extension catalog
// (src/extensions/catalogs/4.13.ts by default).

import { compareGoStrings, goStringSlice } from '../_go/fmt.js';

/** Extension name → the RPM packages that enable it. */
export type ExtensionPackages = Readonly<Record<string, readonly string[]>>;

/** Which node OS family: RHCOS (EL) maps extensions to packages through the catalog, FCOS installs each extension name as a package. */
export type NodeOS = 'rhcos' | 'fcos';

const packagesOf = (catalog: ExtensionPackages, ext: string): readonly string[] =>
  Object.hasOwn(catalog, ext) ? (catalog[ext] ?? []) : [];

/** Names in `a` that are not in `b`, deduplicated and sorted (MCO walks a map here: its order is random). */
function missingFrom(a: readonly string[], b: ReadonlySet<string>): string[] {
  return [...new Set(a)].filter((x) => !b.has(x)).sort(compareGoStrings);
}

/**
 * The `rpm-ostree` arguments the node daemon runs to move from the old to the new extensions:
 * `update`, then `--install <pkg>` for each added extension, then `--uninstall <pkg>` for each removed one.
 * On RHCOS an extension stands for the catalog's packages (an unknown one for none); on FCOS for the
 * package of the same name. Extensions are taken in sorted order (MCO: map order).
 *
 * @example extensionUpdateArgs([], ['kerberos'], 'rhcos', extensionCatalogs['4.13'].extensions)
 * // ['update', '--install', 'krb5-workstation', '--install', 'libkadm5']
 */
export function extensionUpdateArgs(
  oldExtensions: readonly string[],
  newExtensions: readonly string[],
  os: NodeOS,
  catalog: ExtensionPackages,
): string[] {
  const added = missingFrom(newExtensions, new Set(oldExtensions));
  const removed = missingFrom(oldExtensions, new Set(newExtensions));
  const args = ['update'];
  const pkgs = (ext: string): readonly string[] => (os === 'rhcos' ? packagesOf(catalog, ext) : [ext]);
  for (const ext of added) for (const pkg of pkgs(ext)) args.push('--install', pkg);
  for (const ext of removed) for (const pkg of pkgs(ext)) args.push('--uninstall', pkg);
  return args;
}

/** update.go validateExtensions: the message for extensions the catalog does not know, or undefined. */
export function invalidExtensionsMessage(extensions: readonly string[], catalog: ExtensionPackages): string | undefined {
  const invalid = extensions.filter((ext) => !Object.hasOwn(catalog, ext));
  return invalid.length === 0 ? undefined : `invalid extensions found: ${goStringSlice(invalid)}`;
}

/**
 * Whether the daemon's applyExtensions runs at all (and so validates the new extensions): not when
 * both lists are empty, nor when they are equal and the OS image is unchanged.
 */
export function appliesExtensions(
  oldExtensions: readonly string[] | null,
  newExtensions: readonly string[] | null,
  osImageChanged: boolean,
): boolean {
  const o = oldExtensions ?? [];
  const n = newExtensions ?? [];
  if (o.length === 0 && n.length === 0) return false;
  return !(stringSlicesDeepEqual(oldExtensions, newExtensions) && !osImageChanged);
}

/** reflect.DeepEqual of two Go `[]string`: a nil slice differs from an empty one. */
export function stringSlicesDeepEqual(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
