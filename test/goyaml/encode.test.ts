// Objects with the same keys share one analysis of those keys (encode.ts KeySet: decoded keys, mapv's
// order, rendered simple keys). These cases repeat key sets with other values, with undefined values
// (left out, as JSON.stringify does) and with keys that are not simple, need quotes or become equal after
// U+FFFD replacement. Expected texts: the output of the encoder before key sets were shared (it matched
// every Go golden case), i.e. Go's yaml.v2 output for the JSON of each value.
import { describe, expect, it } from 'vitest';
import { marshalGoYaml } from '../../src/goyaml/marshal.js';

const long = 'k'.repeat(130);
const cases: Array<[string, unknown, string]> = [
  [
    'undefined values at different places',
    [{ a: 1, b: undefined, c: 2 }, { a: 1, b: 2, c: 3 }, { a: undefined, b: 1, c: 2 }, { c: 1, b: 2, a: 3 }, { a: undefined, b: undefined, c: undefined }],
    '- a: 1\n  c: 2\n- a: 1\n  b: 2\n  c: 3\n- b: 1\n  c: 2\n- a: 3\n  b: 2\n  c: 1\n- {}\n',
  ],
  [
    'a key over 128 bytes (? form), twice',
    [{ [long]: 1, a: 'x' }, { [long]: [1, 2], a: 'y' }],
    '- a: x\n  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n  : 1\n- a: "y"\n  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n  : - 1\n    - 2\n',
  ],
  [
    'quoted and multi-line keys, twice',
    [{ yes: 1, '': 2, 'a: b': 3, '#x': 4, 'a\nb': 5, 'é': 6 }, { yes: [], '': {}, 'a: b': null, '#x': 'y', 'a\nb': 'z\n', 'é': 'ü' }],
    '- "": 2\n  \'#x\': 4\n  ? |-\n    a\n    b\n  : 5\n  \'a: b\': 3\n  "yes": 1\n  \u00e9: 6\n- "": {}\n  \'#x\': "y"\n  ? |-\n    a\n    b\n  : |\n    z\n  \'a: b\': null\n  "yes": []\n  \u00e9: \u00fc\n',
  ],
  [
    'keys equal after U+FFFD replacement, twice',
    [{ 'a\ud800': 1, 'a\udc00': 2, b: 3 }, { 'a\ud800': 4, 'a\udc00': 5, b: 6 }],
    '- a\ufffd: 2\n  b: 3\n- a\ufffd: 5\n  b: 6\n',
  ],
  [
    'keys in keyList.Less order, twice',
    [{ x10: 1, x2: 2, X: 3, '1': 4 }, { x10: 5, x2: 6, X: 7, '1': 8 }],
    '- "1": 4\n  X: 3\n  x2: 2\n  x10: 1\n- "1": 8\n  X: 7\n  x2: 6\n  x10: 5\n',
  ],
  [
    'a null-prototype object and a plain one',
    [Object.assign(Object.create(null), { b: 1, a: 2 }), { b: 3, a: 4 }],
    '- a: 2\n  b: 1\n- a: 4\n  b: 3\n',
  ],
  [
    '__proto__ as a key (own data property)',
    JSON.parse('[{"__proto__": {"x": 1}, "a": 2}, {"__proto__": [], "a": 3}]'),
    '- __proto__:\n    x: 1\n  a: 2\n- __proto__: []\n  a: 3\n',
  ],
];

describe('objects sharing a key set', () => {
  it.each(cases)('%s', (_name, value, yaml) => {
    expect(marshalGoYaml(value)).toBe(yaml);
  });
});
