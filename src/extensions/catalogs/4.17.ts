// Mirrors openshift/machine-config-operator release-4.17 (commit 3bdd678e83da52e0754b393b82435eea968af3ed):
//   extensions: pkg/controller/common/helpers.go SupportedExtensions()
//   kernel packages: pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.17',
  source: 'openshift/machine-config-operator@3bdd678e (release-4.17): pkg/controller/common/helpers.go SupportedExtensions(); pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)',
  extensions: {
    wasm: ['crun-wasm'],
    ipsec: ['NetworkManager-libreswan', 'libreswan'],
    usbguard: ['usbguard'],
    kerberos: ['krb5-workstation', 'libkadm5'],
    'kernel-devel': ['kernel-devel', 'kernel-headers'],
    'sandboxed-containers': ['kata-containers'],
  },
  kernelPackages: {
    default: ['kernel', 'kernel-core', 'kernel-modules', 'kernel-modules-core', 'kernel-modules-extra'],
    realtime: ['kernel-rt-core', 'kernel-rt-modules', 'kernel-rt-modules-extra', 'kernel-rt-kvm'],
    '64k-pages': ['kernel-64k-core', 'kernel-64k-modules', 'kernel-64k-modules-core', 'kernel-64k-modules-extra'],
  },
});
