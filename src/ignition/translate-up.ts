/**
 * Up-translation of a parsed config to spec 3.4, one version at a time, as `ParseCompatibleVersion`
 * chains it.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_1/translate (3.0 → 3.1: FileContents, ConfigReference and
 * CaReference become Resource — a CA's plain-string source becomes a set pointer), v3_2/translate
 * (3.1 → 3.2), v3_3/translate (3.2 → 3.3: raid level, link target and custom clevis pin/config become
 * pointers; a set `clevis` becomes a value), v3_4/translate (3.3 → 3.4: setuid/setgid/sticky bits are
 * masked out of file and directory modes).
 *
 * Works on the decoder's canonical form (decode.ts), in which most of these changes are already
 * invisible (a value field is always present, a pointer field present when set); what remains is
 * written out below. Inputs are not mutated; unchanged subtrees are shared.
 */

import type { GoObject } from './decode.js';
import type { SpecVersion } from './schema.js';

type Obj = GoObject;

const withVersion = (cfg: Obj, version: string): Obj => ({
  ...cfg,
  ignition: { ...(cfg['ignition'] as Obj), version },
});

/** `mode &^ 07000` on a Go int */
export const maskSpecialBits = (mode: number): number =>
  Number.isSafeInteger(mode) && Math.abs(mode) < 2 ** 31 ? mode & ~0o7000 : Number(BigInt(mode) & ~0o7000n);

/** A file or directory with `mode &^ 07000`: the node itself when that changes nothing (most do not). */
export const withMaskedMode = (node: Obj): Obj => {
  const mode = node['mode'];
  if (typeof mode !== 'number') return node;
  const masked = maskSpecialBits(mode);
  return masked === mode ? node : { ...node, mode: masked };
};

const mapStorage = (cfg: Obj, fn: (storage: Obj) => Obj): Obj => {
  const storage = cfg['storage'] as Obj | undefined;
  return storage === undefined ? cfg : { ...cfg, storage: fn(storage) };
};

/** A copy of `obj` without `key`. */
export const omit = (obj: Obj, key: string): Obj => {
  const out: Obj = {};
  for (const k of Object.keys(obj)) if (k !== key) out[k] = obj[k];
  return out;
};

const mapList = (obj: Obj, key: string, fn: (item: Obj) => Obj): Obj => {
  const list = obj[key];
  return Array.isArray(list) ? { ...obj, [key]: list.map((x) => fn(x as Obj)) } : obj;
};

function up32to33(cfg: Obj): Obj {
  const out = mapStorage(withVersion(cfg, '3.3.0'), (storage) => {
    let s = mapList(storage, 'raid', (raid) => {
      // []Device without omitempty (null when nil) becomes omitempty
      return raid['devices'] === null ? omit(raid, 'devices') : raid;
    });
    s = mapList(s, 'luks', (luks) => {
      const clevis = luks['clevis'] as Obj | undefined;
      if (clevis === undefined) return luks;
      // *Clevis becomes Clevis; *Custom becomes ClevisCustom with pointer pin/config (always set)
      return Object.keys(clevis).length === 0 ? omit(luks, 'clevis') : luks;
    });
    return s;
  });
  return out;
}

function up33to34(cfg: Obj): Obj {
  return mapStorage(withVersion(cfg, '3.4.0'), (storage) => {
    return mapList(mapList(storage, 'files', withMaskedMode), 'directories', withMaskedMode);
  });
}

const STEPS: Array<[SpecVersion, (c: Obj) => Obj]> = [
  ['3.0', (c) => withVersion(c, '3.1.0')],
  ['3.1', (c) => withVersion(c, '3.2.0')],
  ['3.2', up32to33],
  ['3.3', up33to34],
];

/** Translates a config of spec `from` (canonical form) up to spec `to` (default 3.4). */
export function translateUp(cfg: GoObject, from: SpecVersion, to: SpecVersion = '3.4'): GoObject {
  let c = cfg;
  let on = false;
  for (const [v, step] of STEPS) {
    if (v === to) break;
    on ||= v === from;
    if (on) c = step(c);
  }
  return c;
}

/** Translates a config of spec `from` (canonical form) to spec 3.4. */
export const translateTo34 = (cfg: GoObject, from: SpecVersion): GoObject => translateUp(cfg, from, '3.4');
