// Mirrors MCO release-4.13 pkg/daemon/update.go calculatePostConfigChangeAction and
// calculatePostConfigChangeActionFromFileDiffs.
//
// Deviation: the daemon reboots whenever /run/machine-config-daemon-force exists on the node (and deletes
// it); a pure planner cannot see the host, so it assumes the file is absent.

import {
  CA_BUNDLE_FILE_PATH, CONTAINER_REGISTRY_CONF_PATH, GPG_NO_REBOOT_PATH, type PostConfigChangeAction,
} from './daemon-constants.js';
import type { MachineConfigDiff } from './machine-config-diff.js';

/** Files whose change needs nothing at all. */
export const FILES_ACTION_NONE: readonly string[] = [CA_BUNDLE_FILE_PATH, '/var/lib/kubelet/config.json'];
/** Files whose change only needs `systemctl reload crio`. */
export const FILES_ACTION_RELOAD_CRIO: readonly string[] = [
  CONTAINER_REGISTRY_CONF_PATH, GPG_NO_REBOOT_PATH, '/etc/containers/policy.json',
];

/** The action a set of changed files needs: `reboot` if any file is outside both lists, else `reload crio` if any is in the crio list, else `none`. */
export function postConfigChangeActionFromFileDiffs(changedFiles: readonly string[]): PostConfigChangeAction[] {
  let action: PostConfigChangeAction = 'none';
  for (const path of changedFiles) {
    if (FILES_ACTION_NONE.includes(path)) continue;
    if (FILES_ACTION_RELOAD_CRIO.includes(path)) action = 'reload crio';
    else return ['reboot'];
  }
  return [action];
}

/** The daemon's post-update actions: an OS, kernel-argument, FIPS, unit, kernel-type or extension change reboots; otherwise the changed files decide (passwd changes need nothing). */
export function postConfigChangeAction(diff: MachineConfigDiff, changedFiles: readonly string[]): PostConfigChangeAction[] {
  if (diff.osUpdate || diff.kargs || diff.fips || diff.units || diff.kernelType || diff.extensions) return ['reboot'];
  return postConfigChangeActionFromFileDiffs(changedFiles);
}
