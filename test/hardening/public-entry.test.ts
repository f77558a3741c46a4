// Object inputs the caller controls: getters and Proxy traps that throw, NaN, and deep nesting under
// keys the parser skips. Every entry point answers with a RenderError.
import { describe, expect, it } from 'vitest';
import { parseIgnition, planUpdate, renderContainerfile, renderPool, RenderError, validateIgnition } from '../../src/index.js';

const deep = (): unknown => {
  const root: Record<string, unknown> = {};
  let d = root;
  for (let i = 0; i < 20000; i++) d = (d['x'] = {}) as Record<string, unknown>;
  return root;
};

const ignitions: Array<[string, () => unknown, string]> = [
  ['NaN', () => ({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', mode: NaN }] } }), 'INVALID_INPUT'],
  ['Infinity', () => ({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', mode: Infinity }] } }), 'INVALID_INPUT'],
  ['20,000 levels under an unknown key', () => ({ ignition: { version: '3.2.0' }, unknown: deep() }), 'LIMIT_EXCEEDED'],
  ['a throwing getter', () => ({ get ignition(): never { throw new Error('boom'); } }), 'INVALID_INPUT'],
  ['a Proxy whose ownKeys trap throws', () => new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }), 'INVALID_INPUT'],
];

const caught = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('object inputs the caller controls', () => {
  it.each(ignitions)('parseIgnition and validateIgnition: %s → RenderError', (_label, make, code) => {
    for (const f of [parseIgnition, validateIgnition] as Array<(c: never) => unknown>) {
      const e = caught(() => f(make() as never));
      expect(e).toBeInstanceOf(RenderError);
      expect((e as RenderError).code).toBe(code);
    }
  });

  it.each(ignitions)('renderPool, planUpdate and renderContainerfile with %s inside → RenderError', (_label, make) => {
    const pool = { metadata: { name: 'worker' }, spec: { machineConfigSelector: { matchLabels: { r: 'w' } } } };
    const mc = { metadata: { name: 'a', labels: { r: 'w' } }, spec: { config: make() } };
    const rendered = { metadata: { name: 'rendered-worker-x' }, spec: { config: make() } };
    for (const f of [
      () => renderPool({ pool, machineConfigs: [mc] } as never),
      () => planUpdate(rendered as never, rendered as never),
      () => renderContainerfile({ poolName: 'worker', machineConfig: rendered } as never),
    ]) expect(caught(f)).toBeInstanceOf(RenderError);
  });

  it('the original error is kept as the cause', () => {
    const e = caught(() => parseIgnition({ get ignition(): never { throw new Error('boom'); } }));
    expect((e as RenderError).message).toContain('boom');
    expect(((e as RenderError).cause as Error).message).toBe('boom');
  });
});
