// Mirrors openshift/machine-config-operator release-4.15 (commit 1ffa8341fb18365b72398fc4eedffcbe4d423256):
//   extensions: pkg/daemon/update.go getSupportedExtensions()
//   kernel packages: pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)
// 4.15 adds the 64k-pages kernel (aarch64 only: the daemon refuses it elsewhere).
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.15',
  source: 'openshift/machine-config-operator@1ffa8341 (release-4.15): pkg/daemon/update.go getSupportedExtensions(); pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)',
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
