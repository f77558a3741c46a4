// Byte-for-byte agreement with Go: ghodss/yaml.Marshal (yaml.v2 v2.4.0) outputs and errors recorded in
// test/fixtures/goyaml/golden.json (see its README for how they were produced).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { marshalGoYaml, marshalGoYamlBytes } from '../../src/goyaml/marshal.js';

interface GoldenCase {
  group: string;
  name: string;
  json: string;
  yaml?: string;
  error?: string;
}

const golden = JSON.parse(readFileSync(new URL('../fixtures/goyaml/golden.json', import.meta.url), 'utf8')) as {
  cases: GoldenCase[];
};

const groups = new Map<string, GoldenCase[]>();
for (const c of golden.cases) {
  const list = groups.get(c.group) ?? [];
  list.push(c);
  groups.set(c.group, list);
}

describe('marshalGoYaml matches ghodss/yaml.Marshal (Go)', () => {
  for (const [group, cases] of groups) {
    describe(group, () => {
      for (const c of cases) {
        const value: unknown = JSON.parse(c.json);
        if (c.yaml !== undefined) {
          const yaml = c.yaml;
          it(`${c.name} → ${JSON.stringify(yaml.length > 60 ? yaml.slice(0, 60) + '…' : yaml)}`, () => {
            expect(marshalGoYaml(value)).toBe(yaml);
          });
        } else {
          const error = c.error!;
          it(`${c.name} → error ${JSON.stringify(error)}`, () => {
            let thrown: unknown;
            try {
              marshalGoYaml(value);
            } catch (e) {
              thrown = e;
            }
            expect(thrown).toBeInstanceOf(RenderError);
            expect(thrown).toMatchObject({ code: 'INVALID_INPUT', stage: 'merge', message: error });
          });
        }
      }
    });
  }
});

describe('marshalGoYamlBytes', () => {
  it('is the UTF-8 of marshalGoYaml', () => {
    const value = { 'é': ['日本', '😀 x', 'a\nb'], k: '\ufeffx' };
    const bytes = marshalGoYamlBytes(value);
    expect(Buffer.from(bytes).toString('utf8')).toBe(marshalGoYaml(value));
  });
});

describe('nesting depth (yaml.v2 max_flow_level = 10000)', () => {
  const nest = (n: number): unknown => {
    let v: unknown = 'x';
    for (let i = 0; i < n; i++) v = [v];
    return v;
  };
  // Go: 10000 nested lists marshal to 20002 bytes ending "- x\n"; 10001 fail.
  it('10000 nested lists marshal (no call-stack limit)', () => {
    const y = marshalGoYaml(nest(10000));
    expect(y.length).toBe(20002);
    expect(y.endsWith('- - x\n')).toBe(true);
  });
  it('10001 nested lists fail as in Go', () => {
    expect(() => marshalGoYaml(nest(10001))).toThrow('error converting JSON to YAML: yaml: exceeded max depth of 10000');
  });
});

describe('values JSON cannot hold', () => {
  const cases: ReadonlyArray<[string, unknown, string]> = [
    ['NaN', { a: Number.NaN }, 'error marshaling into JSON: json: unsupported value: NaN'],
    ['+Inf', { a: [Infinity] }, 'error marshaling into JSON: json: unsupported value: +Inf'],
    ['-Inf', -Infinity, 'error marshaling into JSON: json: unsupported value: -Inf'],
    ['function', { a: () => 1 }, 'error marshaling into JSON: json: unsupported type: function'],
    ['bigint', { a: 1n }, 'error marshaling into JSON: json: unsupported type: bigint'],
  ];
  for (const [name, value, message] of cases) {
    it(`${name} → ${message}`, () => {
      expect(() => marshalGoYaml(value)).toThrow(message);
      try {
        marshalGoYaml(value);
      } catch (e) {
        expect(e).toBeInstanceOf(RenderError);
      }
    });
  }
  it('undefined properties are left out and undefined list items are null, as JSON.stringify does', () => {
    expect(marshalGoYaml({ a: undefined, b: [undefined, 1] })).toBe('b:\n- null\n- 1\n');
  });
});

describe('inputs are not mutated', () => {
  it('leaves the value as it was', () => {
    const value = { z: ['b', 'a'], a: { y: 1, x: 'a\u0085b', '\ud800': 2 } };
    const before = JSON.stringify(value);
    marshalGoYaml(value);
    expect(JSON.stringify(value)).toBe(before);
  });
});
