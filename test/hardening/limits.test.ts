/**
 * The rendered config's size, as MCO main measures it (`ValidateMachineConfigSize`:
 * `len(json.Marshal(mc))`), and the warning above 80% of etcd's 1.5 MiB request limit.
 */

import { describe, expect, it } from 'vitest';
import { renderPool, type MachineConfig, type MachineConfigPool, type RenderedPool } from '../../src/index.js';
import { MACHINE_CONFIG_SIZE_WARNING, MAX_MACHINE_CONFIG_SIZE } from '../../src/merge/render-pool.js';
import { freezeAll } from './_harness.js';
import { loadSeed } from '../_support/seed.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goJsonSize } from '../../src/_go/json-size.js';
import { conformanceDir, vectorIds } from '../conformance/vectors.js';

const ROLE = 'machineconfiguration.openshift.io/role';
const pool: MachineConfigPool = { metadata: { name: 'worker', uid: 'u-1' }, spec: { machineConfigSelector: { matchLabels: { [ROLE]: 'worker' } } } };
/** One MachineConfig per chunk, each with one file of `chunk` bytes of plain data. */
const withData = (sizes: number[]): MachineConfig[] =>
  sizes.map((n, i) => ({
    metadata: { name: `9${i}-data`, labels: { [ROLE]: 'worker' } },
    spec: { config: { ignition: { version: '3.2.0' }, storage: { files: [{ path: `/etc/data-${i}`, contents: { source: 'data:,' + 'a'.repeat(n) } }] } } },
  }));
const render = (machineConfigs: MachineConfig[]): RenderedPool => renderPool(freezeAll({ pool, machineConfigs }));
const sizeWarnings = (r: RenderedPool) => r.warnings.filter((w) => w.code === 'RENDERED_CONFIG_SIZE');

describe('RenderedPool.size', () => {
  it('is the byte length of json.Marshal of the rendered MachineConfig (ASCII: JSON.stringify plus Go’s creationTimestamp: null)', () => {
    const r = renderPool(freezeAll(loadSeed()));
    const goObjectMeta = ',"creationTimestamp":null';
    expect(r.size).toBe(new TextEncoder().encode(JSON.stringify(r.machineConfig)).length + goObjectMeta.length);
  });

  it('counts Go’s escapes: <, > and & as \\u003c…, U+2028 as \\u2028, a lone surrogate as U+FFFD', () => {
    const base = render([{ metadata: { name: 'a', labels: { [ROLE]: 'worker' } }, spec: { kernelArguments: ['x'] } }]);
    const spelled = (arg: string) => render([{ metadata: { name: 'a', labels: { [ROLE]: 'worker' } }, spec: { kernelArguments: [arg] } }]).size - base.size;
    expect([spelled('<'), spelled('&'), spelled('\u2028'), spelled('\ud800'), spelled('é'), spelled('\ud83d\ude00'), spelled('"')]).toEqual([5, 5, 5, 2, 1, 3, 1]);
  });

  it('counts Go’s escapes inside the Ignition config too (measured while the config is built)', () => {
    const withPath = (path: string) =>
      render([{ metadata: { name: 'a', labels: { [ROLE]: 'worker' } }, spec: { config: { ignition: { version: '3.2.0' }, storage: { files: [{ path, contents: { source: 'data:,x' } }] } } } }]).size;
    const plain = withPath('/etc/x');
    expect(['/etc/<', '/etc/&', '/etc/\u2028', '/etc/\ud800', '/etc/é', '/etc/\ud83d\ude00', '/etc/"', '/etc/\u0001'].map((p) => withPath(p) - plain)).toEqual([
      5, 5, 5, 2, 1, 3, 1, 5,
    ]);
  });

  it('equals the measure of the whole rendered MachineConfig on every rendering conformance vector', () => {
    let checked = 0;
    for (const id of vectorIds('render')) {
      const input = JSON.parse(readFileSync(join(conformanceDir, 'render', `${id}.input.json`), 'utf8'));
      let r: RenderedPool;
      try {
        r = renderPool({ pool: input.pool, machineConfigs: input.configs, controllerConfig: input.controllerConfig });
      } catch {
        continue;
      }
      expect(r.size, id).toBe(goJsonSize(r.machineConfig) + ',"creationTimestamp":null'.length);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('grows byte for byte with the data', () => {
    const [a, b] = [render(withData([1000])), render(withData([1500]))];
    expect(b.size - a.size).toBe(500);
  });
});

describe('RENDERED_CONFIG_SIZE warning above 80% of 1.5 MiB', () => {
  it('uses MCO’s numbers', () => {
    expect([MAX_MACHINE_CONFIG_SIZE, MACHINE_CONFIG_SIZE_WARNING]).toEqual([1572864, 1258291]);
  });

  // Two configs under the 3 MiB input limit each, tuned so the rendered config is exactly at the threshold.
  const base = render(withData([1000, 1000]));
  const atThreshold = MACHINE_CONFIG_SIZE_WARNING - base.size + 1000;

  it(`no warning at exactly ${MACHINE_CONFIG_SIZE_WARNING} bytes`, () => {
    const r = render(withData([1000, atThreshold]));
    expect(r.size).toBe(MACHINE_CONFIG_SIZE_WARNING);
    expect(sizeWarnings(r)).toEqual([]);
  });

  it('a warning one byte above, with the size and the share of the limit', () => {
    const r = render(withData([1000, atThreshold + 1]));
    expect(r.size).toBe(MACHINE_CONFIG_SIZE_WARNING + 1);
    expect(sizeWarnings(r)).toEqual([
      {
        severity: 'warning',
        code: 'RENDERED_CONFIG_SIZE',
        message: `MachineConfig ${r.name} is approaching size limit: 1258292 bytes (80.00% of 1572864 byte limit).`,
        path: '$',
      },
    ]);
  });

  it('over the limit, the warning says current MCO releases refuse it', () => {
    const r = render(withData([800_000, 800_000]));
    expect(r.size).toBeGreaterThan(MAX_MACHINE_CONFIG_SIZE);
    const [w] = sizeWarnings(r);
    expect(w?.message).toMatch(/^MachineConfig rendered-worker-[0-9a-f]{32} is approaching size limit: \d+ bytes \(10\d\.\d\d% of 1572864 byte limit\)\. Current MCO releases refuse to create it/);
  });

  it('small configs carry no size warning', () => {
    expect(sizeWarnings(render(withData([10])))).toEqual([]);
  });
});
