// The spec 2.1, 2.2 and 2.3 structs of coreos/ignition v0.35.0 (config/v2_{1,2,3}/types), as Go
// type descriptions with their `Validate`/`Validate<Field>` methods, for decoding and validating.
// 2.2 is what MCO parses; 2.1 configs are parsed as 2.1 and translated up; 2.3 is the stop on the
// way to 3.0 (ign-converter's v23tov30 validates it). The three differ in a few fields and rules,
// noted where they occur. 2.5-experimental (config/v2_5_experimental/types: 2.3 plus HTTP headers
// and a proxy section) is only decoded into, by util.HandleParseErrors; its rules are never run.

import { goQuote } from '../../_go/fmt.js';
import type { GoStruct, GoType } from './go-types.js';
import { bool, field, int, ptr, slice, str } from './go-types.js';
import type { Entry } from './report.js';
import { entry } from './report.js';
import {
  E, UNIT_EXTENSIONS, byteLength, errs, guidError, hashError, installSectionWarning, modeError, pathError, pathExt,
  raidLevelError, unitContent, urlError,
} from './rules-v0.js';
import { compareSemver, parseSemver, semver } from '../go/semver.js';

export type V2Flavor = '2.1' | '2.2' | '2.3' | '2.5';

type Obj = Record<string, unknown>;
const s = (v: Obj, k: string): string => (typeof v[k] === 'string' ? (v[k] as string) : '');
const b = (v: Obj, k: string): boolean => v[k] === true;
const n = (v: Obj, k: string): number => (typeof v[k] === 'number' ? (v[k] as number) : 0);
const opt = <T>(v: Obj, k: string): T | undefined => v[k] as T | undefined;
const list = (v: Obj, k: string): Obj[] => (Array.isArray(v[k]) ? (v[k] as Obj[]) : []);

const struct = (name: string, fields: GoStruct['fields'], extra: Partial<GoStruct> = {}): GoStruct => ({
  k: 'struct', name: 'types.' + name, fields, ...extra,
});

export interface V2Schema {
  config: GoStruct;
  maxVersion: ReturnType<typeof semver>;
}

const cache = new Map<V2Flavor, V2Schema>();

export function v2Schema(flavor: V2Flavor): V2Schema {
  let sc = cache.get(flavor);
  if (sc === undefined) {
    sc = build(flavor);
    cache.set(flavor, sc);
  }
  return sc;
}

function build(flavor: V2Flavor): V2Schema {
  const v21 = flavor === '2.1';
  const v25 = flavor === '2.5';
  const v23 = flavor === '2.3' || v25;
  const maxVersion = semver(2, +flavor[2]!);
  const headers = v25
    ? [field('httpHeaders', slice(struct('HTTPHeader', [field('name', str()), field('value', str())]), 'types.HTTPHeaders'))]
    : [];

  const verification = struct('Verification', [field('hash', ptr(str()))], {
    validate: (v) => errs(hashError(opt<string>(v, 'hash'))),
  });

  const sourceValidator = (v: Obj): Entry[] => errs(urlError(s(v, 'source')));
  const configReference = struct('ConfigReference', [
    ...headers,
    field('source', str()),
    field('verification', verification),
  ], { fieldValidators: { source: sourceValidator } });
  const caReference = struct('CaReference', [
    ...headers,
    field('source', str()),
    field('verification', verification),
  ], { fieldValidators: { source: sourceValidator } });

  const ignitionValidate = (v: Obj): Entry[] => {
    const tv = parseSemver(s(v, 'version'));
    if (tv === null) return errs(E.invalidVersion);
    if (maxVersion.major > tv.major) return errs(E.oldVersion);
    if (compareSemver(maxVersion, tv) < 0) return errs(E.newVersion);
    return [];
  };
  const tls = struct('TLS', [field('certificateAuthorities', slice(caReference))]);
  const ignitionFields = [
    field('config', struct('IgnitionConfig', [
      field('append', slice(configReference)),
      field('replace', ptr(configReference)),
    ])),
    ...(v25 ? [
      field('proxy', struct('Proxy', [
        field('httpProxy', str()),
        field('httpsProxy', str()),
        field('noProxy', slice(str('types.NoProxyItem'))),
      ])),
    ] : []),
    // (2.3 embeds TLS in Security with the tag "tls": to encoding/json, the same as a field.)
    ...(v21 ? [] : [field('security', struct('Security', [field('tls', tls)]))]),
    field('timeouts', struct('Timeouts', [
      field('httpResponseHeaders', ptr(int())),
      field('httpTotal', ptr(int())),
    ])),
    field('version', str()),
  ];
  const ignition = struct('Ignition', ignitionFields, { validate: ignitionValidate });

  // --- systemd / networkd
  const dropinValidate = (extErr: string) => (v: Obj): Entry[] => {
    const r = errs(unitContent(s(v, 'contents')).error);
    if (pathExt(s(v, 'name')) !== '.conf') r.push(entry('error', extErr));
    return r;
  };
  const systemdDropin = struct(v21 ? 'Dropin' : 'SystemdDropin', [
    field('contents', str()),
    field('name', str()),
  ], { validate: dropinValidate(E.invalidSystemdDropinExt) });
  const unit = struct('Unit', [
    field('contents', str()),
    field('dropins', slice(systemdDropin)),
    field('enable', bool()),
    field('enabled', ptr(bool())),
    field('mask', bool()),
    field('name', str()),
  ], {
    fieldValidators: {
      contents: (v) => {
        const contents = s(v, 'contents');
        const { options, error } = unitContent(contents);
        const r = errs(error);
        const enabled = b(v, 'enable') || opt<boolean>(v, 'enabled') === true;
        const w = installSectionWarning(s(v, 'name'), enabled, contents === '', options, goQuote);
        if (w !== undefined) r.push(entry('warning', w));
        return r;
      },
      name: (v) => errs(UNIT_EXTENSIONS.has(pathExt(s(v, 'name'))) ? undefined : E.invalidSystemdExt),
    },
  });
  const networkdUnitValidate = (v: Obj): Entry[] => {
    const r = errs(unitContent(s(v, 'contents')).error);
    const ext = pathExt(s(v, 'name'));
    if (ext !== '.link' && ext !== '.netdev' && ext !== '.network') r.push(entry('error', E.invalidNetworkdExt));
    return r;
  };
  const networkdUnit = struct('Networkdunit', v21
    ? [field('contents', str()), field('name', str())]
    : [
      field('contents', str()),
      field('dropins', slice(struct('NetworkdDropin', [
        field('contents', str()),
        field('name', str()),
      ], { validate: dropinValidate(E.invalidNetworkdDropinExt) }))),
      field('name', str()),
    ], { validate: networkdUnitValidate });

  // --- passwd
  const usercreate = struct('Usercreate', [
    field('gecos', str()),
    field('groups', slice(str('types.UsercreateGroup'))),
    field('homeDir', str()),
    field('noCreateHome', bool()),
    field('noLogInit', bool()),
    field('noUserGroup', bool()),
    field('primaryGroup', str()),
    field('shell', str()),
    field('system', bool()),
    field('uid', ptr(int())),
  ]);
  const passwdUser = struct('PasswdUser', [
    field('create', ptr(usercreate)),
    field('gecos', str()),
    field('groups', slice(str(v21 ? 'types.PasswdUserGroup' : 'types.Group'))),
    field('homeDir', str()),
    field('name', str()),
    field('noCreateHome', bool()),
    field('noLogInit', bool()),
    field('noUserGroup', bool()),
    field('passwordHash', ptr(str())),
    field('primaryGroup', str()),
    field('sshAuthorizedKeys', slice(str('types.SSHAuthorizedKey'))),
    field('shell', str()),
    field('system', bool()),
    field('uid', ptr(int())),
  ], {
    validate: (v) => {
      if (v['create'] === undefined) return [];
      const r = [entry('warning', E.passwdCreateDeprecated)];
      const add = (cond: boolean, f: string): void => {
        if (cond) r.push(entry('error', E.passwdCreateAnd(f)));
      };
      add(s(v, 'gecos') !== '', 'gecos');
      add(list(v, 'groups').length > 0, 'groups');
      add(s(v, 'homeDir') !== '', 'homeDir');
      add(b(v, 'noCreateHome'), 'noCreateHome');
      add(b(v, 'noLogInit'), 'noLogInit');
      add(b(v, 'noUserGroup'), 'noUserGroup');
      add(s(v, 'primaryGroup') !== '', 'primaryGroup');
      add(s(v, 'shell') !== '', 'shell');
      add(b(v, 'system'), 'system');
      add(v['uid'] !== undefined, 'uid');
      return r;
    },
  });
  const passwdGroup = struct('PasswdGroup', [
    field('gid', ptr(int())),
    field('name', str()),
    field('passwordHash', str()),
    field('system', bool()),
  ]);

  // --- storage
  const ownerValidate = (v: Obj): Entry[] =>
    errs(v['id'] !== undefined && s(v, 'name') !== '' ? E.bothIDAndNameSet : undefined);
  const nodeUser = struct('NodeUser', [field('id', ptr(int())), field('name', str())], { validate: ownerValidate });
  const nodeGroup = struct('NodeGroup', [field('id', ptr(int())), field('name', str())], { validate: ownerValidate });
  const nodeFields = v21
    ? [
      field('filesystem', str()),
      field('group', nodeGroup),
      field('path', str()),
      field('user', nodeUser),
    ]
    : [
      field('filesystem', str()),
      field('group', ptr(nodeGroup)),
      field('overwrite', ptr(bool())),
      field('path', str()),
      field('user', ptr(nodeUser)),
    ];
  const nodeValidators = {
    filesystem: (v: Obj): Entry[] => errs(s(v, 'filesystem') === '' ? E.noFilesystem : undefined),
    path: (v: Obj): Entry[] => errs(pathError(s(v, 'path'))),
  };
  // 2.1 modes are plain ints (always validated, never "unset").
  const modeType: GoType = v21 ? int() : ptr(int());
  const modeValidator = (v: Obj): Entry[] => {
    const m = opt<number>(v, 'mode');
    if (v21) return errs(modeError(m ?? 0));
    const r = errs(modeError(m));
    if (m === undefined) r.push(entry('warning', E.permissionsUnset));
    return r;
  };

  const fileContents = struct('FileContents', [
    field('compression', str()),
    ...headers,
    field('source', str()),
    field('verification', verification),
  ], {
    fieldValidators: {
      compression: (v) => {
        const c = s(v, 'compression');
        return errs(c === '' || c === 'gzip' ? undefined : E.compressionInvalid);
      },
      source: (v) => {
        const err = urlError(s(v, 'source'));
        if (err === undefined) return [];
        return errs(v23 ? `invalid url ${goQuote(s(v, 'source'))}: ${err}` : err);
      },
    },
  });
  const file = struct('File', [
    ...nodeFields,
    ...(v21 ? [] : [field('append', bool())]),
    field('contents', fileContents),
    field('mode', modeType),
  ], {
    ...(v21 ? {} : {
      validate: (v: Obj): Entry[] =>
        errs(opt<boolean>(v, 'overwrite') === true && b(v, 'append') ? E.appendAndOverwrite : undefined),
    }),
    fieldValidators: { ...nodeValidators, mode: modeValidator },
  });
  const directory = struct('Directory', [...nodeFields, field('mode', modeType)], {
    fieldValidators: { ...nodeValidators, mode: modeValidator },
  });
  const link = struct('Link', [...nodeFields, field('hard', bool()),
  field('target', str())], {
    fieldValidators: nodeValidators,
  });

  const partition = struct('Partition', v23
    ? [
      field('guid', str()),
      field('label', ptr(str())),
      field('number', int()),
      field('shouldExist', ptr(bool())),
      field('size', ptr(int())),
      field('sizeMiB', ptr(int())),
      field('start', ptr(int())),
      field('startMiB', ptr(int())),
      field('typeGuid', str()),
      field('wipePartitionEntry', bool()),
    ]
    : [
      field('guid', str()),
      field('label', str()),
      field('number', int()),
      field('size', int()),
      field('start', int()),
      field('typeGuid', str()),
    ], {
    ...(v23 ? {
      validate: (v: Obj): Entry[] => {
        const r: Entry[] = [];
        const sectors = v['start'] !== undefined || v['size'] !== undefined;
        if (sectors && (v['startMiB'] !== undefined || v['sizeMiB'] !== undefined)) r.push(entry('error', E.partitionsUnitsMismatch));
        if (opt<boolean>(v, 'shouldExist') === false &&
          (v['label'] !== undefined || s(v, 'typeGuid') !== '' || s(v, 'guid') !== '' || sectors)) {
          r.push(entry('error', E.shouldNotExistWithOthers));
        }
        return r;
      },
    } : {}),
    fieldValidators: {
      ...(v23 ? {
        size: (v: Obj): Entry[] => (v['size'] !== undefined ? [entry('deprecated', E.sizeDeprecated)] : []),
        start: (v: Obj): Entry[] => (v['start'] !== undefined ? [entry('deprecated', E.startDeprecated)] : []),
      } : {}),
      label: (v) => {
        const label = v23 ? opt<string>(v, 'label') : s(v, 'label');
        if (label === undefined) return [];
        const r: Entry[] = [];
        if (byteLength(label) > 36) r.push(entry('error', E.labelTooLong));
        if (label.includes(':')) r.push(entry('warning', E.labelContainsColon));
        return r;
      },
      typeGuid: (v) => errs(guidError(s(v, 'typeGuid'))),
      guid: (v) => errs(guidError(s(v, 'guid'))),
    },
  });
  const disk = struct('Disk', [
    field('device', str()),
    field('partitions', slice(partition)),
    field('wipeTable', bool()),
  ], {
    validate: () => [],
    fieldValidators: {
      device: (v) => {
        const d = s(v, 'device');
        if (d.length === 0) return errs(E.diskDeviceRequired);
        return errs(pathError(d));
      },
      partitions: (v) => validatePartitions(list(v, 'partitions'), v23),
    },
  });

  const mountValidateFormat = (v: Obj): Entry[] =>
    errs(['ext4', 'btrfs', 'xfs', 'swap', 'vfat'].includes(s(v, 'format')) ? undefined : E.filesystemInvalidFormat);
  const mount = struct('Mount', [
    field('create', ptr(struct('Create', [
      field('force', bool()),
      field('options', slice(str('types.CreateOption'))),
    ]))),
    field('device', str()),
    field('format', str()),
    field('label', ptr(str())),
    field('options', slice(str('types.MountOption'))),
    field('uuid', ptr(str())),
    field('wipeFilesystem', bool()),
  ], {
    validate: mountValidateFormat,
    fieldValidators: {
      device: (v) => errs(pathError(s(v, 'device'))),
      label: (v) => {
        const label = opt<string>(v, 'label');
        if (label === undefined) return [];
        const len = byteLength(label);
        const limits: Record<string, [number, string]> = {
          ext4: [16, E.ext4LabelTooLong], btrfs: [256, E.btrfsLabelTooLong], xfs: [12, E.xfsLabelTooLong],
          swap: [15, E.swapLabelTooLong], vfat: [11, E.vfatLabelTooLong],
        };
        const lim = limits[s(v, 'format')];
        return errs(lim !== undefined && len > lim[0] ? lim[1] : undefined);
      },
    },
  });
  const filesystem = struct('Filesystem', [
    field('mount', ptr(mount)),
    field('name', str()),
    field('path', ptr(str())),
  ], {
    validate: (v) => {
      const r: Entry[] = [];
      const m = opt<Obj>(v, 'mount');
      const p = opt<string>(v, 'path');
      if (m === undefined && p === undefined) r.push(entry('error', E.filesystemNoMountPath));
      if (m !== undefined) {
        if (p !== undefined) r.push(entry('error', E.filesystemMountAndPath));
        if (m['create'] !== undefined) {
          if (b(m, 'wipeFilesystem')) r.push(entry('error', E.usedCreateAndWipeFilesystem));
          if (list(m, 'options').length > 0) r.push(entry('error', E.usedCreateAndMountOpts));
          r.push(entry('warning', E.warningCreateDeprecated));
        }
      }
      return r;
    },
    fieldValidators: {
      path: (v) => {
        const p = opt<string>(v, 'path');
        if (p === undefined || pathError(p) === undefined) return [];
        return errs(v23 ? `filesystem ${goQuote(s(v, 'name'))}: path not absolute` : E.pathRelative);
      },
    },
  });

  const raid = struct('Raid', [
    field('devices', slice(str('types.Device'))),
    field('level', str()),
    field('name', str()),
    ...(v21 ? [] : [field('options', slice(str('types.RaidOption')))]),
    field('spares', int()),
  ], {
    fieldValidators: {
      level: (v) => errs(raidLevelError(s(v, 'level'), n(v, 'spares'))),
      devices: (v) => (v['devices'] as string[] | undefined ?? [])
        .filter((d) => pathError(d) !== undefined).map(() => entry('error', E.pathRelative)),
    },
  });

  const storage = struct('Storage', [
    field('directories', slice(directory)),
    field('disks', slice(disk)),
    field('files', slice(file)),
    field('filesystems', slice(filesystem)),
    field('links', slice(link)),
    field('raid', slice(raid)),
  ]);

  const config = struct('Config', [
    field('ignition', ignition),
    field('networkd', struct('Networkd', [field('units', slice(networkdUnit))])),
    field('passwd', struct('Passwd', [
      field('groups', slice(passwdGroup)),
      field('users', slice(passwdUser)),
    ])),
    field('storage', storage),
    field('systemd', struct('Systemd', [field('units', slice(unit))])),
  ], { validate: configValidate });

  return { config, maxVersion };
}

/** types.Config.Validate: checkFilesFilesystems then checkDuplicateFilesystems (warnings). */
function configValidate(v: Obj): Entry[] {
  const r: Entry[] = [];
  const storage = (v['storage'] ?? {}) as Obj;
  const filesystems = list(storage, 'filesystems');
  const known = new Set(['root', ...filesystems.map((f) => s(f, 'name'))]);
  const check = (nodes: Obj[], kind: string): void => {
    for (const node of nodes) {
      const fs = s(node, 'filesystem');
      if (fs === '' || known.has(fs)) continue;
      r.push(entry('warning',
        `${kind} ${goQuote(s(node, 'path'))} references nonexistent filesystem ${goQuote(fs)}. (This is ok if it is defined in a referenced config)`));
    }
  };
  check(list(storage, 'files'), 'File');
  check(list(storage, 'links'), 'Link');
  check(list(storage, 'directories'), 'Directory');
  const seen = new Set(['root']);
  for (const f of filesystems) {
    const name = s(f, 'name');
    if (seen.has(name)) r.push(entry('warning', `Filesystem ${goQuote(name)} shadows exising filesystem definition`));
    seen.add(name);
  }
  return r;
}

/** Disk.ValidatePartitions (2.x; 2.3 adds pointer dimensions and two rules). */
function validatePartitions(parts: Obj[], v23: boolean): Entry[] {
  const r: Entry[] = [];
  const num = (p: Obj, k: string): number | undefined => (v23 ? opt<number>(p, k) : n(p, k));
  // partitionNumbersCollide
  const counts = new Map<number, number>();
  for (const p of parts) {
    const nr = n(p, 'number');
    if (nr !== 0) counts.set(nr, (counts.get(nr) ?? 0) + 1);
  }
  if ([...counts.values()].some((c) => c > 1)) r.push(entry('error', E.partitionNumbersCollide));
  // partitionsOverlap
  const end = (p: Obj): number => (num(p, 'size') === 0 ? num(p, 'start')! : num(p, 'start')! + num(p, 'size')! - 1);
  const sameStruct = (a: Obj, c: Obj): boolean => {
    const keys = new Set([...Object.keys(a), ...Object.keys(c)]);
    for (const k of keys) if (a[k] !== c[k]) return false;
    return true;
  };
  let overlap = false;
  outer: for (const p of parts) {
    if (num(p, 'start') === undefined || num(p, 'size') === undefined || num(p, 'start') === 0) continue;
    for (const o of parts) {
      if (num(o, 'start') === undefined || num(o, 'size') === undefined || sameStruct(p, o) || num(o, 'start') === 0) continue;
      const ps = num(p, 'start')!;
      const os = num(o, 'start')!;
      if ((ps >= os && ps <= end(o)) || (end(p) >= os && end(p) <= end(o)) || (ps < os && end(p) > end(o))) {
        overlap = true;
        break outer;
      }
    }
  }
  if (overlap) r.push(entry('error', E.partitionsOverlap));
  // partitionsMisaligned: Go's `&` on ints (two's complement).
  if (parts.some((p) => {
    const st = num(p, 'start');
    return st !== undefined && Number(BigInt.asIntN(64, BigInt(st)) & 2047n) !== 0;
  })) r.push(entry('error', E.partitionsMisaligned));
  if (v23) {
    const hasZero = parts.some((p) => n(p, 'number') === 0);
    const hasNot = parts.some((p) => opt<boolean>(p, 'shouldExist') === false);
    if (hasZero && hasNot) r.push(entry('error', E.zeroesWithShouldNotExist));
    const sectors = parts.some((p) => p['size'] !== undefined || p['start'] !== undefined);
    const mib = parts.some((p) => p['sizeMiB'] !== undefined || p['startMiB'] !== undefined);
    if (sectors && mib) r.push(entry('error', E.partitionsUnitsMismatch));
  }
  return r;
}
