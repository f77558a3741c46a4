// Mirrors coreos/ignition v0.35.0 config/v2_0/translate.go `TranslateFromV1` (1 -> 2.0) and
// config/v2_1/translate.go `TranslateFromV2_0` (2.0 -> 2.1). Spec 1 files move onto generated
// filesystems ("_translate-filesystem-N") with their contents as escaped data URLs; 2.0 URLs are
// re-serialized by url.URL.String(); 2.0 file owners become always-set ids.

import { urlText } from './schema-old.js';
import type { V2_0Hash } from './schema-old.js';
import { semver } from '../go/semver.js';
import { utf8Encode } from '../go/utf8.js';

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const strs = (v: unknown): string[] | undefined => (Array.isArray(v) ? [...(v as string[])] : undefined);

/** Sets a plain (non-pointer) field: Go's zero values stay absent. */
function plain(out: Obj, key: string, v: unknown): void {
  if (v === undefined || v === '' || v === 0 || v === false) return;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) return;
  out[key] = v;
}

/** `plain` for each of `keys`, from the field of the same name in `src`; returns `out`. */
function plains(out: Obj, src: Obj, keys: readonly string[]): Obj {
  for (const k of keys) plain(out, k, src[k]);
  return out;
}

/** `var res []T; for ... append`: absent when empty. */
function list<T>(v: unknown, f: (o: Obj, i: number) => T): T[] | undefined {
  const a = arr(v);
  return a.length === 0 ? undefined : a.map(f);
}

/** dataurl.EscapeString: RFC 2396 unreserved bytes kept, the rest %XX. */
function dataurlEscape(s: string): string {
  let out = '';
  for (const b of utf8Encode(s)) {
    const c = String.fromCharCode(b);
    if (/[a-zA-Z0-9\-_.!~*'()]/.test(c)) out += c;
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** A user's `create` section: the same fields in 1, 2.0 and 2.1 (`groups` as each translation has it). */
function createUser(c: Obj, groups: string[] | undefined): Obj {
  const out: Obj = {};
  if (c['uid'] !== undefined) out['uid'] = c['uid'];
  plains(out, c, ['gecos', 'homeDir', 'noCreateHome', 'primaryGroup']);
  if (groups !== undefined) out['groups'] = groups;
  return plains(out, c, ['noUserGroup', 'system', 'noLogInit', 'shell']);
}

function units(old: Obj): { systemd: Obj; networkd: Obj } {
  const systemd: Obj = {};
  const su = list(obj(old['systemd'])['units'], (u) => {
    const out = plains({}, u, ['name', 'enable', 'mask', 'contents']);
    const d = list(u['dropins'], (x) => plains({}, x, ['name', 'contents']));
    if (d !== undefined) out['dropins'] = d;
    return out;
  });
  if (su !== undefined) systemd['units'] = su;
  const networkd: Obj = {};
  const nu = list(obj(old['networkd'])['units'], (u) => plains({}, u, ['name', 'contents']));
  if (nu !== undefined) networkd['units'] = nu;
  return { systemd, networkd };
}

/** Disks and RAID arrays: the same in specs 1, 2.0 and 2.1. */
function disksAndRaid(st: Obj, storage: Obj): void {
  const disks = list(st['disks'], (d) => {
    const out = plains({}, d, ['device', 'wipeTable']);
    const parts = list(d['partitions'], (p) => plains({}, p, ['label', 'number', 'size', 'start', 'typeGuid']));
    if (parts !== undefined) out['partitions'] = parts;
    return out;
  });
  if (disks !== undefined) storage['disks'] = disks;
  const raid = list(st['raid'], (r) => {
    const out = plains({}, r, ['name', 'level', 'spares']);
    const devices = arr(r['devices']).length > 0 ? strs(r['devices']) : undefined;
    if (devices !== undefined) out['devices'] = devices;
    return out;
  });
  if (raid !== undefined) storage['raid'] = raid;
}

const passwdGroups = (pw: Obj): Obj[] | undefined => list(pw['groups'], (g) => {
  const out: Obj = {};
  plain(out, 'name', g['name']);
  if (g['gid'] !== undefined) out['gid'] = g['gid'];
  plain(out, 'passwordHash', g['passwordHash']);
  plain(out, 'system', g['system']);
  return out;
});

/** `TranslateFromV1`: the 2.0-shaped config (as decoded by schema-old's v2_0Config). */
export function translateFromV1(old: Obj): Obj {
  const st = obj(old['storage']);
  const storage: Obj = {};
  disksAndRaid(st, storage);
  const filesystems: Obj[] = [];
  const files: Obj[] = [];
  arr(st['filesystems']).forEach((fs, i) => {
    const name = `_translate-filesystem-${i}`;
    const mount = plains({}, fs, ['device', 'format']);
    if (fs['create'] !== undefined) {
      const c = obj(fs['create']);
      const create = plains({}, c, ['force']);
      if (c['options'] !== undefined) create['options'] = strs(c['options']);
      mount['create'] = create;
    }
    filesystems.push({ name, mount });
    for (const f of arr(fs['files'])) {
      const file: Obj = { filesystem: name };
      plain(file, 'path', f['path']);
      file['contents'] = { source: 'data:,' + dataurlEscape(typeof f['contents'] === 'string' ? f['contents'] : '') };
      plain(file, 'mode', f['mode']);
      plain(file, 'user', f['uid'] !== undefined ? { id: f['uid'] } : undefined);
      plain(file, 'group', f['gid'] !== undefined ? { id: f['gid'] } : undefined);
      files.push(file);
    }
  });
  if (filesystems.length > 0) storage['filesystems'] = filesystems;
  if (files.length > 0) storage['files'] = files;

  const pw = obj(old['passwd']);
  const passwd: Obj = {};
  const users = list(pw['users'], (u) => {
    const out = plains({}, u, ['name', 'passwordHash']);
    if (u['sshAuthorizedKeys'] !== undefined) out['sshAuthorizedKeys'] = strs(u['sshAuthorizedKeys']);
    if (u['create'] !== undefined) {
      const c = obj(u['create']);
      out['create'] = createUser(c, c['groups'] !== undefined ? strs(c['groups']) : undefined);
    }
    return out;
  });
  if (users !== undefined) passwd['users'] = users;
  const groups = passwdGroups(pw);
  if (groups !== undefined) passwd['groups'] = groups;

  const { systemd, networkd } = units(old);
  return withSections({ ignition: { version: semver(2, 0) } }, storage, systemd, networkd, passwd);
}

/** The top-level sections after `ignition`, each left out when empty. */
function withSections(out: Obj, storage: Obj, systemd: Obj, networkd: Obj, passwd: Obj): Obj {
  return plains(out, { storage, systemd, networkd, passwd }, ['storage', 'systemd', 'networkd', 'passwd']);
}

/** `strings.Trim(s, "\"")`. */
const trimQuotes = (s: string): string => s.replace(/^"+/, '').replace(/"+$/, '');

function verification(v: unknown): Obj {
  const h = obj(v)['hash'] as V2_0Hash | undefined;
  if (h === undefined) return {};
  return { hash: trimQuotes(`"${h.function}-${h.sum}"`) };
}

function configReference(r: Obj): Obj {
  const out: Obj = {};
  plain(out, 'source', urlText(typeof r['source'] === 'string' ? r['source'] : ''));
  plain(out, 'verification', verification(r['verification']));
  return out;
}

/** `TranslateFromV2_0`: the 2.1-shaped config (as decoded by schema-v2's 2.1 types). */
export function translateFromV2_0(old: Obj): Obj {
  const ign = obj(old['ignition']);
  const cfg = obj(ign['config']);
  const ignitionConfig: Obj = {};
  if (cfg['replace'] !== undefined) ignitionConfig['replace'] = configReference(obj(cfg['replace']));
  const append = list(cfg['append'], configReference);
  if (append !== undefined) ignitionConfig['append'] = append;
  const ignition: Obj = { version: '2.1.0' };
  plain(ignition, 'config', ignitionConfig);

  const st = obj(old['storage']);
  const storage: Obj = {};
  disksAndRaid(st, storage);
  const filesystems = list(st['filesystems'], (f) => {
    const out = plains({}, f, ['name']);
    if (f['mount'] !== undefined) {
      const m = obj(f['mount']);
      const mount = plains({}, m, ['device', 'format']);
      if (m['create'] !== undefined) {
        const c = obj(m['create']);
        const create = plains({}, c, ['force']);
        // make([]CreateOption, len(opts)): non-nil even when empty.
        create['options'] = strs(c['options']) ?? [];
        mount['create'] = create;
      }
      out['mount'] = mount;
    }
    if (f['path'] !== undefined) out['path'] = f['path'];
    return out;
  });
  if (filesystems !== undefined) storage['filesystems'] = filesystems;
  const files = list(st['files'], (f) => {
    const out = plains({}, f, ['filesystem', 'path']);
    out['user'] = { id: typeof obj(f['user'])['id'] === 'number' ? obj(f['user'])['id'] : 0 };
    out['group'] = { id: typeof obj(f['group'])['id'] === 'number' ? obj(f['group'])['id'] : 0 };
    plain(out, 'mode', f['mode']);
    const c = obj(f['contents']);
    const contents: Obj = {};
    plain(contents, 'compression', c['compression']);
    plain(contents, 'source', urlText(typeof c['source'] === 'string' ? c['source'] : ''));
    plain(contents, 'verification', verification(c['verification']));
    plain(out, 'contents', contents);
    return out;
  });
  if (files !== undefined) storage['files'] = files;

  const pw = obj(old['passwd']);
  const passwd: Obj = {};
  const users = list(pw['users'], (u) => {
    // v0.35.0 util.StrToPtr: a nil passwordHash for "".
    const out = plains({}, u, ['name', 'passwordHash']);
    out['sshAuthorizedKeys'] = strs(u['sshAuthorizedKeys']) ?? [];
    if (u['create'] !== undefined) {
      const c = obj(u['create']);
      out['create'] = createUser(c, arr(c['groups']).length > 0 ? strs(c['groups']) : undefined);
    }
    return out;
  });
  if (users !== undefined) passwd['users'] = users;
  const groups = passwdGroups(pw);
  if (groups !== undefined) passwd['groups'] = groups;

  const { systemd, networkd } = units(old);
  return withSections({ ignition }, storage, systemd, networkd, passwd);
}
