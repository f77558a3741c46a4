// Mirrors openshift/machine-config-operator release-4.13 (commit a57ca291235422f8466ac53496e9d192eecfe1e4):
//   extensions: pkg/daemon/update.go getSupportedExtensions()
//   kernel packages: pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel)
// 4.13 knows only the default and realtime kernels (kernelType 64k-pages arrives in 4.15).
import { defineCatalog } from '../catalog.js';

export const catalog = defineCatalog({
  release: '4.13',
  source: 'openshift/machine-config-operator@a57ca291 (release-4.13): pkg/daemon/update.go getSupportedExtensions(); pkg/daemon/update.go switchKernel() (defaultKernel, realtimeKernel)',
  extensions: {
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
