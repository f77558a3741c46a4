// Mirrors openshift/machine-config-operator main (commit 7ff337a4ffac8e7562692181178ede61e4b2eec5):
//   extensions: pkg/controller/common/helpers.go SupportedExtensions()
//   kernel packages: pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()
// main (release-5.1 and release-5.2 point at the same commit).
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: 'latest',
  source: 'openshift/machine-config-operator@7ff337a4 (main): pkg/controller/common/helpers.go SupportedExtensions(); pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()',
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
