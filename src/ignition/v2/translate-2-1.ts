// Mirrors coreos/ignition v0.35.0 config/v2_2/translate.go `TranslateFromV2_1` (2.1 -> 2.2):
// modes become pointers (always set), node owners become pointers (always set), SSH key lists are
// made non-nil, and fields 2.2 added stay unset. Networkd dropins and raid options did not exist.

import type { Ign2Config } from './types.js';

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const strs = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

/** Copies only the listed keys that are present (absent stays absent = Go zero). */
function pick(src: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const k of keys) if (src[k] !== undefined) out[k] = src[k];
  return out;
}

/** `var res []T; for ... { res = append(res, ...) }`: nil (absent) when empty. */
function mapList<T>(v: unknown, f: (o: Obj) => T): T[] | undefined {
  const a = arr(v);
  return a.length === 0 ? undefined : a.map(f);
}

function setIf(out: Obj, key: string, v: unknown): void {
  if (v !== undefined && !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)) out[key] = v;
}

const verification = (v: unknown): Obj => pick(obj(v), ['hash']);
const configRef = (r: Obj): Obj => {
  const out = pick(r, ['source']);
  setIf(out, 'verification', verification(r['verification']));
  return out;
};

function node(x: Obj): Obj {
  const out = pick(x, ['filesystem']);
  // translateNodeGroup/User always return a pointer (possibly to a zero struct).
  out['group'] = pick(obj(x['group']), ['id', 'name']);
  out['path'] = x['path'];
  out['user'] = pick(obj(x['user']), ['id', 'name']);
  if (out['path'] === undefined) delete out['path'];
  return out;
}

export function translateFromV2_1(old: Obj): Ign2Config {
  const ign = obj(old['ignition']);
  const cfg = obj(ign['config']);
  const timeouts = pick(obj(ign['timeouts']), ['httpResponseHeaders', 'httpTotal']);
  const ignitionConfig: Obj = {};
  setIf(ignitionConfig, 'append', mapList(cfg['append'], configRef));
  if (cfg['replace'] !== undefined) ignitionConfig['replace'] = configRef(obj(cfg['replace']));
  const ignition: Obj = {};
  setIf(ignition, 'config', ignitionConfig);
  setIf(ignition, 'timeouts', timeouts);
  ignition['version'] = '2.2.0';

  const networkd: Obj = {};
  setIf(networkd, 'units', mapList(obj(old['networkd'])['units'], (u) => pick(u, ['contents', 'name'])));

  const passwd: Obj = {};
  const pw = obj(old['passwd']);
  setIf(passwd, 'groups', mapList(pw['groups'], (g) => pick(g, ['gid', 'name', 'passwordHash', 'system'])));
  setIf(passwd, 'users', mapList(pw['users'], (u) => {
    const out = pick(u, ['gecos']);
    if (u['create'] !== undefined) {
      const c = obj(u['create']);
      const create = pick(c, ['gecos', 'homeDir', 'noCreateHome', 'noLogInit', 'noUserGroup', 'primaryGroup', 'shell', 'system', 'uid']);
      setIf(create, 'groups', strs(c['groups']).length > 0 ? [...strs(c['groups'])] : undefined);
      out['create'] = sortKeys(create, ['gecos', 'groups', 'homeDir', 'noCreateHome', 'noLogInit', 'noUserGroup', 'primaryGroup', 'shell', 'system', 'uid']);
    }
    setIf(out, 'groups', strs(u['groups']).length > 0 ? [...strs(u['groups'])] : undefined);
    Object.assign(out, pick(u, ['homeDir', 'name', 'noCreateHome', 'noLogInit', 'noUserGroup', 'passwordHash', 'primaryGroup']));
    // make([]SSHAuthorizedKey, len(old)): never nil.
    out['sshAuthorizedKeys'] = [...strs(u['sshAuthorizedKeys'])];
    Object.assign(out, pick(u, ['shell', 'system', 'uid']));
    return sortKeys(out, ['create', 'gecos', 'groups', 'homeDir', 'name', 'noCreateHome', 'noLogInit', 'noUserGroup',
      'passwordHash', 'primaryGroup', 'sshAuthorizedKeys', 'shell', 'system', 'uid']);
  }));

  const st = obj(old['storage']);
  const storage: Obj = {};
  setIf(storage, 'directories', mapList(st['directories'], (d) => ({ ...node(d), mode: typeof d['mode'] === 'number' ? d['mode'] : 0 })));
  setIf(storage, 'disks', mapList(st['disks'], (d) => {
    const out = pick(d, ['device']);
    setIf(out, 'partitions', mapList(d['partitions'], (p) => pick(p, ['guid', 'label', 'number', 'size', 'start', 'typeGuid'])));
    Object.assign(out, pick(d, ['wipeTable']));
    return out;
  }));
  setIf(storage, 'files', mapList(st['files'], (f) => {
    const out = node(f);
    const c = obj(f['contents']);
    const contents = pick(c, ['compression', 'source']);
    setIf(contents, 'verification', verification(c['verification']));
    setIf(out, 'contents', contents);
    out['mode'] = typeof f['mode'] === 'number' ? f['mode'] : 0;
    return out;
  }));
  setIf(storage, 'filesystems', mapList(st['filesystems'], (f) => {
    const out: Obj = {};
    if (f['mount'] !== undefined) {
      const m = obj(f['mount']);
      const mount: Obj = {};
      if (m['create'] !== undefined) {
        const c = obj(m['create']);
        const create = pick(c, ['force']);
        setIf(create, 'options', strs(c['options']).length > 0 ? [...strs(c['options'])] : undefined);
        mount['create'] = create;
      }
      Object.assign(mount, pick(m, ['device', 'format', 'label']));
      setIf(mount, 'options', strs(m['options']).length > 0 ? [...strs(m['options'])] : undefined);
      Object.assign(mount, pick(m, ['uuid', 'wipeFilesystem']));
      out['mount'] = mount;
    }
    Object.assign(out, pick(f, ['name', 'path']));
    return out;
  }));
  setIf(storage, 'links', mapList(st['links'], (l) => ({ ...node(l), ...pick(l, ['hard', 'target']) })));
  setIf(storage, 'raid', mapList(st['raid'], (r) => {
    const out: Obj = {};
    setIf(out, 'devices', strs(r['devices']).length > 0 ? [...strs(r['devices'])] : undefined);
    Object.assign(out, pick(r, ['level', 'name', 'spares']));
    return out;
  }));

  const systemd: Obj = {};
  setIf(systemd, 'units', mapList(obj(old['systemd'])['units'], (u) => {
    const out = pick(u, ['contents']);
    setIf(out, 'dropins', mapList(u['dropins'], (d) => pick(d, ['contents', 'name'])));
    Object.assign(out, pick(u, ['enable', 'enabled', 'mask', 'name']));
    return out;
  }));

  const config: Obj = { ignition };
  setIf(config, 'networkd', networkd);
  setIf(config, 'passwd', passwd);
  setIf(config, 'storage', storage);
  setIf(config, 'systemd', systemd);
  return config as Ign2Config;
}

function sortKeys(o: Obj, order: readonly string[]): Obj {
  const out: Obj = {};
  for (const k of order) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
