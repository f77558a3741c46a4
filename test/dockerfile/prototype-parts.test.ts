import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { marshalStringLists } from '../../src/dockerfile/prototype/_yaml-v3-emit.js';
import { escapeDataUrl, makeDataUrl } from '../../src/dockerfile/prototype/data-url.js';
import { mcdContentJson } from '../../src/dockerfile/prototype/mcd-content.js';
import { prototypeDockerfile } from '../../src/dockerfile/prototype/pool-build-dockerfile.js';
import { renderPrototypeBuild } from '../../src/dockerfile/prototype/render-prototype-build.js';
import { treeFileToIgnitionFile } from '../../src/dockerfile/prototype/tree-file.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/dockerfile/${name}`, import.meta.url), 'utf8'));
const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function withoutEmptyObjects(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutEmptyObjects);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const c = withoutEmptyObjects(x);
    if (typeof c === 'object' && c !== null && !Array.isArray(c) && Object.keys(c).length === 0) continue;
    out[k] = c;
  }
  return out;
}

describe('yaml.v3 treefile (golden from Go)', () => {
  const cases = fixture('yaml-v3-treefile.json') as { packages: string[]; yaml: string }[];
  for (const c of cases) {
    it(`${JSON.stringify(c.packages)} → ${JSON.stringify(c.yaml.split('\n')[1])}`, () => {
      expect(text(marshalStringLists([['packages', c.packages], ['override-remove', ['kernel']]]))).toBe(c.yaml);
    });
  }
  it('omits empty lists', () => {
    expect(text(marshalStringLists([['packages', []], ['override-remove', ['kernel']]]))).toBe('override-remove:\n    - kernel\n');
  });
});

describe('prototype on crafted inputs (golden from the layering oracle)', () => {
  const cases = fixture('prototype-oracle.json') as {
    input: { pool: string; spec: unknown };
    expected: { addedFiles: unknown[]; dockerfile?: string };
  }[];
  for (const c of cases) {
    it(`${JSON.stringify(c.input.pool)} ${JSON.stringify(c.input.spec).slice(0, 120)}`, () => {
      const build = renderPrototypeBuild(c.input.pool, c.input.spec);
      expect(withoutEmptyObjects(build.ignition.storage?.files)).toEqual(withoutEmptyObjects(c.expected.addedFiles));
      if (c.expected.dockerfile !== undefined) expect(build.dockerfile).toBe(c.expected.dockerfile);
    });
  }
});

describe('data URLs', () => {
  const cases = [
    { contents: 'abc', url: 'data:,abc' },
    { contents: 'a b', url: 'data:,a%20b' },
    { contents: "-_.!~*'()", url: "data:,-_.!~*'()" },
    { contents: '\n\n\n\n\n', url: 'data:,%0A%0A%0A%0A%0A' }, // a tie (16 characters each) keeps the escaped form
    { contents: '\n\n\n\n\n\n', url: 'data:;base64,CgoKCgoK' },
    { contents: '', url: 'data:,' },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.contents)} → ${c.url}`, () => expect(makeDataUrl(bytes(c.contents))).toBe(c.url));
  }
  it('escapes bytes, not characters', () => expect(escapeDataUrl(bytes('é'))).toBe('%C3%A9'));
});

describe('treefile as an Ignition file', () => {
  it('usbguard only: the name is the first 7 hex of sha256(data URL)', () => {
    expect(treeFileToIgnitionFile({ packages: ['usbguard'], overrideRemove: [] })).toEqual({
      path: '/etc/rpm-ostree/origin.d/extensions-aa27756.yaml',
      contents: { source: 'data:;base64,IyBHZW5lcmF0ZWQgYnkgdGhlIE1DTwoKcGFja2FnZXM6CiAgICAtIHVzYmd1YXJkCg==' },
      mode: 420,
    });
  });
});

describe('mcd_content.json', () => {
  const cases = [
    { kargs: null, fips: false, json: '{"kernelArguments":null,"fips":false}' },
    { kargs: [], fips: true, json: '{"kernelArguments":[],"fips":true}' },
    { kargs: ['a="b c"', '<&>', 'x\u2028\b'], fips: false, json: '{"kernelArguments":["a=\\"b c\\"","\\u003c\\u0026\\u003e","x\\u2028\\u0008"],"fips":false}' },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.kargs)} fips=${c.fips} → ${c.json}`, () => expect(mcdContentJson(c.kargs, c.fips)).toBe(c.json));
  }
});

describe('the pool Dockerfile', () => {
  it('names the pool rendered-config image stream and nothing else varies', () => {
    const a = prototypeDockerfile('worker');
    const b = prototypeDockerfile('a b');
    expect(a).toContain('/openshift-machine-config-operator/worker-rendered-config AS machineconfig\n');
    expect(b.replace('a b-rendered-config', 'worker-rendered-config')).toBe(a);
  });
});

describe('input checks', () => {
  const bad: [string, unknown, unknown][] = [
    ['pool not a string', 7, {}],
    ['spec an array', 'worker', []],
    ['extensions a string', 'worker', { extensions: 'usbguard' }],
    ['kernelArguments with a number', 'worker', { kernelArguments: [1] }],
    ['fips a string', 'worker', { fips: 'true' }],
    ['kernelType a number', 'worker', { kernelType: 1 }],
  ];
  for (const [name, pool, spec] of bad) {
    it(`${name} → INVALID_INPUT`, () => {
      let err: unknown;
      try {
        renderPrototypeBuild(pool as string, spec);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RenderError);
      expect(err).toMatchObject({ code: 'INVALID_INPUT', stage: 'layer' });
    });
  }

  it('does not mutate the spec', () => {
    const spec = { config: { ignition: { version: '3.2.0' }, storage: { files: [] } }, extensions: ['usbguard'] };
    const before = JSON.stringify(spec);
    const build = renderPrototypeBuild('worker', spec);
    expect(JSON.stringify(spec)).toBe(before);
    expect(build.ignition.storage?.files).toHaveLength(2);
  });
});

describe('config parsing as the layering branch does it (golden from the layering oracle)', () => {
  const cases = fixture('prototype-oracle-errors.json') as {
    input: { pool: string; spec: unknown };
    error?: string;
    version?: string;
    addedFiles?: unknown[];
  }[];
  const strip = (m: string): string => m.replace(/, line \d+ col \d+/g, '');
  for (const c of cases) {
    it(`${JSON.stringify(c.input.spec).slice(0, 140)} → ${c.error === undefined ? 'ok' : JSON.stringify(strip(c.error)).slice(0, 100)}`, () => {
      if (c.error !== undefined) {
        let err: unknown;
        try {
          renderPrototypeBuild(c.input.pool, c.input.spec);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(RenderError);
        expect(err).toMatchObject({ stage: 'layer' });
        expect(strip((err as Error).message)).toBe(strip(c.error));
      } else {
        const build = renderPrototypeBuild(c.input.pool, c.input.spec);
        expect(build.ignition.ignition.version).toBe(c.version);
        expect(withoutEmptyObjects(build.ignition.storage?.files)).toEqual(withoutEmptyObjects(c.addedFiles));
      }
    });
  }
});

describe('the treefile packages', () => {
  it('expands known extensions, keeps unknown names and duplicates, adds the realtime kernel', () => {
    const build = renderPrototypeBuild('worker', {
      config: { ignition: { version: '3.2.0' } },
      extensions: ['kerberos', 'ipsec', 'kerberos'],
      kernelType: 'realtime',
    });
    expect(build.packages).toEqual([
      'krb5-workstation', 'libkadm5', 'ipsec', 'krb5-workstation', 'libkadm5', 'kernel-rt', 'kernel-rt-modules', 'kernel-rt-modules-extra',
    ]);
    expect(build.overrideRemove).toEqual(['kernel', 'kernel-modules', 'kernel-modules-extra']);
  });
  it('an unknown kernel type is the default kernel', () => {
    const build = renderPrototypeBuild('worker', { config: { ignition: { version: '3.2.0' } }, kernelType: '64k-pages' });
    expect(build.packages).toEqual([]);
    expect(build.ignition.storage?.files?.map((f) => f.path)).toEqual(['/etc/machine-config-daemon/mcd_content.json']);
  });
});
