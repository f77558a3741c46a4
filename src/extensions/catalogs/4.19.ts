// Mirrors openshift/machine-config-operator release-4.19 (commit 1a6905d980fd4c4f3869492b98cb696f09a46cff):
//   extensions: pkg/controller/common/helpers.go SupportedExtensions()
//   kernel packages: pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)
// 4.19 adds the two-node-ha extension.
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.19',
  source: 'openshift/machine-config-operator@1a6905d9 (release-4.19): pkg/controller/common/helpers.go SupportedExtensions(); pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel, hugePagesKernel)',
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
