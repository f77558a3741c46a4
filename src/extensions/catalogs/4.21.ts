// Mirrors openshift/machine-config-operator release-4.21 (commit db84d8368ef78e50f3bc0961dcf2b27a7975e053):
//   extensions: pkg/controller/common/helpers.go SupportedExtensions()
//   kernel packages: pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.21',
  source: 'openshift/machine-config-operator@db84d836 (release-4.21): pkg/controller/common/helpers.go SupportedExtensions(); pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()',
  extensions: {
    'two-node-ha': ['pacemaker', 'pcs', 'fence-agents-all'],
    wasm: ['crun-wasm'],
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
