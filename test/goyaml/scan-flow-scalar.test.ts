// What yaml.Unmarshal makes of a JSON string holding raw NEL (U+0085), which json.Marshal leaves unescaped:
// scannerc.go folds it like a line break in a double-quoted scalar. Expected values checked with Go
// (golden.json 'decode' group covers the same strings end to end).
import { describe, expect, it } from 'vitest';
import { scanJsonStringScalar } from '../../src/goyaml/scan-flow-scalar.js';

const cases: ReadonlyArray<[string, string]> = [
  ['plain', 'plain'],
  ['a\u0085b', 'a b'],
  ['a \u0085 b', 'a b'],
  ['a  \u0085  b', 'a b'],
  ['a\u0085\u0085b', 'a\nb'],
  ['a\u0085\u0085\u0085b', 'a\n\nb'],
  ['a\u0085 \u0085b', 'a\nb'],
  ['\u0085a', ' a'],
  ['a\u0085', 'a '],
  ['\u0085', ' '],
  [' \u0085 ', ' '],
  ['a  b', 'a  b'],
  ['a\tb\u0085c', 'a\tb c'],
  ['a\u2028\u0085b', 'a\u2028 b'],
];

describe('scanJsonStringScalar', () => {
  for (const [input, output] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
      expect(scanJsonStringScalar(input)).toBe(output);
    });
  }
});
