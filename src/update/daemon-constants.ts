// MCO release-4.13 node-daemon constants the update planner needs, in one place:
// pkg/daemon/constants/constants.go, pkg/daemon/update.go and pkg/daemon/daemon.go.

/** constants.MachineConfigDaemonForceFile: Ignition may not create it (reconcilable). */
export const MACHINE_CONFIG_DAEMON_FORCE_FILE = '/run/machine-config-daemon-force';
/** constants.CoreUserName: the only user whose SSH keys and password hash may change in place. */
export const CORE_USER_NAME = 'core';
/** constants.ContainerRegistryConfPath. */
export const CONTAINER_REGISTRY_CONF_PATH = '/etc/containers/registries.conf';
/** update.go GPGNoRebootPath: one file (not a folder) whose change only reloads crio. */
export const GPG_NO_REBOOT_PATH = '/etc/machine-config-daemon/no-reboot/containers-gpg.pub';
/** daemon.go caBundleFilePath. */
export const CA_BUNDLE_FILE_PATH = '/etc/kubernetes/kubelet-ca.crt';

/** update.go postConfigChangeAction* values. */
export type PostConfigChangeAction = 'none' | 'reload crio' | 'reboot';
