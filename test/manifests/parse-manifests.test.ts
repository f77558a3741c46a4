// parseManifests / readManifests: documents, Lists, JSON streams, YAML 1.1 as Kubernetes reads it,
// errors with file:line:col, positions of fields, and objects that stay plain data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { RenderError } from '../../src/errors.js';
import { parseManifests, readManifests, type ManifestError } from '../../src/manifests/parse-manifests.js';
import { stringifyManifest } from '../../src/manifests/stringify-manifest.js';

const V = 'machineconfiguration.openshift.io/v1';

function failure(text: string, filename = 'm.yaml'): ManifestError {
  try {
    parseManifests(text, { filename });
  } catch (e) {
    expect(e).toBeInstanceOf(RenderError);
    return e as ManifestError;
  }
  throw new Error('expected parseManifests to fail');
}

const mc = (name: string, spec = '{}') => `apiVersion: ${V}\nkind: MachineConfig\nmetadata:\n  name: ${name}\nspec: ${spec}\n`;

describe('documents and lists', () => {
  it('reads every document of a stream, skipping empty ones', () => {
    const text = `# leading comment\n---\n${mc('a')}---\n---\n# only a comment\n---\n${mc('b')}...\n`;
    expect(parseManifests(text).map((o) => o.metadata?.name)).toEqual(['a', 'b']);
  });

  it('flattens kind: List (and lists in lists), keeping other kinds as they are', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      `- ${JSON.stringify({ apiVersion: V, kind: 'MachineConfig', metadata: { name: 'a' } })}`,
      '- apiVersion: v1',
      '  kind: ConfigMap',
      '  metadata: {name: cm}',
      '  data: {x: "1"}',
      '- apiVersion: v1',
      '  kind: List',
      '  items:',
      `  - {apiVersion: ${V}, kind: MachineConfigPool, metadata: {name: p}}`,
      '',
    ].join('\n');
    expect(parseManifests(text).map((o) => `${o.kind}/${o.metadata?.name}`)).toEqual(['MachineConfig/a', 'ConfigMap/cm', 'MachineConfigPool/p']);
  });

  it('gives the items of a typed list (MachineConfigList) the list kind and apiVersion', () => {
    const text = JSON.stringify({ apiVersion: V, kind: 'MachineConfigList', items: [{ metadata: { name: 'a' }, spec: {} }] });
    expect(parseManifests(text)).toEqual([{ apiVersion: V, kind: 'MachineConfig', metadata: { name: 'a' }, spec: {} }]);
  });

  it('reads a JSON stream (concatenated objects) when the text starts with {', () => {
    const a = { apiVersion: V, kind: 'MachineConfig', metadata: { name: 'a' }, spec: { config: { ignition: { version: '3.2.0' } } } };
    const text = `${JSON.stringify(a, null, 2)}\n${JSON.stringify({ ...a, metadata: { name: 'b' } })}`;
    expect(parseManifests(text).map((o) => o.metadata?.name)).toEqual(['a', 'b']);
    expect(parseManifests(text)[0]).toEqual(a);
  });

  it('returns objects with keys in Go order, as Kubernetes stores them', () => {
    const [o] = parseManifests(`spec: {}\nmetadata: {name: a, labels: {b: "1", a: "2"}}\nkind: MachineConfig\napiVersion: ${V}\n`);
    expect(Object.keys(o!)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(Object.keys(o!.metadata!.labels!)).toEqual(['a', 'b']);
  });
});

describe('YAML 1.1 as sigs.k8s.io/yaml reads it', () => {
  const cases: Array<[string, unknown]> = [
    ['0644', 420],
    ['0o644', 420],
    ['3.2.0', '3.2.0'],
    ['3.2', 3.2],
    ['yes', true],
    ['off', false],
    ['y', true],
    ['~', null],
    ['2001-12-14', '2001-12-14'],
    ['1:20', '1:20'],
    ['"0644"', '0644'],
    ['!!str 0644', '0644'],
    ['1_000', 1000],
  ];
  for (const [yaml, value] of cases) {
    it(`v: ${yaml} → ${JSON.stringify(value)}`, () => {
      const [o] = parseManifests(`apiVersion: v1\nkind: X\nv: ${yaml}\n`);
      expect(o!.v).toEqual(value);
    });
  }

  it('a file mode written in octal is the number Ignition expects', () => {
    const [o] = parseManifests(mc('a', '\n  config:\n    ignition: {version: 3.2.0}\n    storage:\n      files:\n      - path: /etc/x\n        mode: 0644\n'));
    expect(o!.spec).toEqual({ config: { ignition: { version: '3.2.0' }, storage: { files: [{ mode: 420, path: '/etc/x' }] } } });
  });

  it('merge keys and aliases as go-yaml v2 applies them', () => {
    const [o] = parseManifests('apiVersion: v1\nkind: X\nbase: &b {a: 1, b: 1}\nuse:\n  <<: *b\n  b: 2\n');
    expect(o!.use).toEqual({ a: 1, b: 2 });
  });

  it('reads the seed example as the yaml package (YAML 1.1) reads it', () => {
    for (const f of ['layered-pool.yaml', 'machineconfigs.yaml']) {
      const text = readFileSync(new URL(`../../examples/seed/${f}`, import.meta.url), 'utf8');
      const theirs = parseAllDocuments(text, { version: '1.1' }).map((d) => d.toJS() as unknown);
      expect(parseManifests(text)).toEqual(theirs);
    }
  });

  it('reads back what stringifyManifest writes, strings that look like numbers included', () => {
    const o = { apiVersion: V, kind: 'MachineConfig', metadata: { name: 'a', labels: { x: 'yes', y: '0644', z: '3.2' } }, spec: { kernelArguments: ['1:20', 'on'], fips: true } };
    expect(parseManifests(stringifyManifest(o))).toEqual([o]);
  });
});

describe('errors name file, line and column', () => {
  const cases: Array<{ name: string; text: string; line: number; column: number; message: RegExp; path?: string }> = [
    { name: 'duplicate key', text: 'apiVersion: v1\nkind: X\nmetadata:\n  name: a\n  name: b\n', line: 5, column: 3, message: /mapping key "name" already defined at line 4/ },
    { name: 'duplicate key in JSON', text: '{"apiVersion": "v1", "kind": "X",\n "kind": "Y"}', line: 2, column: 2, message: /duplicate key "kind"/ },
    { name: 'alias bomb', text: billionLaughs(), line: 6, column: 17, message: /excessive aliasing/ },
    { name: 'unknown anchor', text: 'apiVersion: v1\nkind: X\nx: *nope\n', line: 3, column: 4, message: /unknown anchor 'nope'/ },
    { name: 'a list document', text: `${mc('a')}---\n- a\n- b\n`, line: 7, column: 1, message: /expected a Kubernetes object .* found a list/ },
    { name: 'a scalar document', text: 'hello\n', line: 1, column: 1, message: /found a string/ },
    { name: 'no kind', text: 'apiVersion: v1\nmetadata: {name: a}\n', line: 1, column: 1, message: /kind not set/ },
    { name: 'no apiVersion', text: 'kind: X\n', line: 1, column: 1, message: /apiVersion not set/ },
    { name: 'MachineConfig in another group', text: 'apiVersion: example.com/v1\nkind: MachineConfig\nmetadata: {name: a}\n', line: 1, column: 13, message: /no matches for kind "MachineConfig" in version "example.com\/v1"/, path: '$.apiVersion' },
    { name: 'wrong type', text: mc('a', '\n  fips: "yes"\n'), line: 6, column: 9, message: /MachineConfig a: spec.fips in body must be of type boolean: "string"/, path: '$.spec.fips' },
    { name: 'wrong type in a list', text: mc('a', '\n  kernelArguments:\n  - a\n  - 7\n'), line: 8, column: 5, message: /spec.kernelArguments\[1\] in body must be of type string: "integer"/, path: '$.spec.kernelArguments.1' },
    { name: 'null in a list of strings', text: mc('a', '\n  extensions:\n  - usbguard\n  - null\n'), line: 8, column: 5, message: /spec.extensions\[1\] in body must be of type string: "null"/, path: '$.spec.extensions.1' },
    { name: 'label value not a string', text: `apiVersion: ${V}\nkind: MachineConfigPool\nmetadata:\n  name: p\n  labels:\n    a.b/c: 1\n`, line: 6, column: 12, message: /metadata.labels.a.b\/c in body must be of type string/, path: '$.metadata.labels.a.b/c' },
    { name: 'selector requirement without key', text: `apiVersion: ${V}\nkind: MachineConfigPool\nmetadata: {name: p}\nspec:\n  machineConfigSelector:\n    matchExpressions:\n    - operator: Exists\n`, line: 7, column: 7, message: /matchExpressions\[0\].key: Required value/ },
    { name: 'missing name', text: `apiVersion: ${V}\nkind: MachineConfig\nspec: {}\n`, line: 1, column: 1, message: /metadata.name: Required value/ },
    { name: 'syntax: tab indentation', text: 'apiVersion: v1\nkind: X\na:\n\tb: 1\n', line: 4, column: 1, message: /[Tt]ab/ },
    { name: 'syntax: bad JSON', text: '{"apiVersion": "v1",\n  "kind": }', line: 2, column: 11, message: /invalid JSON/ },
    { name: 'control character', text: 'apiVersion: v1\nkind: "X\u007f"\n', line: 2, column: 9, message: /control characters are not allowed/ },
    { name: 'NaN', text: 'apiVersion: v1\nkind: X\nv: .nan\n', line: 3, column: 4, message: /json: unsupported value: NaN/ },
    { name: '\\/ escape go-yaml refuses', text: 'apiVersion: v1\nkind: X\nv: "a\\/b"\n', line: 3, column: 6, message: /unknown escape character/ },
  ];
  for (const c of cases) {
    it(`${c.name} → m.yaml:${c.line}:${c.column}`, () => {
      const e = failure(c.text);
      expect(e).toMatchObject({ code: 'INVALID_INPUT', stage: 'decode', file: 'm.yaml', line: c.line, column: c.column });
      expect(e.message.startsWith(`m.yaml:${c.line}:${c.column}: `)).toBe(true);
      expect(e.message).toMatch(c.message);
      if (c.path !== undefined) expect(e.path).toBe(c.path);
    });
  }

  it('without a filename the message says <input> and the error has no file', () => {
    let e: ManifestError | undefined;
    try {
      parseManifests('a: 1\na: 2\n');
    } catch (x) {
      e = x as ManifestError;
    }
    expect(e?.message.startsWith('<input>:2:1: ')).toBe(true);
    expect(e).toMatchObject({ line: 2, column: 1 });
    expect(e?.file).toBeUndefined();
  });

  it('never throws anything but RenderError', () => {
    for (const bad of [undefined, null, 42, {}, '['.repeat(20000), '{'.repeat(20000), '- '.repeat(5000) + 'x']) {
      expect(() => parseManifests(bad as string)).toThrow(RenderError);
    }
  });

  it('collects every shape problem with collect: true', () => {
    const text = `${mc('a', '\n  fips: 1\n  kernelType: 3\n')}---\n${mc('b')}`;
    const src = readManifests(text, { filename: 'x.yaml', collect: true });
    expect(src.objects.map((o) => o.metadata?.name)).toEqual(['b']);
    expect(src.problems.map((p) => [p.line, p.column, p.path])).toEqual([
      [6, 9, '$.spec.fips'],
      [7, 15, '$.spec.kernelType'],
    ]);
  });
});

describe('positions (readManifests().locate)', () => {
  const text = [
    `apiVersion: ${V}`, // 1
    'kind: MachineConfig',
    'metadata:',
    '  name: a',
    '  labels:', // 5
    '    machineconfiguration.openshift.io/role: worker',
    'spec:',
    '  config:',
    '    ignition: {version: 3.2.0}',
    '    storage:', // 10
    '      files:',
    '      - path: etc/x',
    '        mode: 0644',
    '  extensions: [usbguard, wireguard]',
    '',
  ].join('\n');
  const src = readManifests(text, { filename: 'f.yaml' });
  const o = src.objects[0]!;
  const table: Array<[string, number, number]> = [
    ['$', 1, 1],
    ['$.metadata.name', 4, 9],
    ['$.metadata.labels', 5, 3],
    ['$.metadata.labels.machineconfiguration.openshift.io/role', 6, 45],
    ['$.spec.config.storage.files.0', 12, 9],
    ['$.spec.config.storage.files.0.path', 12, 15],
    ['$.spec.config.storage.files.0.mode', 13, 15],
    ['$.spec.config.storage.files.0.contents.source', 12, 9],
    ['$.spec.config.ignition.version', 9, 25],
    ['$.spec.extensions.1', 14, 26],
    ['$.spec.nothing', 7, 1],
  ];
  for (const [path, line, column] of table) {
    it(`${path} → f.yaml:${line}:${column}`, () => expect(src.locate(o, path)).toEqual({ file: 'f.yaml', line, column }));
  }

  it('takes path segments too', () => expect(src.locate(o, ['spec', 'config', 'storage', 'files', 0, 'mode'])).toEqual({ file: 'f.yaml', line: 13, column: 15 }));
  it('knows nothing of objects it did not read', () => expect(src.locate({}, '$')).toBeUndefined());

  it('keeps the objects plain: positions are not properties', () => {
    expect(JSON.parse(JSON.stringify(o))).toEqual(o);
    expect(Object.keys(o)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
  });

  it('locates in JSON and after a List too', () => {
    const json = readManifests(`{"apiVersion": "v1", "kind": "List", "items": [\n  {"apiVersion": "${V}", "kind": "MachineConfig",\n   "metadata": {"name": "a"}, "spec": {"fips": false}}]}`);
    expect(json.locate(json.objects[0]!, '$.spec.fips')).toEqual({ line: 3, column: 48 });
  });
});

describe('safety', () => {
  it('treats __proto__ and constructor as data', () => {
    const [o] = parseManifests('apiVersion: v1\nkind: X\nmetadata:\n  labels:\n    __proto__: "x"\n    constructor: "y"\n');
    const labels = (o!.metadata as { labels: Record<string, unknown> }).labels;
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expect(Object.hasOwn(labels, '__proto__')).toBe(true);
    expect(labels['constructor']).toBe('y');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('does not expand an alias bomb', () => {
    // A hang would hit vitest's test timeout; speed itself is not asserted.
    expect(() => parseManifests(billionLaughs())).toThrow(/excessive aliasing/);
  });
});

function billionLaughs(): string {
  const lines = ['apiVersion: v1', 'kind: X', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  let prev = 'a';
  for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    prev = name;
  }
  return lines.join('\n') + '\n';
}
