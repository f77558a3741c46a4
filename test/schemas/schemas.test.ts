// The JSON Schemas in schemas/: they compile under ajv's strict mode, agree field by field with the Go
// layout of Ignition 3.2 (src/ignition/go-layout.ts, itself mirroring coreos/ignition v2.15.0
// config/v3_2/types/schema.go), accept every object of the render conformance vectors and every rendered
// spec.config, and reject wrong types at the expected instancePath.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { CONFIG } from '../../src/ignition/go-layout.js';
import type { FieldLayout, StructLayout } from '../../src/ignition/go-layout.js';

type Json = Record<string, unknown>;

const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const vectorDir = fileURLToPath(new URL('../../../shared/conformance/render/', import.meta.url));

const SCHEMA_FILES = [
  'controllerconfig.json',
  'ignition-3.2.json',
  'ignition-3.2.strict.json',
  'machineconfig.json',
  'machineconfigpool.json',
] as const;
type SchemaFile = (typeof SCHEMA_FILES)[number];

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
const schemas = Object.fromEntries(SCHEMA_FILES.map((f) => [f, readJson(schemaDir + f)])) as Record<SchemaFile, Json>;

/** strict: every keyword checked (strictTypes, strictRequired, …); union types are how nullable fields are written. */
const newAjv = () => new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const ajv = newAjv();
const validators = Object.fromEntries(SCHEMA_FILES.map((f) => [f, ajv.compile(schemas[f])])) as Record<SchemaFile, ValidateFunction>;

/** Readable failures: one line per ajv error. */
function errorsOf(file: SchemaFile, value: unknown): string[] {
  const v = validators[file];
  return v(value) ? [] : (v.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '(root)'} ${e.keyword}: ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

const clone = <T>(v: T): T => structuredClone(v);

describe('schemas/ files', () => {
  it('holds exactly the documented schemas', () => {
    expect(readdirSync(schemaDir).filter((f) => f.endsWith('.json')).sort()).toEqual([...SCHEMA_FILES]);
  });

  it.each(SCHEMA_FILES)('%s compiles alone in strict mode, with a stable $id, title and description', (file) => {
    const s = schemas[file];
    expect(() => newAjv().compile(s)).not.toThrow();
    expect(s['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s['$id']).toBe(`https://layering.dev/schemas/${file}`);
    expect(typeof s['title']).toBe('string');
    expect(typeof s['description']).toBe('string');
  });
});

// --- Ignition 3.2 against the Go layout ------------------------------------------------------------

/** The strict variant is the lenient schema with every object closed; nothing else may differ. */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties') {
      out[k] = Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, closeObjects(s)]));
      out['additionalProperties'] = false;
    } else {
      out[k] = closeObjects(v);
    }
  }
  return out;
}

const lenient = schemas['ignition-3.2.json'];
const defs = lenient['$defs'] as Record<string, Json>;

function resolve(s: Json): Json {
  const ref = s['$ref'];
  if (typeof ref !== 'string') return s;
  const m = /^#\/\$defs\/(.+)$/.exec(ref);
  if (!m || !defs[m[1]!]) throw new Error(`unresolvable $ref ${ref}`);
  return defs[m[1]!]!;
}

const types = (s: Json): string[] => [s['type']].flat() as string[];

/** Named fields of a Go struct, embedded structs flattened in place (as encoding/json does). */
function namedFields(t: StructLayout): Exclude<FieldLayout, { kind: 'embedded' }>[] {
  return t.fields.flatMap((f) => (f.kind === 'embedded' ? namedFields(f.type) : [f]));
}

interface StructCheck { path: string; layout: StructLayout; schema: Json }

/** Every struct reachable from Config, paired with the schema describing it. */
function structPairs(): StructCheck[] {
  const out: StructCheck[] = [];
  const walk = (path: string, layout: StructLayout, schema: Json): void => {
    out.push({ path, layout, schema });
    const props = (schema['properties'] ?? {}) as Record<string, Json>;
    for (const f of namedFields(layout)) {
      const p = props[f.name];
      if (p === undefined) continue; // reported by the field-set check
      if (f.kind === 'struct' || f.kind === 'ptrStruct') walk(`${path}.${f.name}`, f.type, resolve(p));
      if (f.kind === 'slice' && f.elem !== null) walk(`${path}.${f.name}[]`, f.elem, resolve(p['items'] as Json));
    }
  };
  walk('$', CONFIG, lenient);
  return out;
}

const SCALAR_TYPE = { string: 'string', int: 'integer', bool: 'boolean' } as const;

/** The JSON types Go's encoding of a field allows: pointers (and Raid.devices, no omitempty) may be null. */
function expectedTypes(f: Exclude<FieldLayout, { kind: 'embedded' }>): string[] {
  switch (f.kind) {
    case 'prim': return [f.zero === 0 ? 'integer' : 'string'];
    case 'ptr': return [SCALAR_TYPE[f.scalar], 'null'];
    case 'ptrStruct': return ['object', 'null'];
    case 'struct': return ['object'];
    case 'slice': return f.omitempty ? ['array'] : ['array', 'null'];
  }
}

describe('ignition-3.2.json describes every Ignition 3.2 struct and field', () => {
  const pairs = structPairs();

  it('reaches every Go struct of spec 3.2 and every $def (embedded structs flattened into File, Directory, Link)', () => {
    expect(new Set(pairs.map((p) => p.layout.go)).size).toBe(30);
    const reached = new Set(pairs.map((p) => p.schema));
    const unreached = Object.entries(defs).filter(([, d]) => !reached.has(d)).map(([name]) => name);
    expect(unreached).toEqual([]);
  });

  it.each(pairs)('$path ($layout.go): fields, types, nullability and required', ({ layout, schema }) => {
    const fields = namedFields(layout);
    const props = schema['properties'] as Record<string, Json>;
    expect(types(schema)).toContain('object');
    expect(Object.keys(props).sort()).toEqual(fields.map((f) => f.name).sort());
    for (const f of fields) {
      const target = resolve(props[f.name]!);
      expect({ field: f.name, type: types(target).sort() }).toEqual({ field: f.name, type: expectedTypes(f).sort() });
      if (f.kind === 'slice' && f.elem === null) expect(types(target['items'] as Json)).toContain('string');
    }
    // Ignition's own schema requires the fields Go writes without omitempty; we also require the version.
    const required = fields.filter((f) => f.kind !== 'ptr' && f.kind !== 'ptrStruct' && !f.omitempty).map((f) => f.name);
    if (layout.go === 'Ignition') required.push('version');
    expect([...((schema['required'] as string[] | undefined) ?? [])].sort()).toEqual(required.sort());
  });

  it('keeps unknown keys allowed: no object is closed', () => {
    expect(JSON.stringify(lenient)).not.toContain('"additionalProperties"');
    expect(JSON.stringify(lenient)).not.toContain('"unevaluatedProperties"');
  });

  it('ignition-3.2.strict.json is ignition-3.2.json with every object closed, and nothing else changed', () => {
    const strict = clone(schemas['ignition-3.2.strict.json']);
    const derived = closeObjects(lenient) as Json;
    for (const k of ['$id', 'title', 'description']) {
      expect(strict[k]).not.toEqual(lenient[k]);
      delete strict[k];
      delete derived[k];
    }
    expect(strict).toEqual(derived);
  });
});

// --- conformance vectors ---------------------------------------------------------------------------

interface RenderInput { pool: unknown; configs: Json[]; controllerConfig?: unknown }
interface RenderExpected { name?: string; spec?: Json; stage?: string }

const vectorIds = readdirSync(vectorDir)
  .filter((f) => f.endsWith('.input.json'))
  .map((f) => f.slice(0, -'.input.json'.length))
  .sort();
const loadVector = (id: string) => ({
  input: readJson(`${vectorDir}${id}.input.json`) as unknown as RenderInput,
  expected: readJson(`${vectorDir}${id}.expected.json`) as unknown as RenderExpected,
});

const ignitionVersion = (cfg: unknown): unknown =>
  cfg !== null && typeof cfg === 'object' ? ((cfg as Json)['ignition'] as Json | undefined)?.['version'] : undefined;

describe('render conformance vectors', () => {
  it('are there (../shared/conformance/render beside the repository)', () => {
    expect(vectorIds.length).toBeGreaterThan(0);
  });

  it.each(vectorIds)('%s: pool, MachineConfigs and controllerConfig match their schemas', (id) => {
    const { input } = loadVector(id);
    expect(errorsOf('machineconfigpool.json', input.pool)).toEqual([]);
    for (const mc of input.configs) {
      const name = (mc['metadata'] as Json | undefined)?.['name'];
      expect({ name, errors: errorsOf('machineconfig.json', mc) }).toEqual({ name, errors: [] });
    }
    if (input.controllerConfig !== undefined) expect(errorsOf('controllerconfig.json', input.controllerConfig)).toEqual([]);
  });

  const rendered = vectorIds.filter((id) => loadVector(id).expected.spec !== undefined);

  it.each(rendered)('%s: the rendered spec.config is Ignition 3.2 (lenient and strict), the rendered object a MachineConfig', (id) => {
    const { input, expected } = loadVector(id);
    const spec = expected.spec!;
    expect(errorsOf('ignition-3.2.json', spec['config'])).toEqual([]);
    expect(errorsOf('ignition-3.2.strict.json', spec['config'])).toEqual([]);
    const mc = { apiVersion: 'machineconfiguration.openshift.io/v1', kind: 'MachineConfig', metadata: { name: expected.name }, spec };
    expect(errorsOf('machineconfig.json', mc)).toEqual([]);
    // MCO accepted every input of a rendered vector: its 3.2 configs must pass the (lenient) 3.2 schema.
    for (const c of input.configs) {
      const cfg = (c['spec'] as Json | undefined)?.['config'];
      if (ignitionVersion(cfg) === '3.2.0') expect(errorsOf('ignition-3.2.json', cfg)).toEqual([]);
    }
  });

  it('cover pools, MachineConfigs, controllerConfigs, broken selectors and rendered specs', () => {
    const n = { pools: 0, brokenSelectors: 0, machineConfigs: 0, controllerConfigs: 0, renderedSpecs: 0, inputConfigs32: 0, invalid: 0 };
    for (const id of vectorIds) {
      const { input, expected } = loadVector(id);
      const ok = (file: SchemaFile, v: unknown) => { if (errorsOf(file, v).length > 0) n.invalid++; };
      ok('machineconfigpool.json', input.pool);
      n.pools++;
      if (expected.stage === 'select' && /invalid label selector/.test(String((expected as Json)['error']))) n.brokenSelectors++;
      for (const c of input.configs) {
        ok('machineconfig.json', c);
        n.machineConfigs++;
        const cfg = (c['spec'] as Json | undefined)?.['config'];
        if (expected.spec !== undefined && ignitionVersion(cfg) === '3.2.0') { ok('ignition-3.2.json', cfg); n.inputConfigs32++; }
      }
      if (input.controllerConfig !== undefined) { ok('controllerconfig.json', input.controllerConfig); n.controllerConfigs++; }
      if (expected.spec !== undefined) { ok('ignition-3.2.strict.json', expected.spec['config']); n.renderedSpecs++; }
    }
    expect(n.invalid).toBe(0);
    expect(n.pools).toBe(vectorIds.length);
    expect(n.renderedSpecs).toBe(rendered.length);
    expect(n.machineConfigs).toBeGreaterThan(n.pools);
    expect(n.controllerConfigs).toBeGreaterThan(0);
    expect(n.brokenSelectors).toBeGreaterThan(0); // broken selectors are semantic: the schema lets them through
    expect(n.inputConfigs32).toBeGreaterThan(0);
  });
});

// --- negative and boundary cases -------------------------------------------------------------------

interface Case {
  name: string;
  schema: SchemaFile;
  value: unknown;
  /** Where the schema must fail ([instancePath, keyword]), or null when it must pass. */
  fails: [string, string] | null;
}

const IGN: Json = {
  ignition: { version: '3.2.0' },
  passwd: { users: [{ name: 'core', sshAuthorizedKeys: ['ssh-ed25519 AAAA'] }] },
  storage: {
    files: [{ path: '/etc/motd', mode: 420, overwrite: true, contents: { source: 'data:,hi' } }],
    filesystems: [{ device: '/dev/vdb', format: 'xfs', path: '/var' }],
    raid: [{ name: 'md0', level: 'raid1', devices: ['/dev/vdc', '/dev/vdd'] }],
  },
  systemd: { units: [{ name: 'a.service', enabled: true, contents: '[Unit]\n' }] },
};

/** IGN with one change applied. */
function ign(change: (c: any) => void): Json {
  const c = clone(IGN);
  change(c);
  return c;
}

const ignitionCases: Case[] = [
  { name: 'a valid config', schema: 'ignition-3.2.json', value: IGN, fails: null },
  { name: 'mode as a string', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].mode = '0644'; }), fails: ['/storage/files/0/mode', 'type'] },
  { name: 'mode with a fraction', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].mode = 420.5; }), fails: ['/storage/files/0/mode', 'type'] },
  { name: 'files not a list', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files = c.storage.files[0]; }), fails: ['/storage/files', 'type'] },
  { name: 'version missing', schema: 'ignition-3.2.json', value: ign((c) => { delete c.ignition.version; }), fails: ['/ignition', 'required'] },
  { name: 'ignition missing', schema: 'ignition-3.2.json', value: ign((c) => { delete c.ignition; }), fails: ['', 'required'] },
  { name: 'version of another spec', schema: 'ignition-3.2.json', value: ign((c) => { c.ignition.version = '3.1.0'; }), fails: ['/ignition/version', 'const'] },
  { name: 'not an object', schema: 'ignition-3.2.json', value: [IGN], fails: ['', 'type'] },
  { name: 'file path missing', schema: 'ignition-3.2.json', value: ign((c) => { delete c.storage.files[0].path; }), fails: ['/storage/files/0', 'required'] },
  { name: 'file path null', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].path = null; }), fails: ['/storage/files/0/path', 'type'] },
  { name: 'overwrite as a string', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].overwrite = 'true'; }), fails: ['/storage/files/0/overwrite', 'type'] },
  { name: 'contents as a string', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].contents = 'data:,hi'; }), fails: ['/storage/files/0/contents', 'type'] },
  { name: 'compression other than gzip', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].contents.compression = 'bzip2'; }), fails: ['/storage/files/0/contents/compression', 'enum'] },
  { name: 'filesystem format unknown to Ignition', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.filesystems[0].format = 'ext3'; }), fails: ['/storage/filesystems/0/format', 'enum'] },
  { name: 'raid level unknown to Ignition', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.raid[0].level = 'raid7'; }), fails: ['/storage/raid/0/level', 'enum'] },
  { name: 'unit enabled as a string', schema: 'ignition-3.2.json', value: ign((c) => { c.systemd.units[0].enabled = 'yes'; }), fails: ['/systemd/units/0/enabled', 'type'] },
  { name: 'units not a list', schema: 'ignition-3.2.json', value: ign((c) => { c.systemd.units = { name: 'a.service' }; }), fails: ['/systemd/units', 'type'] },
  { name: 'uid as a string', schema: 'ignition-3.2.json', value: ign((c) => { c.passwd.users[0].uid = '1000'; }), fails: ['/passwd/users/0/uid', 'type'] },
  { name: 'ssh key not a string', schema: 'ignition-3.2.json', value: ign((c) => { c.passwd.users[0].sshAuthorizedKeys = [42]; }), fails: ['/passwd/users/0/sshAuthorizedKeys/0', 'type'] },
  { name: 'timeout as a float', schema: 'ignition-3.2.json', value: ign((c) => { c.ignition.timeouts = { httpTotal: 1.5 }; }), fails: ['/ignition/timeouts/httpTotal', 'type'] },
  // Semantic faults are Ignition's validation, in code (validateIgnition), not the schema's.
  { name: 'relative path (semantic)', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].path = 'etc/motd'; }), fails: null },
  { name: 'mode with special bits (semantic)', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].mode = 0o7777; }), fails: null },
  { name: 'unit name without a type suffix (semantic)', schema: 'ignition-3.2.json', value: ign((c) => { c.systemd.units[0].name = 'a'; }), fails: null },
  { name: 'unknown hash function (semantic)', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].contents.verification = { hash: 'md5-00' }; }), fails: null },
  { name: 'duplicate paths (semantic)', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files.push(clone(c.storage.files[0])); }), fails: null },
  // Ignition's optional (pointer) fields take null; Raid.devices is written as null when nil.
  { name: 'null pointer fields', schema: 'ignition-3.2.json', value: ign((c) => { Object.assign(c.storage.files[0], { mode: null, overwrite: null }); c.storage.files[0].contents.compression = null; }), fails: null },
  { name: 'raid devices null', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.raid[0].devices = null; }), fails: null },
  { name: 'luks clevis null', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.luks = [{ name: 'root', device: '/dev/vda4', clevis: null }]; }), fails: null },
  { name: 'empty config', schema: 'ignition-3.2.json', value: { ignition: { version: '3.2.0' } }, fails: null },
  // Unknown keys: Ignition warns, so only the strict variant rejects them.
  { name: 'misspelt file key, lenient', schema: 'ignition-3.2.json', value: ign((c) => { c.storage.files[0].overwite = true; }), fails: null },
  { name: 'misspelt file key, strict', schema: 'ignition-3.2.strict.json', value: ign((c) => { c.storage.files[0].overwite = true; }), fails: ['/storage/files/0', 'additionalProperties'] },
  { name: 'unknown top-level key, strict', schema: 'ignition-3.2.strict.json', value: ign((c) => { c.kernelArguments = {}; }), fails: ['', 'additionalProperties'] },
  { name: 'unknown key in ignition.proxy, strict', schema: 'ignition-3.2.strict.json', value: ign((c) => { c.ignition.proxy = { noproxy: [] }; }), fails: ['/ignition/proxy', 'additionalProperties'] },
  { name: 'a valid config, strict', schema: 'ignition-3.2.strict.json', value: IGN, fails: null },
  { name: 'mode as a string, strict', schema: 'ignition-3.2.strict.json', value: ign((c) => { c.storage.files[0].mode = '0644'; }), fails: ['/storage/files/0/mode', 'type'] },
];

const MC: Json = {
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfig',
  metadata: { name: '99-worker-ssh', labels: { 'machineconfiguration.openshift.io/role': 'worker' } },
  spec: { config: IGN, kernelArguments: ['nosmt'], extensions: null, fips: false, kernelType: 'default', osImageURL: '' },
};
const mc = (change: (c: any) => void): Json => { const c = clone(MC); change(c); return c; };

const machineConfigCases: Case[] = [
  { name: 'a valid MachineConfig', schema: 'machineconfig.json', value: MC, fails: null },
  { name: 'kernelArguments a string', schema: 'machineconfig.json', value: mc((c) => { c.spec.kernelArguments = 'nosmt'; }), fails: ['/spec/kernelArguments', 'type'] },
  { name: 'kernel argument a number', schema: 'machineconfig.json', value: mc((c) => { c.spec.kernelArguments = [1]; }), fails: ['/spec/kernelArguments/0', 'type'] },
  { name: 'extensions an object', schema: 'machineconfig.json', value: mc((c) => { c.spec.extensions = { usbguard: true }; }), fails: ['/spec/extensions', 'type'] },
  { name: 'fips a string', schema: 'machineconfig.json', value: mc((c) => { c.spec.fips = 'true'; }), fails: ['/spec/fips', 'type'] },
  { name: 'kernelType a boolean', schema: 'machineconfig.json', value: mc((c) => { c.spec.kernelType = true; }), fails: ['/spec/kernelType', 'type'] },
  { name: 'osImageURL a number', schema: 'machineconfig.json', value: mc((c) => { c.spec.osImageURL = 4; }), fails: ['/spec/osImageURL', 'type'] },
  { name: 'label value a number', schema: 'machineconfig.json', value: mc((c) => { c.metadata.labels.tier = 1; }), fails: ['/metadata/labels/tier', 'type'] },
  { name: 'name a number', schema: 'machineconfig.json', value: mc((c) => { c.metadata.name = 99; }), fails: ['/metadata/name', 'type'] },
  { name: 'kind of another object', schema: 'machineconfig.json', value: mc((c) => { c.kind = 'MachineConfigPool'; }), fails: ['/kind', 'const'] },
  { name: 'config a number', schema: 'machineconfig.json', value: mc((c) => { c.spec.config = 3; }), fails: ['/spec/config', 'type'] },
  { name: 'config as JSON text', schema: 'machineconfig.json', value: mc((c) => { c.spec.config = JSON.stringify(IGN); }), fails: null },
  { name: 'config of spec 2.2, any content', schema: 'machineconfig.json', value: mc((c) => { c.spec.config = { ignition: { version: '2.2.0' }, storage: { files: [{ filesystem: 'root', path: '/a' }] } }; }), fails: null },
  { name: 'config invalid Ignition (the parser rejects it)', schema: 'machineconfig.json', value: mc((c) => { c.spec.config = { ignition: { version: 'three' } }; }), fails: null },
  { name: 'every spec field null', schema: 'machineconfig.json', value: mc((c) => { for (const k of Object.keys(c.spec)) c.spec[k] = null; c.spec.baseOSExtensionsContainerImage = null; }), fails: null },
  { name: 'spec null, no apiVersion/kind', schema: 'machineconfig.json', value: { metadata: { name: 'x' }, spec: null }, fails: null },
  { name: 'unknown kernelType (semantic)', schema: 'machineconfig.json', value: mc((c) => { c.spec.kernelType = 'rt'; }), fails: null },
  { name: 'unknown extension (semantic)', schema: 'machineconfig.json', value: mc((c) => { c.spec.extensions = ['bogus']; }), fails: null },
  { name: 'invalid label key (semantic)', schema: 'machineconfig.json', value: mc((c) => { c.metadata.labels['bad key!'] = 'x'; }), fails: null },
  { name: 'fields rendering does not read', schema: 'machineconfig.json', value: mc((c) => { c.metadata.uid = 'u'; c.spec.future = 1; c.status = {}; }), fails: null },
];

const POOL: Json = {
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfigPool',
  metadata: { name: 'worker' },
  spec: {
    machineConfigSelector: {
      matchLabels: { 'machineconfiguration.openshift.io/role': 'worker' },
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }],
    },
    nodeSelector: { matchLabels: { 'node-role.kubernetes.io/worker': '' } },
    paused: false,
    maxUnavailable: 1,
  },
};
const pool = (change: (c: any) => void): Json => { const c = clone(POOL); change(c); return c; };
const expr0 = (c: any) => c.spec.machineConfigSelector.matchExpressions[0];

const poolCases: Case[] = [
  { name: 'a valid pool', schema: 'machineconfigpool.json', value: POOL, fails: null },
  // The CRD does not enumerate operators: an unknown one is the library's error (apimachinery's message).
  { name: 'unknown operator (semantic)', schema: 'machineconfigpool.json', value: pool((c) => { expr0(c).operator = 'Bogus'; }), fails: null },
  { name: 'In without values (semantic)', schema: 'machineconfigpool.json', value: pool((c) => { delete expr0(c).values; }), fails: null },
  { name: 'Exists with values (semantic)', schema: 'machineconfigpool.json', value: pool((c) => { expr0(c).operator = 'Exists'; }), fails: null },
  { name: 'invalid key (semantic)', schema: 'machineconfigpool.json', value: pool((c) => { expr0(c).key = 'bad key!'; }), fails: null },
  { name: 'invalid label value (semantic)', schema: 'machineconfigpool.json', value: pool((c) => { c.spec.machineConfigSelector.matchLabels.x = 'has space'; }), fails: null },
  { name: 'null selector', schema: 'machineconfigpool.json', value: pool((c) => { c.spec.machineConfigSelector = null; }), fails: null },
  { name: 'empty selector', schema: 'machineconfigpool.json', value: pool((c) => { c.spec.machineConfigSelector = {}; }), fails: null },
  { name: 'null matchLabels, matchExpressions and values', schema: 'machineconfigpool.json', value: pool((c) => { c.spec.machineConfigSelector.matchLabels = null; expr0(c).values = null; c.spec.nodeSelector.matchExpressions = null; }), fails: null },
  { name: 'maxUnavailable a percentage', schema: 'machineconfigpool.json', value: pool((c) => { c.spec.maxUnavailable = '10%'; }), fails: null },
  { name: 'operator missing', schema: 'machineconfigpool.json', value: pool((c) => { delete expr0(c).operator; }), fails: ['/spec/machineConfigSelector/matchExpressions/0', 'required'] },
  { name: 'key missing', schema: 'machineconfigpool.json', value: pool((c) => { delete expr0(c).key; }), fails: ['/spec/machineConfigSelector/matchExpressions/0', 'required'] },
  { name: 'operator a number', schema: 'machineconfigpool.json', value: pool((c) => { expr0(c).operator = 1; }), fails: ['/spec/machineConfigSelector/matchExpressions/0/operator', 'type'] },
  { name: 'values a string', schema: 'machineconfigpool.json', value: pool((c) => { expr0(c).values = 'a'; }), fails: ['/spec/machineConfigSelector/matchExpressions/0/values', 'type'] },
  { name: 'matchExpressions an object', schema: 'machineconfigpool.json', value: pool((c) => { c.spec.machineConfigSelector.matchExpressions = expr0(c); }), fails: ['/spec/machineConfigSelector/matchExpressions', 'type'] },
  { name: 'matchLabels value a boolean', schema: 'machineconfigpool.json', value: pool((c) => { c.spec.machineConfigSelector.matchLabels.x = true; }), fails: ['/spec/machineConfigSelector/matchLabels/x', 'type'] },
  { name: 'selector a string', schema: 'machineconfigpool.json', value: pool((c) => { c.spec.machineConfigSelector = 'role=worker'; }), fails: ['/spec/machineConfigSelector', 'type'] },
  { name: 'maxUnavailable a boolean', schema: 'machineconfigpool.json', value: pool((c) => { c.spec.maxUnavailable = true; }), fails: ['/spec/maxUnavailable', 'type'] },
  { name: 'pool name a number', schema: 'machineconfigpool.json', value: pool((c) => { c.metadata.name = 7; }), fails: ['/metadata/name', 'type'] },
];

const controllerConfigCases: Case[] = [
  { name: 'images only', schema: 'controllerconfig.json', value: { spec: { osImageURL: 'a', baseOSContainerImage: 'b', baseOSExtensionsContainerImage: 'c' } }, fails: null },
  { name: 'the other fields of a real ControllerConfig', schema: 'controllerconfig.json', value: { apiVersion: 'machineconfiguration.openshift.io/v1', kind: 'ControllerConfig', metadata: { name: 'machine-config-controller' }, spec: { osImageURL: 'a', dns: { spec: {} }, infra: {}, releaseImage: 'r' }, status: {} }, fails: null },
  { name: 'no spec', schema: 'controllerconfig.json', value: {}, fails: null },
  { name: 'osImageURL a number', schema: 'controllerconfig.json', value: { spec: { osImageURL: 1 } }, fails: ['/spec/osImageURL', 'type'] },
  { name: 'baseOSContainerImage a list', schema: 'controllerconfig.json', value: { spec: { baseOSContainerImage: ['b'] } }, fails: ['/spec/baseOSContainerImage', 'type'] },
  { name: 'kind of another object', schema: 'controllerconfig.json', value: { kind: 'MachineConfig', spec: {} }, fails: ['/kind', 'const'] },
];

describe.each([
  ['ignition-3.2', ignitionCases],
  ['machineconfig', machineConfigCases],
  ['machineconfigpool', poolCases],
  ['controllerconfig', controllerConfigCases],
] as const)('%s cases', (_group, cases) => {
  it.each(cases.map((c) => ({ ...c, outcome: c.fails ? `fails at ${c.fails[0] || '(root)'} (${c.fails[1]})` : 'passes' })))(
    '$name: $outcome',
    ({ schema, value, fails }) => {
      const v = validators[schema];
      const ok = v(value);
      if (fails === null) {
        expect(errorsOf(schema, value)).toEqual([]);
        return;
      }
      expect(ok).toBe(false);
      const [path, keyword] = fails;
      const hits = (v.errors ?? []).filter((e) => e.instancePath === path && e.keyword === keyword);
      expect(hits.length, errorsOf(schema, value).join('\n')).toBeGreaterThan(0);
    },
  );
});

describe('errors name what is wrong', () => {
  it('a missing version is reported as missingProperty "version"', () => {
    const v = validators['ignition-3.2.json'];
    expect(v({ ignition: {} })).toBe(false);
    expect(v.errors).toEqual([expect.objectContaining({ instancePath: '/ignition', keyword: 'required', params: { missingProperty: 'version' } })]);
  });

  it('the strict schema names the unknown key', () => {
    const v = validators['ignition-3.2.strict.json'];
    expect(v(ign((c) => { c.storage.files[0].overwite = true; }))).toBe(false);
    expect(v.errors).toEqual([expect.objectContaining({ instancePath: '/storage/files/0', params: { additionalProperty: 'overwite' } })]);
  });
});
