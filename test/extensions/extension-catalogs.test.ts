import { describe, expect, it } from 'vitest';
import { extensionCatalogs } from '../../src/extensions/extension-catalogs.js';

// Extension names per release, as read from each upstream branch (see the header of each catalog file).
const BASE = ['usbguard', 'kerberos', 'kernel-devel', 'sandboxed-containers'];
const expectedExtensions = {
  '4.13': BASE,
  '4.14': ['wasm', 'ipsec', ...BASE],
  '4.15': ['wasm', 'ipsec', ...BASE],
  '4.16': ['wasm', 'ipsec', ...BASE],
  '4.17': ['wasm', 'ipsec', ...BASE],
  '4.18': ['wasm', 'ipsec', ...BASE, 'sysstat'],
  '4.19': ['two-node-ha', 'wasm', 'ipsec', ...BASE, 'sysstat'],
  '4.20': ['two-node-ha', 'wasm', 'ipsec', ...BASE, 'sysstat'],
  '4.21': ['two-node-ha', 'wasm', 'ipsec', ...BASE, 'sysstat'],
  '4.22': ['two-node-ha', 'ipsec', ...BASE, 'sysstat'],
  '4.23': ['two-node-ha', 'ipsec', ...BASE, 'sysstat'],
  latest: ['two-node-ha', 'ipsec', ...BASE, 'sysstat'],
} as const;

const ipsecWithOvs = ['NetworkManager-libreswan', 'libreswan', 'openvswitch3.5-ipsec'];

describe('extensionCatalogs', () => {
  for (const [release, names] of Object.entries(expectedExtensions)) {
    const catalog = extensionCatalogs[release as keyof typeof expectedExtensions];
    it(`${release}: extensions ${names.join(', ')}`, () => {
      expect(catalog.release).toBe(release);
      expect(Object.keys(catalog.extensions)).toEqual(names);
    });
    it(`${release}: kernel types`, () => {
      const types = release === '4.13' || release === '4.14' ? ['default', 'realtime'] : ['default', 'realtime', '64k-pages'];
      expect(Object.keys(catalog.kernelPackages)).toEqual(types);
      expect(catalog.kernelPackages.realtime).toEqual(['kernel-rt-core', 'kernel-rt-modules', 'kernel-rt-modules-extra', 'kernel-rt-kvm']);
    });
  }

  it('4.13 packages are those of the 4.13 daemon', () => {
    expect({ ...extensionCatalogs['4.13'].extensions }).toEqual({
      usbguard: ['usbguard'],
      kerberos: ['krb5-workstation', 'libkadm5'],
      'kernel-devel': ['kernel-devel', 'kernel-headers'],
      'sandboxed-containers': ['kata-containers'],
    });
    expect(extensionCatalogs['4.13'].kernelPackages.default).toEqual([
      'kernel', 'kernel-core', 'kernel-modules', 'kernel-modules-core', 'kernel-modules-extra',
    ]);
  });

  it('ipsec gains openvswitch3.5-ipsec in 4.23, keeping the old set as legacy', () => {
    expect(extensionCatalogs['4.22'].extensions['ipsec']).toEqual(['NetworkManager-libreswan', 'libreswan']);
    expect(extensionCatalogs['4.23'].extensions['ipsec']).toEqual(ipsecWithOvs);
    expect(extensionCatalogs.latest.extensions['ipsec']).toEqual(ipsecWithOvs);
    expect(extensionCatalogs['4.23'].legacyExtensions?.['ipsec']).toEqual(['NetworkManager-libreswan', 'libreswan']);
    expect(extensionCatalogs['4.22'].legacyExtensions).toBeUndefined();
  });

  it('catalogs are frozen null-prototype tables', () => {
    const c = extensionCatalogs['4.13'];
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.extensions)).toBe(true);
    expect(Object.isFrozen(c.extensions['usbguard'])).toBe(true);
    expect(Object.getPrototypeOf(c.extensions)).toBeNull();
    expect('constructor' in c.extensions).toBe(false);
  });
});
