/**
 * Extension catalogs per MCO release: one data file per release branch in `catalogs/`, read from the
 * upstream branch heads named in each file. `latest` is MCO main.
 */

import type { ExtensionCatalog } from './catalog.js';
import { catalog as c413 } from './catalogs/4.13.js';
import { catalog as c414 } from './catalogs/4.14.js';
import { catalog as c415 } from './catalogs/4.15.js';
import { catalog as c416 } from './catalogs/4.16.js';
import { catalog as c417 } from './catalogs/4.17.js';
import { catalog as c418 } from './catalogs/4.18.js';
import { catalog as c419 } from './catalogs/4.19.js';
import { catalog as c420 } from './catalogs/4.20.js';
import { catalog as c421 } from './catalogs/4.21.js';
import { catalog as c422 } from './catalogs/4.22.js';
import { catalog as c423 } from './catalogs/4.23.js';
import { catalog as cLatest } from './catalogs/latest.js';

/** The releases `extensionCatalogs` has a catalog for; `latest` is MCO main. */
export type ExtensionRelease =
  | '4.13' | '4.14' | '4.15' | '4.16' | '4.17' | '4.18' | '4.19' | '4.20' | '4.21' | '4.22' | '4.23' | 'latest';

/**
 * Extension name → RPM packages (and kernel package sets), per MCO release.
 *
 * @example
 * extensionCatalogs['4.13'].extensions['kerberos'] // ['krb5-workstation', 'libkadm5']
 */
export const extensionCatalogs: Readonly<Record<ExtensionRelease, ExtensionCatalog>> = /* @__PURE__ */ Object.freeze({
  '4.13': c413,
  '4.14': c414,
  '4.15': c415,
  '4.16': c416,
  '4.17': c417,
  '4.18': c418,
  '4.19': c419,
  '4.20': c420,
  '4.21': c421,
  '4.22': c422,
  '4.23': c423,
  latest: cLatest,
});

/** The catalog used when none is given: MCO 4.13, the release this library renders. */
export const defaultExtensionCatalog: ExtensionCatalog = c413;
