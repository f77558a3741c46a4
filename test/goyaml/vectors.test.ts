// Every render vector whose expected file carries `specYAML` (the exact bytes MCO hashed): marshalGoYaml of
// the expected spec (Go's JSON of the MachineConfigSpec) must reproduce it byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { marshalGoYaml } from '../../src/goyaml/marshal.js';

const dir = fileURLToPath(new URL('../../../shared/conformance/render/', import.meta.url));
const vectors = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => ({ id: f.slice(0, -'.expected.json'.length), expected: JSON.parse(readFileSync(dir + f, 'utf8')) }))
  .filter((v) => typeof v.expected.specYAML === 'string') as Array<{
  id: string;
  expected: { spec: unknown; specYAML: string };
}>;

describe('marshalGoYaml reproduces specYAML of the render vectors', () => {
  it('has the vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(225);
  });
  for (const { id, expected } of vectors) {
    it(id, () => {
      expect(marshalGoYaml(expected.spec)).toBe(expected.specYAML);
    });
  }
});
