// Mirrors openshift/machine-config-operator release-4.18 (commit f313997e0ba83edd79b1d0091e85d6e25c793274):
//   extensions: pkg/controller/common/helpers.go SupportedExtensions()
//   kernel packages: pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)
// 4.18 adds the sysstat extension.
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.18',
  source: 'openshift/machine-config-operator@f313997e (release-4.18): pkg/controller/common/helpers.go SupportedExtensions(); pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)',
  extensions: {
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
