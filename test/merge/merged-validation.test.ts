// renderPool checks the merged Ignition config only where merging made something new (entries no
// step merged were validated with their own config). Its IGNITION_* warnings must be exactly the
// errors of Ignition's full validation of the rendered config, in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPool } from '../../src/merge/render-pool.js';
import { validateIgnition } from '../../src/ignition/validate-ignition.js';
import type { MachineConfig, MachineConfigPool } from '../../src/kube/types.js';
import { conformanceDir, vectorIds } from '../conformance/vectors.js';

function fullValidationErrors(r: ReturnType<typeof renderPool>): string[] {
  return validateIgnition(r.ignition)
    .filter((d) => d.severity === 'error')
    .map((d) => `IGNITION_${d.code} $.spec.config${d.path.slice(1)}`);
}

const ignitionWarnings = (r: ReturnType<typeof renderPool>): string[] =>
  r.warnings.filter((w) => w.code.startsWith('IGNITION_')).map((w) => `${w.code} ${w.path}`);

const pool: MachineConfigPool = {
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfigPool',
  metadata: { name: 'worker' },
  spec: { machineConfigSelector: { matchLabels: { role: 'worker' } } },
};
const mc = (name: string, config: unknown): MachineConfig =>
  ({
    apiVersion: 'machineconfiguration.openshift.io/v1',
    kind: 'MachineConfig',
    metadata: { name, labels: { role: 'worker' } },
    spec: { config },
  }) as MachineConfig;

describe('merged-config validation equals the full validation', () => {
  const ids = vectorIds('render');
  it('has render vectors to check', () => expect(ids.length).toBeGreaterThan(0));
  it.each(ids)('%s', (id) => {
    const input = JSON.parse(readFileSync(join(conformanceDir, 'render', `${id}.input.json`), 'utf8'));
    let r;
    try {
      r = renderPool({ pool: input.pool, machineConfigs: input.configs, controllerConfig: input.controllerConfig });
    } catch {
      return; // refused: nothing merged to check
    }
    expect(ignitionWarnings(r)).toEqual(fullValidationErrors(r));
  });

  const cases: Array<[string, MachineConfig[]]> = [
    ['a file merged from two configs loses its source', [
      mc('a', { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/etc/a', contents: { source: 'data:,x' } }] } }),
      mc('b', { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/etc/a', mode: 420 }] } }),
    ]],
    ['files without source get overwrite from MCO', [
      mc('a', { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/etc/a' }, { path: '/etc/b', contents: { source: 'data:,y' } }] } }),
    ]],
    ['a file under a link from another config', [
      mc('a', { ignition: { version: '3.2.0' }, storage: { links: [{ path: '/etc/l', target: '/tmp' }] } }),
      mc('b', { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/etc/l/f', contents: { source: 'data:,z' } }] } }),
    ]],
    ['a spec 2.2 config, converted', [
      mc('a', { ignition: { version: '2.2.0' }, storage: { files: [{ filesystem: 'root', path: '/etc/c', contents: { source: 'data:,q' } }] } }),
      mc('b', { ignition: { version: '3.2.0' }, systemd: { units: [{ name: 'u.service', enabled: true, contents: '[Unit]\n' }] } }),
    ]],
  ];
  it.each(cases)('%s', (_label, machineConfigs) => {
    const r = renderPool({ pool, machineConfigs });
    expect(ignitionWarnings(r)).toEqual(fullValidationErrors(r));
  });

  it('reports the errors merging creates', () => {
    expect(ignitionWarnings(renderPool({ pool, machineConfigs: cases[1]![1] }))).toEqual([
      'IGNITION_FILE_OVERWRITE_NIL_SOURCE $.spec.config.storage.files.0.overwrite',
    ]);
    expect(ignitionWarnings(renderPool({ pool, machineConfigs: cases[2]![1] }))).toEqual([
      'IGNITION_FILE_USED_SYMLINK $.spec.config.storage.files.0',
    ]);
  });

});
