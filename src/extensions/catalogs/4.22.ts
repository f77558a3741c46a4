// Mirrors openshift/machine-config-operator release-4.22 (commit 9027c94cde45f82a2421b49fca261e9e20ce6310):
//   extensions: pkg/controller/common/helpers.go SupportedExtensions()
//   kernel packages: pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()
// 4.22 drops the wasm extension.
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.22',
  source: 'openshift/machine-config-operator@9027c94c (release-4.22): pkg/controller/common/helpers.go SupportedExtensions(); pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()',
  extensions: {
    'two-node-ha': ['pacemaker', 'pcs', 'fence-agents-all'],
    ipsec: ['NetworkManager-libreswan', 'libreswan'],
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
});
