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

function createUser(c: Obj): Obj {
  const out: Obj = {};
  if (c['uid'] !== undefined) out['uid'] = c['uid'];
  plain(out, 'gecos', c['gecos']);
  plain(out, 'homeDir', c['homeDir']);
  plain(out, 'noCreateHome', c['noCreateHome']);
  plain(out, 'primaryGroup', c['primaryGroup']);
  if (c['groups'] !== undefined) out['groups'] = strs(c['groups']);
  plain(out, 'noUserGroup', c['noUserGroup']);
  plain(out, 'system', c['system']);
  plain(out, 'noLogInit', c['noLogInit']);
  plain(out, 'shell', c['shell']);
  return out;
}

function units(old: Obj): { systemd: Obj; networkd: Obj } {
  const systemd: Obj = {};
  const su = list(obj(old['systemd'])['units'], (u) => {
    const out: Obj = {};
    plain(out, 'name', u['name']);
    plain(out, 'enable', u['enable']);
    plain(out, 'mask', u['mask']);
    plain(out, 'contents', u['contents']);
    const d = list(u['dropins'], (x) => {
      const o: Obj = {};
      plain(o, 'name', x['name']);
      plain(o, 'contents', x['contents']);
      return o;
    });
    if (d !== undefined) out['dropins'] = d;
    return out;
  });
  if (su !== undefined) systemd['units'] = su;
  const networkd: Obj = {};
  const nu = list(obj(old['networkd'])['units'], (u) => {
    const out: Obj = {};
    plain(out, 'name', u['name']);
    plain(out, 'contents', u['contents']);
    return out;
  });
  if (nu !== undefined) networkd['units'] = nu;
  return { systemd, networkd };
}

/** Disks and RAID arrays: the same in specs 1, 2.0 and 2.1. */
function disksAndRaid(st: Obj, storage: Obj): void {
  const disks = list(st['disks'], (d) => {
    const out: Obj = {};
    plain(out, 'device', d['device']);
    plain(out, 'wipeTable', d['wipeTable']);
    const parts = list(d['partitions'], (p) => {
      const o: Obj = {};
      for (const k of ['label', 'number', 'size', 'start', 'typeGuid']) plain(o, k, p[k]);
      return o;
    });
    if (parts !== undefined) out['partitions'] = parts;
    return out;
  });
  if (disks !== undefined) storage['disks'] = disks;
  const raid = list(st['raid'], (r) => {
    const out: Obj = {};
    plain(out, 'name', r['name']);
    plain(out, 'level', r['level']);
    plain(out, 'spares', r['spares']);
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
    const mount: Obj = {};
    plain(mount, 'device', fs['device']);
    plain(mount, 'format', fs['format']);
    if (fs['create'] !== undefined) {
      const c = obj(fs['create']);
      const create: Obj = {};
      plain(create, 'force', c['force']);
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
    const out: Obj = {};
    plain(out, 'name', u['name']);
    plain(out, 'passwordHash', u['passwordHash']);
    if (u['sshAuthorizedKeys'] !== undefined) out['sshAuthorizedKeys'] = strs(u['sshAuthorizedKeys']);
    if (u['create'] !== undefined) out['create'] = createUser(obj(u['create']));
    return out;
  });
  if (users !== undefined) passwd['users'] = users;
  const groups = passwdGroups(pw);
  if (groups !== undefined) passwd['groups'] = groups;

  const { systemd, networkd } = units(old);
  const out: Obj = { ignition: { version: semver(2, 0) } };
  plain(out, 'storage', storage);
  plain(out, 'systemd', systemd);
  plain(out, 'networkd', networkd);
  plain(out, 'passwd', passwd);
  return out;
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
    const out: Obj = {};
    plain(out, 'name', f['name']);
    if (f['mount'] !== undefined) {
      const m = obj(f['mount']);
      const mount: Obj = {};
      plain(mount, 'device', m['device']);
      plain(mount, 'format', m['format']);
      if (m['create'] !== undefined) {
        const c = obj(m['create']);
        const create: Obj = {};
        plain(create, 'force', c['force']);
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
    const out: Obj = {};
    plain(out, 'filesystem', f['filesystem']);
    plain(out, 'path', f['path']);
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
    const out: Obj = {};
    plain(out, 'name', u['name']);
    // v0.35.0 util.StrToPtr: nil for "".
    plain(out, 'passwordHash', u['passwordHash']);
    out['sshAuthorizedKeys'] = strs(u['sshAuthorizedKeys']) ?? [];
    if (u['create'] !== undefined) {
      const c = obj(u['create']);
      const create: Obj = {};
      if (c['uid'] !== undefined) create['uid'] = c['uid'];
      plain(create, 'gecos', c['gecos']);
      plain(create, 'homeDir', c['homeDir']);
      plain(create, 'noCreateHome', c['noCreateHome']);
      plain(create, 'primaryGroup', c['primaryGroup']);
      const g = arr(c['groups']).length > 0 ? strs(c['groups']) : undefined;
      if (g !== undefined) create['groups'] = g;
      plain(create, 'noUserGroup', c['noUserGroup']);
      plain(create, 'system', c['system']);
      plain(create, 'noLogInit', c['noLogInit']);
      plain(create, 'shell', c['shell']);
      out['create'] = create;
    }
    return out;
  });
  if (users !== undefined) passwd['users'] = users;
  const groups = passwdGroups(pw);
  if (groups !== undefined) passwd['groups'] = groups;

  const { systemd, networkd } = units(old);
  const out: Obj = { ignition };
  plain(out, 'storage', storage);
  plain(out, 'systemd', systemd);
  plain(out, 'networkd', networkd);
  plain(out, 'passwd', passwd);
  return out;
}
