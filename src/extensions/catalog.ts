/**
 * The shape of a release's extension catalog, and the one constructor every catalog file uses.
 *
 * An extension is a name a MachineConfig lists in `spec.extensions`; MCO turns it into RPM packages
 * (upstream `SupportedExtensions()` / the older daemon `getSupportedExtensions()`). The kernel
 * package sets are the packages the node daemon swaps when `spec.kernelType` changes.
 */

/** Kernel types MCO knows about; a release supports those its catalog lists. */
export type KernelType = 'default' | 'realtime' | '64k-pages';

/**
 * One release's extensions and kernel package sets, as in `extensionCatalogs`. Pass your own (built the
 * same way) to `renderPool`, `renderContainerfile`, `resolvePackages` or `planUpdate` for a release or
 * product this package does not ship.
 */
export interface ExtensionCatalog {
  /** Release the catalog was read from: `'4.13'` … `'latest'`. */
  readonly release: string;
  /** Upstream file(s) and commit the data comes from. */
  readonly source: string;
  /** Extension name → RPM packages, in MCO's order. A null-prototype object: look up with `Object.hasOwn`. */
  readonly extensions: Readonly<Record<string, readonly string[]>>;
  /** Kernel type → its RPM packages. A type the release does not support is absent. */
  readonly kernelPackages: Readonly<Partial<Record<KernelType, readonly string[]>>>;
  /**
   * Package sets an extension had in earlier releases, still accepted when verifying a node mid-upgrade
   * (upstream `LegacyExtensionPackages()`, 4.23 and later).
   */
  readonly legacyExtensions?: Readonly<Record<string, readonly string[]>>;
}

/** Copies a plain table into a frozen null-prototype object, so names like `__proto__` are plain data. */
function frozenTable(table: Readonly<Record<string, readonly string[]>>): Readonly<Record<string, readonly string[]>> {
  const out = Object.create(null) as Record<string, readonly string[]>;
  for (const [name, packages] of Object.entries(table)) out[name] = Object.freeze([...packages]);
  return Object.freeze(out);
}

/** Builds a frozen catalog; used by the files in `catalogs/`. */
export function defineCatalog(catalog: ExtensionCatalog): ExtensionCatalog {
  const kernelPackages = frozenTable(catalog.kernelPackages as Record<string, readonly string[]>);
  return Object.freeze({
    release: catalog.release,
    source: catalog.source,
    extensions: frozenTable(catalog.extensions),
    kernelPackages: kernelPackages as ExtensionCatalog['kernelPackages'],
    ...(catalog.legacyExtensions === undefined ? {} : { legacyExtensions: frozenTable(catalog.legacyExtensions) }),
  });
}
