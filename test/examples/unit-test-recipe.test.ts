// The README's recipe for unit-testing a MachineConfig change, kept as a real test so it stays true.
import { describe, expect, it } from 'vitest';
import { describeUpdatePlan, planUpdate, renderPool, type MachineConfig, type MachineConfigPool } from '../../src/index.js';

const pool: MachineConfigPool = {
  metadata: { name: 'worker' },
  spec: { machineConfigSelector: { matchLabels: { 'machineconfiguration.openshift.io/role': 'worker' } } },
};
const mc = (name: string, spec: NonNullable<MachineConfig['spec']>): MachineConfig => ({
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfig',
  metadata: { name, labels: { 'machineconfiguration.openshift.io/role': 'worker' } },
  spec,
});
const file = (path: string, text: string) => ({
  ignition: { version: '3.2.0' },
  storage: { files: [{ path, contents: { source: 'data:,' + encodeURIComponent(text) } }] },
});

const before = [mc('50-worker-chrony', { config: file('/etc/chrony.conf', 'pool 2.rhel.pool.ntp.org iburst\n') })];

describe('my MachineConfig change', () => {
  const plan = (after: MachineConfig[]) =>
    planUpdate(renderPool({ pool, machineConfigs: before }).machineConfig, renderPool({ pool, machineConfigs: after }).machineConfig);

  it('a new registry mirror only reloads crio', () => {
    const p = plan([...before, mc('60-worker-mirror', { config: file('/etc/containers/registries.conf', '[[registry]]\n') })]);
    expect(p).toMatchObject({ reconcilable: true, actions: ['reload crio'], changedFiles: ['/etc/containers/registries.conf'] });
  });

  it('hugepages reboot the nodes', () => {
    const p = plan([...before, mc('60-worker-hugepages', { kernelArguments: ['hugepagesz=4M'] })]);
    expect(p).toMatchObject({ reconcilable: true, actions: ['reboot'], kernelArgumentArgs: ['--append=hugepagesz=4M'] });
    expect(describeUpdatePlan(p)).toContain('reboot: kernel arguments changed (+hugepagesz=4M)');
  });

  it('a new disk is refused by the node', () => {
    const p = plan([...before, mc('60-worker-disk', { config: { ignition: { version: '3.2.0' }, storage: { disks: [{ device: '/dev/vdb', wipeTable: true }] } } })]);
    expect(p.reconcilable).toBe(false);
  });
});
