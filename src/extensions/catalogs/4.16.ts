// Mirrors openshift/machine-config-operator release-4.16 (commit 7327bb2359dd01f5b98c6bc3bd43ae134b080d02):
//   extensions: pkg/controller/common/helpers.go SupportedExtensions()
//   kernel packages: pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)
// 4.16 moves the table to the controller (common.SupportedExtensions); same content as 4.15.
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.16',
  source: 'openshift/machine-config-operator@7327bb23 (release-4.16): pkg/controller/common/helpers.go SupportedExtensions(); pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)',
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
