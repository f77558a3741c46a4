// Mirrors openshift/machine-config-operator release-4.23 (commit d20efd9b9bdb278b533916ecc7c1e451e68cc3b8):
//   extensions: pkg/controller/common/helpers.go SupportedExtensions()
//   kernel packages: pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()
// 4.23 (release-5.0 points at the same commit) adds openvswitch3.5-ipsec to ipsec; the old set is kept
// as LegacyExtensionPackages() for verification during upgrades.
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.23',
  source: 'openshift/machine-config-operator@d20efd9b (release-4.23): pkg/controller/common/helpers.go SupportedExtensions(); pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()',
  extensions: {
    'two-node-ha': ['pacemaker', 'pcs', 'fence-agents-all'],
    ipsec: ['NetworkManager-libreswan', 'libreswan', 'openvswitch3.5-ipsec'],
    usbguard: ['usbguard'],
    kerberos: ['krb5-workstation', 'libkadm5'],
    'kernel-devel': ['kernel-devel', 'kernel-headers'],
    'sandboxed-containers': ['kata-containers'],
    sysstat: ['sysstat'],
  },
  kernelPackages: {
    default: ['kernel', 'kernel-core', 'kernel-modules', 'kernel-modules-core', 'kernel-modules-extra'],
    realtime: ['kernel-rt-core', 'kernel-rt-modules', 'kernel-rt-modules-extra', 'kernel-rt-kvm'],
    '64k-pages': ['kernel-64k-core', 'kernel-64k-modules', 'kernel-64k-modules-core', 'kernel-64k-modules-extra'],
  },
  legacyExtensions: {
    ipsec: ['NetworkManager-libreswan', 'libreswan'],
  },
});
