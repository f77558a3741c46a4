// renderedConfigName / specYaml against MCO release-4.13: every successful render vector, plus oracle
// cases crafted for the name (test/fixtures/merge/rendered-name-oracle.json).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import type { RenderedMachineConfigSpec } from '../../src/kube/types.js';
import { machineConfigSpecJsonView, renderedConfigName, specYaml } from '../../src/merge/rendered-name.js';

const dir = fileURLToPath(new URL('../../../shared/conformance/render/', import.meta.url));
const vectors = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const id = f.slice(0, -'.expected.json'.length);
    return {
      id,
      expected: JSON.parse(readFileSync(dir + f, 'utf8')),
      input: JSON.parse(readFileSync(`${dir}${id}.input.json`, 'utf8')),
    };
  })
  .filter((v) => typeof v.expected.name === 'string') as Array<{
  id: string;
  expected: { name: string; spec: RenderedMachineConfigSpec; specYAML?: string };
  input: { pool: { metadata: { name: string } } };
}>;

describe('renderedConfigName matches MCO on the render vectors', () => {
  it('has the vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(225);
  });
  for (const { id, expected, input } of vectors) {
    it(`${id} → ${expected.name}`, () => {
      expect(renderedConfigName(input.pool.metadata.name, expected.spec)).toBe(expected.name);
      if (expected.specYAML !== undefined) expect(specYaml(expected.spec)).toBe(expected.specYAML);
    });
  }
});

interface OracleCase {
  id: string;
  pool: string;
  spec?: RenderedMachineConfigSpec;
  name?: string;
  specYAML?: string;
  error?: string;
  stage?: string;
  inputSpec?: { kernelArguments?: string[]; config?: { systemd?: unknown } };
}
const oracle = JSON.parse(
  readFileSync(new URL('../fixtures/merge/rendered-name-oracle.json', import.meta.url), 'utf8'),
) as OracleCase[];
const byId = new Map(oracle.map((c) => [c.id, c]));

describe('renderedConfigName matches the MCO oracle on crafted specs', () => {
  for (const c of oracle.filter((o) => o.name !== undefined)) {
    it(`${c.id} → ${c.name}`, () => {
      expect(renderedConfigName(c.pool, c.spec!)).toBe(c.name);
      expect(specYaml(c.spec!)).toBe(c.specYAML);
    });
  }

  it('a lone surrogate hashes as U+FFFD (Go strings hold no lone surrogates)', () => {
    const ok = byId.get('surrogate-karg')!;
    const spec = { ...ok.spec!, kernelArguments: ['a\ud800b'] };
    expect(renderedConfigName('worker', spec)).toBe(ok.name);
  });

  // MCO fails the render at "merge" with go-yaml's reader/scanner error, as ghodss/yaml returns it.
  const base = byId.get('ctl-karg')!.spec!;
  for (const c of oracle.filter((o) => o.error !== undefined)) {
    it(`${c.id} → ${c.stage}: ${c.error}`, () => {
      const spec: RenderedMachineConfigSpec = {
        ...base,
        kernelArguments: c.inputSpec?.kernelArguments ?? base.kernelArguments,
        config: c.inputSpec?.config?.systemd
          ? ({ ...base.config, systemd: c.inputSpec.config.systemd } as RenderedMachineConfigSpec['config'])
          : base.config,
      };
      let thrown: unknown;
      try {
        renderedConfigName('worker', spec);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(RenderError);
      expect(thrown).toMatchObject({ code: 'INVALID_INPUT', stage: c.stage, message: c.error });
    });
  }
});

describe('machineConfigSpecJsonView (Go json.Marshal of MachineConfigSpec)', () => {
  it('has all seven fields; nil lists and config are null, unset strings empty, fips false', () => {
    const view = machineConfigSpecJsonView({} as RenderedMachineConfigSpec);
    expect(view).toEqual({
      osImageURL: '',
      baseOSExtensionsContainerImage: '',
      config: null,
      kernelArguments: null,
      extensions: null,
      fips: false,
      kernelType: '',
    });
    expect(specYaml({} as RenderedMachineConfigSpec)).toBe(
      'baseOSExtensionsContainerImage: ""\nconfig: null\nextensions: null\nfips: false\nkernelArguments: null\nkernelType: ""\nosImageURL: ""\n',
    );
  });
  it('null and empty lists give different names (as in Go)', () => {
    const a = { ...byId.get('no-kargs')!.spec!, kernelArguments: null };
    const b = { ...a, kernelArguments: [] };
    expect(renderedConfigName('worker', a)).not.toBe(renderedConfigName('worker', b));
  });
  const bad: ReadonlyArray<[string, unknown, string]> = [
    ['osImageURL number', { osImageURL: 1 }, 'spec.osImageURL must be a string'],
    ['kernelArguments string', { kernelArguments: 'a' }, 'spec.kernelArguments must be a list of strings or null'],
    ['extensions with a number', { extensions: ['a', 1] }, 'spec.extensions must be a list of strings or null'],
    ['fips string', { fips: 'yes' }, 'spec.fips must be a boolean'],
    ['spec null', null, 'spec must be an object'],
  ];
  for (const [name, spec, message] of bad) {
    it(`${name} → RenderError ${JSON.stringify(message)}`, () => {
      expect(() => renderedConfigName('worker', spec as RenderedMachineConfigSpec)).toThrow(message);
      try {
        renderedConfigName('worker', spec as RenderedMachineConfigSpec);
      } catch (e) {
        expect(e).toMatchObject({ code: 'INVALID_INPUT', stage: 'merge' });
      }
    });
  }
  it('does not mutate the spec', () => {
    const spec = structuredClone(vectors[0]!.expected.spec);
    const before = JSON.stringify(spec);
    renderedConfigName('worker', spec);
    expect(JSON.stringify(spec)).toBe(before);
  });
});
