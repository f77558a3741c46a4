// The core uses TextEncoder/TextDecoder when the runtime has them and plain code otherwise; both must give
// the same bytes. This runs golden cases with both globals removed.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { utf8DecodeFallback } from '../../src/goyaml/_utf8.js';

const golden = JSON.parse(readFileSync(new URL('../fixtures/goyaml/golden.json', import.meta.url), 'utf8')) as {
  cases: Array<{ group: string; name: string; json: string; yaml?: string }>;
};

describe('without TextEncoder / TextDecoder', () => {
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });
  it('marshalGoYaml gives the same output on every golden case', async () => {
    vi.stubGlobal('TextEncoder', undefined);
    vi.stubGlobal('TextDecoder', undefined);
    vi.resetModules();
    const { marshalGoYaml } = await import('../../src/goyaml/marshal.js');
    let n = 0;
    for (const c of golden.cases) {
      if (c.yaml === undefined) continue;
      expect(marshalGoYaml(JSON.parse(c.json)), `${c.group} ${c.name}`).toBe(c.yaml);
      n++;
    }
    expect(n).toBeGreaterThan(1000);
  });
});

describe('utf8DecodeFallback', () => {
  const samples = ['', 'ascii', 'é', '日本語', '😀', 'a😀b\u0000\u2028\ufffd', 'x'.repeat(20000) + '😀'.repeat(5000)];
  for (const s of samples) {
    it(`decodes ${JSON.stringify(s.slice(0, 20))}${s.length > 20 ? '…' : ''}`, () => {
      expect(utf8DecodeFallback(new Uint8Array(Buffer.from(s, 'utf8')))).toBe(s);
    });
  }
});
