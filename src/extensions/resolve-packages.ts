/**
 * Extensions and kernel type → the RPM packages a layered image installs and removes.
 *
 * Mirrors MCO release-4.13 pkg/daemon/update.go `validateExtensions` (the error text) and the package
 * expansion shared by the 4.13 daemon (`generateExtensionsArgs`) and MCO main's build controller
 * (`common.GetPackagesForSupportedExtensions`, `GetPackagesForSupportedKernelType`).
 *
 * Deliberate choices, where MCO has none or two behaviours:
 * - extensions are deduplicated, first occurrence kept (the daemon goes through a map: a duplicate never
 *   installs twice; main's build controller would pass the duplicate packages to rpm-ostree);
 * - packages are listed in extension order, then catalog order, also deduplicated (no two extensions of any
 *   upstream catalog share a package, so this only matters for custom catalogs);
 * - the unknown-extension check runs on the list as given, duplicates included, so the message is MCO's.
 */

import { goString, goStringSlice } from '../_go/fmt.js';
import { RenderError } from '../errors.js';
import type { ExtensionCatalog, KernelType } from './catalog.js';
import { defaultExtensionCatalog } from './extension-catalogs.js';

/** The part of a MachineConfig spec that selects packages; a rendered `machineConfig.spec` fits. */
export interface PackageSpec {
  /** Extension names (`spec.extensions`); null or absent means none. */
  extensions?: readonly string[] | null | undefined;
  /** `spec.kernelType`: `''`, null or absent mean `default`; other types must be in the catalog. */
  kernelType?: string | null | undefined;
}

/** What `resolvePackages` returns: the packages to install and the kernel packages to swap. */
export interface ResolvedPackages {
  /** The requested extensions, deduplicated, first occurrence kept. */
  extensions: string[];
  /** Their RPM packages, in extension order, deduplicated. */
  packages: string[];
  /** Kernel swap: packages to install and the default kernel packages they replace; both empty for the default kernel. */
  kernelPackages: {
    /** The kernel type's packages, in catalog order. */
    install: string[];
    /** The default kernel's packages, which the install replaces. */
    remove: string[];
  };
}

function invalidInput(message: string): RenderError {
  return new RenderError('INVALID_INPUT', 'layer', message);
}

function tableEntry(table: unknown, key: string, what: string): readonly string[] | undefined {
  if (typeof table !== 'object' || table === null) throw invalidInput(`extension catalog: ${what} is not an object`);
  if (!Object.hasOwn(table, key)) return undefined;
  const value: unknown = (table as Record<string, unknown>)[key];
  if (!Array.isArray(value) || !value.every((p) => typeof p === 'string')) {
    throw invalidInput(`extension catalog: ${what}[${JSON.stringify(key)}] is not a list of package names`);
  }
  return value as string[];
}

/** `spec.extensions` as a string list (nil and absent are empty, as in Go). */
function readExtensions(spec: PackageSpec): readonly string[] {
  const raw: unknown = spec.extensions;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || !raw.every((e) => typeof e === 'string')) {
    throw invalidInput('spec.extensions must be a list of strings');
  }
  return raw as string[];
}

/** MCO's canonicalization: empty means `default`; anything the release does not list is invalid. */
function readKernelType(spec: PackageSpec, catalog: ExtensionCatalog): KernelType {
  const raw: unknown = spec.kernelType;
  if (raw === undefined || raw === null || raw === '') return 'default';
  if (typeof raw !== 'string') throw invalidInput('spec.kernelType must be a string');
  if (tableEntry(catalog.kernelPackages, raw, 'kernelPackages') === undefined) {
    // common.ValidateMachineConfig's message.
    throw new RenderError('INVALID_KERNEL_TYPE', 'layer', `kernelType=${goString(raw)} is invalid`);
  }
  return raw as KernelType;
}

/**
 * Resolves a spec's extensions and kernel type against a release's catalog.
 *
 * @example
 * resolvePackages({ extensions: ['kerberos', 'usbguard', 'kerberos'], kernelType: 'realtime' })
 * // { extensions: ['kerberos', 'usbguard'],
 * //   packages: ['krb5-workstation', 'libkadm5', 'usbguard'],
 * //   kernelPackages: { install: ['kernel-rt-core', 'kernel-rt-modules', 'kernel-rt-modules-extra', 'kernel-rt-kvm'],
 * //                     remove: ['kernel', 'kernel-core', 'kernel-modules', 'kernel-modules-core', 'kernel-modules-extra'] } }
 * resolvePackages({ extensions: ['foo', 'bar'] }) // throws RenderError UNSUPPORTED_EXTENSION 'invalid extensions found: [foo bar]'
 */
export function resolvePackages(spec: PackageSpec, catalog: ExtensionCatalog = defaultExtensionCatalog): ResolvedPackages {
  if (typeof spec !== 'object' || spec === null) throw invalidInput('spec must be an object');
  if (typeof catalog !== 'object' || catalog === null) throw invalidInput('extension catalog must be an object');
  const requested = readExtensions(spec);

  const invalid = requested.filter((ext) => tableEntry(catalog.extensions, ext, 'extensions') === undefined);
  if (invalid.length > 0) {
    throw new RenderError('UNSUPPORTED_EXTENSION', 'layer', `invalid extensions found: ${goStringSlice(invalid.map(goString))}`);
  }

  const extensions = [...new Set(requested)];
  const packages = new Set<string>();
  for (const ext of extensions) {
    for (const pkg of tableEntry(catalog.extensions, ext, 'extensions') ?? []) packages.add(pkg);
  }

  const kernelType = readKernelType(spec, catalog);
  const kernelPackages =
    kernelType === 'default'
      ? { install: [], remove: [] }
      : {
          install: [...(tableEntry(catalog.kernelPackages, kernelType, 'kernelPackages') ?? [])],
          remove: [...(tableEntry(catalog.kernelPackages, 'default', 'kernelPackages') ?? [])],
        };

  return { extensions, packages: [...packages], kernelPackages };
}
