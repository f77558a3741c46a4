// Mirrors openshift/machine-config-operator release-4.14 (commit 00b2e0b1cc83e119995bbbe2ae06665c3d1655d7):
//   extensions: pkg/daemon/update.go getSupportedExtensions()
//   kernel packages: pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel)
// 4.14 adds the wasm and ipsec extensions; still no 64k-pages kernel.
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.14',
  source: 'openshift/machine-config-operator@00b2e0b1 (release-4.14): pkg/daemon/update.go getSupportedExtensions(); pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel)',
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
  },
});
