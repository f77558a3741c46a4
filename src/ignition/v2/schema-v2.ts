// The spec 2.1, 2.2 and 2.3 structs of coreos/ignition v0.35.0 (config/v2_{1,2,3}/types), as Go
// type descriptions with their `Validate`/`Validate<Field>` methods, for decoding and validating.
// 2.2 is what MCO parses; 2.1 configs are parsed as 2.1 and translated up; 2.3 is the stop on the
// way to 3.0 (ign-converter's v23tov30 validates it). The three differ in a few fields and rules,
// noted where they occur.

import { goQuote } from '../../_go/fmt.js';
import type { GoStruct, GoType } from './go-types.js';
import { bool, field, int, ptr, slice, str } from './go-types.js';
import type { Entry } from './report.js';
import { entry } from './report.js';
import {
  E, UNIT_EXTENSIONS, byteLength, errs, guidError, hashError, installSectionWarning, modeError, pathError, pathExt,
  unitContent, urlError,
} from './rules-v0.js';
import { compareSemver, parseSemver, semver } from './semver.js';

export type V2Flavor = '2.1' | '2.2' | '2.3';

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
  const v23 = flavor === '2.3';
  const maxVersion = semver(2, v21 ? 1 : v23 ? 3 : 2);

  const verification = struct('Verification', [field('hash', 'Hash', ptr(str()))], {
    validate: (v) => errs(hashError(opt<string>(v, 'hash'))),
  });

  const sourceValidator = (v: Obj): Entry[] => errs(urlError(s(v, 'source')));
  const configReference = struct('ConfigReference', [
    field('source', 'Source', str()),
    field('verification', 'Verification', verification),
  ], { fieldValidators: { Source: sourceValidator } });
  const caReference = struct('CaReference', [
    field('source', 'Source', str()),
    field('verification', 'Verification', verification),
  ], { fieldValidators: { Source: sourceValidator } });

  const ignitionValidate = (v: Obj): Entry[] => {
    const tv = parseSemver(s(v, 'version'));
    if (tv === undefined) return errs(E.invalidVersion);
    if (maxVersion.major > tv.major) return errs(E.oldVersion);
    if (compareSemver(maxVersion, tv) < 0) return errs(E.newVersion);
    return [];
  };
  const tls = struct('TLS', [field('certificateAuthorities', 'CertificateAuthorities', slice(caReference))]);
  const ignitionFields = [
    field('config', 'Config', struct('IgnitionConfig', [
      field('append', 'Append', slice(configReference)),
      field('replace', 'Replace', ptr(configReference)),
    ])),
    // (2.3 embeds TLS in Security; with a single field, flattening it changes nothing we report.)
    ...(v21 ? [] : [field('security', 'Security', struct('Security', [field('tls', 'TLS', tls)]))]),
    field('timeouts', 'Timeouts', struct('Timeouts', [
      field('httpResponseHeaders', 'HTTPResponseHeaders', ptr(int())),
      field('httpTotal', 'HTTPTotal', ptr(int())),
    ])),
    field('version', 'Version', str()),
  ];
  const ignition = struct('Ignition', ignitionFields, { validate: ignitionValidate });

  // --- systemd / networkd
  const dropinValidate = (extErr: string) => (v: Obj): Entry[] => {
    const r = errs(unitContent(s(v, 'contents')).error);
    if (pathExt(s(v, 'name')) !== '.conf') r.push(entry('error', extErr));
    return r;
  };
  const systemdDropin = struct(v21 ? 'Dropin' : 'SystemdDropin', [
    field('contents', 'Contents', str()),
    field('name', 'Name', str()),
  ], { validate: dropinValidate(E.invalidSystemdDropinExt) });
  const unit = struct('Unit', [
    field('contents', 'Contents', str()),
    field('dropins', 'Dropins', slice(systemdDropin)),
    field('enable', 'Enable', bool()),
    field('enabled', 'Enabled', ptr(bool())),
    field('mask', 'Mask', bool()),
    field('name', 'Name', str()),
  ], {
    fieldValidators: {
      Contents: (v) => {
        const contents = s(v, 'contents');
        const { options, error } = unitContent(contents);
        const r = errs(error);
        const enabled = b(v, 'enable') || opt<boolean>(v, 'enabled') === true;
        const w = installSectionWarning(s(v, 'name'), enabled, contents === '', options, goQuote);
        if (w !== undefined) r.push(entry('warning', w));
        return r;
      },
      Name: (v) => errs(UNIT_EXTENSIONS.has(pathExt(s(v, 'name'))) ? undefined : E.invalidSystemdExt),
    },
  });
  const networkdUnitValidate = (v: Obj): Entry[] => {
    const r = errs(unitContent(s(v, 'contents')).error);
    const ext = pathExt(s(v, 'name'));
    if (ext !== '.link' && ext !== '.netdev' && ext !== '.network') r.push(entry('error', E.invalidNetworkdExt));
    return r;
  };
  const networkdUnit = struct('Networkdunit', v21
    ? [field('contents', 'Contents', str()), field('name', 'Name', str())]
    : [
      field('contents', 'Contents', str()),
      field('dropins', 'Dropins', slice(struct('NetworkdDropin', [
        field('contents', 'Contents', str()),
        field('name', 'Name', str()),
      ], { validate: dropinValidate(E.invalidNetworkdDropinExt) }))),
      field('name', 'Name', str()),
    ], { validate: networkdUnitValidate });

  // --- passwd
  const usercreate = struct('Usercreate', [
    field('gecos', 'Gecos', str()),
    field('groups', 'Groups', slice(str('types.UsercreateGroup'))),
    field('homeDir', 'HomeDir', str()),
    field('noCreateHome', 'NoCreateHome', bool()),
    field('noLogInit', 'NoLogInit', bool()),
    field('noUserGroup', 'NoUserGroup', bool()),
    field('primaryGroup', 'PrimaryGroup', str()),
    field('shell', 'Shell', str()),
    field('system', 'System', bool()),
    field('uid', 'UID', ptr(int())),
  ]);
  const passwdUser = struct('PasswdUser', [
    field('create', 'Create', ptr(usercreate)),
    field('gecos', 'Gecos', str()),
    field('groups', 'Groups', slice(str(v21 ? 'types.PasswdUserGroup' : 'types.Group'))),
    field('homeDir', 'HomeDir', str()),
    field('name', 'Name', str()),
    field('noCreateHome', 'NoCreateHome', bool()),
    field('noLogInit', 'NoLogInit', bool()),
    field('noUserGroup', 'NoUserGroup', bool()),
    field('passwordHash', 'PasswordHash', ptr(str())),
    field('primaryGroup', 'PrimaryGroup', str()),
    field('sshAuthorizedKeys', 'SSHAuthorizedKeys', slice(str('types.SSHAuthorizedKey'))),
    field('shell', 'Shell', str()),
    field('system', 'System', bool()),
    field('uid', 'UID', ptr(int())),
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
    field('gid', 'Gid', ptr(int())),
    field('name', 'Name', str()),
    field('passwordHash', 'PasswordHash', str()),
    field('system', 'System', bool()),
  ]);

  // --- storage
  const ownerValidate = (v: Obj): Entry[] =>
    errs(v['id'] !== undefined && s(v, 'name') !== '' ? E.bothIDAndNameSet : undefined);
  const nodeUser = struct('NodeUser', [field('id', 'ID', ptr(int())), field('name', 'Name', str())], { validate: ownerValidate });
  const nodeGroup = struct('NodeGroup', [field('id', 'ID', ptr(int())), field('name', 'Name', str())], { validate: ownerValidate });
  const nodeFields = v21
    ? [
      field('filesystem', 'Filesystem', str()),
      field('group', 'Group', nodeGroup),
      field('path', 'Path', str()),
      field('user', 'User', nodeUser),
    ]
    : [
      field('filesystem', 'Filesystem', str()),
      field('group', 'Group', ptr(nodeGroup)),
      field('overwrite', 'Overwrite', ptr(bool())),
      field('path', 'Path', str()),
      field('user', 'User', ptr(nodeUser)),
    ];
  const nodeValidators = {
    Filesystem: (v: Obj): Entry[] => errs(s(v, 'filesystem') === '' ? E.noFilesystem : undefined),
    Path: (v: Obj): Entry[] => errs(pathError(s(v, 'path'))),
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
    field('compression', 'Compression', str()),
    field('source', 'Source', str()),
    field('verification', 'Verification', verification),
  ], {
    fieldValidators: {
      Compression: (v) => {
        const c = s(v, 'compression');
        return errs(c === '' || c === 'gzip' ? undefined : E.compressionInvalid);
      },
      Source: (v) => {
        const err = urlError(s(v, 'source'));
        if (err === undefined) return [];
        return errs(v23 ? `invalid url ${goQuote(s(v, 'source'))}: ${err}` : err);
      },
    },
  });
  const file = struct('File', [
    ...nodeFields,
    ...(v21 ? [] : [field('append', 'Append', bool())]),
    field('contents', 'Contents', fileContents),
    field('mode', 'Mode', modeType),
  ], {
    ...(v21 ? {} : {
      validate: (v: Obj): Entry[] =>
        errs(opt<boolean>(v, 'overwrite') === true && b(v, 'append') ? E.appendAndOverwrite : undefined),
    }),
    fieldValidators: { ...nodeValidators, Mode: modeValidator },
  });
  const directory = struct('Directory', [...nodeFields, field('mode', 'Mode', modeType)], {
    fieldValidators: { ...nodeValidators, Mode: modeValidator },
  });
  const link = struct('Link', [...nodeFields, field('hard', 'Hard', bool()), field('target', 'Target', str())], {
    fieldValidators: nodeValidators,
  });

  const partition = struct('Partition', v23
    ? [
      field('guid', 'GUID', str()),
      field('label', 'Label', ptr(str())),
      field('number', 'Number', int()),
      field('shouldExist', 'ShouldExist', ptr(bool())),
      field('size', 'Size', ptr(int())),
      field('sizeMiB', 'SizeMiB', ptr(int())),
      field('start', 'Start', ptr(int())),
      field('startMiB', 'StartMiB', ptr(int())),
      field('typeGuid', 'TypeGUID', str()),
      field('wipePartitionEntry', 'WipePartitionEntry', bool()),
    ]
    : [
      field('guid', 'GUID', str()),
      field('label', 'Label', str()),
      field('number', 'Number', int()),
      field('size', 'Size', int()),
      field('start', 'Start', int()),
      field('typeGuid', 'TypeGUID', str()),
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
        Size: (v: Obj): Entry[] => (v['size'] !== undefined ? [entry('deprecated', E.sizeDeprecated)] : []),
        Start: (v: Obj): Entry[] => (v['start'] !== undefined ? [entry('deprecated', E.startDeprecated)] : []),
      } : {}),
      Label: (v) => {
        const label = v23 ? opt<string>(v, 'label') : s(v, 'label');
        if (label === undefined) return [];
        const r: Entry[] = [];
        if (byteLength(label) > 36) r.push(entry('error', E.labelTooLong));
        if (label.includes(':')) r.push(entry('warning', E.labelContainsColon));
        return r;
      },
      TypeGUID: (v) => errs(guidError(s(v, 'typeGuid'))),
      GUID: (v) => errs(guidError(s(v, 'guid'))),
    },
  });
  const disk = struct('Disk', [
    field('device', 'Device', str()),
    field('partitions', 'Partitions', slice(partition)),
    field('wipeTable', 'WipeTable', bool()),
  ], {
    validate: () => [],
    fieldValidators: {
      Device: (v) => {
        const d = s(v, 'device');
        if (d.length === 0) return errs(E.diskDeviceRequired);
        return errs(pathError(d));
      },
      Partitions: (v) => validatePartitions(list(v, 'partitions'), v23),
    },
  });

  const mountValidateFormat = (v: Obj): Entry[] =>
    errs(['ext4', 'btrfs', 'xfs', 'swap', 'vfat'].includes(s(v, 'format')) ? undefined : E.filesystemInvalidFormat);
  const mount = struct('Mount', [
    field('create', 'Create', ptr(struct('Create', [
      field('force', 'Force', bool()),
      field('options', 'Options', slice(str('types.CreateOption'))),
    ]))),
    field('device', 'Device', str()),
    field('format', 'Format', str()),
    field('label', 'Label', ptr(str())),
    field('options', 'Options', slice(str('types.MountOption'))),
    field('uuid', 'UUID', ptr(str())),
    field('wipeFilesystem', 'WipeFilesystem', bool()),
  ], {
    validate: mountValidateFormat,
    fieldValidators: {
      Device: (v) => errs(pathError(s(v, 'device'))),
      Label: (v) => {
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
    field('mount', 'Mount', ptr(mount)),
    field('name', 'Name', str()),
    field('path', 'Path', ptr(str())),
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
      Path: (v) => {
        const p = opt<string>(v, 'path');
        if (p === undefined || pathError(p) === undefined) return [];
        return errs(v23 ? `filesystem ${goQuote(s(v, 'name'))}: path not absolute` : E.pathRelative);
      },
    },
  });

  const raid = struct('Raid', [
    field('devices', 'Devices', slice(str('types.Device'))),
    field('level', 'Level', str()),
    field('name', 'Name', str()),
    ...(v21 ? [] : [field('options', 'Options', slice(str('types.RaidOption')))]),
    field('spares', 'Spares', int()),
  ], {
    fieldValidators: {
      Level: (v) => {
        switch (s(v, 'level')) {
          case 'linear': case 'raid0': case '0': case 'stripe':
            return errs(n(v, 'spares') !== 0 ? E.sparesUnsupportedForLevel : undefined);
          case 'raid1': case '1': case 'mirror': case 'raid4': case '4': case 'raid5': case '5':
          case 'raid6': case '6': case 'raid10': case '10':
            return [];
          default:
            return errs(E.unrecognizedRaidLevel);
        }
      },
      Devices: (v) => (v['devices'] as string[] | undefined ?? [])
        .filter((d) => pathError(d) !== undefined).map(() => entry('error', E.pathRelative)),
    },
  });

  const storage = struct('Storage', [
    field('directories', 'Directories', slice(directory)),
    field('disks', 'Disks', slice(disk)),
    field('files', 'Files', slice(file)),
    field('filesystems', 'Filesystems', slice(filesystem)),
    field('links', 'Links', slice(link)),
    field('raid', 'Raid', slice(raid)),
  ]);

  const config = struct('Config', [
    field('ignition', 'Ignition', ignition),
    field('networkd', 'Networkd', struct('Networkd', [field('units', 'Units', slice(networkdUnit))])),
    field('passwd', 'Passwd', struct('Passwd', [
      field('groups', 'Groups', slice(passwdGroup)),
      field('users', 'Users', slice(passwdUser)),
    ])),
    field('storage', 'Storage', storage),
    field('systemd', 'Systemd', struct('Systemd', [field('units', 'Units', slice(unit))])),
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
