/**
 * Tests for src/ignition/merge.ts (mergeIgnition, mergeIgnitionAll).
 *
 * The first table ports coreos/ignition v2.15.0 config/merge/merge_test.go (TestMerge cases that exist in
 * spec 3.2, named after their Go comments, and TestMergeStructPointers); the Go transcripts are not
 * compared (we do not produce one). Then the rules the Go tests do not cover, the fold equivalence of
 * mergeIgnitionAll, purity, performance, and conformance against MCO's rendered configs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { toGoJson, marshalIgnition } from '../../src/ignition/emit-ignition.js';
import { parseAndConvertConfig } from '../../src/ignition/mco-parse.js';
import { mergeIgnition, mergeIgnitionAll } from '../../src/ignition/merge.js';
import type { IgnitionConfig } from '../../src/ignition/types.js';
import { normalizeIgnition32 } from './_support/normalize.js';
import { prng as rng } from '../_support/prng.js';

const cfg = (c: Omit<IgnitionConfig, 'ignition'> & { ignition?: IgnitionConfig['ignition'] }): IgnitionConfig =>
  ({ ignition: {}, ...c }) as IgnitionConfig;

const configURL = 'http://example.com/myconf.ign';
const caURL = 'http://example.com/myca.cert';
const fileURL = 'http://example.com/myfile.txt';

const oldHeaders = [
  { name: 'old-header', value: 'old-value' },
  { name: 'same-header', value: 'old-value' },
  { name: 'to-remove-header', value: 'some-value' },
];
const newHeaders = [
  { name: 'to-remove-header' },
  { name: 'new-header', value: 'new-value' },
  { name: 'same-header', value: 'new-value' },
];
const mergedHeaders = [
  { name: 'old-header', value: 'old-value' },
  { name: 'same-header', value: 'new-value' },
  { name: 'new-header', value: 'new-value' },
];

interface MergeCase {
  name: string;
  in1: IgnitionConfig;
  in2: IgnitionConfig;
  out: IgnitionConfig;
}

const goCases: MergeCase[] = [
  { name: 'case 1: merging empty configs is empty', in1: cfg({}), in2: cfg({}), out: cfg({}) },
  {
    name: 'version: the child primitive wins (not validated)',
    in1: cfg({ ignition: { version: '1234' } }),
    in2: cfg({ ignition: { version: "haha this isn't validated" } }),
    out: cfg({ ignition: { version: "haha this isn't validated" } }),
  },
  {
    name: 'disks and partitions by key, file vs directory at one path, appends, ssh keys',
    in1: cfg({
      storage: {
        disks: [
          { device: 'foo', wipeTable: true, partitions: [{ number: 1, label: 'label', startMiB: 4 }] },
          { device: 'bar', wipeTable: true },
        ],
        files: [
          { path: '/foo', append: [{ source: 'source1' }] },
          { path: '/bar', contents: { compression: 'gzip' } },
        ],
      },
      passwd: { users: [{ name: 'bovik', sshAuthorizedKeys: ['one', 'two'] }] },
    }),
    in2: cfg({
      storage: {
        disks: [
          { device: 'foo', wipeTable: false, partitions: [{ number: 1, label: 'labelchanged' }, { number: 2, label: 'label2' }] },
          { device: 'bar' },
          { device: 'baz', wipeTable: true },
        ],
        files: [{ path: '/foo', append: [{ source: 'source1' }, { source: 'source2' }] }],
        directories: [{ path: '/bar' }],
        links: [{ path: '/baz', target: '' }],
      },
      passwd: { users: [{ name: 'bovik', sshAuthorizedKeys: ['three', 'two'] }] },
    }),
    out: cfg({
      storage: {
        disks: [
          { device: 'foo', wipeTable: false, partitions: [{ number: 1, label: 'labelchanged', startMiB: 4 }, { number: 2, label: 'label2' }] },
          { device: 'bar', wipeTable: true },
          { device: 'baz', wipeTable: true },
        ],
        files: [{ path: '/foo', append: [{ source: 'source1' }, { source: 'source1' }, { source: 'source2' }] }],
        directories: [{ path: '/bar' }],
        links: [{ path: '/baz', target: '' }],
      },
      passwd: { users: [{ name: 'bovik', sshAuthorizedKeys: ['one', 'two', 'three'] }] },
    }),
  },
  {
    name: 'merge config reference that contains HTTP headers',
    in1: cfg({ ignition: { config: { merge: [{ source: configURL, httpHeaders: oldHeaders }] } } }),
    in2: cfg({ ignition: { config: { merge: [{ source: configURL, httpHeaders: newHeaders }] } } }),
    out: cfg({ ignition: { config: { merge: [{ source: configURL, httpHeaders: mergedHeaders }] } } }),
  },
  {
    name: 'replace config reference that contains HTTP headers',
    in1: cfg({ ignition: { config: { replace: { source: configURL, httpHeaders: oldHeaders } } } }),
    in2: cfg({ ignition: { config: { replace: { source: configURL, httpHeaders: newHeaders } } } }),
    out: cfg({ ignition: { config: { replace: { source: configURL, httpHeaders: mergedHeaders } } } }),
  },
  {
    name: 'CA reference that contains HTTP headers',
    in1: cfg({ ignition: { security: { tls: { certificateAuthorities: [{ source: caURL, httpHeaders: oldHeaders }] } } } }),
    in2: cfg({ ignition: { security: { tls: { certificateAuthorities: [{ source: caURL, httpHeaders: newHeaders }] } } } }),
    out: cfg({ ignition: { security: { tls: { certificateAuthorities: [{ source: caURL, httpHeaders: mergedHeaders }] } } } }),
  },
  {
    name: 'file contents that contain HTTP headers',
    in1: cfg({ storage: { files: [{ path: '', contents: { source: fileURL, httpHeaders: oldHeaders } }] } }),
    in2: cfg({ storage: { files: [{ path: '', contents: { source: fileURL, httpHeaders: newHeaders } }] } }),
    out: cfg({ storage: { files: [{ path: '', contents: { source: fileURL, httpHeaders: mergedHeaders } }] } }),
  },
  {
    name: 'file contents that contain HTTP headers (append: appended, not merged)',
    in1: cfg({ storage: { files: [{ path: '', append: [{ source: fileURL, httpHeaders: [
      { name: 'old-header', value: 'old-value' }, { name: 'same-header', value: 'old-value' }] }] }] } }),
    in2: cfg({ storage: { files: [{ path: '', append: [{ source: fileURL, httpHeaders: [
      { name: 'new-header', value: 'new-value' }, { name: 'same-header', value: 'new-value' }] }] }] } }),
    out: cfg({ storage: { files: [{ path: '', append: [
      { source: fileURL, httpHeaders: [{ name: 'old-header', value: 'old-value' }, { name: 'same-header', value: 'old-value' }] },
      { source: fileURL, httpHeaders: [{ name: 'new-header', value: 'new-value' }, { name: 'same-header', value: 'new-value' }] },
    ] }] } }),
  },
  {
    name: 'strictly-parent or strictly-child subtrees',
    in1: cfg({
      storage: {
        filesystems: [{ device: '/dev/sda', options: ['a', 'b'] }, { device: '/dev/sdb', options: ['a', 'b'] }],
        files: [
          { path: '/a', contents: { source: 'data:' } },
          { path: '/b', mode: 0o644 },
          { path: '/c', contents: { source: 'data:' } },
        ],
        directories: [{ path: '/d' }],
      },
    }),
    in2: cfg({
      storage: {
        filesystems: [{ device: '/dev/sda', mountOptions: ['c', 'd'] }, { device: '/dev/sdb', options: ['c', 'd'] }],
        files: [
          { path: '/a', mode: 0o644 },
          { path: '/b', contents: { source: 'data:' } },
          { path: '/c', contents: { compression: 'gzip' } },
        ],
        links: [{ path: '/e', target: '' }],
      },
    }),
    out: cfg({
      storage: {
        filesystems: [
          { device: '/dev/sda', mountOptions: ['c', 'd'], options: ['a', 'b'] },
          { device: '/dev/sdb', options: ['a', 'b', 'c', 'd'] },
        ],
        files: [
          { path: '/a', contents: { source: 'data:' }, mode: 0o644 },
          { path: '/b', contents: { source: 'data:' }, mode: 0o644 },
          { path: '/c', contents: { compression: 'gzip', source: 'data:' } },
        ],
        directories: [{ path: '/d' }],
        links: [{ path: '/e', target: '' }],
      },
    }),
  },
  ...((): MergeCase[] => {
    const subtree = cfg({
      storage: {
        files: [{
          path: '/a',
          contents: { source: 'data:', httpHeaders: [{ name: 'header', value: 'value' }] },
          append: [{ source: 'data:', httpHeaders: [{ name: 'header', value: 'value' }] }],
        }],
        filesystems: [{ device: '/dev/sda', options: ['z'] }],
      },
    });
    return [
      { name: 'completely parent subtree', in1: subtree, in2: cfg({}), out: subtree },
      { name: 'completely child subtree', in1: cfg({}), in2: subtree, out: subtree },
    ];
  })(),
  // TestMergeStructPointers: 3.2.0 mistakenly has struct pointers (ignition#1132).
  {
    name: 'TestMergeStructPointers: nested struct pointers, one override; struct pointer containing nil struct pointer',
    in1: cfg({ storage: { luks: [{ clevis: { custom: { config: 'cfg', pin: 'pin' }, threshold: 1 }, device: '/dev/foo', name: 'bar' }] } }),
    in2: cfg({ storage: { luks: [
      { clevis: { threshold: 2 }, name: 'bar' },
      { clevis: { tpm2: true }, device: '/dev/baz', name: 'bleh' },
    ] } }),
    out: cfg({ storage: { luks: [
      { clevis: { custom: { config: 'cfg', pin: 'pin' }, threshold: 2 }, device: '/dev/foo', name: 'bar' },
      { clevis: { tpm2: true }, device: '/dev/baz', name: 'bleh' },
    ] } }),
  },
];

describe('ported from ignition v2.15.0 config/merge/merge_test.go', () => {
  test.each(goCases)('$name', ({ in1, in2, out }) => {
    expect(mergeIgnition(in1, in2)).toEqual(out);
    expect(mergeIgnitionAll([in1, in2])).toEqual(out);
  });
});

const ruleCases: MergeCase[] = [
  {
    name: 'non-pointer scalar: the child zero target replaces the parent target when its LinkEmbedded1 is non-zero',
    in1: cfg({ storage: { links: [{ path: '/l', target: '/a' }] } }),
    in2: cfg({ storage: { links: [{ path: '/l', target: '', hard: false }] } }),
    out: cfg({ storage: { links: [{ path: '/l', target: '', hard: false }] } }),
  },
  {
    name: 'embedded struct: a zero child LinkEmbedded1 keeps the parent target',
    in1: cfg({ storage: { links: [{ path: '/l', target: '/a', hard: true }] } }),
    in2: cfg({ storage: { links: [{ path: '/l', target: '', overwrite: true }] } }),
    out: cfg({ storage: { links: [{ path: '/l', target: '/a', hard: true, overwrite: true }] } }),
  },
  {
    name: 'struct zero-ness: a zero child ignition section keeps the parent version',
    in1: cfg({ ignition: { version: '3.2.0' } }),
    in2: cfg({ ignition: {} }),
    out: cfg({ ignition: { version: '3.2.0' } }),
  },
  {
    name: 'struct zero-ness: an empty non-nil list makes the child ignition non-zero, so its empty version wins',
    in1: cfg({ ignition: { version: '3.2.0' } }),
    in2: cfg({ ignition: { proxy: { noProxy: [] } } }),
    out: cfg({ ignition: { proxy: { noProxy: [] } } }),
  },
  {
    name: 'pointers: a child pointer to false/0/"" overrides, a nil one keeps the parent',
    in1: cfg({ storage: { files: [{ path: '/f', overwrite: true, mode: 420, contents: { source: 'data:,a', compression: 'gzip' } }] } }),
    in2: cfg({ storage: { files: [{ path: '/f', overwrite: false, mode: 0, contents: { compression: '' } }] } }),
    out: cfg({ storage: { files: [{ path: '/f', overwrite: false, mode: 0, contents: { source: 'data:,a', compression: '' } }] } }),
  },
  {
    name: 'compression survives a child that only changes the source (MCO works around it with compression: "")',
    in1: cfg({ storage: { files: [{ path: '/f', contents: { source: 'data:;base64,H4sI', compression: 'gzip' } }] } }),
    in2: cfg({ storage: { files: [{ path: '/f', contents: { source: 'data:,plain' } }] } }),
    out: cfg({ storage: { files: [{ path: '/f', contents: { source: 'data:,plain', compression: 'gzip' } }] } }),
  },
  {
    name: 'pointer to struct: a nil child clevis keeps the parent one; custom is merged field by field',
    in1: cfg({ storage: { luks: [{ name: 'a', clevis: { custom: { config: 'c', pin: 'p', needsNetwork: true } } }, { name: 'b', clevis: { tpm2: true } }] } }),
    in2: cfg({ storage: { luks: [{ name: 'a', clevis: { custom: { config: '', pin: 'q' } } }, { name: 'b', device: '/dev/x' }] } }),
    out: cfg({ storage: { luks: [
      { name: 'a', clevis: { custom: { config: '', pin: 'q', needsNetwork: true } } },
      { name: 'b', clevis: { tpm2: true }, device: '/dev/x' },
    ] } }),
  },
  {
    name: 'Raid.devices: two empty lists merge to nil (null); options are appended',
    in1: cfg({ storage: { raid: [{ name: 'md0', level: 'raid1', devices: [], options: ['--a'] }, { name: 'md1', level: 'raid0', devices: null }] } }),
    in2: cfg({ storage: { raid: [{ name: 'md0', level: 'raid1', devices: null, options: ['--a'] }] } }),
    out: cfg({ storage: { raid: [{ name: 'md0', level: 'raid1', devices: null, options: ['--a', '--a'] }, { name: 'md1', level: 'raid0', devices: null }] } }),
  },
  {
    name: 'Raid.devices: string lists merge by value (parent order, then new child values)',
    in1: cfg({ storage: { raid: [{ name: 'md0', level: 'raid1', devices: ['/dev/a', '/dev/b'] }] } }),
    in2: cfg({ storage: { raid: [{ name: 'md0', level: '', devices: ['/dev/c', '/dev/a'] }] } }),
    out: cfg({ storage: { raid: [{ name: 'md0', level: '', devices: ['/dev/a', '/dev/b', '/dev/c'] }] } }),
  },
  {
    name: 'one key space: a child with a file and a link at the parent file path keeps only the link',
    in1: cfg({ storage: { files: [{ path: '/a', mode: 420 }, { path: '/b' }] } }),
    in2: cfg({ storage: { files: [{ path: '/a', mode: 384 }], links: [{ path: '/a', target: '/t' }] } }),
    out: cfg({ storage: { files: [{ path: '/b' }], links: [{ path: '/a', target: '/t' }] } }),
  },
  {
    name: 'one key space: a child directory with a child file at one path, over a parent directory: the file wins',
    in1: cfg({ storage: { directories: [{ path: '/d', mode: 493 }] } }),
    in2: cfg({ storage: { directories: [{ path: '/d', mode: 448 }], files: [{ path: '/d' }] } }),
    out: cfg({ storage: { directories: [], files: [{ path: '/d' }] } }),
  },
  {
    name: 'duplicate keys in the parent are each merged with the child entry',
    in1: cfg({ systemd: { units: [{ name: 'a.service', enabled: true }, { name: 'a.service', mask: true }, { name: 'b.service' }] } }),
    in2: cfg({ systemd: { units: [{ name: 'a.service', contents: 'x' }] } }),
    out: cfg({ systemd: { units: [
      { name: 'a.service', enabled: true, contents: 'x' }, { name: 'a.service', mask: true, contents: 'x' }, { name: 'b.service' },
    ] } }),
  },
  {
    name: 'duplicate keys in the child: the last one is merged, new ones are all appended',
    in1: cfg({ passwd: { users: [{ name: 'core' }] } }),
    in2: cfg({ passwd: { users: [{ name: 'core', gecos: '1' }, { name: 'core', gecos: '2' }, { name: 'new' }, { name: 'new', uid: 7 }] } }),
    out: cfg({ passwd: { users: [{ name: 'core', gecos: '2' }, { name: 'new' }, { name: 'new', uid: 7 }] } }),
  },
  {
    name: 'HTTP header without value: drops the parent header, is appended when the parent has none',
    in1: cfg({ storage: { files: [{ path: '/f', contents: { source: fileURL, httpHeaders: [{ name: 'a', value: '1' }] } }] } }),
    in2: cfg({ storage: { files: [{ path: '/f', contents: { httpHeaders: [{ name: 'a' }, { name: 'b' }] } }] } }),
    out: cfg({ storage: { files: [{ path: '/f', contents: { source: fileURL, httpHeaders: [{ name: 'b' }] } }] } }),
  },
  {
    name: 'partitions: keyed by number, else by label, else ""',
    in1: cfg({ storage: { disks: [{ device: 'd', partitions: [{ number: 1, label: 'x' }, { label: 'y', sizeMiB: 1 }, { guid: 'g' }] }] } }),
    in2: cfg({ storage: { disks: [{ device: 'd', partitions: [{ label: 'x', sizeMiB: 5 }, { label: 'y', number: 0, startMiB: 2 }, { typeGuid: 't' }] }] } }),
    out: cfg({ storage: { disks: [{ device: 'd', partitions: [
      { number: 1, label: 'x' }, { label: 'y', sizeMiB: 1, startMiB: 2 }, { guid: 'g', typeGuid: 't' }, { label: 'x', sizeMiB: 5 },
    ] }] } }),
  },
  {
    name: 'tang keyed by url, filesystems by device, dropins by name, groups by name',
    in1: cfg({
      storage: { luks: [{ name: 'l', clevis: { tang: [{ url: 'u', thumbprint: 'a' }, { thumbprint: 'noUrl' }] } }],
        filesystems: [{ device: '/dev/x', format: 'xfs', label: 'old' }] },
      systemd: { units: [{ name: 'u', dropins: [{ name: 'd.conf', contents: 'a' }] }] },
      passwd: { groups: [{ name: 'g', gid: 1 }] },
    }),
    in2: cfg({
      storage: { luks: [{ name: 'l', clevis: { tang: [{ url: '', thumbprint: 'b' }, { url: 'u2' }] } }],
        filesystems: [{ device: '/dev/x', label: 'new' }] },
      systemd: { units: [{ name: 'u', dropins: [{ name: 'd.conf' }, { name: 'e.conf', contents: '' }] }] },
      passwd: { groups: [{ name: 'g', passwordHash: '' }] },
    }),
    out: cfg({
      storage: { luks: [{ name: 'l', clevis: { tang: [{ url: 'u', thumbprint: 'a' }, { thumbprint: 'b' }, { url: 'u2' }] } }],
        filesystems: [{ device: '/dev/x', format: 'xfs', label: 'new' }] },
      systemd: { units: [{ name: 'u', dropins: [{ name: 'd.conf', contents: 'a' }, { name: 'e.conf', contents: '' }] }] },
      passwd: { groups: [{ name: 'g', gid: 1, passwordHash: '' }] },
    }),
  },
  {
    name: 'ignition.config.merge and certificateAuthorities keyed by source (nil source is "")',
    in1: cfg({ ignition: { version: '3.2.0', config: { merge: [{ source: 'a' }, { verification: { hash: 'h' } }] }, timeouts: { httpTotal: 5 } } }),
    in2: cfg({ ignition: { version: '3.2.0', config: { merge: [{ compression: 'gzip' }, { source: 'b' }] }, timeouts: { httpResponseHeaders: 1 } } }),
    out: cfg({ ignition: { version: '3.2.0', config: { merge: [{ source: 'a' }, { compression: 'gzip', verification: { hash: 'h' } }, { source: 'b' }] },
      timeouts: { httpResponseHeaders: 1, httpTotal: 5 } } }),
  },
];

describe('merge rules (merge.go mergeStruct) beyond the upstream tests', () => {
  test.each(ruleCases)('$name', ({ in1, in2, out }) => {
    expect(mergeIgnition(in1, in2)).toEqual(out);
    expect(mergeIgnitionAll([in1, in2])).toEqual(out);
  });

  test('present-but-empty structs are tolerated and come out absent', () => {
    const out = mergeIgnition(
      cfg({ storage: { files: [{ path: '/a', contents: {}, user: {}, group: {} }] }, passwd: {} }),
      cfg({ ignition: { version: '3.2.0', proxy: {}, config: { replace: { verification: {} } } }, systemd: {} }),
    );
    expect(out).toStrictEqual({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a' }] } });
  });
});

// --- fold equivalence -------------------------------------------------------------------------------


function randomConfig(r: () => number): IgnitionConfig {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const maybe = (p: number) => r() < p;
  const paths = ['/a', '/b', '/c', '/d', '/e'];
  const list = <T>(make: () => T, max = 3): T[] | undefined => {
    if (maybe(0.3)) return undefined;
    return Array.from({ length: Math.floor(r() * (max + 1)) }, make);
  };
  const node = () => ({
    path: pick(paths),
    ...(maybe(0.3) ? { overwrite: maybe(0.5) } : {}),
    ...(maybe(0.2) ? { user: { name: pick(['core', 'root']) } } : {}),
  });
  const resource = () => ({
    ...(maybe(0.7) ? { source: pick(['data:,1', 'data:,2', 'https://x/y']) } : {}),
    ...(maybe(0.3) ? { compression: pick(['', 'gzip']) } : {}),
    ...(maybe(0.2) ? { httpHeaders: list(() => ({ name: pick(['h1', 'h2']), ...(maybe(0.6) ? { value: pick(['v', 'w']) } : {}) }), 2) ?? [] } : {}),
  });
  const storage: NonNullable<IgnitionConfig['storage']> = {};
  const files = list(() => ({ ...node(), ...(maybe(0.6) ? { contents: resource() } : {}), ...(maybe(0.3) ? { append: [resource()] } : {}), ...(maybe(0.4) ? { mode: pick([0, 420, 493]) } : {}) }), 4);
  if (files) storage.files = files;
  const dirs = list(() => ({ ...node(), ...(maybe(0.5) ? { mode: 493 } : {}) }));
  if (dirs) storage.directories = dirs;
  const links = list(() => ({ ...node(), target: pick(['', '/t1', '/t2']), ...(maybe(0.3) ? { hard: maybe(0.5) } : {}) }));
  if (links) storage.links = links;
  const raid = list(() => ({ name: pick(['md0', 'md1']), level: pick(['', 'raid1']), devices: maybe(0.3) ? null : [pick(['/dev/a', '/dev/b'])], ...(maybe(0.3) ? { options: ['--x'] } : {}) }), 2);
  if (raid) storage.raid = raid;
  const units = list(() => ({ name: pick(['a.service', 'b.service', 'c.service']), ...(maybe(0.5) ? { enabled: maybe(0.5) } : {}),
    ...(maybe(0.3) ? { dropins: [{ name: pick(['x.conf', 'y.conf']), ...(maybe(0.5) ? { contents: 'c' } : {}) }] } : {}) }), 3);
  const users = list(() => ({ name: pick(['core', 'u1']), ...(maybe(0.5) ? { sshAuthorizedKeys: [pick(['k1', 'k2', 'k3'])] } : {}) }), 2);
  const out: IgnitionConfig = { ignition: maybe(0.9) ? { version: '3.2.0' } : maybe(0.5) ? { proxy: { noProxy: [] } } : {} };
  if (maybe(0.8)) out.storage = storage;
  if (units) out.systemd = { units };
  if (users) out.passwd = { users };
  return out;
}

describe('mergeIgnitionAll', () => {
  test.each(Array.from({ length: 40 }, (_, i) => i))('equals folding mergeIgnition left to right (seed %i)', (seed) => {
    const r = rng(seed + 1);
    const configs = Array.from({ length: 2 + Math.floor(r() * 12) }, () => randomConfig(r));
    const folded = configs.slice(1).reduce((acc, c) => mergeIgnition(acc, c), configs[0] as IgnitionConfig);
    const all = mergeIgnitionAll(configs);
    expect(all).toStrictEqual(folded);
    expect(marshalIgnition(all)).toBe(marshalIgnition(folded));
  });

  test('one config comes back as a canonical copy', () => {
    const one = cfg({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', contents: {} }] } });
    const out = mergeIgnitionAll([one]);
    expect(out).toStrictEqual({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a' }] } });
    expect(out.storage?.files?.[0]).not.toBe(one.storage?.files?.[0]);
  });

  test('no configs is an INVALID_INPUT RenderError', () => {
    expect(() => mergeIgnitionAll([])).toThrow(RenderError);
    try {
      mergeIgnitionAll([]);
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_INPUT', stage: 'merge' });
    }
  });

  test('malformed input is a RenderError, never a TypeError', () => {
    const bad = { ignition: { version: '3.2.0' }, storage: { files: [null, 5] } } as unknown as IgnitionConfig;
    expect(() => mergeIgnitionAll([bad, bad])).not.toThrow(TypeError);
    expect(() => mergeIgnition(bad, bad)).not.toThrow(TypeError);
  });
});

// --- purity ------------------------------------------------------------------------------------------

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

function objectsOf(v: unknown, into = new Set<object>()): Set<object> {
  if (v !== null && typeof v === 'object') {
    into.add(v);
    for (const x of Object.values(v)) objectsOf(x, into);
  }
  return into;
}

describe('purity', () => {
  const inputs = () => Array.from({ length: 12 }, (_, i) => randomConfig(rng(1000 + i)));

  test('inputs are not mutated (deep-frozen inputs work and keep their JSON)', () => {
    const configs = inputs();
    const before = JSON.stringify(configs);
    deepFreeze(configs);
    mergeIgnitionAll(configs);
    configs.slice(1).reduce((acc, c) => mergeIgnition(acc, c), configs[0] as IgnitionConfig);
    expect(JSON.stringify(configs)).toBe(before);
  });

  test('outputs share no object or array with the inputs', () => {
    const configs = inputs();
    const seen = objectsOf(configs);
    for (const out of [mergeIgnitionAll(configs), mergeIgnition(configs[0] as IgnitionConfig, configs[1] as IgnitionConfig)]) {
      for (const o of objectsOf(out)) expect(seen.has(o)).toBe(false);
    }
  });
});

// --- performance -------------------------------------------------------------------------------------

describe('many configs (speed is measured by npm run bench, not asserted here)', () => {
  test('1600 configs x 10 files, half of them overriding earlier paths: last writer wins, new paths appended', () => {
    const configs = Array.from({ length: 1600 }, (_, i): IgnitionConfig => ({
      ignition: { version: '3.2.0' },
      storage: { files: Array.from({ length: 10 }, (_, j) => ({
        path: `/etc/f-${j < 5 ? j : i * 10 + j}`,
        contents: { source: `data:,${i}-${j}` },
        mode: 420,
      })) },
      systemd: { units: [{ name: `u-${i % 50}.service`, enabled: true }] },
    }));
    const out = mergeIgnitionAll(configs);
    expect(out.storage?.files).toHaveLength(5 + 1600 * 5);
    expect(out.storage?.files?.[0]).toMatchObject({ path: '/etc/f-0', contents: { source: 'data:,1599-0' } });
    expect(out.systemd?.units).toHaveLength(50);
  });
});

// --- conformance -------------------------------------------------------------------------------------

const renderDir = new URL('../../../shared/conformance/render/', import.meta.url);
const byteOrder = (a: string, b: string): number => {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
};

interface Vector { id: string; configs: unknown[]; expected: unknown }

type InputConfig = { metadata: { name: string }; spec?: { config?: unknown } };

/**
 * Every successful render vector: the selected configs' `spec.config` in MCO's merge order (stable sort
 * by name, Go byte order). `selected` is in input order; same-named configs are matched in input order.
 */
function renderVectors(): Vector[] {
  const out: Vector[] = [];
  for (const f of readdirSync(renderDir).filter((n) => n.endsWith('.expected.json')).sort()) {
    const exp = JSON.parse(readFileSync(new URL(f, renderDir), 'utf8')) as { selected?: string[]; spec?: { config: unknown } };
    if (exp.spec === undefined || exp.selected === undefined) continue;
    const inp = JSON.parse(readFileSync(new URL(f.replace('.expected.json', '.input.json'), renderDir), 'utf8')) as { configs: InputConfig[] };
    const queues = new Map<string, InputConfig[]>();
    for (const c of inp.configs) queues.set(c.metadata.name, [...(queues.get(c.metadata.name) ?? []), c]);
    const selected = exp.selected.map((n) => {
      const q = queues.get(n) ?? [];
      // Same-named configs are only unambiguous when all of them are selected.
      if (q.length > 1 && exp.selected?.filter((x) => x === n).length !== q.length) throw new Error(`${f}: ambiguous ${n}`);
      return q.shift() as InputConfig;
    });
    const configs = [...selected].sort((x, y) => byteOrder(x.metadata.name, y.metadata.name)).map((c) => c.spec?.config);
    out.push({ id: f.replace('.expected.json', ''), configs, expected: exp.spec.config });
  }
  return out;
}

const is32 = (c: unknown): boolean => c === undefined || c === null ||
  (typeof c === 'object' && (c as { ignition?: { version?: unknown } }).ignition?.version === '3.2.0');

/** MCO's MergeMachineConfigs, Ignition part: fold, then overwrite: true on files without overwrite. */
function renderIgnition(configs: readonly unknown[], parse: (raw: unknown) => IgnitionConfig = normalizeIgnition32): IgnitionConfig {
  const parsed: IgnitionConfig[] = [];
  configs.forEach((c, i) => {
    if (c !== undefined && c !== null) parsed.push(parse(c));
    else if (i === 0) parsed.push({ ignition: { version: '3.2.0' } });
  });
  const out = mergeIgnitionAll(parsed);
  for (const f of out.storage?.files ?? []) if (f.overwrite === undefined) f.overwrite = true;
  return out;
}

const vectors = renderVectors();

describe('conformance: render vectors whose configs are all spec 3.2.0 (read by the test\'s own reader)', () => {
  const vs = vectors.filter((v) => v.configs.every(is32));
  test('there are such vectors', () => expect(vs.length).toBeGreaterThanOrEqual(90));
  test.each(vs)('$id', ({ configs, expected }) => {
    const got = toGoJson(renderIgnition(configs));
    expect(got).toEqual(expected);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected)); // key order too
  });
});

describe('conformance: every successful render vector, configs read by parseAndConvertConfig (mco-parse.ts)', () => {
  test('there are such vectors', () => expect(vectors.length).toBeGreaterThanOrEqual(200));
  test.each(vectors)('$id', ({ configs, expected }) => {
    expect(JSON.stringify(toGoJson(renderIgnition(configs, parseAndConvertConfig)))).toBe(JSON.stringify(expected));
  });
});

describe('conformance: oracle goldens (MCO release-4.13, test/fixtures/ignition/merge-oracle), byte for byte', () => {
  const dir = new URL('../fixtures/ignition/merge-oracle/', import.meta.url);
  const ids = readdirSync(dir).filter((n) => n.endsWith('.input.json')).map((n) => n.replace('.input.json', '')).sort();
  test.each(ids)('%s', (id) => {
    const input = JSON.parse(readFileSync(new URL(`${id}.input.json`, dir), 'utf8')) as
      { configs: Array<{ metadata: { name: string }; spec?: { config?: unknown } }> };
    const configs = [...input.configs].sort((a, b) => byteOrder(a.metadata.name, b.metadata.name)).map((c) => c.spec?.config);
    expect(marshalIgnition(renderIgnition(configs))).toBe(readFileSync(new URL(`${id}.config.json`, dir), 'utf8'));
  });
});
