/**
 * Hostile inputs, one test each: prototype keys anywhere, 100k-deep nesting, 100 MB strings, lone
 * UTF-16 surrogates (checked against MCO's own code, see test/fixtures/hardening), numbers beyond
 * 2^53 for modes and ids, and gzip bombs. Every call must return or throw a RenderError, quickly, and
 * leave Object.prototype as it was.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { RenderError, type MachineConfig, type MachineConfigPool, type RenderedPool } from '../../src/index.js';
import { goJsonSize } from '../../src/_go/json-size.js';
import { freezeAll, outcome, prototypeSnapshot } from './_harness.js';

const ROLE = 'machineconfiguration.openshift.io/role';
const pool: MachineConfigPool = { metadata: { name: 'worker', uid: 'u' }, spec: { machineConfigSelector: { matchLabels: { [ROLE]: 'worker' } } } };
const mc = (name: string, spec: Record<string, unknown>, labels: Record<string, string> = { [ROLE]: 'worker' }): MachineConfig =>
  ({ apiVersion: 'machineconfiguration.openshift.io/v1', kind: 'MachineConfig', metadata: { name, labels }, spec }) as MachineConfig;
const ign = (rest: Record<string, unknown> = {}): Record<string, unknown> => ({ ignition: { version: '3.2.0' }, ...rest });
const file = (path: string, source: string): Record<string, unknown> => ({ path, contents: { source } });
const render = (machineConfigs: unknown[], p: unknown = pool): RenderedPool =>
  api.renderPool(freezeAll({ pool: p, machineConfigs }) as unknown as api.RenderPoolInput);

/** The RenderError `f` throws (anything else, or nothing, fails the test). */
function refusal(f: () => unknown): RenderError {
  const o = outcome(f);
  if (o.ok) throw new Error('expected a RenderError, got a result');
  return o.error;
}

/** Runs `f`, returning its outcome and how long it took. */
/** The outcome of f. (Time is never asserted: the test timeouts guard against hangs.) */
function timed<T>(f: () => T): { o: ReturnType<typeof outcome> } {
  return { o: outcome(f) };
}

const call = (name: string, ...args: unknown[]): unknown => (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);

let prototypesBefore = '';
beforeAll(() => {
  prototypesBefore = prototypeSnapshot();
});
afterAll(() => {
  // Whatever ran above, nothing may have reached the shared prototypes.
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(prototypeSnapshot()).toBe(prototypesBefore);
});

// -------------------------------------------------------------------------------------------------
describe('__proto__, constructor and prototype keys are data, never interpreted', () => {
  /** JSON text → objects with own `__proto__` keys, as a YAML/JSON reader hands them over. */
  const parse = (text: string): unknown => JSON.parse(text);
  const polluted = (): void => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(prototypeSnapshot()).toBe(prototypesBefore);
  };

  it('a MachineConfig label __proto__ holding the role does not select it', () => {
    const m = parse(`{"metadata":{"name":"a","labels":{"__proto__":{"${ROLE}":"worker","polluted":"yes"}}},"spec":{}}`);
    expect(refusal(() => render([m])).code).toBe('INVALID_INPUT'); // a label value must be a string
    polluted();
  });

  it('a label named __proto__ with a string value is an ordinary label', () => {
    const m = parse(`{"metadata":{"name":"a","labels":{"__proto__":"x","${ROLE}":"worker"}},"spec":{"kernelArguments":["k"]}}`);
    expect(render([m]).selected).toEqual(['a']);
    polluted();
  });

  it('matchLabels key __proto__ is an invalid label key (it may not start with `_`)', () => {
    const p = parse(`{"metadata":{"name":"worker"},"spec":{"machineConfigSelector":{"matchLabels":{"__proto__":"worker"}}}}`);
    expect(refusal(() => render([mc('a', {})], p)).code).toBe('INVALID_SELECTOR');
    polluted();
  });

  it.each(['constructor', 'prototype', 'toString'])('matchLabels key %s matches only an own label of that name', (key) => {
    const p = parse(`{"metadata":{"name":"worker"},"spec":{"machineConfigSelector":{"matchLabels":{"${key}":"worker"}}}}`);
    expect(refusal(() => render([mc('a', {})], p)).code).toBe('NO_MACHINE_CONFIGS');
    expect(render([mc('a', {}), mc('b', {}, { [key]: 'worker' })], p).selected).toEqual(['b']);
    polluted();
  });

  it('a matchExpressions key `constructor` with Exists matches only an own label', () => {
    const p = { metadata: { name: 'worker' }, spec: { machineConfigSelector: { matchExpressions: [{ key: 'constructor', operator: 'Exists' }] } } };
    expect(refusal(() => render([mc('a', {})], p)).code).toBe('NO_MACHINE_CONFIGS');
    expect(render([mc('a', {}, { constructor: 'x' })], p).selected).toEqual(['a']);
    polluted();
  });

  it('a __proto__ key inside spec.config is an unknown Ignition key (ignored, as Go does), not a prototype', () => {
    const config = parse(`{"ignition":{"version":"3.2.0"},"__proto__":{"storage":{"files":[{"path":"/etc/evil","contents":{"source":"data:,x"}}]},"polluted":1}}`);
    const r = render([mc('a', { config })]);
    expect(r.machineConfig.spec.config).toEqual({ ignition: { version: '3.2.0' } });
    expect(JSON.stringify(r.machineConfig)).not.toContain('/etc/evil');
    polluted();
  });

  it('__proto__ and constructor keys inside storage, files and units are ignored data', () => {
    const config = parse(
      `{"ignition":{"version":"3.2.0"},"storage":{"__proto__":{"files":[{"path":"/etc/evil"}]},"files":[{"path":"/etc/a","constructor":{"prototype":{"polluted":1}},"contents":{"source":"data:,a","__proto__":{"compression":"gzip"}}}]},"systemd":{"units":[{"name":"a.service","__proto__":{"enabled":true}}]}}`,
    );
    const r = render([mc('a', { config })]);
    const files = r.ignition.storage?.files ?? [];
    expect(files.map((f) => f.path)).toEqual(['/etc/a']);
    expect(files[0]?.contents?.compression).toBeUndefined();
    expect(r.ignition.systemd?.units?.[0]?.enabled).toBeUndefined();
    polluted();
  });

  it('files at /etc/__proto__, /etc/constructor and /etc/prototype merge by path like any other', () => {
    const a = mc('a', { config: ign({ storage: { files: ['__proto__', 'constructor', 'prototype'].map((k) => file(`/etc/${k}`, 'data:,a')) } }) });
    const b = mc('b', { config: ign({ storage: { files: [file('/etc/__proto__', 'data:,b')] } }) });
    const files = render([a, b]).ignition.storage?.files ?? [];
    expect(files.map((f) => [f.path, f.contents?.source])).toEqual([
      ['/etc/__proto__', 'data:,b'],
      ['/etc/constructor', 'data:,a'],
      ['/etc/prototype', 'data:,a'],
    ]);
    polluted();
  });

  it('groups named __proto__ and constructor merge by name', () => {
    const a = mc('a', { config: ign({ passwd: { groups: [{ name: '__proto__', gid: 1 }, { name: 'constructor', gid: 2 }] } }) });
    const b = mc('b', { config: ign({ passwd: { groups: [{ name: '__proto__', gid: 3 }] } }) });
    const r = outcome(() => render([a, b]));
    if (r.ok) {
      const groups = (r.value as RenderedPool).ignition.passwd?.groups ?? [];
      expect(groups.map((g) => [g.name, g.gid])).toEqual([
        ['__proto__', 3],
        ['constructor', 2],
      ]);
    }
    polluted();
  });

  it('extensions named __proto__ / constructor are unknown extensions', () => {
    const r = render([mc('a', { extensions: ['__proto__', 'constructor', 'hasOwnProperty'] })]);
    expect(r.warnings.filter((w) => w.code === 'UNSUPPORTED_EXTENSION')).toHaveLength(3);
    const e = refusal(() => api.resolvePackages({ extensions: ['__proto__', 'constructor'] }));
    expect([e.code, e.message]).toEqual(['UNSUPPORTED_EXTENSION', 'invalid extensions found: [__proto__ constructor]']);
    polluted();
  });

  it.each(['__proto__', 'constructor', 'toString'])('kernelType %s is an invalid kernel type', (kernelType) => {
    expect(refusal(() => render([mc('a', { kernelType })])).code).toBe('INVALID_KERNEL_TYPE');
    expect(refusal(() => api.resolvePackages({ kernelType })).code).toBe('INVALID_KERNEL_TYPE');
    polluted();
  });

  it('a custom catalog with an own __proto__ extension resolves it as data', () => {
    const catalog = { ...api.extensionCatalogs['4.13'], extensions: parse('{"__proto__":["evil-pkg"],"usbguard":["usbguard"]}') } as api.ExtensionCatalog;
    expect(api.resolvePackages({ extensions: ['__proto__'] }, catalog).packages).toEqual(['evil-pkg']);
    expect(refusal(() => api.resolvePackages({ extensions: ['constructor'] }, catalog)).code).toBe('UNSUPPORTED_EXTENSION');
    polluted();
  });

  it('contentHash hashes a context file named __proto__ as a file', () => {
    const context = parse('{"__proto__":"x"}') as Record<string, string>;
    expect(api.contentHash({ containerfile: 'FROM a\n', context })).not.toBe(api.contentHash({ containerfile: 'FROM a\n', context: {} }));
    polluted();
  });

  it('planUpdate reads a __proto__ spec key as unknown data', () => {
    const old = mc('old', { config: ign() });
    const next = parse(`{"metadata":{"name":"new"},"spec":{"config":{"ignition":{"version":"3.2.0"}},"__proto__":{"kernelArguments":["evil"]}}}`);
    const plan = api.planUpdate(old, next as MachineConfig);
    expect(plan.reconcilable && plan.kernelArgumentArgs).toEqual([]);
    polluted();
  });

  it('parseIgnition, validateIgnition and mergeIgnition treat __proto__ keys as unknown keys', () => {
    const text = '{"ignition":{"version":"3.2.0"},"__proto__":{"polluted":1},"passwd":{"__proto__":{"users":[]}}}';
    for (const raw of [text, parse(text)]) {
      const o = outcome(() => api.parseIgnition(raw));
      expect(o.ok).toBe(true);
      if (o.ok) expect(o.value).toEqual({ ignition: { version: '3.2.0' } });
    }
    expect(outcome(() => api.validateIgnition(parse(text) as api.IgnitionConfig)).ok).toBe(true);
    expect(outcome(() => api.mergeIgnition(parse(text) as api.IgnitionConfig, parse(text) as api.IgnitionConfig)).ok).toBe(true);
    polluted();
  });
});

// -------------------------------------------------------------------------------------------------
describe('100k-deep nesting: RenderError, no stack overflow', () => {
  const DEPTH = 100_000;
  const deepArray = (): unknown => {
    let v: unknown = [];
    for (let i = 0; i < DEPTH; i++) v = [v];
    return v;
  };
  const deepObject = (key = 'a'): unknown => {
    let v: unknown = {};
    for (let i = 0; i < DEPTH; i++) v = { [key]: v };
    return v;
  };
  const deepText = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
  const deepObjectText = '{"a":'.repeat(DEPTH) + '{}' + '}'.repeat(DEPTH);

  const shapes: Array<[string, () => unknown]> = [
    ['arrays', deepArray],
    ['objects', deepObject],
    ['__proto__ objects', () => deepObject('__proto__')],
  ];
  const limitCodes = ['LIMIT_EXCEEDED', 'INVALID_IGNITION', 'INVALID_INPUT'];

  it.each(shapes)('deep %s as spec.config', (_n, deep) => {
    expect(limitCodes).toContain(refusal(() => render([mc('a', { config: deep() })])).code);
  });

  it.each(shapes)('deep %s under an unknown Ignition key', (_n, deep) => {
    expect(limitCodes).toContain(refusal(() => render([mc('a', { config: ign({ x: deep() }) })])).code);
  });

  it.each(shapes)('deep %s as storage.files', (_n, deep) => {
    expect(limitCodes).toContain(refusal(() => render([mc('a', { config: ign({ storage: { files: deep() } }) })])).code);
  });

  it.each(shapes)('deep %s as a label value and in unread metadata', (_n, deep) => {
    expect(refusal(() => render([mc('a', {}, { [ROLE]: deep() as string })])).code).toBe('LIMIT_EXCEEDED');
    const m = { metadata: { name: 'a', labels: { [ROLE]: 'worker' }, managedFields: deep() }, spec: {} };
    expect(refusal(() => render([m])).code).toBe('LIMIT_EXCEEDED');
  });

  it.each(shapes)('deep %s in a MachineConfig given to mergeMachineConfigs, selectMachineConfigs, planUpdate, renderContainerfile', (_n, deep) => {
    const m = mc('a', { config: ign({ x: deep() }) });
    expect(refusal(() => api.mergeMachineConfigs(freezeAll([m]))).code).toBe('LIMIT_EXCEEDED');
    expect(refusal(() => api.selectMachineConfigs(pool, freezeAll([m]))).code).toBe('LIMIT_EXCEEDED');
    expect(refusal(() => api.planUpdate(freezeAll(m), mc('b', { config: ign() }))).code).toBe('LIMIT_EXCEEDED');
    expect(refusal(() => api.planUpdate(mc('b', { config: ign() }), freezeAll(m))).code).toBe('LIMIT_EXCEEDED');
    const rendered = render([mc('a', { config: ign() })]);
    const tampered = { poolName: 'worker', machineConfig: { ...rendered.machineConfig, metadata: { ...rendered.machineConfig.metadata, managedFields: deep() } } };
    expect(refusal(() => api.renderContainerfile(freezeAll(tampered), { baseImage: 'quay.io/a/b:1' })).code).toBe('LIMIT_EXCEEDED');
  });

  it.each([
    ['arrays', deepText],
    ['objects', deepObjectText],
  ])('deep %s as JSON text in spec.config and parseIgnition', (_n, text) => {
    expect(limitCodes).toContain(refusal(() => render([mc('a', { config: text })])).code);
    expect(limitCodes).toContain(refusal(() => api.parseIgnition(text)).code);
  });

  it.each(shapes)('deep %s given to parseIgnition, validateIgnition, mergeIgnition', (_n, deep) => {
    expect(outcome(() => api.parseIgnition(deep())).ok).toBe(false);
    expect(outcome(() => api.parseIgnition(ign({ storage: { files: deep() } }))).ok).toBe(false);
    for (const raw of [deep(), ign({ storage: { files: deep() } }), ign({ x: deep() })]) {
      // An unknown key is ignored without being read (Go's decoder would stop at depth 10000; renderPool
      // does, see above); wrong types are refused: a result or a RenderError, nothing else.
      outcome(() => api.parseIgnition(raw));
      outcome(() => api.validateIgnition(raw as api.IgnitionConfig));
      outcome(() => api.mergeIgnition(raw as api.IgnitionConfig, ign() as unknown as api.IgnitionConfig));
      outcome(() => api.mergeIgnition(ign() as unknown as api.IgnitionConfig, raw as api.IgnitionConfig));
    }
  });

  it.each(shapes)('deep %s given to the small functions', (_n, deep) => {
    const d = deep();
    for (const [name, args] of [
      ['resolvePackages', [{ extensions: d }]],
      ['resolvePackages', [{}, d]],
      ['splitKernelArguments', [d]],
      ['kernelArgumentUpdateArgs', [d, d]],
      ['kernelArgumentsToml', [d, { matchArchitectures: d }]],
      ['contentHash', [{ containerfile: 'x', context: d }]],
      ['describeUpdatePlan', [d]],
      ['renderedConfigName', ['worker', d]],
      ['renderedConfigName', ['worker', { config: d }]],
      ['formatPath', [d]],
    ] as Array<[string, unknown[]]>) {
      outcome(() => call(name, ...args));
    }
  });

  it('Go decodes up to 10000 levels: a MachineConfig exactly 10000 deep renders, 10001 is refused', () => {
    const nest = (n: number): unknown => {
      let v: unknown = [];
      for (let i = 1; i < n; i++) v = [v];
      return v;
    };
    // MachineConfig (level 1) › spec (2) › config (3) › x: arrays at levels 4 … 3 + n.
    const at = (n: number) => outcome(() => render([mc('a', { config: ign({ x: nest(n) }) })]));
    const ok = at(9997);
    expect(ok.ok ? 'rendered' : ok.error.code).toBe('rendered');
    const deeper = at(9998);
    expect(deeper.ok ? 'rendered' : deeper.error.code).toBe('LIMIT_EXCEEDED');
  });
});

// -------------------------------------------------------------------------------------------------
describe('100 MB strings: refused or rendered within seconds', () => {
  const MB100 = 'x'.repeat(100 * 1024 * 1024);
  const cases: Array<[string, () => MachineConfig]> = [
    ['a kernel argument', () => mc('a', { kernelArguments: [MB100] })],
    ['a file source', () => mc('a', { config: ign({ storage: { files: [file('/etc/a', 'data:,' + MB100)] } }) })],
    ['a systemd unit', () => mc('a', { config: ign({ systemd: { units: [{ name: 'a.service', contents: MB100 }] } }) })],
    ['the OS image', () => mc('a', { osImageURL: MB100 })],
    ['spec.config as JSON text', () => mc('a', { config: JSON.stringify(ign({ storage: { files: [file('/etc/a', 'data:,' + MB100)] } })) })],
    ['the MachineConfig name', () => mc(MB100, {})],
    ['a label', () => mc('a', {}, { [ROLE]: 'worker', x: MB100 })],
  ];
  it.each(cases)('in %s: LIMIT_EXCEEDED at once (no API server accepts it)', (_n, make) => {
    const m = make();
    const { o } = timed(() => render([m]));
    expect(o.ok ? 'rendered' : o.error.code).toBe('LIMIT_EXCEEDED');
  });

  it('planUpdate refuses a 100 MB MachineConfig at once', () => {
    const [a, b] = [mc('a', { config: ign() }), mc('b', { config: ign(), kernelArguments: [MB100] })];
    const { o } = timed(() => api.planUpdate(a, b));
    expect(o.ok ? 'planned' : o.error.code).toBe('LIMIT_EXCEEDED');
  });

  it('renderContainerfile refuses a 100 MB rendered MachineConfig at once (both flavors)', () => {
    const rendered = { poolName: 'worker', machineConfig: mc('rendered-worker-x', { config: ign(), osImageURL: 'quay.io/a/b:1', kernelArguments: [MB100] }) };
    for (const flavor of ['containerfile', 'layering-prototype'] as const) {
      const { o } = timed(() => api.renderContainerfile(rendered, { flavor, kernelArguments: 'bootc' }));
      expect(o.ok ? 'built' : o.error.code).toBe('LIMIT_EXCEEDED');
    }
  });

  it('the building blocks that take one string finish on 100 MB', () => {
    // Linear time: about a second each on a laptop; the test timeout guards a hang.
    for (const f of [() => api.splitKernelArguments(MB100), () => api.kernelArgumentsToml([MB100]), () => api.contentHash({ containerfile: MB100, context: {} })] as Array<() => unknown>) {
      const { o } = timed(f);
      expect(o.ok).toBe(true);
    }
  });

  it('parseIgnition on 100 MB of JSON text finishes with an answer (linear time; the test timeout guards a hang)', () => {
    const text = JSON.stringify(ign({ storage: { files: [file('/etc/a', 'data:,' + MB100)] } }));
    const { o } = timed(() => api.parseIgnition(text));
    expect(o.ok ? 'parsed' : o.error.code).toMatch(/^(parsed|LIMIT_EXCEEDED)$/);
  });

  it('just under the input limit, the slowest characters for the name still render within seconds', () => {
    // U+2028 costs the most per character (YAML and JSON escape it); 1 M of them is 3 MB of UTF-8.
    const worst = '\u2028 '.repeat(500_000);
    const { o } = timed(() => render([mc('a', { kernelArguments: [worst] })]));
    expect(o.ok).toBe(true);
  });
});

// -------------------------------------------------------------------------------------------------
describe('Go decoding: lone surrogates, big numbers (fixtures from MCO 4.13 itself)', () => {
  interface GoCase {
    id: string;
    input: string;
    expected: { name: string; specSize: number } | { stage: string; error: string };
  }
  const cases = JSON.parse(readFileSync(new URL('../fixtures/hardening/go-decoding.json', import.meta.url), 'utf8')) as GoCase[];

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    // JSON.parse turns \ud800 into a lone surrogate and big numbers into doubles: what a JS caller has.
    const input = JSON.parse(c.input) as { pool: MachineConfigPool; configs: MachineConfig[] };
    const o = outcome(() => render(input.configs, input.pool));
    if ('name' in c.expected) {
      if (!o.ok) throw o.error;
      const r = o.value as RenderedPool;
      expect(r.name).toBe(c.expected.name);
      // RenderedPool.size counts as Go's json.Marshal does: the spec part is exactly MCO's byte count.
      expect(api.renderedConfigName(input.pool.metadata!.name!, r.machineConfig.spec)).toBe(c.expected.name);
      // RenderedPool.size counts as Go's json.Marshal does: the spec's part is MCO's byte count exactly.
      expect(goJsonSize(r.machineConfig.spec)).toBe(c.expected.specSize);
    } else {
      expect(o.ok).toBe(false);
      const strip = (m: string): string => m.split('\n')[0]!.replace(/, line \d+ col \d+|line \d+ col \d+: /g, '');
      if (!o.ok) expect(strip(o.error.message)).toBe(strip(c.expected.error));
    }
  });

  it('lone surrogates anywhere in a spec give the name of the U+FFFD spelling', () => {
    const variants = (s: string) => [
      mc('a', { kernelArguments: [`k${s}`], extensions: [`e${s}`], osImageURL: `i${s}` }),
      mc('b', { config: ign({ storage: { files: [file(`/etc/f${s}`, 'data:,x')] }, passwd: { users: [{ name: 'core', sshAuthorizedKeys: [`k${s}`] }] } }) }),
    ];
    const want = render(variants('\ufffd')).name;
    for (const s of ['\ud800', '\udbff', '\udc00', '\udfff']) expect(render(variants(s)).name).toBe(want);
  });
});

describe('numbers JavaScript and Go disagree about', () => {
  const withMode = (mode: number) => mc('a', { config: ign({ storage: { files: [{ path: '/etc/a', mode, contents: { source: 'data:,x' } }] } }) });
  const withIds = (id: number) => mc('a', { config: ign({ storage: { files: [{ path: '/etc/a', user: { id }, group: { id }, contents: { source: 'data:,x' } }] } }) });

  it.each([2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 64, 1e300, -1, 0o10000, 1.5, -(2 ** 53) - 2, Number.MAX_VALUE, Number.MIN_VALUE])('file mode %d is refused (illegal mode, or not an int)', (mode) => {
    expect(refusal(() => render([withMode(mode)])).code).toBe('INVALID_IGNITION');
  });

  it.each([2 ** 31, 2 ** 32, 2 ** 53 - 1, 2 ** 53 + 2, -(2 ** 53) - 2])('uid/gid %d is kept exactly, as Go keeps an int64', (id) => {
    const files = render([withIds(id)]).ignition.storage?.files ?? [];
    expect([files[0]?.user?.id, files[0]?.group?.id]).toEqual([id, id]);
  });

  it.each([2 ** 63, 2 ** 64, 1e300, 1.5])('uid/gid %d is refused (out of int64, or not an int)', (id) => {
    expect(refusal(() => render([withIds(id)])).code).toBe('INVALID_IGNITION');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('%d (no JSON spelling) as a mode or id is refused', (n) => {
    // Go never sees such a value, so renderPool refuses it when it reads the MachineConfig.
    expect(refusal(() => render([withMode(n)])).code).toBe('INVALID_INPUT');
    expect(refusal(() => render([withIds(n)])).code).toBe('INVALID_INPUT');
    expect(refusal(() => api.planUpdate(null, withMode(n))).code).toBe('INVALID_INPUT');
  });

  it.each([10n, Symbol('s'), () => 1])('a MachineConfig holding %s (not JSON) is refused', (v) => {
    expect(refusal(() => render([mc('a', { kernelArguments: ['a'], x: v })])).code).toBe('INVALID_INPUT');
  });

  it('-0 is 0', () => {
    expect(render([withMode(-0)]).name).toBe(render([withMode(0)]).name);
  });
});

// -------------------------------------------------------------------------------------------------
describe('gzip-compressed contents are never decompressed', () => {
  it('nothing in src gunzips (if that changes, cap the expansion with a LIMIT_EXCEEDED RenderError)', () => {
    const srcDir = new URL('../../src/', import.meta.url);
    const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const decompressors = /DecompressionStream|gunzip|inflate|fflate|pako|node:zlib|from 'zlib'/i;
    expect(files.filter((f) => decompressors.test(readFileSync(new URL(f, srcDir), 'utf8')))).toEqual([]);
  });

  it('a gzip bomb (100 MB of zeros) renders, plans and builds as its compressed bytes', () => {
    const bomb = gzipSync(new Uint8Array(100 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const source = 'data:;base64,' + bomb.toString('base64');
    const m = mc('a', { config: ign({ storage: { files: [{ path: '/etc/bomb', contents: { source, compression: 'gzip' } }] } }), osImageURL: 'quay.io/a/b:1' });
    const { o } = timed(() => {
      const r = render([m]);
      api.planUpdate(mc('old', { config: ign() }), r.machineConfig);
      api.renderContainerfile(r);
      api.renderContainerfile(r, { flavor: 'layering-prototype' });
      return r;
    });
    if (!o.ok) throw o.error;
    expect((o.value as RenderedPool).ignition.storage?.files?.[0]?.contents?.source).toBe(source);
  });
});

// -------------------------------------------------------------------------------------------------
describe('parseManifests: alias bombs, deep nesting, prototype keys', () => {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [prev, next] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']]) {
    laughs.push(`${next}: &${next} [${Array(9).fill('*' + prev).join(',')}]`);
  }
  const bomb = laughs.join('\n') + '\n';

  it.each([
    ['at the top', bomb],
    ['inside a ConfigMap', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  ' + bomb.replace(/\n(?=.)/g, '\n  ')],
  ])('a billion-laughs alias bomb %s is refused at once', (_n, text) => {
    const { o } = timed(() => api.parseManifests(text));
    expect(o.ok ? 'parsed' : o.error.code).toBe('INVALID_INPUT');
  });

  it.each([
    ['YAML flow sequences', 'apiVersion: v1\nkind: X\nx: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n'],
    ['JSON arrays', '{"apiVersion":"v1","kind":"X","x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'],
  ])('100k-deep %s: RenderError', (_n, text) => {
    const { o } = timed(() => api.parseManifests(text));
    expect(o.ok ? 'parsed' : o.error.code).toBe('LIMIT_EXCEEDED');
  });

  it('__proto__ keys in a manifest are own data keys and pollute nothing', () => {
    const [obj] = api.parseManifests('apiVersion: v1\nkind: X\n__proto__: {polluted: 1}\nmetadata: {name: a, labels: {__proto__: x}}\n');
    expect(Object.keys(obj!)).toContain('__proto__');
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(Object.hasOwn(obj!.metadata!.labels!, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stringifyManifest refuses 100k-deep objects with a RenderError', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(refusal(() => api.stringifyManifest(deep)).code).toBe('INVALID_INPUT');
  });
});
