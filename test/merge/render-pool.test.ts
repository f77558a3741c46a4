import { describe, expect, it } from 'vitest';
import { RenderError, renderPool, selectMachineConfigs, mergeMachineConfigs, type MachineConfig, type MachineConfigPool } from '../../src/index.js';
import { deepFreeze } from '../_support/deep-freeze.js';
import { loadSeed } from '../_support/seed.js';

const role = 'machineconfiguration.openshift.io/role';
const pool = (selector: MachineConfigPool['spec'] extends infer S ? S extends { machineConfigSelector?: infer L } ? L : never : never, name = 'worker'): MachineConfigPool =>
  ({ metadata: { name, uid: 'uid-1' }, spec: { machineConfigSelector: selector } }) as MachineConfigPool;
const mc = (name: string, spec: MachineConfig['spec'] = {}, labels: Record<string, string> = { [role]: 'worker' }): MachineConfig => ({
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfig',
  metadata: { name, labels },
  spec,
});
const file = (path: string, data: string) => ({ path, contents: { source: 'data:,' + encodeURIComponent(data) } });
const ign = (files: unknown[]) => ({ ignition: { version: '3.2.0' }, storage: { files } });

function thrown(f: () => unknown): RenderError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RenderError);
    return e as RenderError;
  }
  throw new Error('expected a RenderError');
}

describe('renderPool on the seed example', () => {
  const seed = deepFreeze(loadSeed());
  const r = renderPool(seed);

  it('selects the four layered configs in input order', () => {
    expect(r.selected).toEqual(['usbguard', 'live-apply-file', 'file', 'kargs']);
  });
  it('names the result like MCO', () => {
    expect(r.name).toMatch(/^rendered-layered-[0-9a-f]{32}$/);
    expect(r.machineConfig.metadata?.name).toBe(r.name);
  });
  it('owns the result by the pool', () => {
    expect(r.machineConfig.metadata?.ownerReferences).toEqual([
      { apiVersion: 'machineconfiguration.openshift.io/v1', kind: 'MachineConfigPool', name: 'layered', uid: '', controller: true, blockOwnerDeletion: true },
    ]);
  });
  it('merges files, extensions and kernel arguments', () => {
    expect(r.ignition.storage?.files?.map((f) => [f.path, f.overwrite])).toEqual([
      ['/etc/test-file', true],
      ['/etc/machine-config-daemon/no-reboot/containers-gpg.pub', true],
    ]);
    expect(r.machineConfig.spec.extensions).toEqual(['usbguard']);
    expect(r.machineConfig.spec.kernelArguments).toEqual(['hugepagesz=4M']);
    expect(r.machineConfig.spec.kernelType).toBe('default');
    expect(r.machineConfig.spec.fips).toBe(false);
    expect(r.warnings).toEqual([]);
  });
  it('is deterministic and independent of input order', () => {
    const reversed = { pool: seed.pool, machineConfigs: [...seed.machineConfigs].reverse() };
    const again = renderPool(reversed);
    expect(again.name).toBe(r.name);
    expect(JSON.stringify(again.machineConfig.spec)).toBe(JSON.stringify(r.machineConfig.spec));
  });
});

describe('renderPool errors', () => {
  const workers = pool({ matchLabels: { [role]: 'worker' } });
  const cases: Array<{ name: string; run: () => unknown; code: string; stage: string; machineConfig?: string; message?: string }> = [
    { name: 'empty selector', run: () => renderPool({ pool: pool({}), machineConfigs: [mc('a')] }), code: 'EMPTY_SELECTOR', stage: 'select' },
    {
      name: 'nil selector',
      run: () => renderPool({ pool: { metadata: { name: 'p' } }, machineConfigs: [mc('a')] }),
      code: 'NO_MACHINE_CONFIGS',
      stage: 'select',
      message: "couldn't find any MachineConfigs for pool: p",
    },
    {
      name: 'invalid kernel type',
      run: () => renderPool({ pool: workers, machineConfigs: [mc('a', { kernelType: 'rt' })] }),
      code: 'INVALID_KERNEL_TYPE',
      stage: 'validate',
      machineConfig: 'a',
      message: 'kernelType=rt is invalid',
    },
    {
      name: 'kernel-devel with realtime',
      run: () => renderPool({ pool: workers, machineConfigs: [mc('a', { kernelType: 'realtime' }), mc('b', { extensions: ['kernel-devel'] })] }),
      code: 'KERNEL_DEVEL_WITH_RT',
      stage: 'merge',
      machineConfig: 'b',
      message: 'installing kernel-devel extension is not supported with kernelType: realtime',
    },
    {
      name: 'unknown Ignition version',
      run: () => renderPool({ pool: workers, machineConfigs: [mc('a', { config: { ignition: { version: '9.9.9' } } })] }),
      code: 'UNSUPPORTED_VERSION',
      stage: 'validate',
      machineConfig: 'a',
    },
    { name: 'not an object', run: () => renderPool(null as never), code: 'INVALID_INPUT', stage: 'decode' },
    { name: 'configs not a list', run: () => renderPool({ pool: workers, machineConfigs: {} as never }), code: 'INVALID_INPUT', stage: 'decode' },
  ];
  it.each(cases)('$name → $code', ({ run, code, stage, machineConfig, message }) => {
    const e = thrown(run);
    expect(e).toMatchObject({ code, stage });
    if (machineConfig !== undefined) expect(e.machineConfig).toBe(machineConfig);
    if (message !== undefined) expect(e.message).toBe(message);
  });
});

describe('merge semantics', () => {
  it('sorts by name in byte order, later configs win, kernel arguments deduplicated', () => {
    const spec = mergeMachineConfigs([
      mc('b', { config: ign([file('/etc/x', 'from b')]), kernelArguments: ['x=1', 'y'] }),
      mc('B', { config: ign([file('/etc/x', 'from B')]), kernelArguments: ['y', 'z'] }),
    ]);
    // 'B' < 'b' in byte order: B merges first, b overrides.
    expect(spec.config.storage?.files?.[0]?.contents?.source).toBe('data:,from%20b');
    expect(spec.kernelArguments).toEqual(['y', 'z', 'x=1']);
  });
  it('takes the OS image from the ControllerConfig unless a config overrides it', () => {
    const cc = { spec: { osImageURL: 'old', baseOSContainerImage: 'quay.io/base:1', baseOSExtensionsContainerImage: 'quay.io/ext:1' } };
    expect(mergeMachineConfigs([mc('a')], cc)).toMatchObject({ osImageURL: 'quay.io/base:1', baseOSExtensionsContainerImage: 'quay.io/ext:1' });
    expect(mergeMachineConfigs([mc('a'), mc('z', { osImageURL: 'quay.io/custom:2' })], cc).osImageURL).toBe('quay.io/custom:2');
  });
  it('warns about files MCO forces to overwrite without a source', () => {
    const r = renderPool({ pool: pool({ matchLabels: { [role]: 'worker' } }), machineConfigs: [mc('a', { config: ign([{ path: '/etc/empty', mode: 420 }]) })] });
    expect(r.warnings.map((w) => [w.code, w.path])).toContainEqual(['IGNITION_FILE_OVERWRITE_NIL_SOURCE', '$.spec.config.storage.files.0.overwrite']);
  });
  it('warns about unknown extensions and kernel arguments the node splits', () => {
    const r = renderPool({ pool: pool({ matchLabels: { [role]: 'worker' } }), machineConfigs: [mc('a', { extensions: ['ipsec'], kernelArguments: ['a  b'] })] });
    expect(r.warnings.map((w) => [w.code, w.machineConfig])).toEqual([
      ['UNSUPPORTED_EXTENSION', 'a'],
      ['KERNEL_ARGUMENT_SPLIT', 'a'],
    ]);
  });
  it('selectMachineConfigs keeps input order', () => {
    const sel = selectMachineConfigs(pool({ matchExpressions: [{ key: role, operator: 'In', values: ['worker', 'infra'] }] }), [
      mc('z'),
      mc('m', {}, { [role]: 'master' }),
      mc('a', {}, { [role]: 'infra' }),
    ]);
    expect(sel.map((m) => m.metadata?.name)).toEqual(['z', 'a']);
  });
});
