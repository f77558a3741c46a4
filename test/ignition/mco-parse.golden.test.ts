// Golden cases produced by MCO release-4.13's own code (pkg/controller/common/helpers.go with its
// vendored ignition v2.15.0 / v0.35.0), see test/fixtures/ignition/README.md. Each case is one raw
// Ignition config (JSON text, or a parsed object when `object` is set) and what MCO returns for it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyzeMachineConfigIgnition, extractIgnitionKargs, parseAndConvertConfig, validateMachineConfigIgnition,
} from '../../src/ignition/mco-parse.js';
import { RenderError } from '../../src/errors.js';
import { goMarshal32 } from './_go-marshal.js';

interface Golden {
  name: string;
  raw: string;
  object?: boolean;
  validateErr?: string;
  parseErr?: string;
  kargsErr?: string;
  kargs?: string[];
  config?: unknown;
}

const cases: Golden[] = readFileSync(new URL('../fixtures/ignition/mco-parse.golden.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as Golden);

const errorOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(RenderError);
    return (e as RenderError).message;
  }
};

describe('MCO 4.13 Ignition handling matches Go (golden)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(700));
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const raw: unknown = c.object === true ? JSON.parse(c.raw) : c.raw;
    // For an object, the bytes Go saw depend on how it was serialized (the goldens were written with
    // Python's json.dumps layout, the library assumes compact JSON as the API server and the vectors
    // write it): positions in "line N col M" are not comparable there; everything else is.
    const pos = (m: string | undefined) => (c.object === true && m !== undefined ? m.replace(/line \d+ col \d+/g, 'line L col C') : m);
    const errorAt = (f: () => unknown) => pos(errorOf(f));
    expect(errorAt(() => validateMachineConfigIgnition(raw))).toBe(pos(c.validateErr));
    let config: unknown;
    expect(errorAt(() => (config = parseAndConvertConfig(raw)))).toBe(pos(c.parseErr));
    if (c.config !== undefined) expect(goMarshal32(config)).toEqual(c.config);
    let kargs: string[] = [];
    expect(errorAt(() => (kargs = extractIgnitionKargs(raw)))).toBe(pos(c.kargsErr));
    expect(kargs).toEqual(c.kargs ?? []);

    const all = analyzeMachineConfigIgnition(raw);
    expect(pos(all.validateError?.message)).toBe(pos(c.validateErr));
    expect(pos(all.config instanceof RenderError ? all.config.message : undefined)).toBe(pos(c.parseErr));
    expect(all.kargs instanceof RenderError ? pos(all.kargs.message) : all.kargs).toEqual(pos(c.kargsErr) ?? c.kargs ?? []);
  });
});
