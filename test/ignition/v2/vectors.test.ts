// The spec 2.x MachineConfigs of the render conformance vectors: their conversion must agree with
// the rendered spec MCO produced, and vectors that fail on them must fail with our message.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../../src/errors.js';
import { ign2ToIgnition3, parseIgn2, validateIgn2 } from '../../../src/ignition/v2/index.js';

const dir = new URL('../../../../shared/conformance/render/', import.meta.url);

type Obj = Record<string, unknown>;
interface MC {
  metadata: { name: string };
  spec?: { config?: unknown; kernelType?: string };
}
interface Vector {
  id: string;
  configs: MC[];
  expected: { selected?: string[]; stage?: string; error?: string; spec?: { config: Obj } };
}

const vectors: Vector[] = readdirSync(dir)
  .filter((f) => f.endsWith('.input.json'))
  .sort()
  .map((f) => {
    const id = f.slice(0, -'.input.json'.length);
    const input = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { configs: MC[] };
    const expected = JSON.parse(readFileSync(new URL(`${id}.expected.json`, dir), 'utf8')) as Vector['expected'];
    return { id, configs: input.configs, expected };
  });

const versionOf = (c: MC): string => {
  const cfg = c.spec?.config;
  if (typeof cfg !== 'object' || cfg === null) return '';
  const ign = (cfg as Obj)['ignition'];
  const v = typeof ign === 'object' && ign !== null ? (ign as Obj)['version'] : undefined;
  return typeof v === 'string' ? v : '';
};
const isV2 = (c: MC): boolean => /^[12]\./.test(versionOf(c));
const selectedConfigs = (v: Vector): MC[] =>
  (v.expected.selected ?? []).map((n) => v.configs.find((c) => c.metadata.name === n)!).filter((c) => c !== undefined);

const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const get = (v: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((x, k) => (typeof x === 'object' && x !== null ? (x as Obj)[k] : undefined), v);

/** Paths/names defined by a config (3.x configs read raw; 2.x via our conversion). */
function definedPaths(c: MC): string[] {
  return list(get(c.spec?.config, 'storage', 'files')).map((f) => String(f['path']));
}
function definedUnits(c: MC): string[] {
  return list(get(c.spec?.config, 'systemd', 'units')).map((u) => String(u['name']));
}

const successes = vectors.filter((v) => v.expected.spec !== undefined && selectedConfigs(v).some(isV2));
const v2Failures = vectors.filter((v) =>
  v.expected.stage === 'validate' && selectedConfigs(v).some(isV2) &&
  /^(parsing Ignition config failed: unknown version|parsing Ignition spec v2|invalid ignition V2|invalid mode )/.test(v.expected.error ?? ''));

describe('render vectors with spec 2.x configs', () => {
  it('finds the vectors', () => {
    expect(successes.length).toBeGreaterThanOrEqual(25);
    expect(v2Failures.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(successes.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const selected = [...selectedConfigs(v)].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
    const files = list(get(v.expected.spec!.config, 'storage', 'files'));
    const units = list(get(v.expected.spec!.config, 'systemd', 'units'));
    const users = list(get(v.expected.spec!.config, 'passwd', 'users'));

    it.each(selected.filter(isV2).map((c) => [c.metadata.name, c] as const))('%s converts consistently', (_n, c) => {
      const raw = c.spec!.config;
      const cfg = parseIgn2(raw);
      validateIgn2(cfg);
      const out = ign2ToIgnition3(cfg);
      const later = selected.slice(selected.indexOf(c) + 1);
      for (const f of out.storage?.files ?? []) {
        const got = files.find((x) => x['path'] === f.path);
        expect(got, f.path).toBeDefined();
        if (later.some((l) => definedPaths(l).includes(f.path))) continue;
        expect(get(got, 'contents', 'source')).toBe(f.contents?.source);
        expect(got!['mode']).toBe(f.mode);
        expect(got!['overwrite']).toBe(f.overwrite ?? true);
      }
      for (const u of out.systemd?.units ?? []) {
        const got = units.find((x) => x['name'] === u.name);
        expect(got, u.name).toBeDefined();
        if (later.some((l) => definedUnits(l).includes(u.name))) continue;
        expect(got!['contents']).toBe(u.contents);
        expect(got!['enabled']).toBe(u.enabled);
        for (const d of u.dropins ?? []) {
          expect(list(got!['dropins']).find((x) => x['name'] === d.name)?.['contents']).toBe(d.contents);
        }
      }
      for (const u of out.passwd?.users ?? []) {
        const got = users.find((x) => x['name'] === u.name);
        expect(got, u.name).toBeDefined();
        for (const k of u.sshAuthorizedKeys ?? []) expect(got!['sshAuthorizedKeys']).toContain(k);
      }
    });
  });

  describe.each(v2Failures.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    it('fails on its first spec 2.x config with MCO’s message', () => {
      const first = selectedConfigs(v).filter((c) => isV2(c) && (c.spec?.kernelType ?? '') === '')[0]!;
      let err: unknown;
      try {
        validateIgn2(parseIgn2(first.spec!.config));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RenderError);
      expect((err as RenderError).message.replace(/, line \d+ col \d+/g, '')).toBe(v.expected.error);
      expect((err as RenderError).stage).toBe('validate');
    });
  });
});
