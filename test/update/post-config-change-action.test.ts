import { describe, expect, it } from 'vitest';
import { postConfigChangeAction, postConfigChangeActionFromFileDiffs } from '../../src/update/post-config-change-action.js';
import type { MachineConfigDiff } from '../../src/update/machine-config-diff.js';

const NONE: MachineConfigDiff = { osUpdate: false, kargs: false, fips: false, passwd: false, files: false, units: false, kernelType: false, extensions: false };

describe('postConfigChangeActionFromFileDiffs', () => {
  const cases: ReadonlyArray<[string[], string]> = [
    [[], 'none'],
    [['/etc/kubernetes/kubelet-ca.crt'], 'none'],
    [['/var/lib/kubelet/config.json', '/etc/kubernetes/kubelet-ca.crt'], 'none'],
    [['/etc/containers/registries.conf'], 'reload crio'],
    [['/etc/kubernetes/kubelet-ca.crt', '/etc/containers/policy.json'], 'reload crio'],
    [['/etc/machine-config-daemon/no-reboot/containers-gpg.pub'], 'reload crio'],
    [['/etc/machine-config-daemon/no-reboot/other.gpg'], 'reboot'],
    [['/etc/machine-config-daemon/no-reboot'], 'reboot'],
    [['/etc/containers/registries.conf', '/etc/motd'], 'reboot'],
    [['/etc/motd', '/etc/containers/registries.conf'], 'reboot'],
  ];
  for (const [files, action] of cases) it(`${JSON.stringify(files)} → ${action}`, () => expect(postConfigChangeActionFromFileDiffs(files)).toEqual([action]));
});

describe('postConfigChangeAction', () => {
  for (const flag of ['osUpdate', 'kargs', 'fips', 'units', 'kernelType', 'extensions'] as const) {
    it(`${flag} reboots even with only crio files changed`, () => {
      expect(postConfigChangeAction({ ...NONE, [flag]: true, files: true }, ['/etc/containers/registries.conf'])).toEqual(['reboot']);
    });
  }
  it('passwd alone needs nothing', () => expect(postConfigChangeAction({ ...NONE, passwd: true }, [])).toEqual(['none']));
});
