/**
 * Tests for src/ignition/emit-ignition.ts and go-json.ts: Go field order, omitempty (clarketm/json and
 * standard encoding/json), Go string escaping, MarshalIndent. Byte-exact MCO output for merged configs
 * is checked in merge.test.ts (oracle goldens); MarshalIndent against the layering vectors here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { marshalIgnition, marshalIgnitionIndent, toGoJson } from '../../src/ignition/emit-ignition.js';
import { type GoJsonValue, goJsonString, goJsonTextOf, indentGoJson, writeGoJson } from '../../src/ignition/go-json.js';
import fc from 'fast-check';
import type { IgnitionConfig } from '../../src/ignition/types.js';
import { normalizeIgnition32 } from './_support/normalize.js';

const V = { version: '3.2.0' };
const withIgn = (rest: Omit<IgnitionConfig, 'ignition'>): IgnitionConfig => ({ ignition: V, ...rest });

interface EmitCase { name: string; config: IgnitionConfig; json: string }

// Expected strings written from coreos/ignition v2.15.0 config/v3_2/types/schema.go declaration order.
const orderCases: EmitCase[] = [
  {
    name: 'file: embedded Node first (group, overwrite, path, user), then append, contents, mode',
    config: withIgn({ storage: { files: [{
      mode: 420, contents: { verification: { hash: 'sha512-x' }, source: 'data:,', httpHeaders: [{ value: 'v', name: 'n' }], compression: '' },
      append: [{ source: 'data:,a' }], user: { name: 'core', id: 1 }, path: '/f', overwrite: false, group: { name: 'g', id: 2 },
    }] } }),
    json: '{"ignition":{"version":"3.2.0"},"storage":{"files":[{"group":{"id":2,"name":"g"},"overwrite":false,"path":"/f","user":{"id":1,"name":"core"},'
      + '"append":[{"source":"data:,a"}],"contents":{"compression":"","httpHeaders":[{"name":"n","value":"v"}],"source":"data:,","verification":{"hash":"sha512-x"}},"mode":420}]}}',
  },
  {
    name: 'directory and link: Node first, then mode / hard, target',
    config: withIgn({ storage: { links: [{ target: '/t', hard: true, path: '/l' }], directories: [{ mode: 493, path: '/d', overwrite: true }] } }),
    json: '{"ignition":{"version":"3.2.0"},"storage":{"directories":[{"overwrite":true,"path":"/d","mode":493}],"links":[{"path":"/l","hard":true,"target":"/t"}]}}',
  },
  {
    name: 'config top level: ignition, passwd, storage, systemd; ignition: config, proxy, security, timeouts, version',
    config: {
      systemd: { units: [{ name: 'u' }] },
      storage: { disks: [{ device: 'd' }] },
      passwd: { users: [{ name: 'core' }] },
      ignition: { version: '3.2.0', timeouts: { httpTotal: 1, httpResponseHeaders: 2 }, security: { tls: { certificateAuthorities: [{ source: 's' }] } },
        proxy: { noProxy: ['x'], httpsProxy: 'b', httpProxy: 'a' }, config: { replace: { source: 'r' }, merge: [{ source: 'm' }] } },
    },
    json: '{"ignition":{"config":{"merge":[{"source":"m"}],"replace":{"source":"r"}},"proxy":{"httpProxy":"a","httpsProxy":"b","noProxy":["x"]},'
      + '"security":{"tls":{"certificateAuthorities":[{"source":"s"}]}},"timeouts":{"httpResponseHeaders":2,"httpTotal":1},"version":"3.2.0"},'
      + '"passwd":{"users":[{"name":"core"}]},"storage":{"disks":[{"device":"d"}]},"systemd":{"units":[{"name":"u"}]}}',
  },
  {
    name: 'passwd users and groups in Go order',
    config: withIgn({ passwd: {
      users: [{ uid: 1, system: true, shouldExist: false, shell: '/bin/sh', sshAuthorizedKeys: ['k'], primaryGroup: 'p', passwordHash: 'h',
        noUserGroup: true, noLogInit: true, noCreateHome: true, name: 'n', homeDir: '/h', groups: ['g'], gecos: 'G' }],
      groups: [{ system: true, shouldExist: true, passwordHash: 'h', name: 'g', gid: 5 }],
    } }),
    json: '{"ignition":{"version":"3.2.0"},"passwd":{"groups":[{"gid":5,"name":"g","passwordHash":"h","shouldExist":true,"system":true}],'
      + '"users":[{"gecos":"G","groups":["g"],"homeDir":"/h","name":"n","noCreateHome":true,"noLogInit":true,"noUserGroup":true,"passwordHash":"h",'
      + '"primaryGroup":"p","sshAuthorizedKeys":["k"],"shell":"/bin/sh","shouldExist":false,"system":true,"uid":1}]}}',
  },
  {
    name: 'disks, partitions, filesystems, luks (clevis, tang), raid',
    config: withIgn({ storage: {
      raid: [{ spares: 1, options: ['o'], name: 'md', level: 'raid1', devices: ['/dev/a'] }],
      luks: [{ wipeVolume: true, uuid: 'u', options: ['o'], name: 'l', label: 'lab', keyFile: { source: 'k' }, device: '/dev/x',
        clevis: { tpm2: true, threshold: 2, tang: [{ url: 'http://t', thumbprint: 'tp' }], custom: { pin: 'p', needsNetwork: true, config: 'c' } } }],
      filesystems: [{ wipeFilesystem: true, uuid: 'u', path: '/var', options: ['-f'], mountOptions: ['ro'], label: 'l', format: 'xfs', device: '/dev/y' }],
      disks: [{ wipeTable: true, partitions: [{ wipePartitionEntry: true, typeGuid: 't', startMiB: 1, sizeMiB: 2, shouldExist: true, resize: true,
        number: 3, label: 'l', guid: 'g' }], device: '/dev/z' }],
    } }),
    json: '{"ignition":{"version":"3.2.0"},"storage":{"disks":[{"device":"/dev/z","partitions":[{"guid":"g","label":"l","number":3,"resize":true,'
      + '"shouldExist":true,"sizeMiB":2,"startMiB":1,"typeGuid":"t","wipePartitionEntry":true}],"wipeTable":true}],'
      + '"filesystems":[{"device":"/dev/y","format":"xfs","label":"l","mountOptions":["ro"],"options":["-f"],"path":"/var","uuid":"u","wipeFilesystem":true}],'
      + '"luks":[{"clevis":{"custom":{"config":"c","needsNetwork":true,"pin":"p"},"tang":[{"thumbprint":"tp","url":"http://t"}],"threshold":2,"tpm2":true},'
      + '"device":"/dev/x","keyFile":{"source":"k"},"label":"lab","name":"l","options":["o"],"uuid":"u","wipeVolume":true}],'
      + '"raid":[{"devices":["/dev/a"],"level":"raid1","name":"md","options":["o"],"spares":1}]}}',
  },
  {
    name: 'units and dropins in Go order',
    config: withIgn({ systemd: { units: [{ name: 'a', mask: false, enabled: true, dropins: [{ name: 'd', contents: 'x' }], contents: 'c' }] } }),
    json: '{"ignition":{"version":"3.2.0"},"systemd":{"units":[{"contents":"c","dropins":[{"contents":"x","name":"d"}],"enabled":true,"mask":false,"name":"a"}]}}',
  },
];

const omitCases: EmitCase[] = [
  { name: 'empty config: ignition is always written', config: { ignition: {} }, json: '{"ignition":{}}' },
  {
    name: 'omitempty: empty slices, empty structs (clarketm), "" version and url, 0 partition number',
    config: {
      ignition: { version: '', proxy: { noProxy: [] }, config: { merge: [], replace: { httpHeaders: [], verification: {} } }, security: { tls: {} }, timeouts: {} },
      passwd: { users: [], groups: [] },
      storage: {
        files: [{ path: '/a', contents: {}, user: {}, group: {}, append: [] }],
        disks: [{ device: 'd', partitions: [{ number: 0, label: 'x' }] }],
        luks: [{ name: 'l', keyFile: { httpHeaders: [] }, options: [], clevis: { tang: [{ url: '', thumbprint: 't' }] } }],
      },
      systemd: {},
    },
    json: '{"ignition":{},"storage":{"disks":[{"device":"d","partitions":[{"label":"x"}]}],"files":[{"path":"/a"}],'
      + '"luks":[{"clevis":{"tang":[{"thumbprint":"t"}]},"name":"l"}]}}',
  },
  {
    name: 'pointers are written when set, even to "", 0 and false; a set pointer makes its struct non-empty',
    config: withIgn({ storage: { files: [{ path: '', overwrite: false, mode: 0, contents: { compression: '' }, user: { id: 0 } }] } }),
    json: '{"ignition":{"version":"3.2.0"},"storage":{"files":[{"overwrite":false,"path":"","user":{"id":0},"contents":{"compression":""},"mode":0}]}}',
  },
  {
    name: 'required scalars are written when empty or absent (path, name, device, target, level, config, pin)',
    config: { ignition: {}, storage: { links: [{ path: '' } as never], raid: [{ name: '', devices: [] } as never],
      luks: [{ name: '', clevis: { custom: {} as never } }] } },
    json: '{"ignition":{},"storage":{"links":[{"path":"","target":""}],"luks":[{"clevis":{"custom":{"config":"","pin":""}},"name":""}],'
      + '"raid":[{"devices":[],"level":"","name":""}]}}',
  },
  {
    name: 'Raid.devices has no omitempty: nil is null, empty is []',
    config: withIgn({ storage: { raid: [{ name: 'a', level: 'raid1', devices: null }, { name: 'b', level: 'raid1', devices: [] }] } }),
    json: '{"ignition":{"version":"3.2.0"},"storage":{"raid":[{"devices":null,"level":"raid1","name":"a"},{"devices":[],"level":"raid1","name":"b"}]}}',
  },
  {
    name: 'a pointer to an empty struct is written ({}): clevis and custom are pointers in 3.2',
    config: withIgn({ storage: { luks: [{ name: 'l', clevis: {} }] } }),
    json: '{"ignition":{"version":"3.2.0"},"storage":{"luks":[{"clevis":{},"name":"l"}]}}',
  },
  {
    name: 'unknown keys are not written',
    config: withIgn({ storage: { files: [{ path: '/a', extra: 1 } as never] }, kernelArguments: { shouldExist: ['a'] } } as never),
    json: '{"ignition":{"version":"3.2.0"},"storage":{"files":[{"path":"/a"}]}}',
  },
];

describe('toGoJson / marshalIgnition: Go field order', () => {
  test.each(orderCases)('$name', ({ config, json }) => {
    expect(marshalIgnition(config)).toBe(json);
    expect(JSON.stringify(toGoJson(config))).toBe(json);
  });
});

describe('toGoJson / marshalIgnition: omitempty as clarketm/json', () => {
  test.each(omitCases)('$name', ({ config, json }) => {
    expect(marshalIgnition(config)).toBe(json);
    expect(JSON.stringify(toGoJson(config))).toBe(json);
  });
});

describe('standard encoding/json (omitEmptyStructs: false) keeps empty structs', () => {
  test.each([
    {
      name: 'empty config',
      config: { ignition: {} } as IgnitionConfig,
      json: '{"ignition":{"config":{"replace":{"verification":{}}},"proxy":{},"security":{"tls":{}},"timeouts":{}},"passwd":{},"storage":{},"systemd":{}}',
    },
    {
      name: 'file without user, group, contents',
      config: withIgn({ storage: { files: [{ path: '/a', mode: 420 }] } }),
      json: '{"ignition":{"config":{"replace":{"verification":{}}},"proxy":{},"security":{"tls":{}},"timeouts":{},"version":"3.2.0"},"passwd":{},'
        + '"storage":{"files":[{"group":{},"path":"/a","user":{},"contents":{"verification":{}},"mode":420}]},"systemd":{}}',
    },
  ])('$name', ({ config, json }) => {
    expect(marshalIgnition(config, { omitEmptyStructs: false })).toBe(json);
    expect(JSON.stringify(toGoJson(config, { omitEmptyStructs: false }))).toBe(json);
  });
});

describe('Go string escaping (clarketm/json encodeState.string, escapeHTML)', () => {
  test.each([
    { name: 'plain ASCII', input: 'abc /.-_', output: '"abc /.-_"' },
    { name: 'quote and backslash', input: 'a"b\\c', output: '"a\\"b\\\\c"' },
    { name: 'newline, carriage return, tab: short escapes', input: '\n\r\t', output: '"\\n\\r\\t"' },
    { name: 'backspace and form feed: \\u0008 and \\u000c (no short form)', input: '\b\f', output: '"\\u0008\\u000c"' },
    { name: 'other control characters: lowercase \\u00XX', input: '\u0000\u0001\u001b\u001f', output: '"\\u0000\\u0001\\u001b\\u001f"' },
    { name: 'HTML characters', input: '<a>&', output: '"\\u003ca\\u003e\\u0026"' },
    { name: 'DEL is written as is', input: 'a\u007fb', output: '"a\u007fb"' },
    { name: 'U+2028 and U+2029 are escaped', input: '\u2028\u2029', output: '"\\u2028\\u2029"' },
    { name: 'non-ASCII and astral characters are written as is', input: 'é€😀\u00a0\ufeff', output: '"é€😀\u00a0\ufeff"' },
    { name: 'lone surrogates become U+FFFD (as Go decoded them)', input: 'a\ud800b\udc00\ud83d', output: '"a\ufffdb\ufffd\ufffd"' },
    { name: 'a reversed pair is two lone surrogates', input: '\ude00\ud83d', output: '"\ufffd\ufffd"' },
  ])('$name', ({ input, output }) => {
    expect(goJsonString(input)).toBe(output);
  });
});

describe('numbers and invalid values', () => {
  test('ints are written in full, also beyond 2^53', () => {
    expect(writeGoJson([0, -1, 420, 2 ** 53, 1e21])).toBe('[0,-1,420,9007199254740992,1000000000000000000000]');
  });

  test.each([
    { name: 'a string where Go has an int', config: withIgn({ storage: { files: [{ path: '/a', mode: '420' as never }] } }), path: '$.storage.files.0.mode' },
    { name: 'a fraction where Go has an int', config: withIgn({ storage: { files: [{ path: '/a', mode: 1.5 }] } }), path: '$.storage.files.0.mode' },
    { name: 'a number where Go has a string', config: withIgn({ systemd: { units: [{ name: 5 as never }] } }), path: '$.systemd.units.0.name' },
    { name: 'a string where Go has a bool', config: withIgn({ systemd: { units: [{ name: 'u', enabled: 'yes' as never }] } }), path: '$.systemd.units.0.enabled' },
    { name: 'an object where Go has a list', config: withIgn({ storage: { files: {} as never } }), path: '$.storage.files' },
    { name: 'a string in a list of structs', config: withIgn({ storage: { files: ['/a' as never] } }), path: '$.storage.files.0' },
    { name: 'a list where Go has a struct', config: withIgn({ storage: { files: [{ path: '/a', contents: [] as never }] } }), path: '$.storage.files.0.contents' },
  ])('$name is an INVALID_INPUT RenderError at $path', ({ config, path }) => {
    for (const run of [() => marshalIgnition(config), () => toGoJson(config)]) {
      let err: unknown;
      try {
        run();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RenderError);
      expect(err).toMatchObject({ code: 'INVALID_INPUT', stage: 'merge', path });
    }
  });
});

describe('MarshalIndent (Go json.Indent)', () => {
  test('empty objects and arrays stay compact; prefix on every line but the first', () => {
    expect(indentGoJson('{"a":{},"b":[],"c":[1,{"d":"x,:{"}]}', '>', '  '))
      .toBe('{\n>  "a": {},\n>  "b": [],\n>  "c": [\n>    1,\n>    {\n>      "d": "x,:{"\n>    }\n>  ]\n>}');
  });

  test('strings with escaped quotes do not confuse the indenter', () => {
    expect(indentGoJson('{"a\\"":"\\\\","b":"\\"}"}', '', '\t')).toBe('{\n\t"a\\"": "\\\\",\n\t"b": "\\"}"\n}');
  });

  // The layering prototype (MCO layering branch) writes machine-config-ignition.json with std
  // encoding/json MarshalIndent(config, "  ", "    "): reading it back and re-emitting must give its bytes.
  const layeringDir = new URL('../../../shared/conformance/layering/', import.meta.url);
  const files = readdirSync(layeringDir).filter((n) => n.endsWith('.expected.json')).sort().flatMap((n) => {
    const e = JSON.parse(readFileSync(new URL(n, layeringDir), 'utf8')) as { ignitionFile?: string };
    return typeof e.ignitionFile === 'string' ? [{ id: n.replace('.expected.json', ''), text: e.ignitionFile }] : [];
  });
  test('there are layering vectors with an ignitionFile', () => expect(files.length).toBeGreaterThan(100));
  test.each(files)('layering $id: re-emitted byte for byte', ({ text }) => {
    expect(marshalIgnitionIndent(normalizeIgnition32(JSON.parse(text)), '  ', '    ')).toBe(text);
  });
});

describe('toGoJson and marshalIgnition agree', () => {
  const renderDir = new URL('../../../shared/conformance/render/', import.meta.url);
  const configs = readdirSync(renderDir).filter((n) => n.endsWith('.expected.json')).sort().flatMap((n) => {
    const e = JSON.parse(readFileSync(new URL(n, renderDir), 'utf8')) as { spec?: { config: unknown } };
    return e.spec ? [{ id: n.replace('.expected.json', ''), config: normalizeIgnition32(e.spec.config) }] : [];
  });
  test.each(configs)('render $id: JSON.parse(marshalIgnition) equals toGoJson, key order included', ({ config }) => {
    expect(JSON.stringify(JSON.parse(marshalIgnition(config)))).toBe(JSON.stringify(toGoJson(config)));
  });
});

describe('toGoJson on values of the wrong type', () => {
  it.each([
    [{ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a' }, { path: 5 }] } }, '$.storage.files.1.path', 'a string, got number'],
    [{ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', mode: 'x' }] } }, '$.storage.files.0.mode', 'an integer, got string'],
    [{ ignition: { version: '3.2.0' }, systemd: { units: [{ name: 'a.service', dropins: [{ name: 1 }] }] } }, '$.systemd.units.0.dropins.0.name', 'a string, got number'],
    [{ ignition: { version: '3.2.0' }, storage: { files: 'x' } }, '$.storage.files', 'an array, got string'],
  ])('%j fails at %s', (config, path, what) => {
    let err: unknown;
    try {
      toGoJson(config as unknown as IgnitionConfig);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).path).toBe(path);
    expect((err as RenderError).message).toBe(`cannot marshal Ignition config: ${path} must be ${what}`);
  });
});


describe('goJsonTextOf (JSON.stringify plus Go escaping) equals the JavaScript writer', () => {
  const chars = fc.constantFrom(...'ab\\"<>&\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029\ud800\udc00\ud83d\ude00é'.split(''), '\\b', '\\f', '\\ud800');
  const str = fc.array(chars, { maxLength: 12 }).map((a) => a.join(''));
  const value: fc.Arbitrary<GoJsonValue> = fc.letrec<{ v: GoJsonValue }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      str,
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('v'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('a', 'path', 'contents', 'x_y'), tie('v'), { maxKeys: 4 }),
    ),
  })).v;
  it('on generated values (seed 21, 20000 cases)', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(goJsonTextOf(v)).toBe(writeGoJson(v));
      }),
      { seed: 21, numRuns: 20000 },
    );
  });
  it.each([['<&>'], ['\\b'], ['\b\f'], ['\\\\b'], ['\ud800x'], ['x\udc00'], ['\ud83d\ude00'], ['\u2028\u2029']])('%j', (s) => {
    expect(goJsonTextOf({ s })).toBe(writeGoJson({ s }));
  });
});
