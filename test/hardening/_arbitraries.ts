/**
 * fast-check generators for hostile and plausible inputs: strings with every kind of UTF-16 unit,
 * JSON values whose objects carry own `__proto__`/`constructor`/`prototype` keys (as JSON.parse makes
 * them), Ignition configs of spec 2.2 and 3.0–3.4, MachineConfigs, pools and ControllerConfigs.
 *
 * Every structured generator mixes well-formed values (so the deep paths of the renderer run) with
 * wrong types and random JSON in any field (so the checks run).
 */

import fc from 'fast-check';
import { objectOf } from './_harness.js';

// ---------------------------------------------------------------------------------------------
// Strings and keys

/** Keys and values that have broken JavaScript libraries before. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const SPECIAL_STRINGS = [
  ...PROTO_KEYS,
  'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'length', '0', '-1', 'NaN', 'null', 'true', '~', 'yes', 'on', '0644', '1:20',
  '', ' ', '\t', '\n', '\r\n', '\u0000', '\u0007', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\uffff',
  '\ud800', '\udfff', '\udc00x', 'x\ud83d', '\ud83d\ude00', '\u{10ffff}', 'é', 'e\u0301', '"', "'", '\\', '%', '%zz', '#', '*', '&a', '!!binary',
  '- x', ': x', '{', '[', '---', '...', 'a: b', '${x}', '$(x)', 'x'.repeat(100),
  'worker', 'master', 'layered', 'default', 'realtime', '64k-pages', 'kernel-devel', 'usbguard', 'kerberos', 'sandboxed-containers',
  'machineconfiguration.openshift.io/role', 'In', 'NotIn', 'Exists', 'DoesNotExist',
  '3.2.0', '2.2.0', '3.4.0', '3.5.0-experimental', 'data:,x', 'data:;base64,eA==', '/etc/motd', 'nosmt', 'a="b c"', 'x=\u00a0y',
];

/** Any single UTF-16 code unit, lone surrogates included. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Control characters and the code units that need escaping somewhere. */
const nastyUnit = fc.constantFrom('\u0000', '\u0001', '\u0008', '\t', '\n', '\r', '\u001b', '\u007f', '\u0080', '\u0085', '\u009f', '\u00a0', '\u2028', '\ufeff', '\ud800', '\udbff', '\udc00', '\udfff', '"', '\\', ':', '#', '-', ' ', '=', '\'');

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: utf16Unit, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.oneof(fc.constantFrom('a', 'b', '0', '.', '/', '-', '_'), nastyUnit), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SPECIAL_STRINGS), fc.string({ unit: nastyUnit, maxLength: 3 })).map(([a, b]) => a + b) },
);

export const hostileKey: fc.Arbitrary<string> = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...PROTO_KEYS) }, { weight: 3, arbitrary: hostileString });

// ---------------------------------------------------------------------------------------------
// JSON values

/** Numbers Go and JavaScript disagree about, or that break naive code. */
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 420, 0o644, 0o755, 0o7777, 0o10000, 2 ** 31 - 1, 2 ** 31, 2 ** 32, -(2 ** 31) - 1, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, 2 ** 63, 2 ** 64, 1e21, 1e300, -1e300, 5e-324, 0.5, 1.5, 420.0000001),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Leaves JSON cannot hold but YAML readers can produce (`.nan`, `.inf`, `~` as undefined keys…). */
const exoticLeaf = fc.constantFrom<unknown>(undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);

const jsonLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

export interface JsonOptions {
  /** Include undefined, NaN and ±Infinity leaves. */
  exotic?: boolean;
  maxDepth?: number;
}

/** Arbitrary JSON (objects with own hostile keys, arrays, hostile strings and numbers). */
export function jsonValue(options: JsonOptions = {}): fc.Arbitrary<unknown> {
  const leaf = options.exotic === true ? fc.oneof({ weight: 8, arbitrary: jsonLeaf }, { weight: 1, arbitrary: exoticLeaf }) : jsonLeaf;
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: options.maxDepth ?? 4, withCrossShrink: true },
      { weight: 4, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map(objectOf) },
    ),
  }));
  return value;
}

export const anyJson = jsonValue();
export const anyValue = jsonValue({ exotic: true });
const smallJson = jsonValue({ maxDepth: 2 });

/** `arb` most of the time, anything else (wrong type) sometimes. */
export const mostly = <T>(arb: fc.Arbitrary<T>, wrongWeight = 1): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 12, arbitrary: arb }, { weight: wrongWeight, arbitrary: smallJson });

/** A record of optional fields, plus sometimes extra hostile keys (own properties). */
export function recordOf(fields: Record<string, fc.Arbitrary<unknown>>, required: readonly string[] = []): fc.Arbitrary<Record<string, unknown>> {
  const base = fc.record(fields, { requiredKeys: [...required] as never[] });
  return fc
    .tuple(base, fc.oneof({ weight: 6, arbitrary: fc.constant([] as Array<[string, unknown]>) }, { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey, smallJson), { minLength: 1, maxLength: 2 }) }))
    .map(([o, extra]) => (extra.length === 0 ? (o as Record<string, unknown>) : objectOf([...Object.entries(o), ...extra])));
}

const list = <T>(arb: fc.Arbitrary<T>, maxLength = 3): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 8, arbitrary: fc.array(arb, { maxLength }) }, { weight: 1, arbitrary: fc.constant(null) });

// ---------------------------------------------------------------------------------------------
// Ignition

const base64 = (s: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
const GZIP_HELLO = 'H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==';

const path = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('/etc/a', '/etc/b', '/etc/a/b', '/etc/motd', '/var/x', '/etc/__proto__', '/etc/constructor/prototype', '/etc/machine-config-daemon/no-reboot/containers-gpg.pub', '/etc/containers/registries.conf', '/etc/containers/policy.json', '/etc/kubernetes/kubelet-ca.crt') },
  { weight: 1, arbitrary: fc.constantFrom('', 'relative', '/', '//etc//a', '/etc/../etc/a', '/etc/a/', '/etc/a\u0000') },
  { weight: 2, arbitrary: hostileString.map((s) => '/etc/' + s) },
  { weight: 1, arbitrary: hostileString },
);

export const fileMode = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(420, 493, 384, 256, 0o1755, 0o4755) }, { weight: 2, arbitrary: hostileNumber });
const id = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(0, 1000, 65534) }, { weight: 1, arbitrary: hostileNumber });

const source = fc.oneof(
  { weight: 4, arbitrary: hostileString.map((s) => 'data:,' + encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'))) },
  { weight: 2, arbitrary: hostileString.map((s) => 'data:text/plain;charset=utf-8;base64,' + base64(s.replace(/[\ud800-\udfff]/g, '?'))) },
  { weight: 1, arbitrary: fc.constantFrom('data:;base64,' + GZIP_HELLO, 'data:,', 'data:', 'data:;base64,!!', 'data:%zz', 'https://example.com/x', 'http://[::1', 's3://bucket/key', 'tftp://h/x', 'gs://b/o', 'arn:aws:s3:::b/k', 'file:///etc/x', '') },
  { weight: 1, arbitrary: hostileString.map((s) => 'data:,' + s) },
  { weight: 1, arbitrary: hostileString },
);

const verification = recordOf({ hash: mostly(fc.oneof(fc.constantFrom('sha512-' + 'a'.repeat(128), 'sha256-' + 'b'.repeat(64), 'md5-x', 'sha512-zz'), hostileString)) });
const resource = (v: number): fc.Arbitrary<Record<string, unknown>> =>
  recordOf({
    source: mostly(source),
    compression: mostly(fc.constantFrom('', 'gzip', 'bzip2', 'xz')),
    verification,
    ...(v >= 31 ? { httpHeaders: list(recordOf({ name: mostly(hostileString), value: mostly(fc.oneof(hostileString, fc.constant(null))) })) } : {}),
  });
const nodeUser = recordOf({ id: mostly(id), name: mostly(hostileString) });

const file3 = (v: number) =>
  recordOf(
    {
      path: mostly(path),
      overwrite: mostly(fc.boolean()),
      mode: mostly(fileMode),
      user: nodeUser,
      group: nodeUser,
      contents: resource(v),
      append: list(resource(v), 2),
    },
    ['path'],
  );
const dir3 = recordOf({ path: mostly(path), overwrite: mostly(fc.boolean()), mode: mostly(fileMode), user: nodeUser, group: nodeUser }, ['path']);
const link3 = recordOf({ path: mostly(path), overwrite: mostly(fc.boolean()), user: nodeUser, group: nodeUser, target: mostly(fc.oneof(path, hostileString)), hard: mostly(fc.boolean()) }, ['path']);
const unitName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('a.service', 'b.service', 'crio.service', 'x.timer', 'y.mount', '__proto__.service', 'constructor.service') }, { weight: 1, arbitrary: hostileString.map((s) => s + '.service') }, { weight: 1, arbitrary: hostileString });
const unitContents = fc.oneof(
  fc.constantFrom('[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n', '[Service]\nExecStart=/bin/true', '[Unit\n', 'no section', '', '[Unit]\nDescription=\\\n'),
  hostileString,
);
const dropin = recordOf({ name: mostly(fc.oneof(fc.constantFrom('a.conf', '10-x.conf'), hostileString)), contents: mostly(unitContents) }, ['name']);
const unit3 = recordOf({ name: mostly(unitName), enabled: mostly(fc.oneof(fc.boolean(), fc.constant(null))), mask: mostly(fc.boolean()), contents: mostly(unitContents), dropins: list(dropin, 2) }, ['name']);
const sshKeys = list(fc.oneof(fc.constantFrom('ssh-ed25519 AAAA x@y', 'ssh-rsa AAAAB3 z'), hostileString), 2);
const user3 = recordOf(
  {
    name: mostly(fc.oneof(fc.constantFrom('core', 'root', '__proto__', 'constructor'), hostileString)),
    passwordHash: mostly(hostileString),
    sshAuthorizedKeys: sshKeys,
    uid: mostly(id),
    gecos: mostly(hostileString),
    homeDir: mostly(path),
    noCreateHome: mostly(fc.boolean()),
    primaryGroup: mostly(hostileString),
    groups: list(hostileString, 2),
    noUserGroup: mostly(fc.boolean()),
    noLogInit: mostly(fc.boolean()),
    shell: mostly(path),
    system: mostly(fc.boolean()),
  },
  ['name'],
);
const group3 = recordOf({ name: mostly(hostileString), gid: mostly(id), passwordHash: mostly(hostileString), system: mostly(fc.boolean()) }, ['name']);
const device = fc.oneof(fc.constantFrom('/dev/sda', '/dev/disk/by-id/x', '/dev/vdb', 'sda'), path);
const partition = recordOf({ label: mostly(hostileString), number: mostly(id), sizeMiB: mostly(id), startMiB: mostly(id), typeGuid: mostly(hostileString), guid: mostly(hostileString), wipePartitionEntry: mostly(fc.boolean()), shouldExist: mostly(fc.boolean()), resize: mostly(fc.boolean()) });
const disk3 = recordOf({ device: mostly(device), wipeTable: mostly(fc.boolean()), partitions: list(partition, 2) }, ['device']);
const filesystem3 = recordOf({ device: mostly(device), format: mostly(fc.constantFrom('xfs', 'ext4', 'vfat', 'swap', 'none', 'btrfs', 'zfs')), path: mostly(path), label: mostly(hostileString), wipeFilesystem: mostly(fc.boolean()), options: list(hostileString, 2), mountOptions: list(hostileString, 2) }, ['device']);
const raid3 = recordOf({ name: mostly(hostileString), level: mostly(fc.constantFrom('raid0', 'raid1', 'linear', 'raid5', 'x')), devices: list(device, 3), spares: mostly(id), options: list(hostileString, 2) }, ['name']);
const luks3 = recordOf({ name: mostly(hostileString), device: mostly(device), keyFile: resource(32), label: mostly(hostileString), uuid: mostly(hostileString), wipeVolume: mostly(fc.boolean()), options: list(hostileString, 2) }, ['name']);

export const ignitionVersion = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('2.2.0', '3.0.0', '3.1.0', '3.2.0', '3.3.0', '3.4.0') },
  { weight: 1, arbitrary: fc.constantFrom('2.1.0', '2.3.0', '2.3.0-experimental', '3.5.0', '3.5.0-experimental', '3.4.0-experimental', '3.2', '3', 'v3.2.0', '03.2.0', '3.2.0+meta', '') },
  { weight: 1, arbitrary: anyJson },
);

const SPEC_NUM: Record<string, number> = { '3.0.0': 30, '3.1.0': 31, '3.2.0': 32, '3.3.0': 33, '3.4.0': 34 };

/** An Ignition spec 3.x config, mostly of the shape its version allows. */
const ignition3 = (version: string): fc.Arbitrary<Record<string, unknown>> => {
  const v = SPEC_NUM[version] ?? 34;
  return recordOf(
    {
      ignition: recordOf(
        {
          version: fc.constant(version),
          config: recordOf({ merge: list(resource(v), 1), replace: resource(v) }),
          timeouts: recordOf({ httpResponseHeaders: mostly(id), httpTotal: mostly(id) }),
          security: recordOf({ tls: recordOf({ certificateAuthorities: list(resource(v), 1) }) }),
          ...(v >= 31 ? { proxy: recordOf({ httpProxy: mostly(hostileString), httpsProxy: mostly(hostileString), noProxy: list(hostileString, 2) }) } : {}),
        },
        ['version'],
      ),
      storage: recordOf({
        files: list(file3(v), 4),
        directories: list(dir3, 2),
        links: list(link3, 2),
        disks: list(disk3, 2),
        filesystems: list(filesystem3, 2),
        raid: list(raid3, 1),
        ...(v >= 32 ? { luks: list(luks3, 1) } : {}),
      }),
      systemd: recordOf({ units: list(unit3, 4) }),
      passwd: recordOf({ users: list(user3, 3), groups: list(group3, 2) }),
      ...(v >= 33 ? { kernelArguments: recordOf({ shouldExist: list(hostileString, 3), shouldNotExist: list(hostileString, 1) }) } : {}),
    },
    ['ignition'],
  );
};

/** An Ignition spec 2.2 config (filesystem-relative files, networkd, users). */
const ignition22 = recordOf(
  {
    ignition: recordOf({ version: fc.constant('2.2.0'), config: recordOf({ append: list(resource(22), 1) }) }, ['version']),
    storage: recordOf({
      files: list(
        recordOf({ filesystem: mostly(fc.constantFrom('root', 'oem', '')), path: mostly(path), overwrite: mostly(fc.boolean()), append: mostly(fc.boolean()), mode: mostly(fileMode), user: nodeUser, group: nodeUser, contents: resource(22) }, ['filesystem', 'path']),
        4,
      ),
      directories: list(recordOf({ filesystem: mostly(fc.constantFrom('root', '')), path: mostly(path), mode: mostly(fileMode), overwrite: mostly(fc.boolean()) }, ['filesystem', 'path']), 2),
      links: list(recordOf({ filesystem: mostly(fc.constantFrom('root', '')), path: mostly(path), target: mostly(path), hard: mostly(fc.boolean()), overwrite: mostly(fc.boolean()) }, ['filesystem', 'path']), 2),
      disks: list(disk3, 1),
      filesystems: list(recordOf({ name: mostly(fc.constantFrom('root', 'oem', 'x')), mount: recordOf({ device: mostly(device), format: mostly(fc.constantFrom('xfs', 'ext4')) }), path: mostly(path) }), 1),
    }),
    systemd: recordOf({ units: list(recordOf({ name: mostly(unitName), enabled: mostly(fc.boolean()), enable: mostly(fc.boolean()), mask: mostly(fc.boolean()), contents: mostly(unitContents), dropins: list(dropin, 2) }, ['name']), 4) }),
    networkd: recordOf({ units: list(recordOf({ name: mostly(fc.constantFrom('a.network', 'b.netdev')), contents: mostly(unitContents) }), 2) }),
    passwd: recordOf({ users: list(recordOf({ name: mostly(fc.constantFrom('core', 'root', '__proto__')), passwordHash: mostly(hostileString), sshAuthorizedKeys: sshKeys, create: recordOf({ uid: mostly(id), groups: list(hostileString, 2) }) }, ['name']), 3), groups: list(group3, 2) }),
  },
  ['ignition'],
);

// Plausible configs: every field of the right type and mostly valid, hostile text only where Ignition
// accepts any text (file data, SSH keys, GECOS), so that parsing, merging and naming run to the end.

const safeName = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,7}$/);
const plausiblePath = fc.oneof(fc.constantFrom('/etc/a', '/etc/b', '/etc/a/b', '/etc/motd', '/etc/__proto__', '/etc/constructor', '/etc/containers/registries.conf'), safeName.map((n) => '/etc/' + n));
const plausibleData = fc.oneof(hostileString, fc.string({ unit: 'binary', maxLength: 40 }));
const plausibleSource = fc.oneof(
  plausibleData.map((s) => 'data:,' + encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'))),
  plausibleData.map((s) => 'data:text/plain;charset=utf-8;base64,' + base64(s.replace(/[\ud800-\udfff]/g, '\ufffd'))),
  fc.constantFrom('data:;base64,' + GZIP_HELLO, 'https://example.com/x'),
);
const plausibleContents = fc.record({ source: plausibleSource, compression: fc.constantFrom('', 'gzip') }, { requiredKeys: ['source'] });
const plausibleMode = fc.integer({ min: 0, max: 0o777 });
const plausibleUnit = fc.record(
  {
    name: fc.oneof(fc.constantFrom('a.service', 'b.service', 'crio.service', '__proto__.service'), safeName.map((n) => n + '.service')),
    enabled: fc.boolean(),
    mask: fc.boolean(),
    contents: fc.oneof(fc.constantFrom('[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n'), plausibleData.map((d) => `[Unit]\nDescription=${d.replace(/[\s\\]/g, '_')}\n`)),
    dropins: fc.array(fc.record({ name: safeName.map((n) => n + '.conf'), contents: fc.constant('[Service]\nEnvironment=A=1\n') }), { maxLength: 2 }),
  },
  { requiredKeys: ['name'] },
);
const plausibleUser = fc.record({ name: fc.constantFrom('core', 'core', 'core', 'root'), sshAuthorizedKeys: fc.array(plausibleData, { maxLength: 2 }), passwordHash: plausibleData }, { requiredKeys: ['name'] });

const plausible3 = fc.constantFrom('3.0.0', '3.1.0', '3.2.0', '3.3.0', '3.4.0').chain((version) =>
  fc.record(
    {
      ignition: fc.constant({ version }),
      storage: fc.record({
        files: fc.uniqueArray(fc.record({ path: plausiblePath, mode: plausibleMode, overwrite: fc.boolean(), contents: plausibleContents, append: fc.array(plausibleContents, { maxLength: 1 }) }, { requiredKeys: ['path', 'contents'] }), { maxLength: 4, selector: (f) => f.path }),
        directories: fc.array(fc.record({ path: plausiblePath.map((p) => p + '.d'), mode: plausibleMode }, { requiredKeys: ['path'] }), { maxLength: 1 }),
        links: fc.array(fc.record({ path: plausiblePath.map((p) => p + '.l'), target: plausiblePath, hard: fc.boolean() }, { requiredKeys: ['path', 'target'] }), { maxLength: 1 }),
      }),
      systemd: fc.record({ units: fc.uniqueArray(plausibleUnit, { maxLength: 3, selector: (u) => u.name }) }),
      passwd: fc.record({ users: fc.uniqueArray(plausibleUser, { maxLength: 1, selector: (u) => u.name }) }),
      ...(version === '3.3.0' || version === '3.4.0' ? { kernelArguments: fc.record({ shouldExist: fc.array(hostileString, { maxLength: 2 }) }) } : {}),
    },
    { requiredKeys: ['ignition'] },
  ),
);

const plausible22 = fc.record(
  {
    ignition: fc.constant({ version: '2.2.0' }),
    storage: fc.record({ files: fc.array(fc.record({ filesystem: fc.constant('root'), path: plausiblePath, mode: plausibleMode, contents: fc.record({ source: plausibleSource }) }), { maxLength: 4 }) }),
    systemd: fc.record({ units: fc.array(plausibleUnit, { maxLength: 3 }) }),
    passwd: fc.record({ users: fc.array(plausibleUser, { maxLength: 2 }) }),
  },
  { requiredKeys: ['ignition'] },
);

/** Mostly valid Ignition configs of spec 2.2 and 3.0–3.4. */
export const plausibleIgnition: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: plausible3 }, { weight: 1, arbitrary: plausible22 });

/** Ignition configs of every version MCO reads (plus a few it refuses). */
export const ignitionConfig: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: plausibleIgnition },
  { weight: 2, arbitrary: ignition22 },
  { weight: 6, arbitrary: fc.constantFrom('3.0.0', '3.1.0', '3.2.0', '3.3.0', '3.4.0').chain(ignition3) },
  { weight: 1, arbitrary: fc.tuple(ignitionVersion, ignition3('3.4.0')).map(([version, c]) => objectOf([...Object.entries(c), ['ignition', objectOf([['version', version]])]])) },
);

/** What `spec.config` / `parseIgnition` may be given: an object, its JSON text, or anything. */
export const rawIgnition: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: ignitionConfig },
  { weight: 2, arbitrary: ignitionConfig.map((c) => JSON.stringify(c)) },
  { weight: 1, arbitrary: fc.tuple(ignitionConfig, fc.nat(), hostileString).map(([c, at, s]) => { const t = JSON.stringify(c); const i = at % (t.length + 1); return t.slice(0, i) + s + t.slice(i); }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, '', '{}', '[]', 'null', ' ', '{"ignition":{"version":"3.2.0"}}\n', '\ufeff{"ignition":{"version":"3.2.0"}}', '{"ignition":{"version":"3.2.0","version":"2.2.0"}}', '{"IGNITION":{"VERSION":"3.2.0"}}', '{"ignition":{"version":"3.2.0"},"__proto__":{"polluted":1}}') },
  { weight: 1, arbitrary: anyJson },
);

// ---------------------------------------------------------------------------------------------
// Kubernetes objects

export const ROLE = 'machineconfiguration.openshift.io/role';
const labelKey = fc.oneof({ weight: 4, arbitrary: fc.constant(ROLE) }, { weight: 1, arbitrary: fc.constantFrom('a', 'example.com/x', 'x'.repeat(64), 'a/b/c', '-a', 'a_') }, { weight: 1, arbitrary: hostileKey });
const labelValue = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('worker', 'layered', 'master') }, { weight: 1, arbitrary: hostileString });
const labels = fc.oneof(
  { weight: 6, arbitrary: labelValue.map((v) => ({ [ROLE]: v })) },
  { weight: 2, arbitrary: fc.array(fc.tuple(labelKey, labelValue), { maxLength: 3 }).map(objectOf) },
  { weight: 1, arbitrary: smallJson },
);

export const mcName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('00-worker', '01-worker-kubelet', '50-a', '99-worker-ssh', 'a', 'b', 'B', '\u00e9', '__proto__', 'constructor') }, { weight: 1, arbitrary: hostileString });

const kernelArguments = list(fc.oneof(fc.constantFrom('nosmt', 'a=b', 'a="b c"', ' x  y ', 'z\u00a0w', '"', 'hugepagesz=1G hugepages=4'), hostileString), 4);
const extensions = list(fc.oneof({ weight: 3, arbitrary: fc.constantFrom('usbguard', 'kerberos', 'kernel-devel', 'sandboxed-containers', 'wasm', 'ipsec', 'sysstat', 'two-node-ha') }, { weight: 1, arbitrary: hostileString }), 3);
const image = fc.oneof(fc.constantFrom('', 'quay.io/a/b@sha256:' + 'a'.repeat(64), 'registry.example.com/os:latest', 'x'), hostileString);

/** A MachineConfig's spec. */
export const machineConfigSpec = (config: fc.Arbitrary<unknown> = rawIgnition): fc.Arbitrary<Record<string, unknown>> =>
  recordOf({
    config: mostly(config),
    kernelArguments: mostly(kernelArguments),
    extensions: mostly(extensions),
    fips: mostly(fc.boolean()),
    kernelType: mostly(fc.oneof({ weight: 3, arbitrary: fc.constantFrom('', 'default', 'realtime', '64k-pages') }, { weight: 1, arbitrary: hostileString })),
    osImageURL: mostly(image),
    baseOSExtensionsContainerImage: mostly(image),
  });

/** A MachineConfig whose every field has the right type (hostile text where MCO takes any text). */
export const plausibleMachineConfig = (name: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> =>
  fc.record({
    apiVersion: fc.constant('machineconfiguration.openshift.io/v1'),
    kind: fc.constant('MachineConfig'),
    metadata: fc.record({ name, labels: fc.constantFrom('worker', 'layered').map((r) => ({ [ROLE]: r })) }),
    spec: fc.record(
      {
        config: plausibleIgnition,
        kernelArguments: fc.array(fc.oneof(fc.constantFrom('nosmt', 'a=b', 'a="b c"'), hostileString), { maxLength: 3 }),
        extensions: fc.array(fc.constantFrom('usbguard', 'kerberos', 'kernel-devel', 'sandboxed-containers', 'wasm'), { maxLength: 2 }),
        fips: fc.boolean(),
        kernelType: fc.constantFrom('', 'default', 'realtime'),
        osImageURL: image,
        baseOSExtensionsContainerImage: image,
      },
      { requiredKeys: [] },
    ),
  });

/** A MachineConfig with the given name generator. */
export const machineConfig = (name: fc.Arbitrary<unknown> = mcName, config?: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> =>
  recordOf(
    {
      apiVersion: fc.constant('machineconfiguration.openshift.io/v1'),
      kind: fc.constant('MachineConfig'),
      metadata: recordOf({ name: mostly(name, 1), labels: mostly(labels), annotations: mostly(fc.array(fc.tuple(hostileKey, hostileString), { maxLength: 2 }).map(objectOf)) }, ['name']),
      spec: mostly(machineConfigSpec(config)),
    },
    ['metadata', 'spec'],
  );

/** Up to 6 MachineConfigs, sometimes with clashing names, sometimes not a list at all. */
export const machineConfigList: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: fc.array(fc.oneof({ weight: 2, arbitrary: plausibleMachineConfig(mcName.filter((n): n is string => typeof n === 'string')) }, { weight: 1, arbitrary: machineConfig() }), { maxLength: 6 }) },
  { weight: 1, arbitrary: anyJson },
);

/** Up to 6 MachineConfigs with distinct names (as in a cluster), for permutation properties. */
// Distinct as Go sees them: '\ud800' and '\udc00' are both "\ufffd" once decoded, a name clash no cluster has.
const goName = (n: string): string => n.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
export const uniquelyNamedConfigs: fc.Arbitrary<Array<Record<string, unknown>>> = fc
  .uniqueArray(mcName.filter((n): n is string => typeof n === 'string'), { minLength: 1, maxLength: 6, selector: goName })
  .chain((names) =>
    fc.tuple(
      ...names.map((n) =>
        fc
          .oneof({ weight: 3, arbitrary: plausibleMachineConfig(fc.constant(n)) }, { weight: 1, arbitrary: machineConfig(fc.constant(n)) })
          // `mostly` may have put another (clashing) name there: the name is the point here.
          .map((m) => (typeof m.metadata === 'object' && m.metadata !== null && !Array.isArray(m.metadata) ? objectOf([...Object.entries(m), ['metadata', objectOf([...Object.entries(m.metadata), ['name', n]])]]) : m)),
      ),
    ),
  );

const requirement = recordOf({
  key: mostly(labelKey),
  operator: mostly(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist') }, { weight: 1, arbitrary: hostileString })),
  values: list(labelValue, 3),
});
const selector = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('worker', 'layered').map((r) => ({ matchLabels: { [ROLE]: r } })) },
  { weight: 3, arbitrary: recordOf({ matchLabels: mostly(fc.array(fc.tuple(labelKey, labelValue), { maxLength: 2 }).map(objectOf)), matchExpressions: list(requirement, 2) }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, {}, { matchLabels: {} }, { matchExpressions: [] }) },
);

export const poolName = fc.oneof({ weight: 5, arbitrary: fc.constantFrom('worker', 'layered', 'master', 'infra') }, { weight: 1, arbitrary: hostileString });

export const pool: fc.Arbitrary<unknown> = mostly(
  recordOf(
    {
      apiVersion: fc.constant('machineconfiguration.openshift.io/v1'),
      kind: fc.constant('MachineConfigPool'),
      metadata: recordOf({ name: mostly(poolName), uid: mostly(hostileString), labels: mostly(labels) }, ['name']),
      spec: recordOf({ machineConfigSelector: mostly(selector) }, ['machineConfigSelector']),
    },
    ['metadata', 'spec'],
  ),
);

export const controllerConfig: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 4,
    arbitrary: recordOf({
      metadata: recordOf({ name: mostly(hostileString), annotations: mostly(fc.array(fc.tuple(fc.oneof(fc.constant('machineconfiguration.openshift.io/release-image-version'), hostileKey), hostileString), { maxLength: 2 }).map(objectOf)) }),
      spec: recordOf({ osImageURL: mostly(image), baseOSContainerImage: mostly(image), baseOSExtensionsContainerImage: mostly(image) }),
    }),
  },
  { weight: 1, arbitrary: anyJson },
);

export { smallJson };

/** A pool whose selector picks `worker` (and for `layered`, `layered`) configs. */
export const plausiblePool = fc.constantFrom(
  { apiVersion: 'machineconfiguration.openshift.io/v1', kind: 'MachineConfigPool', metadata: { name: 'worker', uid: 'u-1' }, spec: { machineConfigSelector: { matchLabels: { [ROLE]: 'worker' } } } },
  { apiVersion: 'machineconfiguration.openshift.io/v1', kind: 'MachineConfigPool', metadata: { name: 'layered' }, spec: { machineConfigSelector: { matchExpressions: [{ key: ROLE, operator: 'In', values: ['worker', 'layered'] }] } } },
);

export const plausibleControllerConfig = fc.oneof(
  fc.constant(undefined),
  fc.record({
    metadata: fc.record({ annotations: fc.record({ 'machineconfiguration.openshift.io/release-image-version': fc.constantFrom('4.13.0', '') }) }),
    spec: fc.record({ osImageURL: image, baseOSContainerImage: image, baseOSExtensionsContainerImage: image }),
  }),
);

/** Plausible MachineConfigs (names may clash, as they cannot in a cluster). */
export const plausibleMachineConfigList = fc.array(plausibleMachineConfig(mcName.filter((n): n is string => typeof n === 'string')), { minLength: 1, maxLength: 6 });
