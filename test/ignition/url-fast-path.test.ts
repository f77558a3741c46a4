// isPlainOpaqueDataURL lets validation and ign-converter's checks skip url.Parse: every string it
// accepts must be one Go's url.Parse (go/url.ts) accepts with scheme `data`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDataURL } from '../../src/ignition/go/dataurl.js';
import { parseURL } from '../../src/ignition/go/url.js';
import { isPlainOpaqueDataURL } from '../../src/ignition/validate/url.js';

const parsesAsData = (s: string): boolean => {
  const r = parseURL(s);
  return r.ok && r.url.scheme === 'data';
};

describe('isPlainOpaqueDataURL', () => {
  it.each([
    ['data:,hello', true],
    ['data:text/plain;base64,aGk=', true],
    ['data:,a%zz?x=1', true],
    ['data:,a#frag', false],
    ['data:,a\u0001', false],
    ['data:/etc', false],
    ['DATA:,x', false],
    ['https://example.com/x', false],
  ])('%s → %s', (s, expected) => {
    expect(isPlainOpaqueDataURL(s)).toBe(expected);
    if (expected) expect(parsesAsData(s)).toBe(true);
  });

  it('implies url.Parse gives scheme data (seed 11, 20000 cases)', () => {
    const tail = fc.string({ unit: fc.constantFrom(...'ab,;=%?#/:\\ \t\u0000\u007f\u0085é\ud800'.split('')), maxLength: 12 });
    fc.assert(
      fc.property(tail, (t) => {
        const s = 'data:' + t;
        if (isPlainOpaqueDataURL(s)) expect(parsesAsData(s)).toBe(true);
      }),
      { seed: 11, numRuns: 20000 },
    );
  });

  it('a `data:,` URL that decodes is a plain opaque data URL (seed 12, 20000 cases)', () => {
    const tail = fc.string({ unit: fc.constantFrom(...'ab,;=%?#/:\\ \t\u0000\u007f\u0085é\ud8000F'.split('')), maxLength: 12 });
    fc.assert(
      fc.property(tail, (t) => {
        const s = 'data:,' + t;
        if (decodeDataURL(s, false).ok) expect(isPlainOpaqueDataURL(s)).toBe(true);
      }),
      { seed: 12, numRuns: 20000 },
    );
  });
});
