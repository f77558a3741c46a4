// The Ignition part of every conformance vector.
// render/: MCO's ValidateMachineConfig runs over the selected configs in input order; a vector that
// fails at stage `validate` fails at the first config whose kernelType or Ignition config is rejected,
// with exactly the expected message (Go's `, line N col M` removed). Every other vector's selected
// configs must pass, convert to 3.2, and give kernel arguments the rendered spec contains.
// layering/: the `layering` branch's ParseAndConvertConfig on the rendered spec's config.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  extractIgnitionKargs, parseAndConvertConfig, parseAndConvertConfigLayering, validateMachineConfigIgnition,
} from '../../src/ignition/mco-parse.js';
import { RenderError } from '../../src/errors.js';

const root = new URL('../../../shared/conformance/', import.meta.url);
const stripPositions = (s: string): string => s.replace(/, line \d+ col \d+/g, '');

interface MC {
  metadata?: { name?: string };
  spec?: { config?: unknown; kernelType?: string; kernelArguments?: string[] };
}

function vectors(kind: string): Array<[string, { input: any; expected: any }]> {
  const dir = new URL(kind + '/', root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.input.json'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.input.json'.length);
      return [id, {
        input: JSON.parse(readFileSync(new URL(f, dir), 'utf8')),
        expected: JSON.parse(readFileSync(new URL(id + '.expected.json', dir), 'utf8')),
      }];
    });
}

/** ValidateMachineConfig's message for one config, or undefined. */
function validateMachineConfig(mc: MC): string | undefined {
  const kt = mc.spec?.kernelType ?? '';
  if (!(kt === '' || kt === 'default' || kt === 'realtime')) return `kernelType=${kt} is invalid`;
  try {
    validateMachineConfigIgnition(mc.spec?.config);
    return undefined;
  } catch (e) {
    if (!(e instanceof RenderError)) throw e;
    return e.message;
  }
}

const render = vectors('render');

describe('render vectors: Ignition validation and conversion', () => {
  it('has vectors', () => expect(render.length).toBeGreaterThan(250));
  it.each(render)('%s', (_id, { input, expected }) => {
    const selected: string[] | undefined = expected.selected;
    if (selected === undefined) return; // selection failed or selected nothing: no Ignition involved
    const byName = new Map<string, MC>();
    for (const c of input.configs as MC[]) if (c?.metadata?.name !== undefined) byName.set(c.metadata.name, c);
    const configs = selected.map((n) => byName.get(n)!);

    let failure: string | undefined;
    for (const mc of configs) {
      failure = validateMachineConfig(mc);
      if (failure !== undefined) break;
    }
    if (expected.stage === 'validate') {
      expect(failure).toBe(stripPositions(expected.error));
      return;
    }
    expect(failure).toBeUndefined();
    for (const mc of configs) {
      if (mc.spec?.config === undefined || mc.spec.config === null) continue;
      expect(() => parseAndConvertConfig(mc.spec!.config)).not.toThrow();
      if (expected.spec !== undefined) {
        for (const karg of extractIgnitionKargs(mc.spec.config)) expect(expected.spec.kernelArguments).toContain(karg);
      }
    }
  });
});

const layering = vectors('layering');

describe('layering vectors: the prototype parses the rendered config', () => {
  it('has vectors', () => expect(layering.length).toBeGreaterThan(200));
  it.each(layering)('%s', (_id, { input, expected }) => {
    let message: string | undefined;
    try {
      parseAndConvertConfigLayering(input.spec.config);
    } catch (e) {
      if (!(e instanceof RenderError)) throw e;
      // render/machine_config_to_ignition.go wraps it once more
      message = `parsing Ignition config failed: ${e.message}`;
    }
    const want = typeof expected.error === 'string' && expected.error.startsWith('parsing Ignition config failed')
      ? stripPositions(expected.error)
      : undefined;
    expect(message).toBe(want);
  });
});
