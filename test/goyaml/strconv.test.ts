// Go 1.19 strconv / time.Parse behaviour that yaml.v2's resolve() and floatv depend on, against values
// recorded from Go (test/fixtures/goyaml/strconv.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTimestamp } from '../../src/goyaml/parse-timestamp.js';
import { formatFloatG, parseFloat64Ok, parseInt64, parseUint64 } from '../../src/goyaml/strconv.js';

const golden = JSON.parse(readFileSync(new URL('../fixtures/goyaml/strconv.json', import.meta.url), 'utf8')) as {
  formatFloatG: Array<{ value: number; g: string }>;
  parse: Array<{ s: string; parseInt0: boolean; parseUint0: boolean; parseFloat: boolean; timestamp: boolean }>;
};

describe("strconv.FormatFloat(x, 'g', -1, 64)", () => {
  for (const { value, g } of golden.formatFloatG) {
    it(`${value} → ${g}`, () => {
      expect(formatFloatG(value)).toBe(g);
    });
  }
  it('special values', () => {
    expect([formatFloatG(NaN), formatFloatG(Infinity), formatFloatG(-Infinity), formatFloatG(-0)]).toEqual([
      'NaN',
      '+Inf',
      '-Inf',
      '-0',
    ]);
  });
});

describe('strconv.ParseInt / ParseUint (base 0), ParseFloat, time.Parse: success as in Go', () => {
  for (const c of golden.parse) {
    const want = { int: c.parseInt0, uint: c.parseUint0, float: c.parseFloat, timestamp: c.timestamp };
    it(`${JSON.stringify(c.s)} → ${JSON.stringify(want)}`, () => {
      expect({
        int: parseInt64(c.s, 0) !== undefined,
        uint: parseUint64(c.s, 0) !== undefined,
        float: parseFloat64Ok(c.s),
        timestamp: isTimestamp(c.s),
      }).toEqual(want);
    });
  }
});
