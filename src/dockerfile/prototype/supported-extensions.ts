/**
 * The extension table of the seed prototype.
 *
 * Mirrors openshift/machine-config-operator branch `layering` (commit 08317efa10b6968988c20ef1c58e2466d75400ed)
 * pkg/controller/common/helpers.go `GetSupportedExtensions()`. It has the same four entries as 4.13's
 * daemon table (src/extensions/catalogs/4.13.ts) but is kept apart: it is the prototype's own copy, and
 * later releases changed the release tables, not this one.
 */

const table: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, readonly string[]>, {
    usbguard: Object.freeze(['usbguard']),
    kerberos: Object.freeze(['krb5-workstation', 'libkadm5']),
    'kernel-devel': Object.freeze(['kernel-devel', 'kernel-headers']),
    'sandboxed-containers': Object.freeze(['kata-containers']),
  }),
);

/** The packages of a supported extension, or undefined for any other name (including `__proto__`). */
export const prototypeExtensionPackages = (name: string): readonly string[] | undefined =>
  Object.hasOwn(table, name) ? table[name] : undefined;
