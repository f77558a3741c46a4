// Mirrors coreos/ignition v2.15.0 `validate.ValidateWithContext(cfg, nil)` on a spec 3.0 config
// (config/validate/validate.go, vcontext/validate, config/v3_0/types/*.go), as ign-converter's
// v23tov30.Translate runs it on what it produced. A first walk calls each value's Validate(path)
// (own rule first, then children), a second finds duplicate keys in lists (files, directories and
// links share one key space). Reports print as vcontext does: "error at $.path: message\n" each.
//
// Values are 3.0-shaped objects: keys are JSON names, and pointer fields are present iff non-nil.

import { goQuote } from '../../_go/fmt.js';
import { dataURLError } from './dataurl.js';
import { goPathClean, goPathJoin } from './go-path.js';
import { goQueryValues, parseGoURL } from './go-url.js';
import { UNIT_EXTENSIONS, pathExt } from './rules-v0.js';
import { deserializeUnit } from './systemd-unit.js';
import { utf8Length } from './utf8.js';
import { memoString } from './memo.js';

const deserializeV22 = memoString((c: string) => deserializeUnit(c, true));

type Obj = Record<string, unknown>;
type PathSeg = string | number;

export interface V3Entry {
  kind: 'error' | 'warning';
  message: string;
  path: PathSeg[];
}

const E3 = {
  duplicate: 'duplicate entry defined',
  invalidScheme: 'invalid url scheme',
  invalidUrl: 'unable to parse url',
  invalidS3ObjectVersionId: 'invalid S3 object VersionId',
  noPath: 'path not specified',
  pathRelative: 'path not absolute',
  dirtyPath: 'path is not fully simplified',
  fileIllegalMode: 'illegal file mode',
  modeSpecialBits: 'setuid/setgid/sticky bits are not supported in spec versions older than 3.4.0',
  overwriteAndNilSource: 'overwrite must be false if source is unspecified',
  verificationAndNilSource: 'source must be specified if verification is specified',
  compressionInvalid: 'invalid compression method',
  bothIDAndNameSet: 'cannot set both id and name',
  pathConflictsSystemd: 'path conflicts with systemd unit or dropin',
  fileUsedSymlink: 'file path includes link in config',
  directoryUsedSymlink: 'directory path includes link in config',
  linkUsedSymlink: 'link path includes link in config',
  hardLinkToDirectory: 'hard link target is a directory',
  hardLinkSpecifiesOwner: 'user/group ignored for hard link',
  diskDeviceRequired: 'disk device is required',
  partitionNumbersCollide: 'partition numbers collide',
  partitionsOverlap: 'partitions overlap',
  zeroesWithShouldNotExist: 'shouldExist is false for a partition and other partition(s) has start or size 0',
  duplicateLabels: 'cannot use the same partition label twice',
  shouldNotExistWithOthers: 'shouldExist specified false with other options also specified',
  needLabelOrNumber: 'a partition number >= 1 or a label must be specified',
  labelTooLong: 'partition labels may not exceed 36 characters',
  labelContainsColon: 'partition label will be truncated to text before the colon',
  doesntMatchGUIDRegex: 'doesn\'t match the form "01234567-89AB-CDEF-EDCB-A98765432101"',
  partitionsOverwritten: 'filesystem overwrites partitioned device',
  filesystemImplicitWipe: 'device matches disk with wipeTable enabled; filesystem will be wiped',
  sparesUnsupportedForLevel: 'spares unsupported for linear and raid0 arrays',
  unrecognizedRaidLevel: 'unrecognized raid level',
  raidDevicesRequired: 'raid devices required',
  invalidSystemdExt: 'invalid systemd unit extension',
  invalidSystemdDropinExt: 'invalid systemd drop-in extension',
  hashMalformed: 'malformed hash specifier',
  hashWrongSize: 'incorrect size for hash sum',
  hashUnrecognized: 'unrecognized hash function',
} as const;

const o = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const l = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const nilOrEmpty = (v: unknown): boolean => v === undefined || v === '';

class Report {
  readonly entries: V3Entry[] = [];
  err(path: PathSeg[], message: string | undefined): void {
    if (message !== undefined) this.entries.push({ kind: 'error', message, path });
  }
  warn(path: PathSeg[], message: string | undefined): void {
    if (message !== undefined) this.entries.push({ kind: 'warning', message, path });
  }
}

const urlError = memoString(urlErrorUncached);

function urlErrorUncached(s: string): string | undefined {
  const u = parseGoURL(s);
  if (u === undefined) return E3.invalidUrl;
  switch (u.scheme) {
    case 'http': case 'https': case 'tftp':
      return undefined;
    case 's3': {
      const v = goQueryValues(u.rawQuery, 'versionId');
      return v !== undefined && (v.length === 0 || v[0] === '') ? E3.invalidS3ObjectVersionId : undefined;
    }
    case 'data':
      return dataURLError(s);
    default:
      return E3.invalidScheme;
  }
}
const urlNilOK = (s: unknown): string | undefined => (nilOrEmpty(s) ? undefined : urlError(str(s)));

function pathError(p: string): string | undefined {
  if (p === '') return E3.noPath;
  if (!p.startsWith('/')) return E3.pathRelative;
  if (goPathClean(p) !== p) return E3.dirtyPath;
  return undefined;
}

const modeError = (m: unknown): string | undefined =>
  typeof m === 'number' && (m < 0 || m > 0o7777) ? E3.fileIllegalMode : undefined;
const specialBits = (m: unknown): string | undefined =>
  typeof m === 'number' && ((m >>> 0) & 0o7000) !== 0 ? E3.modeSpecialBits : undefined;

function hashError(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const dash = v.indexOf('-');
  if (dash < 0) return E3.hashMalformed;
  if (v.slice(0, dash) !== 'sha512') return E3.hashUnrecognized;
  return utf8Length(v.slice(dash + 1)) !== 128 ? E3.hashWrongSize : undefined;
}

const GUID = /^(|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$/;

/** parse.ParseUnitContents (go-systemd v22): nil contents parse to no options (not nil). */
function parseUnit(contents: unknown): { options: Array<{ section: string }> | undefined; error: string | undefined } {
  if (contents === undefined) return { options: [], error: undefined };
  const r = deserializeV22(str(contents));
  if (r.error !== undefined) return { options: undefined, error: `invalid unit content: ${r.error}` };
  return { options: r.options, error: undefined };
}

function verification(r: Report, v: Obj, c: PathSeg[]): void {
  r.err([...c, 'hash'], hashError(v['hash']));
}

function node(r: Report, v: Obj, c: PathSeg[]): void {
  r.err([...c, 'path'], pathError(str(v['path'])));
}

function owner(r: Report, v: unknown, c: PathSeg[]): void {
  const x = o(v);
  r.err(c, x['id'] !== undefined && !nilOrEmpty(x['name']) ? E3.bothIDAndNameSet : undefined);
}

function fileContents(r: Report, v: Obj, c: PathSeg[]): void {
  const comp = v['compression'];
  r.err([...c, 'compression'], comp !== undefined && comp !== '' && comp !== 'gzip' ? E3.compressionInvalid : undefined);
  r.err([...c, 'verification', 'hash'], o(v['verification'])['hash'] !== undefined && v['source'] === undefined ? E3.verificationAndNilSource : undefined);
  r.err([...c, 'source'], urlNilOK(v['source']));
  verification(r, o(v['verification']), [...c, 'verification']);
}

function configValidate(r: Report, cfg: Obj): void {
  const unitPaths = new Set<string>();
  for (const u of l(o(cfg['systemd'])['units'])) {
    if (!nilOrEmpty(u['contents'])) unitPaths.add('/etc/systemd/system/' + str(u['name']));
    for (const d of l(u['dropins'])) {
      if (!nilOrEmpty(d['contents'])) unitPaths.add('/etc/systemd/system/' + str(u['name']) + '.d/' + str(d['name']));
    }
  }
  const st = o(cfg['storage']);
  for (const kind of ['files', 'directories', 'links'] as const) {
    l(st[kind]).forEach((n, i) => {
      if (unitPaths.has(str(n['path']))) r.err(['storage', kind, i, 'path'], E3.pathConflictsSystemd);
    });
  }
}

function storageValidate(r: Report, st: Obj, c: PathSeg[]): void {
  const links = l(st['links']);
  const dirs = l(st['directories']);
  dirs.forEach((d, i) => {
    for (const k of links) if (str(d['path']).startsWith(str(k['path']) + '/')) r.err([...c, 'directories', i], E3.directoryUsedSymlink);
  });
  l(st['files']).forEach((f, i) => {
    for (const k of links) if (str(f['path']).startsWith(str(k['path']) + '/')) r.err([...c, 'files', i], E3.fileUsedSymlink);
  });
  links.forEach((l1, i) => {
    for (const l2 of links) if (str(l1['path']).startsWith(str(l2['path']) + '/')) r.err([...c, 'links', i], E3.linkUsedSymlink);
    if (l1['hard'] !== true) return;
    let target = goPathClean(str(l1['target']));
    if (!target.startsWith('/')) target = goPathJoin(str(l1['path']), str(l1['target']));
    for (const d of dirs) if (target === str(d['path'])) r.err([...c, 'links', i], E3.hardLinkToDirectory);
    const u = o(l1['user']);
    const g = o(l1['group']);
    if (u['id'] !== undefined) r.warn([...c, 'links', i, 'user', 'id'], E3.hardLinkSpecifiesOwner);
    if (u['name'] !== undefined) r.warn([...c, 'links', i, 'user', 'name'], E3.hardLinkSpecifiesOwner);
    if (g['id'] !== undefined) r.warn([...c, 'links', i, 'group', 'id'], E3.hardLinkSpecifiesOwner);
    if (g['name'] !== undefined) r.warn([...c, 'links', i, 'group', 'name'], E3.hardLinkSpecifiesOwner);
  });
  const disks = new Map<string, Obj>();
  for (const d of l(st['disks'])) disks.set(str(d['device']), d);
  l(st['filesystems']).forEach((f, i) => {
    const disk = disks.get(str(f['device']));
    if (disk === undefined) return;
    if (l(disk['partitions']).length > 0) r.warn([...c, 'filesystems', i, 'device'], E3.partitionsOverwritten);
    else if (f['wipeFilesystem'] !== true && disk['wipeTable'] === true) r.warn([...c, 'filesystems', i, 'device'], E3.filesystemImplicitWipe);
  });
}

function diskValidate(r: Report, d: Obj, c: PathSeg[]): void {
  const dev = str(d['device']);
  if (dev.length === 0) {
    r.err([...c, 'device'], E3.diskDeviceRequired);
    return;
  }
  r.err([...c, 'device'], pathError(dev));
  const parts = l(d['partitions']);
  const byNumber = new Map<number, number[]>();
  parts.forEach((p, i) => {
    const nr = typeof p['number'] === 'number' ? p['number'] : 0;
    if (nr !== 0) byNumber.set(nr, [...(byNumber.get(nr) ?? []), i]);
  });
  // Go ranges over a map: the first colliding number found is arbitrary; we take the lowest.
  const collide = [...byNumber.entries()].filter(([, idx]) => idx.length > 1).sort((a, b) => a[0] - b[0])[0];
  if (collide !== undefined) r.err([...c, 'partitions', collide[1][1]!], E3.partitionNumbersCollide);
  const has = (p: Obj): boolean => p['startMiB'] !== undefined && p['sizeMiB'] !== undefined && p['startMiB'] !== 0;
  const end = (p: Obj): number => (p['sizeMiB'] === 0 ? (p['startMiB'] as number) : (p['startMiB'] as number) + (p['sizeMiB'] as number) - 1);
  outer: for (const p of parts) {
    if (!has(p)) continue;
    for (let i = 0; i < parts.length; i++) {
      const q = parts[i]!;
      if (!has(q) || q === p) continue;
      const ps = p['startMiB'] as number;
      const qs = q['startMiB'] as number;
      if ((ps >= qs && ps <= end(q)) || (end(p) >= qs && end(p) <= end(q)) || (ps < qs && end(p) > end(q))) {
        r.err([...c, 'partitions', i], E3.partitionsOverlap);
        break outer;
      }
    }
  }
  if (parts.some((p) => (p['number'] ?? 0) === 0) && parts.some((p) => p['shouldExist'] === false)) {
    r.err([...c, 'partitions'], E3.zeroesWithShouldNotExist);
  }
  const labels = new Set<string>();
  for (let i = 0; i < parts.length; i++) {
    const label = parts[i]!['label'];
    if (typeof label !== 'string') continue;
    if (labels.has(label)) {
      r.err([...c, 'partitions', i], E3.duplicateLabels);
      break;
    }
    labels.add(label);
  }
}

function partitionValidate(r: Report, p: Obj, c: PathSeg[]): void {
  if (p['shouldExist'] === false &&
    (p['label'] !== undefined || !nilOrEmpty(p['typeGuid']) || !nilOrEmpty(p['guid']) || p['startMiB'] !== undefined || p['sizeMiB'] !== undefined)) {
    r.err(c, E3.shouldNotExistWithOthers);
  }
  if ((p['number'] ?? 0) === 0 && p['label'] === undefined) r.err(c, E3.needLabelOrNumber);
  const label = p['label'];
  if (typeof label === 'string') {
    if (utf8Length(label) > 36) r.err([...c, 'label'], E3.labelTooLong);
    else if (label.includes(':')) r.err([...c, 'label'], E3.labelContainsColon);
  }
  const guid = (v: unknown): string | undefined => (typeof v === 'string' && !GUID.test(v) ? E3.doesntMatchGUIDRegex : undefined);
  r.err([...c, 'guid'], guid(p['guid']));
  r.err([...c, 'typeGuid'], guid(p['typeGuid']));
}

function raidValidate(r: Report, ra: Obj, c: PathSeg[]): void {
  let levelErr: string | undefined;
  switch (str(ra['level'])) {
    case 'linear': case 'raid0': case '0': case 'stripe':
      if (typeof ra['spares'] === 'number' && ra['spares'] !== 0) levelErr = E3.sparesUnsupportedForLevel;
      break;
    case 'raid1': case '1': case 'mirror': case 'raid4': case '4': case 'raid5': case '5':
    case 'raid6': case '6': case 'raid10': case '10':
      break;
    default:
      levelErr = E3.unrecognizedRaidLevel;
  }
  r.err([...c, 'level'], levelErr);
  if (l(ra['devices']).length === 0) r.err([...c, 'devices'], E3.raidDevicesRequired);
}

function systemdValidate(r: Report, sd: Obj, c: PathSeg[]): void {
  const units = new Map<string, Obj>();
  for (const u of l(sd['units'])) units.set(str(u['name']), u);
  l(sd['units']).forEach((u, i) => {
    const m = /^(.+?)@(.+?)\.service$/.exec(str(u['name']));
    if (m === null || u['enabled'] !== true) return;
    const inst = m[1] + '@.service';
    const tmpl = units.get(inst);
    if (tmpl === undefined || nilOrEmpty(tmpl['contents'])) return;
    const { options, error } = parseUnit(tmpl['contents']);
    if (error !== undefined) return;
    if (!(options ?? []).some((x) => x.section === 'Install')) {
      r.warn([...c, 'units', i, 'contents'], `template unit ${goQuote(inst)} for ${goQuote(str(u['name']))} doesn't have Install section`);
    }
  });
}

function unitValidate(r: Report, u: Obj, c: PathSeg[]): void {
  r.err([...c, 'name'], UNIT_EXTENSIONS.has(pathExt(str(u['name']))) ? undefined : E3.invalidSystemdExt);
  const { options, error } = parseUnit(u['contents']);
  r.err([...c, 'contents'], error);
  if (u['enabled'] === true && !nilOrEmpty(u['contents']) && options !== undefined && !options.some((x) => x.section === 'Install')) {
    r.warn([...c, 'contents'], `unit ${goQuote(str(u['name']))} is enabled, but has no install section so enable does nothing`);
  }
}

function dropinValidate(r: Report, d: Obj, c: PathSeg[]): void {
  r.err([...c, 'contents'], parseUnit(d['contents']).error);
  r.err([...c, 'name'], pathExt(str(d['name'])) === '.conf' ? undefined : E3.invalidSystemdDropinExt);
}

/** The first walk: each value's Validate(c), parents before children, fields in Go order. */
function validateAll(cfg: Obj): Report {
  const r = new Report();
  configValidate(r, cfg);
  const ign = o(cfg['ignition']);
  const icfg = o(ign['config']);
  l(icfg['merge']).forEach((ref, i) => {
    r.err(['ignition', 'config', 'merge', i, 'source'], urlNilOK(ref['source']));
    verification(r, o(ref['verification']), ['ignition', 'config', 'merge', i, 'verification']);
  });
  const rep = o(icfg['replace']);
  r.err(['ignition', 'config', 'replace', 'source'], urlNilOK(rep['source']));
  verification(r, o(rep['verification']), ['ignition', 'config', 'replace', 'verification']);
  l(o(o(ign['security'])['tls'])['certificateAuthorities']).forEach((ca, i) => {
    const c: PathSeg[] = ['ignition', 'security', 'tls', 'certificateAuthorities', i];
    r.err([...c, 'source'], urlError(str(ca['source'])));
    verification(r, o(ca['verification']), [...c, 'verification']);
  });
  // Ignition.Validate: the version is always "3.0.0" here.

  const st = o(cfg['storage']);
  const sc: PathSeg[] = ['storage'];
  storageValidate(r, st, sc);
  l(st['directories']).forEach((d, i) => {
    const c = [...sc, 'directories', i];
    node(r, d, c);
    r.err([...c, 'mode'], modeError(d['mode']));
    r.warn([...c, 'mode'], specialBits(d['mode']));
    owner(r, d['group'], [...c, 'group']);
    owner(r, d['user'], [...c, 'user']);
  });
  l(st['disks']).forEach((d, i) => {
    const c = [...sc, 'disks', i];
    diskValidate(r, d, c);
    l(d['partitions']).forEach((p, j) => partitionValidate(r, p, [...c, 'partitions', j]));
  });
  l(st['files']).forEach((f, i) => {
    const c = [...sc, 'files', i];
    node(r, f, c);
    r.err([...c, 'mode'], modeError(f['mode']));
    r.warn([...c, 'mode'], specialBits(f['mode']));
    r.err([...c, 'overwrite'], f['overwrite'] === true && o(f['contents'])['source'] === undefined ? E3.overwriteAndNilSource : undefined);
    owner(r, f['group'], [...c, 'group']);
    owner(r, f['user'], [...c, 'user']);
    l(f['append']).forEach((a, j) => fileContents(r, a, [...c, 'append', j]));
    fileContents(r, o(f['contents']), [...c, 'contents']);
  });
  l(st['links']).forEach((k, i) => {
    const c = [...sc, 'links', i];
    node(r, k, c);
    owner(r, k['group'], [...c, 'group']);
    owner(r, k['user'], [...c, 'user']);
  });
  l(st['raid']).forEach((ra, i) => {
    const c = [...sc, 'raid', i];
    raidValidate(r, ra, c);
    l(ra['devices']).forEach((dev, j) => r.err([...c, 'devices', j], pathError(str(dev))));
  });

  const sd = o(cfg['systemd']);
  systemdValidate(r, sd, ['systemd']);
  l(sd['units']).forEach((u, i) => {
    const c: PathSeg[] = ['systemd', 'units', i];
    unitValidate(r, u, c);
    l(u['dropins']).forEach((d, j) => dropinValidate(r, d, [...c, 'dropins', j]));
  });
  return r;
}

/** The second walk: ValidateDups at every struct, in the same order. */
function validateDups(r: Report, cfg: Obj): void {
  const dups = (c: PathSeg[], lists: Array<[string, unknown[], (v: unknown) => string, string?]>): void => {
    const seen = new Map<string, Set<string>>();
    for (const [name, items, key, group] of lists) {
      const g = group ?? name;
      let set = seen.get(g);
      if (set === undefined) {
        set = new Set();
        seen.set(g, set);
      }
      items.forEach((it, i) => {
        const k = key(it);
        if (set!.has(k)) r.err([...c, name, i], E3.duplicate);
        set!.add(k);
      });
    }
  };
  const asString = (v: unknown): string => str(v);
  const byKey = (k: string) => (v: unknown): string => str(o(v)[k]);
  const ign = o(cfg['ignition']);
  dups(['ignition', 'config'], [['merge', l(o(ign['config'])['merge']), byKey('source')]]);
  dups(['ignition', 'security', 'tls'], [['certificateAuthorities', l(o(o(ign['security'])['tls'])['certificateAuthorities']), byKey('source')]]);
  const pw = o(cfg['passwd']);
  dups(['passwd'], [['groups', l(pw['groups']), byKey('name')], ['users', l(pw['users']), byKey('name')]]);
  l(pw['users']).forEach((u, i) => {
    dups(['passwd', 'users', i], [
      ['groups', Array.isArray(u['groups']) ? u['groups'] : [], asString],
      ['sshAuthorizedKeys', Array.isArray(u['sshAuthorizedKeys']) ? u['sshAuthorizedKeys'] : [], asString],
    ]);
  });
  const st = o(cfg['storage']);
  dups(['storage'], [
    ['directories', l(st['directories']), byKey('path'), 'Node'],
    ['disks', l(st['disks']), byKey('device')],
    ['files', l(st['files']), byKey('path'), 'Node'],
    ['filesystems', l(st['filesystems']), byKey('device')],
    ['links', l(st['links']), byKey('path'), 'Node'],
    ['raid', l(st['raid']), byKey('name')],
  ]);
  l(st['disks']).forEach((d, i) => {
    const partKey = (p: unknown): string => {
      const x = o(p);
      if (typeof x['number'] === 'number' && x['number'] !== 0) return `number:${x['number']}`;
      if (typeof x['label'] === 'string') return `label:${x['label']}`;
      return '';
    };
    dups(['storage', 'disks', i], [['partitions', l(d['partitions']), partKey]]);
  });
  l(st['raid']).forEach((ra, i) => {
    dups(['storage', 'raid', i], [['devices', Array.isArray(ra['devices']) ? ra['devices'] : [], asString]]);
  });
  const sd = o(cfg['systemd']);
  dups(['systemd'], [['units', l(sd['units']), byKey('name')]]);
  l(sd['units']).forEach((u, i) => dups(['systemd', 'units', i], [['dropins', l(u['dropins']), byKey('name')]]));
}

/** ValidateWithContext(cfg, nil) on a 3.0 config: all entries, in Go's order. */
export function validateV3_0(cfg: Obj): V3Entry[] {
  const r = validateAll(cfg);
  validateDups(r, cfg);
  return r.entries;
}

/** vcontext report.String(). */
export function v3ReportString(entries: readonly V3Entry[]): string {
  let s = '';
  for (const e of entries) {
    const at = e.path.length > 0 ? ` at $.${e.path.join('.')}` : '';
    s += `${e.kind}${at}: ${e.message}\n`;
  }
  return s;
}
