// src/extensions: extension catalogs per MCO release and package resolution.
export { extensionCatalogs, defaultExtensionCatalog } from './extension-catalogs.js';
export type { ExtensionRelease } from './extension-catalogs.js';
export { resolvePackages } from './resolve-packages.js';
export type { PackageSpec, ResolvedPackages } from './resolve-packages.js';
export type { ExtensionCatalog, KernelType } from './catalog.js';
