/**
 * Down-translation 3.4 → 3.3 → 3.2, as MCO 4.13 does it after parsing.
 *
 * Mirrors github.com/coreos/ign-converter (cee89ea7, vendored by MCO release-4.13)
 * translate/v34tov33/v34tov33.go and translate/v33tov32/v33tov32.go `Translate`: validate the input
 * with its own spec's rules (`Invalid input config:\n<report>`), refuse what the older spec cannot
 * hold (`checkValue`: tang advertisements, LUKS discard/openOptions, setuid/setgid/sticky bits, `arn:`
 * sources; kernel arguments for 3.2), translate, and validate the result
 * (`Converted spec has unexpected fatal error:\n<report>`).
 *
 * Where ign-converter's reflection-based translator would panic (a 3.3 pointer that 3.2 needs as a
 * value is nil), the error carries Go's panic text and `panic: true`.
 */

import type { PathSegment } from '../errors.js';
import type { GoObject } from './decode.js';
import type { Report } from './report.js';
import { schema32, schema33, schema34 } from './schema.js';
import { maskSpecialBits, omit, withMaskedMode } from './translate-up.js';
import { isPlainOpaqueDataURL, parseURL } from './validate/url.js';
import { notEmpty } from './validate/util.js';
import { validateWithContext } from './validate/walk.js';

type Obj = GoObject;

export type DownResult =
  | { ok: true; config: GoObject }
  | { ok: false; error: string; path?: PathSegment[]; panic?: boolean };

const GO_NIL_PANIC = 'reflect: call of reflect.Value.Type on zero Value';

class Panic extends Error {}

function fatalPath(r: Report): PathSegment[] | undefined {
  return r.entries.find((e) => e.kind === 'error')?.path;
}

function failed(prefix: string, r: Report): DownResult {
  const path = fatalPath(r);
  return path === undefined ? { ok: false, error: prefix + r.toString() } : { ok: false, error: prefix + r.toString(), path };
}

const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' ? (v as Obj) : undefined);

// ---- 3.4 → 3.3 ------------------------------------------------------------------------------------

/** ign-converter v34tov33 checkValue on a Resource: the error, or null. The path is `<resource>.source`. */
function checkResource(res: Obj | undefined): string | null {
  const source = res?.['source'] as string | undefined;
  if (res === undefined || !notEmpty(source)) return null;
  if (isPlainOpaqueDataURL(source!)) return null; // parses, scheme data
  const u = parseURL(source!);
  if (!u.ok) return 'Invalid input config: ' + u.error;
  if (u.url.scheme === 'arn') return 'Invalid input config: arn: scheme for s3 is not supported in spec v3.3';
  return null;
}

type Problem = { error: string; path: PathSegment[] };

/** `checkValue`, visiting the config in Go's struct order and stopping at the first problem. */
function checkValue34(cfg: Obj): Problem | null {
  const specialBits = 'Invalid input config: special mode bits are not supported in spec v3.3';
  const ign = obj(cfg['ignition']);
  const ic = obj(ign?.['config']);
  let e: string | null;
  const merge = list(ic?.['merge']);
  for (let i = 0; i < merge.length; i++) {
    if ((e = checkResource(merge[i])) !== null) return { error: e, path: ['ignition', 'config', 'merge', i, 'source'] };
  }
  if ((e = checkResource(obj(ic?.['replace']))) !== null) return { error: e, path: ['ignition', 'config', 'replace', 'source'] };
  const cas = list(obj(obj(obj(ign?.['security'])?.['tls']))?.['certificateAuthorities']);
  for (let i = 0; i < cas.length; i++) {
    if ((e = checkResource(cas[i])) !== null) {
      return { error: e, path: ['ignition', 'security', 'tls', 'certificateAuthorities', i, 'source'] };
    }
  }
  const st = obj(cfg['storage']);
  if (st === undefined) return null;
  const hasSpecialBits = (m: unknown): boolean => typeof m === 'number' && (maskSpecialBits(m) !== m);
  const dirs = list(st['directories']);
  for (let i = 0; i < dirs.length; i++) {
    if (hasSpecialBits(dirs[i]!['mode'])) return { error: specialBits, path: ['storage', 'directories', i, 'mode'] };
  }
  const files = list(st['files']);
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    if (hasSpecialBits(f['mode'])) return { error: specialBits, path: ['storage', 'files', i, 'mode'] };
    const append = list(f['append']);
    for (let j = 0; j < append.length; j++) {
      if ((e = checkResource(append[j])) !== null) return { error: e, path: ['storage', 'files', i, 'append', j, 'source'] };
    }
    if ((e = checkResource(obj(f['contents']))) !== null) return { error: e, path: ['storage', 'files', i, 'contents', 'source'] };
  }
  for (const [i, l] of list(st['luks']).entries()) {
    const at: PathSegment[] = ['storage', 'luks', i];
    if (l['discard'] === true) {
      return { error: 'Invalid input config: luks discard is not supported in spec v3.3', path: [...at, 'discard'] };
    }
    if (list(l['openOptions']).length > 0) {
      return { error: 'Invalid input config: luks openOptions is not supported in spec v3.3', path: [...at, 'openOptions'] };
    }
    for (const [j, t] of list(obj(l['clevis'])?.['tang']).entries()) {
      if (notEmpty(t['advertisement'] as string | undefined)) {
        return {
          error: 'Invalid input config: tang offline provisioning is not supported in spec v3.3',
          path: [...at, 'clevis', 'tang', j, 'advertisement'],
        };
      }
    }
    if ((e = checkResource(obj(l['keyFile']))) !== null) return { error: e, path: [...at, 'keyFile', 'source'] };
  }
  return null;
}

function down34to33(cfg: Obj): Obj {
  let out: Obj = { ...cfg, ignition: { ...(cfg['ignition'] as Obj), version: '3.3.0' } };
  const st = obj(cfg['storage']);
  if (st !== undefined) {
    const s: Obj = { ...st };
    if (Array.isArray(st['files'])) s['files'] = list(st['files']).map(withMaskedMode);
    if (Array.isArray(st['directories'])) s['directories'] = list(st['directories']).map(withMaskedMode);
    if (Array.isArray(st['luks'])) {
      s['luks'] = list(st['luks']).map((l) => {
        let luks = omit(omit(l, 'discard'), 'openOptions');
        const clevis = obj(l['clevis']);
        if (clevis !== undefined && Array.isArray(clevis['tang'])) {
          luks = { ...luks, clevis: { ...clevis, tang: list(clevis['tang']).map((t) => omit(t, 'advertisement')) } };
        }
        return luks;
      });
    }
    out = { ...out, storage: s };
  }
  return out;
}

/**
 * Which of a translation's two validations to run. Both by default, as ign-converter does; a caller
 * that knows one cannot be fatal (see mco-parse.ts) may skip it — the report is only used when fatal.
 */
export interface TranslateChecks {
  input?: boolean;
  output?: boolean;
}

/** v34tov33.Translate */
export function translate34to33(cfg: GoObject, checks: TranslateChecks = {}): DownResult {
  if (checks.input !== false) {
    const rpt = validateWithContext(schema34, cfg, null);
    if (rpt.isFatal()) return failed('Invalid input config:\n', rpt);
  }
  const bad = checkValue34(cfg);
  if (bad !== null) return { ok: false, error: bad.error, path: bad.path };
  const res = down34to33(cfg);
  if (checks.output !== false) {
    const check = validateWithContext(schema33, res, null);
    if (check.isFatal()) return failed('Converted spec has unexpected fatal error:\n', check);
  }
  return { ok: true, config: res };
}

// ---- 3.3 → 3.2 ------------------------------------------------------------------------------------

const must = (v: unknown): unknown => {
  if (v === undefined) throw new Panic(GO_NIL_PANIC);
  return v;
};

function down33to32(cfg: Obj): Obj {
  const out: Obj = omit({ ...cfg, ignition: { ...(cfg['ignition'] as Obj), version: '3.2.0' } }, 'kernelArguments');
  const st = obj(cfg['storage']);
  if (st === undefined) return out;
  const s: Obj = { ...st };
  if (Array.isArray(st['raid'])) {
    s['raid'] = list(st['raid']).map((r) => ({
      ...r,
      devices: r['devices'] ?? null,
      level: must(r['level']),
    }));
  }
  if (Array.isArray(st['links'])) s['links'] = list(st['links']).map((l) => ({ ...l, target: must(l['target']) }));
  if (Array.isArray(st['luks'])) {
    s['luks'] = list(st['luks']).map((l) => {
      const clevis = obj(l['clevis']);
      const custom = obj(clevis?.['custom']);
      if (custom === undefined) return l;
      const c32: Obj = { config: must(custom['config']) };
      if (custom['needsNetwork'] !== undefined) c32['needsNetwork'] = custom['needsNetwork'];
      c32['pin'] = must(custom['pin']);
      return { ...l, clevis: { ...clevis, custom: c32 } };
    });
  }
  return { ...out, storage: s };
}

/** v33tov32.Translate */
export function translate33to32(cfg: GoObject, checks: TranslateChecks = {}): DownResult {
  if (checks.input !== false) {
    const rpt = validateWithContext(schema33, cfg, null);
    if (rpt.isFatal()) return failed('Invalid input config:\n', rpt);
  }
  const kargs = obj(cfg['kernelArguments']);
  if (list(kargs?.['shouldExist']).length > 0 || list(kargs?.['shouldNotExist']).length > 0) {
    return { ok: false, error: 'KernelArguments is not supported on 3.2', path: ['kernelArguments'] };
  }
  let res: Obj;
  try {
    res = down33to32(cfg);
  } catch (e) {
    if (e instanceof Panic) return { ok: false, error: e.message, panic: true };
    throw e;
  }
  if (checks.output !== false) {
    const check = validateWithContext(schema32, res, null);
    if (check.isFatal()) return failed('Converted spec has unexpected fatal error:\n', check);
  }
  return { ok: true, config: res };
}
