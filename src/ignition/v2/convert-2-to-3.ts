// Mirrors MCO release-4.13 pkg/controller/common/helpers.go `convertIgnition2to3`:
//   ign2_3.Translate (ignition v0.35.0 config/v2_3/translate.go, 2.2 -> 2.3)
//   -> v23tov30.Translate(cfg, {"root": "/"}) (coreos/ign-converter cee89ea translate/v23tov30)
//   -> translate3_1.Translate -> translate3.Translate (ignition v2.15.0, 3.0 -> 3.1 -> 3.2).
//
// ign-converter first checks the 2.3 config (`Check2_3`): Ignition's 2.3 validation must find no
// error and no deprecated field, networkd is refused, every filesystem must be "root", paths must be
// unique across files, directories and links and must not run through a link the config creates,
// unit names and dropin names must be unique. It then translates (2.x files default to
// overwrite: true; append: true becomes an `append` entry with overwrite: false) and validates the
// 3.0 result (with Ignition v2.15.0's 3.0 rules: validate/walk.ts). The 3.0 -> 3.2 steps only
// change the version.
//
// Quirk kept: translateCfgRefs takes `&ref.Source` of the range variable, so with Go 1.19 every
// `ignition.config.merge` entry gets the source of the last `append` entry.

import { RenderError, formatPath } from '../../errors.js';
import type { IgnitionConfig } from '../types.js';
import { goQuote } from '../../_go/fmt.js';
import { join as goPathJoin } from '../go/path.js';
import { isDeprecated, isFatal, reportString } from './report.js';
import { v2Schema } from './schema-v2.js';
import type { Ign2Config } from './types.js';
import { validateWithoutSource } from './validate-v0.js';
import { schema30 } from '../schema.js';
import { validateWithContext } from '../validate/walk.js';

type Obj = Record<string, unknown>;

const o = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const l = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strList = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

class ConvertError extends Error {
  constructor(message: string, readonly path?: ReadonlyArray<string | number>) {
    super(message);
  }
}

/** `var ret []T; for ... append`: undefined when empty. */
const nilIfEmpty = <T>(a: T[]): T[] | undefined => (a.length === 0 ? undefined : a);

/** util.StrP / BoolP / IntP: nil for the zero value. */
const strP = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const boolP = (v: unknown): true | undefined => (v === true ? true : undefined);
const intP = (v: unknown): number | undefined => (typeof v === 'number' && v !== 0 ? v : undefined);

/** Drops undefined members (Go nil / omitted), keeping key order. */
function compact(x: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(x)) if (v !== undefined) out[k] = v;
  return out;
}

/** ign2_3.Translate: the only changes that matter are partitions' label/size/start becoming pointers. */
function translate2_2to2_3(cfg: Ign2Config): Obj {
  const disks = cfg.storage?.disks;
  if (disks === undefined) return cfg as Obj;
  return {
    ...cfg,
    storage: {
      ...cfg.storage,
      disks: disks.map((d) => {
        if (d.partitions === undefined) return d;
        return {
          ...d,
          partitions: d.partitions.map((p) => compact({
            guid: p.guid,
            label: p.label ?? '',
            number: p.number,
            size: p.size ?? 0,
            start: p.start ?? 0,
            typeGuid: p.typeGuid,
          })),
        };
      }),
    },
  };
}

/** ign-converter util's error texts. */
const duplicateInode = (old: string, neu: string): string =>
  `Config has conflicting inodes: ${goQuote(old)} and ${goQuote(neu)}.  All files, directories and links must specify a unique \`path\`.`;
const usesOwnLink = (name: string, link: string): string =>
  `${name} uses link defined in config ${goQuote(link)}. Please use a link not defined in Storage:Links`;

function checkPathUsesLink(links: readonly string[], p: string): string {
  for (const k of links) if (p.startsWith(k) && p !== k) return k;
  return '';
}

const FS_MAP: Record<string, string> = { root: '/' };
const fsPath = (fs: unknown): string => (Object.hasOwn(FS_MAP, str(fs)) ? FS_MAP[str(fs)]! : '');

/** v23tov30.Check2_3. */
function check2_3(cfg: Obj): void {
  const rpt = validateWithoutSource(cfg, v2Schema('2.3').config);
  if (isFatal(rpt) || isDeprecated(rpt)) throw new ConvertError(`Invalid input config:\n${reportString(rpt)}`);
  if (l(o(cfg['networkd'])['units']).length !== 0) throw new ConvertError('config includes deprecated networkd section - use Files instead');
  const st = o(cfg['storage']);
  for (const fs of l(st['filesystems'])) {
    if (!Object.hasOwn(FS_MAP, str(fs['name']))) {
      throw new ConvertError(`Config defined filesystem ${goQuote(str(fs['name']))} but no mapping was defined.Please specify a path to be used as the filesystem mountpoint.`);
    }
  }
  const entries = new Map<string, string>();
  const links = l(st['links']).map((k) => goPathJoin('/', fsPath(k['filesystem']), str(k['path'])));
  for (const [list, kind] of [[st['files'], 'File'], [st['directories'], 'Directory']] as const) {
    for (const n of l(list)) {
      const p = goPathJoin('/', fsPath(n['filesystem']), str(n['path']));
      const name = `${kind}: ${p}`;
      const dup = entries.get(p);
      if (dup !== undefined) throw new ConvertError(duplicateInode(dup, name));
      const link = checkPathUsesLink(links, p);
      if (link !== '') throw new ConvertError(usesOwnLink(name, link));
      entries.set(p, name);
    }
  }
  for (const k of l(st['links'])) {
    const p = goPathJoin('/', fsPath(k['filesystem']), str(k['path']));
    const name = `Link: ${p}`;
    const dup = entries.get(p);
    if (dup !== undefined) throw new ConvertError(duplicateInode(dup, name));
    entries.set(p, name);
    const link = checkPathUsesLink(links, p);
    if (link !== '') throw new ConvertError(usesOwnLink(name, link));
  }
  const unitNames = new Set<string>();
  for (const u of l(o(cfg['systemd'])['units'])) {
    const name = str(u['name']);
    if (unitNames.has(name)) throw new ConvertError(`Config has duplicate unit name ${goQuote(name)}.  All units must specify a unique \`name\`.`);
    unitNames.add(name);
    const dropins = new Set<string>();
    for (const d of l(u['dropins'])) {
      const dn = str(d['name']);
      if (dropins.has(dn)) throw new ConvertError(`Config has duplicate dropin name ${goQuote(dn)} in unit ${goQuote(name)}.  All dropins must specify a unique \`name\`.`);
      dropins.add(dn);
    }
  }
}

function node(n: Obj): Obj {
  const u = o(n['user']);
  const g = o(n['group']);
  return compact({
    group: compact({ id: g['id'], name: strP(g['name']) }),
    overwrite: n['overwrite'],
    path: goPathJoin(fsPath(n['filesystem']), str(n['path'])),
    user: compact({ id: u['id'], name: strP(u['name']) }),
  });
}

/** v23tov30.Translate's field mapping (after Check2_3), producing the 3.0 config. */
function translate2_3to3_0(cfg: Obj): Obj {
  const ign = o(cfg['ignition']);
  const icfg = o(ign['config']);
  const appends = l(icfg['append']);
  const lastSource = appends.length > 0 ? str(appends[appends.length - 1]!['source']) : '';
  const replace = icfg['replace'] === undefined ? {} : compact({
    source: str(o(icfg['replace'])['source']),
    verification: compact({ hash: o(o(icfg['replace'])['verification'])['hash'] }),
  });
  const ignition = compact({
    config: compact({
      merge: nilIfEmpty(appends.map((a) => compact({
        source: lastSource,
        verification: compact({ hash: o(a['verification'])['hash'] }),
      }))),
      replace,
    }),
    security: { tls: compact({
      certificateAuthorities: nilIfEmpty(l(o(o(ign['security'])['tls'])['certificateAuthorities']).map((ca) => compact({
        source: str(ca['source']),
        verification: compact({ hash: o(ca['verification'])['hash'] }),
      }))),
    }) },
    timeouts: compact({
      httpResponseHeaders: o(ign['timeouts'])['httpResponseHeaders'],
      httpTotal: o(ign['timeouts'])['httpTotal'],
    }),
    version: '3.0.0',
  });

  const pw = o(cfg['passwd']);
  const passwd = compact({
    groups: nilIfEmpty(l(pw['groups']).map((g) => compact({
      gid: g['gid'], name: str(g['name']), passwordHash: strP(g['passwordHash']), system: boolP(g['system']),
    }))),
    users: nilIfEmpty(l(pw['users']).map((u) => compact({
      gecos: strP(u['gecos']),
      groups: nilIfEmpty([...strList(u['groups'])]),
      homeDir: strP(u['homeDir']),
      name: str(u['name']),
      noCreateHome: boolP(u['noCreateHome']),
      noLogInit: boolP(u['noLogInit']),
      noUserGroup: boolP(u['noUserGroup']),
      passwordHash: u['passwordHash'],
      primaryGroup: strP(u['primaryGroup']),
      sshAuthorizedKeys: nilIfEmpty([...strList(u['sshAuthorizedKeys'])]),
      shell: strP(u['shell']),
      system: boolP(u['system']),
      uid: u['uid'],
    }))),
  });

  const st = o(cfg['storage']);
  const storage = compact({
    directories: nilIfEmpty(l(st['directories']).map((d) => compact({ ...node(d), mode: d['mode'] }))),
    disks: nilIfEmpty(l(st['disks']).map((d) => compact({
      device: str(d['device']),
      partitions: nilIfEmpty(l(d['partitions']).map((p) => compact({
        guid: strP(p['guid']),
        label: p['label'],
        number: intP(p['number']),
        shouldExist: p['shouldExist'],
        sizeMiB: p['sizeMiB'],
        startMiB: p['startMiB'],
        typeGuid: strP(p['typeGuid']),
        wipePartitionEntry: boolP(p['wipePartitionEntry']),
      }))),
      wipeTable: boolP(d['wipeTable']),
    }))),
    files: nilIfEmpty(l(st['files']).map((f) => {
      // 2.x files overwrite by default; appending ones must not.
      const overwrite = f['append'] === true ? false : (f['overwrite'] ?? true);
      const c = o(f['contents']);
      const contents = compact({
        compression: strP(c['compression']),
        source: str(c['source']),
        verification: compact({ hash: o(c['verification'])['hash'] }),
      });
      return compact({
        ...node({ ...f, overwrite }),
        append: f['append'] === true ? [contents] : undefined,
        contents: f['append'] === true ? {} : contents,
        mode: f['mode'],
      });
    })),
    // Only "root" can pass Check2_3, and root is implied: nothing to translate.
    filesystems: undefined,
    links: nilIfEmpty(l(st['links']).map((k) => compact({ ...node(k), hard: boolP(k['hard']), target: str(k['target']) }))),
    raid: nilIfEmpty(l(st['raid']).map((r) => compact({
      devices: nilIfEmpty([...strList(r['devices'])]),
      level: str(r['level']),
      name: str(r['name']),
      options: nilIfEmpty([...strList(r['options'])]),
      spares: intP(r['spares']),
    }))),
  });

  const systemd = compact({
    units: nilIfEmpty(l(o(cfg['systemd'])['units']).map((u) => {
      // `enabled` wins over the deprecated `enable`; enabled: false is kept.
      let enabled: boolean | undefined;
      if (u['enabled'] === true || u['enable'] === true) enabled = true;
      if (u['enabled'] === false) enabled = false;
      return compact({
        contents: strP(u['contents']),
        dropins: nilIfEmpty(l(u['dropins']).map((d) => compact({ contents: strP(d['contents']), name: str(d['name']) }))),
        enabled,
        mask: boolP(u['mask']),
        name: str(u['name']),
      });
    })),
  });

  return { ignition, passwd, storage, systemd };
}

/** Go's omitempty plus clarketm/json's empty-struct omission, for the 3.2 result. */
function prune(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(prune);
  if (typeof v !== 'object' || v === null) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    const p = prune(x);
    if (p === undefined) continue;
    if (typeof p === 'object' && p !== null && !Array.isArray(p) && Object.keys(p).length === 0) continue;
    out[k] = p;
  }
  return out;
}

/** 3.0 -> 3.1 -> 3.2: the structs gain fields we leave unset; the version becomes 3.2.0. */
function to3_2(cfg: Obj): IgnitionConfig {
  const out = prune(cfg) as Obj;
  const ignition = { ...o(out['ignition']), version: '3.2.0' };
  const res: Obj = { ignition };
  for (const k of ['passwd', 'storage', 'systemd']) if (out[k] !== undefined) res[k] = out[k];
  return res as unknown as IgnitionConfig;
}

/** The Go error text of convertIgnition2to3, or the converted config. */
export function tryConvertIgnition2to3(
  config: Ign2Config,
): { ok: true; config: IgnitionConfig } | { ok: false; error: string; path?: string } {
  try {
    const c23 = translate2_2to2_3(config);
    check2_3(c23);
    const c30 = translate2_3to3_0(c23);
    // ValidateWithContext(cfg, nil) on the 3.0 result: c30 is already in the decoded form (pointer
    // fields present iff non-nil), so the 3.x walk reads it as it is.
    const rep = validateWithContext(schema30, c30, null);
    const firstError = rep.entries.find((e) => e.kind === 'error');
    if (firstError !== undefined) throw new ConvertError(rep.toString(), firstError.path);
    return { ok: true, config: to3_2(c30) };
  } catch (e) {
    if (e instanceof ConvertError) {
      return {
        ok: false,
        error: `unable to convert Ignition spec v2 config to v3: ${e.message}`,
        ...(e.path === undefined ? {} : { path: formatPath(e.path) }),
      };
    }
    throw e;
  }
}

/**
 * MCO's conversion of a (deduplicated) spec 2.2 config to 3.2, as ParseAndConvertConfig does it:
 * failures throw RenderError `INVALID_IGNITION` (stage `merge`) with MCO's message
 * "failed to convert Ignition config spec v2 to v3: unable to convert Ignition spec v2 config to v3: ...".
 */
export function convertIgnition2to3(config: Ign2Config): IgnitionConfig {
  const r = tryConvertIgnition2to3(config);
  if (r.ok) return r.config;
  throw new RenderError('INVALID_IGNITION', 'merge', `failed to convert Ignition config spec v2 to v3: ${r.error}`, { path: r.path });
}
