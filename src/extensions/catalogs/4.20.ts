// Mirrors openshift/machine-config-operator release-4.20 (commit afed09939d80d86cafd38e9f733cc49ed16af092):
//   extensions: pkg/controller/common/helpers.go SupportedExtensions()
//   kernel packages: pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()
// 4.20 adds GetPackagesForSupportedKernelType (the controller's table, used for on-cluster builds).
// The daemon (pkg/daemon/update.go getKernelPackagesForRelease) leaves kernel-rt-kvm out on RHEL 10 nodes.
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.20',
  source: 'openshift/machine-config-operator@afed0993 (release-4.20): pkg/controller/common/helpers.go SupportedExtensions(); pkg/controller/common/helpers.go GetPackagesForSupportedKernelType()',
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
