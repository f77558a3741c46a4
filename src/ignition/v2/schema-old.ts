// The spec 1 and 2.0 structs of coreos/ignition v0.35.0 (config/v1/types, config/v2_0/types).
// v2_2.Parse falls back through v2_1, v2_0 and v1 when a config does not decode or has an older
// version; these types decide where that chain stops, and validate spec 1 and 2.0 configs (named
// types such as `Path` carry their own `Validate`).

import { goQuote } from '../../_go/fmt.js';
import type { GoStruct, GoType } from './go-types.js';
import { bool, field, int, ptr, slice, str, uint } from './go-types.js';
import { GoUnmarshalError } from './go-decode.js';
import { parseURL, urlString } from '../go/url.js';
import type { Entry } from './report.js';
import { GoPanic, entry } from './report.js';
import {
  E, UNIT_EXTENSIONS, byteLength, dataURLError, errs, installSectionWarning, pathError, pathExt, raidLevelError, unitContent,
} from './rules-v0.js';
import type { SemVer } from '../go/semver.js';
import { compareSemver, parseSemver, semver } from '../go/semver.js';

type Obj = Record<string, unknown>;
const sv = (v: Obj, k: string): string => (typeof v[k] === 'string' ? (v[k] as string) : '');
const nv = (v: Obj, k: string): number => (typeof v[k] === 'number' ? (v[k] as number) : 0);
const lv = (v: Obj, k: string): Obj[] => (Array.isArray(v[k]) ? (v[k] as Obj[]) : []);

const struct = (name: string, fields: GoStruct['fields'], extra: Partial<GoStruct> = {}): GoStruct => ({
  k: 'struct', name: 'types.' + name, fields, ...extra,
});
const named = (name: string, validate?: (v: string) => string | undefined, kind: Entry['kind'] = 'error'): GoType => {
  const t = str('types.' + name);
  if (validate !== undefined) t.validate = (v) => {
    const m = validate(typeof v === 'string' ? v : '');
    return m === undefined ? [] : [entry(kind, m)];
  };
  return t;
};
const fileMode: GoType = {
  k: 'uint32',
  name: 'types.FileMode',
  validate: (v) => errs(((typeof v === 'number' ? v : 0) & ~0o7777) !== 0 ? E.fileIllegalMode : undefined),
};
const dimension: GoType = { k: 'uint', name: 'types.PartitionDimension' };
const GUID = /^(|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$/;
const path = (): GoType => named('Path', pathError);
const format = (): GoType => named('FilesystemFormat', (f) => (['ext4', 'btrfs', 'xfs'].includes(f) ? undefined : E.filesystemInvalidFormat));
const unitName = (): GoType => named('SystemdUnitName', (n) => (UNIT_EXTENSIONS.has(pathExt(n)) ? undefined : E.invalidSystemdExt));
const dropinName = (): GoType => named('SystemdUnitDropInName', (n) => (pathExt(n) === '.conf' ? undefined : E.invalidSystemdDropinExt));
const networkdName = (): GoType => named('NetworkdUnitName', (n) => {
  const ext = pathExt(n);
  return ext === '.link' || ext === '.netdev' || ext === '.network' ? undefined : E.invalidNetworkdExt;
});

/** Disk.Validate of spec 1 and 2.0 (spec 1 also counts partitions numbered 0 as colliding). */
function diskValidate(v1: boolean) {
  return (v: Obj): Entry[] => {
    const r: Entry[] = [];
    const parts = lv(v, 'partitions');
    if (sv(v, 'device').length === 0) r.push(entry('error', E.diskDeviceRequired));
    const counts = new Map<number, number>();
    for (const p of parts) {
      const nr = nv(p, 'number');
      if (v1 || nr !== 0) counts.set(nr, (counts.get(nr) ?? 0) + 1);
    }
    if ([...counts.values()].some((c) => c > 1)) r.push(entry('error', E.partitionNumbersCollide));
    // PartitionDimension is a uint64: Start + Size - 1 wraps, as Go's does.
    const big = (p: Obj, k: string): bigint => BigInt(nv(p, k));
    const end = (p: Obj): bigint => (big(p, 'size') === 0n ? big(p, 'start') : BigInt.asUintN(64, big(p, 'start') + big(p, 'size') - 1n));
    const same = (a: Obj, b: Obj): boolean => ['label', 'number', 'size', 'start', 'typeGuid'].every((k) => (a[k] ?? '') === (b[k] ?? ''));
    let overlap = false;
    outer: for (const p of parts) {
      if (big(p, 'start') === 0n) continue;
      for (const o of parts) {
        if (same(p, o) || big(o, 'start') === 0n) continue;
        const ps = big(p, 'start');
        const os = big(o, 'start');
        if ((ps >= os && ps <= end(o)) || (end(p) >= os && end(p) <= end(o)) || (ps < os && end(p) > end(o))) {
          overlap = true;
          break outer;
        }
      }
    }
    if (overlap) r.push(entry('error', E.partitionsOverlap));
    if (parts.some((p) => (big(p, 'start') & 2047n) !== 0n)) r.push(entry('error', E.partitionsMisaligned));
    return r;
  };
}

// --- spec 1 -------------------------------------------------------------------------------------

const partition = (v1: boolean): GoStruct => struct('Partition', [
  field('label', {
    k: 'string',
    name: 'types.PartitionLabel',
    validate: (l) => {
      const label = typeof l === 'string' ? l : '';
      if (byteLength(label) > 36) return errs(E.labelTooLong);
      if (!v1 && label.includes(':')) return [entry('warning', E.labelContainsColon)];
      return [];
    },
  }),
  field('number', int()),
  field('size', dimension),
  field('start', dimension),
  field('typeGuid', named('PartitionTypeGUID', (g) => {
    if (GUID.test(g)) return undefined;
    return v1 ? `partition type-guid must have the form "01234567-89AB-CDEF-EDCB-A98765432101", got: ${goQuote(g)}` : E.doesntMatchGUIDRegex;
  })),
]);
const disk = (v1: boolean): GoStruct => struct('Disk', [
  field('device', path()),
  field('wipeTable', bool()),
  field('partitions', slice(partition(v1))),
], { validate: diskValidate(v1) });
const v1Raid = struct('Raid', [
  field('name', str()),
  field('level', str()),
  field('devices', slice(path())),
  field('spares', int()),
], { validate: (v: Obj) => errs(raidLevelError(sv(v, 'level'), nv(v, 'spares'))) });
const filesystemCreate = struct('FilesystemCreate', [
  field('force', bool()),
  field('options', slice(str(), 'types.MkfsOptions')),
]);
const v1File = struct('File', [
  field('path', path()),
  field('contents', str()),
  field('mode', fileMode),
  field('uid', int()),
  field('gid', int()),
]);
const v1Filesystem = struct('Filesystem', [
  field('device', path()),
  field('format', format()),
  field('create', ptr(filesystemCreate)),
  field('files', slice(v1File)),
]);
// Spec 1 units only check names; 2.0 also parses contents.
const systemdUnit = (v2: boolean): GoStruct => struct('SystemdUnit', [
  field('name', unitName()),
  field('enable', bool()),
  field('mask', bool()),
  field('contents', str()),
  field('dropins', slice(struct('SystemdUnitDropIn', [
    field('name', dropinName()),
    field('contents', str()),
  ], v2 ? { validate: (v: Obj) => errs(unitContent(sv(v, 'contents')).error) } : {}))),
], v2 ? {
  validate: (v: Obj) => {
    const { options, error } = unitContent(sv(v, 'contents'));
    if (error !== undefined) return errs(error);
    const w = installSectionWarning(sv(v, 'name'), v['enable'] === true, sv(v, 'contents') === '', options, goQuote);
    return w === undefined ? [] : [entry('warning', w)];
  },
} : {});
const networkdUnit = (v2: boolean): GoStruct => struct('NetworkdUnit', [
  field('name', networkdName()),
  field('contents', str()),
], v2 ? { validate: (v: Obj) => errs(unitContent(sv(v, 'contents')).error) } : {});
const user = struct('User', [
  field('name', str()),
  field('passwordHash', str()),
  field('sshAuthorizedKeys', slice(str())),
  field('create', ptr(struct('UserCreate', [
    field('uid', ptr(uint())),
    field('gecos', str()),
    field('homeDir', str()),
    field('noCreateHome', bool()),
    field('primaryGroup', str()),
    field('groups', slice(str())),
    field('noUserGroup', bool()),
    field('system', bool()),
    field('noLogInit', bool()),
    field('shell', str()),
  ]))),
]);
const group = struct('Group', [
  field('name', str()),
  field('gid', ptr(uint())),
  field('passwordHash', str()),
  field('system', bool()),
]);
const systemd = (v2: boolean): GoStruct => struct('Systemd', [field('units', slice(systemdUnit(v2)))]);
const networkd = (v2: boolean): GoStruct => struct('Networkd', [field('units', slice(networkdUnit(v2)))]);
const passwd = struct('Passwd', [field('users', slice(user)), field('groups', slice(group))]);

export const v1Config: GoStruct = struct('Config', [
  field('ignitionVersion', int()),
  field('storage', struct('Storage', [
    field('disks', slice(disk(true))),
    field('raid', slice(v1Raid)),
    field('filesystems', slice(v1Filesystem)),
  ])),
  field('systemd', systemd(false)),
  field('networkd', networkd(false)),
  field('passwd', passwd),
]);

// --- spec 2.0 -----------------------------------------------------------------------------------

/** v2_0 `Url`: a url.URL decoded from a JSON string (encoding/json) by `url.Parse`; kept as its text. */
const url: GoType = {
  k: 'custom',
  name: 'types.Url',
  unmarshal: (raw) => {
    const s = decodeJsonStringForCustom(raw);
    if (!parseURL(s).ok) throw new GoUnmarshalError(E.invalidUrl);
    return s;
  },
  validate: (v) => {
    const s = typeof v === 'string' ? v : '';
    const text = urlText(s);
    let r: Entry[] = [];
    if (text !== '') {
      const p = parseURL(text);
      const scheme = p.ok ? p.url.scheme : '';
      if (scheme === 'data') r = errs(dataURLError(text));
      else if (scheme !== 'http' && scheme !== 'https' && scheme !== 'oem') r = errs(E.invalidScheme);
    }
    // A valid URL is then walked as the url.URL struct it is; a userinfo's unexported fields make
    // reflect panic in validate.go.
    const p = parseURL(s);
    if (r.length === 0 && p.ok && p.url.user !== undefined) {
      throw new GoPanic('reflect.Value.Interface: cannot return value obtained from unexported field or method');
    }
    return r;
  },
};

/** `Url.String()` of a decoded v2.0 URL (Go re-serializes the parsed url.URL). */
export function urlText(s: string): string {
  if (s === '') return '';
  const p = parseURL(s);
  return p.ok ? urlString(p.url) : s;
}

export interface V2_0Hash {
  function: string;
  sum: string;
}

/** v2_0 `Hash`: "function-sum" split at the first "-". */
const hash: GoType = {
  k: 'custom',
  name: 'types.Hash',
  unmarshal: (raw): V2_0Hash => {
    const s = decodeJsonStringForCustom(raw);
    const dash = s.indexOf('-');
    if (dash < 0) throw new GoUnmarshalError(E.hashMalformed);
    return { function: s.slice(0, dash), sum: s.slice(dash + 1) };
  },
  validate: (v) => {
    const h = v as V2_0Hash;
    if (h.function !== 'sha512') return errs(E.hashUnrecognized);
    return errs(byteLength(h.sum) !== 128 ? E.hashWrongSize : undefined);
  },
};

const V2_0_MAX = semver(2, 0);

/** v2_0 `IgnitionVersion`: semver.Version's UnmarshalJSON, which reads the raw bytes between quotes. */
const ignitionVersion: GoType = {
  k: 'custom',
  name: 'types.IgnitionVersion',
  unmarshal: (raw): SemVer | undefined => {
    if (raw.length === 0 || raw === '""') return undefined;
    if (raw.length < 2 || raw[0] !== '"' || raw[raw.length - 1] !== '"') throw new GoUnmarshalError('invalid semver string');
    const v = parseSemver(raw.slice(1, -1));
    if (v === null) throw new GoUnmarshalError('semver: invalid version');
    return v;
  },
  validate: (v) => {
    const tv = (v as SemVer | undefined) ?? semver(0, 0);
    if (V2_0_MAX.major > tv.major) return errs(E.oldVersion);
    if (compareSemver(V2_0_MAX, tv) < 0) return errs(E.newVersion);
    return [];
  },
};

/** json.Unmarshal(data, &string) inside a custom UnmarshalJSON: null leaves "", non-strings fail. */
function decodeJsonStringForCustom(raw: string): string {
  if (raw === 'null') return '';
  if (!raw.startsWith('"')) throw new GoUnmarshalError('json: cannot unmarshal into Go value of type string');
  return JSON.parse(raw) as string;
}

const v2_0Verification = struct('Verification', [field('hash', ptr(hash))]);
const v2_0ConfigReference = struct('ConfigReference', [field('source', url), field('verification', v2_0Verification)]);

/** v2_0 types.Config.Validate: files on unknown filesystems, shadowed filesystems (warnings). */
function v2_0ConfigValidate(v: Obj): Entry[] {
  const r: Entry[] = [];
  const storage = (v['storage'] ?? {}) as Obj;
  const filesystems = lv(storage, 'filesystems');
  const known = new Set(['root', ...filesystems.map((f) => sv(f, 'name'))]);
  for (const f of lv(storage, 'files')) {
    const fs = sv(f, 'filesystem');
    if (fs === '' || known.has(fs)) continue;
    r.push(entry('warning',
      `File ${goQuote(sv(f, 'path'))} references nonexistent filesystem ${goQuote(fs)}. (This is ok if it is defined in a referenced config)`));
  }
  const seen = new Set(['root']);
  for (const f of filesystems) {
    const name = sv(f, 'name');
    if (seen.has(name)) r.push(entry('warning', `Filesystem ${goQuote(name)} shadows exising filesystem definition`));
    seen.add(name);
  }
  return r;
}

export const v2_0Config: GoStruct = struct('Config', [
  field('ignition', struct('Ignition', [
    field('version', ignitionVersion),
    field('config', struct('IgnitionConfig', [
      field('append', slice(v2_0ConfigReference)),
      field('replace', ptr(v2_0ConfigReference)),
    ])),
  ])),
  field('storage', struct('Storage', [
    field('disks', slice(disk(false))),
    field('raid', slice(v1Raid)),
    field('filesystems', slice(struct('Filesystem', [
      field('name', str()),
      field('mount', ptr(struct('FilesystemMount', [
        field('device', path()),
        field('format', format()),
        field('create', ptr(filesystemCreate)),
      ]))),
      field('path', ptr(path())),
    ], {
      validate: (v: Obj) => {
        const m = v['mount'] !== undefined;
        const p = v['path'] !== undefined;
        if (!m && !p) return errs(E.filesystemNoMountPath);
        if (m && p) return errs(E.filesystemMountAndPath);
        return [];
      },
    }))),
    field('files', slice(struct('File', [
      field('filesystem', str()),
      field('path', path()),
      field('contents', struct('FileContents', [
        field('compression', named('Compression', (c) => (c === '' || c === 'gzip' ? undefined : E.compressionInvalid))),
        field('source', url),
        field('verification', v2_0Verification),
      ])),
      field('mode', fileMode),
      field('user', struct('FileUser', [field('id', int())])),
      field('group', struct('FileGroup', [field('id', int())])),
    ], { validate: (v: Obj) => errs(sv(v, 'filesystem') === '' ? E.noFilesystem : undefined) }))),
  ])),
  field('systemd', systemd(true)),
  field('networkd', networkd(true)),
  field('passwd', passwd),
], { validate: v2_0ConfigValidate });
