// src/schemas/validate-schema.ts and the validators compiled at build time: they agree with ajv compiling
// schemas/*.json at test time (every object of the conformance vectors, and seeded mutants of them), the
// lenient Ignition result is the strict one without its closed-object errors, errors are worded as
// Diagnostics with `$.a.0.b` paths, and no input makes them throw, mutate it or pollute a prototype.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { validateIgnitionSchema, validateManifestSchema } from '../../src/schemas/validate-schema.js';
import type { ManifestKind } from '../../src/schemas/validate-schema.js';
import { ignitionValidators, manifestValidators } from '../../src/schemas/_generated/validators.js';
import type { StandaloneValidator } from '../../src/schemas/_generated/validators.js';
import type { Diagnostic } from '../../src/errors.js';
import { deepFreeze } from '../_support/deep-freeze.js';
import { prng } from '../_support/prng.js';

type Json = Record<string, unknown>;

const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const conformanceDir = fileURLToPath(new URL('../../../shared/conformance/', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

// --- the reference: ajv compiling the schema files (with their annotations) at test time ---------

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const reference = {
  MachineConfig: ajv.compile(readJson(schemaDir + 'machineconfig.json') as Json),
  MachineConfigPool: ajv.compile(readJson(schemaDir + 'machineconfigpool.json') as Json),
  ControllerConfig: ajv.compile(readJson(schemaDir + 'controllerconfig.json') as Json),
  ignition: ajv.compile(readJson(schemaDir + 'ignition-3.2.json') as Json),
  ignitionStrict: ajv.compile(readJson(schemaDir + 'ignition-3.2.strict.json') as Json),
} satisfies Record<string, ValidateFunction>;

const standalone: Record<ManifestKind, StandaloneValidator> = {
  MachineConfig: manifestValidators.machineConfig,
  MachineConfigPool: manifestValidators.machineConfigPool,
  ControllerConfig: manifestValidators.controllerConfig,
};
const KINDS = Object.keys(standalone) as ManifestKind[];

type ErrorLike = Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>;
const line = (e: ErrorLike): string => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;

function referenceErrors(v: ValidateFunction, value: unknown): string[] {
  return v(value) ? [] : (v.errors ?? []).map(line);
}

/** The standalone validator's errors; `lenient` as validate-schema.ts derives ignition-3.2.json's. */
function standaloneErrors(v: StandaloneValidator, value: unknown, lenient = false): string[] {
  if (v(value)) return [];
  return (v.errors ?? []).filter((e) => !(lenient && e.keyword === 'additionalProperties')).map(line);
}

interface Disagreement { what: string; reference: string[]; standalone: string[] }

/** Runs every applicable schema both ways on one value; returns the disagreements and how many errors were seen. */
function compareAll(what: string, value: unknown, role: 'object' | 'ignition'): { bad: Disagreement[]; errors: number } {
  const bad: Disagreement[] = [];
  let errors = 0;
  const check = (label: string, ref: string[], got: string[]): void => {
    errors += ref.length;
    if (JSON.stringify(ref) !== JSON.stringify(got)) bad.push({ what: `${what} ${label}`, reference: ref, standalone: got });
  };
  if (role === 'object') {
    for (const k of KINDS) check(k, referenceErrors(reference[k], value), standaloneErrors(standalone[k], value));
  } else {
    check('ignition-3.2', referenceErrors(reference.ignition, value), standaloneErrors(ignitionValidators.ignitionStrict, value, true));
    check('ignition-3.2.strict', referenceErrors(reference.ignitionStrict, value), standaloneErrors(ignitionValidators.ignitionStrict, value));
  }
  return { bad, errors };
}

// --- conformance vectors ---------------------------------------------------------------------------

interface Sample { what: string; value: unknown; role: 'object' | 'ignition' }

const configOf = (mc: unknown): unknown => ((mc as Json | null)?.['spec'] as Json | undefined | null)?.['config'];

/** Every MachineConfig, pool and ControllerConfig of a vector, and every Ignition config in them. */
function samplesOf(folder: string, id: string): Sample[] {
  const input = readJson(`${conformanceDir}${folder}/${id}.input.json`) as Json;
  const out: Sample[] = [];
  const object = (what: string, value: unknown): void => {
    out.push({ what: `${id} ${what}`, value, role: 'object' });
    const cfg = configOf(value);
    if (cfg !== undefined && cfg !== null) out.push({ what: `${id} ${what} spec.config`, value: cfg, role: 'ignition' });
  };
  if (folder === 'render') {
    object('pool', input['pool']);
    (input['configs'] as unknown[]).forEach((c, i) => object(`configs.${i}`, c));
    if (input['controllerConfig'] !== undefined) object('controllerConfig', input['controllerConfig']);
    const expected = readJson(`${conformanceDir}${folder}/${id}.expected.json`) as Json;
    if (expected['spec'] !== undefined) {
      object('rendered', { apiVersion: 'machineconfiguration.openshift.io/v1', kind: 'MachineConfig', metadata: { name: expected['name'] }, spec: expected['spec'] });
    }
  } else if (folder === 'update') {
    for (const k of ['old', 'new']) if (input[k] !== undefined) object(k, input[k]);
  } else {
    object('spec', { kind: 'MachineConfig', metadata: { name: input['pool'] }, spec: input['spec'] });
  }
  return out;
}

const FOLDERS = ['render', 'update', 'layering'] as const;
const vectorIds = (folder: string): string[] =>
  readdirSync(conformanceDir + folder)
    .filter((f) => f.endsWith('.input.json'))
    .map((f) => f.slice(0, -'.input.json'.length))
    .sort();
const samples = Object.fromEntries(FOLDERS.map((f) => [f, vectorIds(f).flatMap((id) => samplesOf(f, id))])) as Record<(typeof FOLDERS)[number], Sample[]>;

describe('the standalone validators agree with ajv compiling the schema files at test time', () => {
  it.each(FOLDERS.map((folder) => ({ folder, n: samples[folder].length })))(
    'on every object and Ignition config of the $folder vectors ($n values, every schema)',
    ({ folder }) => {
      const bad: Disagreement[] = [];
      const seen = { objects: 0, ignition: 0, validManifests: 0, errors: 0 };
      for (const s of samples[folder]) {
        const r = compareAll(s.what, s.value, s.role);
        bad.push(...r.bad);
        seen.errors += r.errors;
        if (s.role === 'ignition') seen.ignition++;
        else {
          seen.objects++;
          const kind = (s.value as Json)['kind'];
          if (typeof kind === 'string' && validateManifestSchema(s.value).length === 0) seen.validManifests++;
        }
      }
      expect(bad.slice(0, 5)).toEqual([]);
      expect(seen.objects).toBeGreaterThan(100);
      expect(seen.ignition).toBeGreaterThan(100);
      // The vectors' objects are what MCO accepted (or failed on semantically): each is valid for its own kind,
      // and applying the other kinds' schemas produces errors to compare.
      expect(seen.validManifests).toBe(samples[folder].filter((s) => s.role === 'object' && typeof (s.value as Json)['kind'] === 'string').length);
      expect(seen.errors).toBeGreaterThan(0);
    },
  );
});

// --- seeded mutants --------------------------------------------------------------------------------


const ODD_VALUES: unknown[] = [null, 0, 1.5, -1, 2 ** 53, 'x', '', '3.2.0', 'gzip', 'raid1', 'xfs', 'tpm2', true, false, [], {}, ['a'], [1], [null], { a: 1 }];
const ODD_KEYS = ['zz', '__proto__', 'constructor', 'a/b~c', '', 'toString', '0'];

/** Every [path, container] in a JSON value, the root included. */
function nodes(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; value: unknown }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  return out;
}

/** One random structural change: replace a value, delete a key, add an odd key (own, even `__proto__`), wrap in a list. */
function mutate(value: unknown, rnd: () => number): unknown {
  const copy = structuredClone(value);
  const all = nodes(copy);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const { path, value: target } = pick(all);
  const odd = (): unknown => structuredClone(pick(ODD_VALUES));
  const op = Math.floor(rnd() * 4);
  if (path.length === 0) return op === 0 ? odd() : copy;
  const parent = nodes(copy).find((n) => JSON.stringify(n.path) === JSON.stringify(path.slice(0, -1)))!.value as Json;
  const key = path[path.length - 1]!;
  if (op === 0) (parent as Record<string | number, unknown>)[key] = odd();
  else if (op === 1 && !Array.isArray(parent)) delete parent[key as string];
  else if (op === 2 && target !== null && typeof target === 'object' && !Array.isArray(target)) {
    Object.defineProperty(target, pick(ODD_KEYS), { value: odd(), enumerable: true, configurable: true, writable: true });
  } else (parent as Record<string | number, unknown>)[key] = [target];
  return copy;
}

describe('the standalone validators agree with ajv on seeded mutants of the vectors', () => {
  const MUTANTS_PER_VALUE = 6;
  it.each(FOLDERS.map((folder, i) => ({ folder, seed: 424242 + i })))('$folder vectors, seed $seed', ({ folder, seed }) => {
    const rnd = prng(seed);
    const bad: Disagreement[] = [];
    let n = 0;
    let failing = 0;
    // Every 3rd value keeps the run short while covering every vector id range (3, not 2 or 4: the
    // update and layering samples alternate object, Ignition config).
    const roles = { object: 0, ignition: 0 };
    samples[folder].forEach((s, i) => {
      if (i % 3 !== 0) return;
      roles[s.role]++;
      for (let m = 0; m < MUTANTS_PER_VALUE; m++) {
        const mutant = mutate(s.value, rnd);
        const r = compareAll(`${s.what} mutant ${m}`, mutant, s.role);
        bad.push(...r.bad);
        n++;
        if (s.role === 'ignition' ? validateIgnitionSchema(mutant, { strict: true }).length > 0 : validateManifestSchema(mutant, 'MachineConfig').length > 0) failing++;
      }
    });
    expect(bad.slice(0, 5)).toEqual([]);
    expect(n).toBeGreaterThan(300);
    expect(Math.min(roles.object, roles.ignition)).toBeGreaterThan(50);
    expect(failing).toBeGreaterThan(n / 10); // the mutants do break things
  });
});

// --- wording and paths -----------------------------------------------------------------------------

const IGN = {
  ignition: { version: '3.2.0' },
  storage: {
    files: [{ path: '/etc/motd', mode: 420, contents: { source: 'data:,hi' } }],
    filesystems: [{ device: '/dev/vdb', format: 'xfs' }],
  },
};
const ign = (change: (c: any) => void): Json => {
  const c = structuredClone(IGN) as Json;
  change(c);
  return c;
};
const MC = {
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfig',
  metadata: { name: '99-worker', labels: { 'machineconfiguration.openshift.io/role': 'worker' } },
  spec: { config: IGN, kernelArguments: ['nosmt'], fips: false },
};
const mc = (change: (c: any) => void): Json => {
  const c = structuredClone(MC) as Json;
  change(c);
  return c;
};
const err = (code: string, path: string, message: string, machineConfig?: string): Diagnostic => ({
  severity: 'error',
  code,
  message,
  path,
  ...(machineConfig === undefined ? {} : { machineConfig }),
});

interface Case { name: string; run: () => Diagnostic[]; expected: Diagnostic[] }

const cases: Case[] = [
  { name: 'a valid MachineConfig', run: () => validateManifestSchema(MC), expected: [] },
  { name: 'a valid Ignition config, strict', run: () => validateIgnitionSchema(IGN, { strict: true }), expected: [] },
  {
    name: 'fips a string (kind from the object, name attached)',
    run: () => validateManifestSchema(mc((c) => { c.spec.fips = 'yes'; })),
    expected: [err('SCHEMA_TYPE', '$.spec.fips', 'must be boolean or null, found string', '99-worker')],
  },
  {
    name: 'a label key with a slash and a number value (JSON Pointer ~1 decoded)',
    run: () => validateManifestSchema(mc((c) => { c.metadata.labels['a/b~c'] = 1; })),
    expected: [err('SCHEMA_TYPE', '$.metadata.labels.a/b~c', 'must be string, found integer', '99-worker')],
  },
  {
    name: 'kernelArguments with a non-string item',
    run: () => validateManifestSchema(mc((c) => { c.spec.kernelArguments = ['a', 1.5]; })),
    expected: [err('SCHEMA_TYPE', '$.spec.kernelArguments.1', 'must be string, found number', '99-worker')],
  },
  {
    name: 'no name: no machineConfig on the diagnostic',
    run: () => validateManifestSchema(mc((c) => { delete c.metadata.name; c.spec.fips = 1; })),
    expected: [err('SCHEMA_TYPE', '$.spec.fips', 'must be boolean or null, found integer')],
  },
  {
    name: 'a MachineConfig checked as a pool: the kind const fails',
    run: () => validateManifestSchema(MC, 'MachineConfigPool'),
    expected: [err('SCHEMA_CONST', '$.kind', 'must be "MachineConfigPool", found "MachineConfig"')],
  },
  {
    name: 'a pool requirement without operator',
    run: () => validateManifestSchema({ kind: 'MachineConfigPool', spec: { machineConfigSelector: { matchExpressions: [{ key: 'a' }] } } }),
    expected: [err('SCHEMA_REQUIRED', '$.spec.machineConfigSelector.matchExpressions.0.operator', 'required field "operator" is missing')],
  },
  {
    name: 'a ControllerConfig image as a list',
    run: () => validateManifestSchema({ kind: 'ControllerConfig', spec: { baseOSContainerImage: ['x'] } }),
    expected: [err('SCHEMA_TYPE', '$.spec.baseOSContainerImage', 'must be string or null, found array')],
  },
  {
    name: 'maxUnavailable a boolean (three types listed)',
    run: () => validateManifestSchema({ kind: 'MachineConfigPool', spec: { maxUnavailable: true } }),
    expected: [err('SCHEMA_TYPE', '$.spec.maxUnavailable', 'must be integer, string or null, found boolean')],
  },
  {
    name: 'no kind and none given',
    run: () => validateManifestSchema({ metadata: { name: 'x' } }),
    expected: [err('SCHEMA_KIND', '$.kind', 'cannot tell which schema applies: kind must be MachineConfig, MachineConfigPool or ControllerConfig, found nothing')],
  },
  {
    name: 'an unknown kind in the object',
    run: () => validateManifestSchema({ kind: 'Pod' }),
    expected: [err('SCHEMA_KIND', '$.kind', 'cannot tell which schema applies: kind must be MachineConfig, MachineConfigPool or ControllerConfig, found "Pod"')],
  },
  {
    name: 'an unknown kind argument',
    run: () => validateManifestSchema(MC, 'Pod' as ManifestKind),
    expected: [err('SCHEMA_KIND', '$', 'unknown kind "Pod": expected MachineConfig, MachineConfigPool or ControllerConfig')],
  },
  {
    name: 'not an object',
    run: () => validateManifestSchema('kind: MachineConfig'),
    expected: [err('SCHEMA_KIND', '$', 'expected a MachineConfig, MachineConfigPool or ControllerConfig object, found string')],
  },
  {
    name: 'not an object, kind given',
    run: () => validateManifestSchema([MC], 'MachineConfig'),
    expected: [err('SCHEMA_TYPE', '$', 'must be object, found array')],
  },
  {
    name: 'Ignition: several problems, in the schema order, all reported',
    run: () => validateIgnitionSchema(ign((c) => { c.ignition.version = '3.1.0'; delete c.storage.files[0].path; c.storage.files[0].mode = '0644'; c.storage.filesystems[0].format = 'ext3'; })),
    expected: [
      err('SCHEMA_CONST', '$.ignition.version', 'must be "3.2.0", found "3.1.0"'),
      err('SCHEMA_REQUIRED', '$.storage.files.0.path', 'required field "path" is missing'),
      err('SCHEMA_TYPE', '$.storage.files.0.mode', 'must be integer or null, found string'),
      err('SCHEMA_ENUM', '$.storage.filesystems.0.format', 'must be one of "ext4", "btrfs", "xfs", "swap", "vfat", "", null, found "ext3"'),
    ],
  },
  {
    name: 'Ignition: a long found string is not quoted',
    run: () => validateIgnitionSchema(ign((c) => { c.ignition.version = 'x'.repeat(100); })),
    expected: [err('SCHEMA_CONST', '$.ignition.version', 'must be "3.2.0", found a long string')],
  },
  {
    name: 'Ignition: a misspelt key passes the lenient schema',
    run: () => validateIgnitionSchema(ign((c) => { c.storage.files[0].overwite = true; })),
    expected: [],
  },
  {
    name: 'Ignition: a misspelt key, strict',
    run: () => validateIgnitionSchema(ign((c) => { c.storage.files[0].overwite = true; }), { strict: true }),
    expected: [err('SCHEMA_ADDITIONAL_PROPERTIES', '$.storage.files.0.overwite', 'unknown key "overwite"')],
  },
  {
    name: 'Ignition: an own __proto__ key (as JSON.parse makes it), strict',
    run: () => validateIgnitionSchema(JSON.parse('{"ignition":{"version":"3.2.0"},"__proto__":{"polluted":1}}'), { strict: true }),
    expected: [err('SCHEMA_ADDITIONAL_PROPERTIES', '$.__proto__', 'unknown key "__proto__"')],
  },
  {
    name: 'Ignition: strict only when strict is exactly true',
    run: () => validateIgnitionSchema(ign((c) => { c.zz = 1; }), { strict: 'yes' as unknown as boolean }),
    expected: [],
  },
  {
    name: 'Ignition: the version missing',
    run: () => validateIgnitionSchema({ ignition: {} }),
    expected: [err('SCHEMA_REQUIRED', '$.ignition.version', 'required field "version" is missing')],
  },
  {
    name: 'Ignition: null',
    run: () => validateIgnitionSchema(null),
    expected: [err('SCHEMA_TYPE', '$', 'must be object, found null')],
  },
];

describe('diagnostics', () => {
  it.each(cases)('$name', ({ run, expected }) => {
    expect(run()).toEqual(expected);
  });

  it('every diagnostic of the mutants is an error with a SCHEMA_ code and a $-path', () => {
    const rnd = prng(7);
    const codes = new Set<string>();
    for (const s of samples.render.slice(0, 400)) {
      const v = mutate(s.value, rnd);
      const found = s.role === 'ignition' ? validateIgnitionSchema(v, { strict: true }) : validateManifestSchema(v, 'MachineConfig');
      for (const d of found) {
        expect(d.severity).toBe('error');
        expect(d.path).toMatch(/^\$/);
        codes.add(d.code);
      }
    }
    expect([...codes].sort()).toEqual(expect.arrayContaining(['SCHEMA_ADDITIONAL_PROPERTIES', 'SCHEMA_TYPE']));
    for (const c of codes) expect(c).toMatch(/^SCHEMA_[A-Z_]+$/);
  });
});

// --- hostile input ---------------------------------------------------------------------------------

function deep(depth: number, leaf: unknown, asArray = false): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

const cyclic = (): Json => {
  const o: Json = { a: 1 };
  o['self'] = o;
  return o;
};

interface HostileCase { name: string; run: () => Diagnostic[]; codes: string[] }

const throwingGetter = (): Json => {
  const o: Json = { kind: 'MachineConfig' };
  Object.defineProperty(o, 'spec', { enumerable: true, get: () => { throw new Error('getter'); } });
  return o;
};

const hostile: HostileCase[] = [
  { name: 'a Proxy whose every trap throws', run: () => validateManifestSchema(new Proxy({}, { get() { throw new Error('get'); }, ownKeys() { throw new Error('keys'); }, getOwnPropertyDescriptor() { throw new Error('desc'); }, has() { throw new Error('has'); }, getPrototypeOf() { throw new Error('proto'); } }), 'MachineConfig'), codes: ['SCHEMA_UNREADABLE'] },
  { name: 'a Proxy throwing as the object (kind read from it)', run: () => validateManifestSchema(new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('desc'); } })), codes: ['SCHEMA_UNREADABLE'] },
  { name: 'a throwing getter', run: () => validateManifestSchema(throwingGetter()), codes: ['SCHEMA_UNREADABLE'] },
  { name: 'a getter throwing a non-Error whose toString throws', run: () => validateIgnitionSchema({ get ignition() { throw { toString() { throw new Error('again'); } }; } }), codes: ['SCHEMA_UNREADABLE'] },
  { name: 'a getter throwing a Symbol', run: () => validateIgnitionSchema({ get ignition() { throw Symbol('s'); } }), codes: ['SCHEMA_UNREADABLE'] },
  { name: 'options as a throwing Proxy', run: () => validateIgnitionSchema(IGN, new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('opts'); } })), codes: ['SCHEMA_UNREADABLE'] },
  { name: 'options null', run: () => validateIgnitionSchema(IGN, null as unknown as undefined), codes: [] },
  { name: '100,000-deep object as spec.config', run: () => validateManifestSchema({ ...MC, spec: { config: deep(100_000, 1) } }), codes: [] },
  { name: '100,000-deep list as a kernel argument', run: () => validateManifestSchema({ ...MC, spec: { kernelArguments: [deep(100_000, 'x', true)] } }), codes: ['SCHEMA_TYPE'] },
  { name: '100,000-deep object under an unknown Ignition key, strict', run: () => validateIgnitionSchema({ ...IGN, zz: deep(100_000, 1) }, { strict: true }), codes: ['SCHEMA_ADDITIONAL_PROPERTIES'] },
  { name: 'a cyclic value under spec.config and a label', run: () => validateManifestSchema({ ...MC, metadata: { name: 'c', labels: { a: cyclic() } }, spec: { config: cyclic() } }), codes: ['SCHEMA_TYPE'] },
  { name: 'null-prototype objects', run: () => validateIgnitionSchema(Object.assign(Object.create(null), { ignition: Object.assign(Object.create(null), { version: '3.2.0' }) })), codes: [] },
  { name: 'labels named constructor, hasOwnProperty and toString', run: () => validateManifestSchema(mc((c) => { c.metadata.labels = JSON.parse('{"constructor":"a","hasOwnProperty":"b","toString":"c","__proto__":"d"}'); })), codes: [] },
  { name: 'a __proto__ label with an object value', run: () => validateManifestSchema(mc((c) => { c.metadata.labels = JSON.parse('{"__proto__":{"polluted":true}}'); })), codes: ['SCHEMA_TYPE'] },
  { name: 'values JSON cannot hold', run: () => validateManifestSchema({ kind: 'MachineConfig', metadata: { name: Symbol('n') }, spec: { fips: 10n, kernelType: () => 1, osImageURL: new Date(0), extensions: new Map(), kernelArguments: new Uint8Array(2), baseOSExtensionsContainerImage: NaN } }), codes: Array(7).fill('SCHEMA_TYPE') },
  { name: 'a sparse list', run: () => validateManifestSchema({ kind: 'MachineConfig', spec: { kernelArguments: [, 'a', , ] } }), codes: ['SCHEMA_TYPE', 'SCHEMA_TYPE'] },
  { name: 'a 1 MB unknown key, strict', run: () => validateIgnitionSchema({ ...IGN, ['k'.repeat(1 << 20)]: 1 }, { strict: true }), codes: ['SCHEMA_ADDITIONAL_PROPERTIES'] },
  { name: 'undefined', run: () => validateIgnitionSchema(undefined), codes: ['SCHEMA_TYPE'] },
];

describe('hostile input: never throws, never mutates, never pollutes', () => {
  it.each(hostile)('$name', ({ run, codes }) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    let found: Diagnostic[] = [];
    expect(() => { found = run(); }).not.toThrow();
    expect(found.map((d) => d.code)).toEqual(codes);
    for (const d of found) expect(typeof d.message).toBe('string');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Json)['polluted']).toBeUndefined();
  });

  it('leaves deep-frozen inputs as they were (every vector object, both functions)', () => {
    for (const s of samples.render.slice(0, 300)) {
      const frozen = deepFreeze(structuredClone(s.value));
      const text = JSON.stringify(frozen);
      expect(() => (s.role === 'ignition' ? validateIgnitionSchema(frozen, { strict: true }) : validateManifestSchema(frozen))).not.toThrow();
      expect(JSON.stringify(frozen)).toBe(text);
    }
  });

  it('returns fresh diagnostics: changing one changes nothing for the next call', () => {
    const bad = mc((c) => { c.kind = 'Pod'; });
    const first = validateManifestSchema(bad, 'MachineConfig');
    first[0]!.message = 'changed';
    first.push(err('X', '$', 'x'));
    expect(validateManifestSchema(bad, 'MachineConfig')).toEqual([err('SCHEMA_CONST', '$.kind', 'must be "MachineConfig", found "Pod"', '99-worker')]);
  });
});
