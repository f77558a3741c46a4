import { describe, expect, it } from 'vitest';
import type { MachineConfig } from '../../src/kube/types.js';
import { describeUpdatePlan } from '../../src/update/describe-update-plan.js';
import { planUpdate, type UpdatePlan } from '../../src/update/plan-update.js';

const mc = (spec: Record<string, unknown> = {}, ignition: Record<string, unknown> = {}): MachineConfig => ({
  spec: { osImageURL: 'img@sha256:0', config: { ignition: { version: '3.2.0' }, ...ignition }, kernelArguments: [], extensions: [], ...spec },
});
const file = (path: string) => ({ path, contents: { source: 'data:,x' } });
const base = mc();

const table: ReadonlyArray<{ name: string; plan: UpdatePlan; lines: string[] }> = [
  { name: 'nothing', plan: planUpdate(base, mc()), lines: ['none: nothing to change'] },
  { name: 'kernel argument added', plan: planUpdate(base, mc({ kernelArguments: ['hugepagesz=4M'] })), lines: ['reboot: kernel arguments changed (+hugepagesz=4M)'] },
  {
    name: 'kernel arguments swapped',
    plan: planUpdate(mc({ kernelArguments: ['a b', 'c'] }), mc({ kernelArguments: ['a', 'd'] })),
    lines: ['reboot: kernel arguments changed (+d -b -c)'],
  },
  { name: 'kernel arguments reordered', plan: planUpdate(mc({ kernelArguments: ['a', 'b'] }), mc({ kernelArguments: ['b', 'a'] })), lines: ['reboot: kernel arguments changed (reordered)'] },
  { name: 'extension added', plan: planUpdate(base, mc({ extensions: ['usbguard'] })), lines: ['reboot: extensions changed (+usbguard)'] },
  { name: 'extension replaced', plan: planUpdate(mc({ extensions: ['usbguard'] }), mc({ extensions: ['kerberos'] })), lines: ['reboot: extensions changed (+krb5-workstation +libkadm5 -usbguard)'] },
  {
    name: 'crio-only file',
    plan: planUpdate(base, mc({}, { storage: { files: [file('/etc/containers/registries.conf')] } })),
    lines: ['reload crio: /etc/containers/registries.conf changed'],
  },
  {
    name: 'OS image and files',
    plan: planUpdate(base, mc({ osImageURL: 'img@sha256:1' }, { storage: { files: [file('/etc/kubernetes/kubelet-ca.crt'), file('/etc/motd')] } })),
    lines: ['reboot: OS image changed', 'none: /etc/kubernetes/kubelet-ca.crt changed', 'reboot: /etc/motd changed'],
  },
  {
    name: 'SSH keys',
    plan: planUpdate(base, mc({}, { passwd: { users: [{ name: 'core', sshAuthorizedKeys: ['k'] }] } })),
    lines: ['none: SSH keys or password of user core changed'],
  },
  {
    name: 'refused',
    plan: planUpdate(base, mc({}, { storage: { disks: [{ device: '/dev/sdb' }] } })),
    lines: ['not reconcilable: ignition disks section contains changes'],
  },
  {
    name: 'units, kernel type and FIPS (check skipped)',
    plan: planUpdate(base, mc({ kernelType: 'realtime', fips: true }, { systemd: { units: [{ name: 'a.service', mask: true }] } }), { nodeFips: null }),
    lines: ['reboot: kernel type changed', 'reboot: FIPS mode changed', 'reboot: systemd units changed'],
  },
];

describe('describeUpdatePlan', () => {
  for (const { name, plan, lines } of table) it(`${name} → ${JSON.stringify(lines)}`, () => expect(describeUpdatePlan(plan)).toEqual(lines));
  it('rejects something that is not a plan', () => {
    expect(() => describeUpdatePlan({} as UpdatePlan)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
