/**
 * Ignition's generic validation walk over a typed config.
 *
 * Mirrors coreos/ignition v2.15.0 config/validate/validate.go `ValidateWithContext` on top of
 * github.com/coreos/vcontext validate/validate.go: three depth-first walks in struct declaration
 * order, their reports concatenated —
 * 1. every type's own `Validate` method (the per-type files in this folder);
 * 2. `ValidateDups`: in each struct, list entries with the same `Key()` (files, directories and links
 *    share one key space, as do `shouldExist`/`shouldNotExist` kernel arguments);
 * 3. `ValidateUnusedKeys` (only when the source document is known): keys the struct does not have,
 *    matched exactly (Go's decoder matched them case-insensitively, this check does not). Go ranges
 *    over a map here, so its order among one object's unknown keys is random; ours is document order.
 * Value structs absent from the config are walked as zero values where that can report something
 * (unused keys inside an empty-valued `"contents": {...}`), as Go walks every struct field.
 */

import type { PathSegment } from '../../errors.js';
import type { TextNode } from '../go/json-text.js';
import { Report } from '../report.js';
import type { SpecSchema, SpecVersion, StructDef } from '../schema.js';
import { E } from '../shared-errors.js';
import { zeroStruct } from '../decode.js';
import type { GoObject } from '../decode.js';
import { formatPath } from '../../errors.js';
import type { AnyConfig } from './any-types.js';
import { validateClevisCustom } from './clevis.js';
import { validateConfig } from './config.js';
import { validateDirectory } from './directory.js';
import { validateDisk } from './disk.js';
import { validateFile } from './file.js';
import { validateFilesystem } from './filesystem.js';
import { validateHTTPHeader } from './headers.js';
import { validateIgnitionConfig, validateIgnitionSection } from './ignition.js';
import { validateLuks } from './luks.js';
import { validateNode, validateNodeOwner } from './node.js';
import { validatePartition } from './partition.js';
import { validateProxy } from './proxy.js';
import { validateDevice, validateRaid } from './raid.js';
import {
  validateCaReference, validateConfigReference, validateFileContents, validateResource,
} from './resource.js';
import { validateStorage } from './storage.js';
import { validateSystemd } from './systemd.js';
import { validateTang } from './tang.js';
import { validateTLS } from './tls.js';
import { validateDropin, validateUnit } from './unit.js';
import type { Path } from './util.js';
import { atLeast } from './util.js';
import { validateVerification } from './verification.js';
import { type TypeKeys, typeKeys } from '../type-keys.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Validator = (v: any, c: Path, r: Report, ver: SpecVersion) => void;

interface TypeRules extends TypeKeys {
  validate?: Validator;
}

function rulesFor(ver: SpecVersion): Record<string, TypeRules> {
  const validators: Record<string, Validator> = {
    Config: (v, c, r) => validateConfig(v as AnyConfig, c, r),
    Ignition: validateIgnitionSection,
    Verification: validateVerification,
    Storage: validateStorage,
    Directory: validateDirectory,
    File: validateFile,
    Link: (v, c, r) => validateNode(v, c, r),
    NodeUser: (v, c, r) => validateNodeOwner(v, c, r),
    NodeGroup: (v, c, r) => validateNodeOwner(v, c, r),
    Disk: (v, c, r) => validateDisk(v, c, r),
    Partition: (v, c, r) => validatePartition(v, c, r),
    Filesystem: validateFilesystem,
    Raid: validateRaid,
    Systemd: (v, c, r) => validateSystemd(v, c, r),
    Unit: (v, c, r) => validateUnit(v, c, r),
    Dropin: (v, c, r) => validateDropin(v, c, r),
  };
  if (ver === '3.0') {
    validators['FileContents'] = validateFileContents;
    validators['ConfigReference'] = validateConfigReference;
    validators['CaReference'] = validateCaReference;
  } else {
    validators['Resource'] = validateResource;
    validators['HTTPHeader'] = (v, c, r) => validateHTTPHeader(v, c, r);
    validators['IgnitionConfig'] = validateIgnitionConfig;
    validators['Proxy'] = (v, c, r) => validateProxy(v, c, r);
    validators['TLS'] = validateTLS;
  }
  if (atLeast(ver, '3.2')) {
    validators['Luks'] = validateLuks;
    validators['Tang'] = validateTang;
    validators[ver === '3.2' ? 'Custom' : 'ClevisCustom'] = validateClevisCustom;
  }
  const rules: Record<string, TypeRules> = { ...typeKeys(ver) };
  for (const [name, validate] of Object.entries(validators)) rules[name] = { ...rules[name], validate };
  return rules;
}

const RULES: Record<SpecVersion, Record<string, TypeRules>> = {
  '3.0': rulesFor('3.0'), '3.1': rulesFor('3.1'), '3.2': rulesFor('3.2'), '3.3': rulesFor('3.3'), '3.4': rulesFor('3.4'),
};

/** A view of the source document for the unused-key walk. */
export interface SourceTree {
  /** Child of an object by exact key (the last one when repeated), or undefined. */
  child(node: unknown, key: string): unknown;
  item(node: unknown, i: number): unknown;
  /** Object keys in document order, each once; null when the node is not an object. */
  keys(node: unknown): string[] | null;
  /** `keys(node)` without those in `known`, in the same order; null when the node is not an object. */
  unknownKeys(node: unknown, known: ReadonlyMap<string, unknown>): readonly string[] | null;
}

const NONE: readonly string[] = Object.freeze([]);

export const textTree: SourceTree = {
  child(node, key) {
    const n = node as TextNode | undefined;
    if (n?.kind !== 'object') return undefined;
    for (let i = n.entries.length - 1; i >= 0; i--) if (n.entries[i]![0] === key) return n.entries[i]![1];
    return undefined;
  },
  item(node, i) {
    const n = node as TextNode | undefined;
    return n?.kind === 'array' ? n.items[i] : undefined;
  },
  keys(node) {
    const n = node as TextNode;
    if (n.kind !== 'object') return null;
    return [...new Set(n.entries.map((e) => e[0]))];
  },
  unknownKeys(node, known) {
    const keys = textTree.keys(node);
    return keys === null ? null : keys.filter((k) => !known.has(k));
  },
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const droppedValue = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

export const jsTree: SourceTree = {
  child(node, key) {
    if (!isPlainObject(node) || !Object.hasOwn(node, key)) return undefined;
    const v = node[key];
    return droppedValue(v) ? undefined : v;
  },
  item(node, i) {
    return Array.isArray(node) ? (node[i] as unknown) : undefined;
  },
  keys(node) {
    if (!isPlainObject(node)) return null;
    return Object.keys(node).filter((k) => !droppedValue(node[k]));
  },
  unknownKeys(node, known) {
    if (!isPlainObject(node)) return null;
    let out: string[] | null = null;
    for (const k of Object.keys(node)) {
      if (!known.has(k) && !droppedValue(node[k])) (out ??= []).push(k);
    }
    return out ?? NONE;
  },
};

// ---- per-struct plans ------------------------------------------------------------------------------
// What the walk needs of each struct, worked out once per spec: its validator, the fields it descends
// into (scalars are skipped), and the lists ValidateDups checks.

interface Plan {
  readonly schema: SpecSchema;
  readonly def: StructDef;
  readonly validate: Validator | undefined;
  readonly children: ChildField[];
  readonly dups: DupList[];
  /** Walking this struct's zero value (with no source node) reports nothing; computed on first use. */
  zeroSilent: boolean | undefined;
}

interface ChildField {
  readonly json: string;
  readonly slice: boolean;
  /** Pointer struct (a nil one is not walked). */
  readonly ptr: boolean;
  /** The struct, or the slice's element struct; null for a slice of scalars. */
  readonly plan: Plan | null;
  /** A `[]Device` slice: each element is validated. */
  readonly devices: boolean;
}

interface DupList {
  readonly json: string;
  /** Duplicate namespace (MergedKeys), or the field's own name. */
  readonly ns: string;
  /** `Key()` of the element struct; null for a slice of strings (the value is the key). */
  readonly key: ((v: any) => string) | null;
}

interface SpecPlans {
  readonly ver: SpecVersion;
  readonly root: Plan;
}

const plansBySchema = new Map<SpecSchema, SpecPlans>();

function plansFor(schema: SpecSchema): SpecPlans {
  let p = plansBySchema.get(schema);
  if (p !== undefined) return p;
  const rules = RULES[schema.version];
  const byName = new Map<string, Plan>();
  const planOf = (name: string): Plan => {
    const cached = byName.get(name);
    if (cached !== undefined) return cached;
    const def = schema.structs[name]!;
    const own = rules[def.name];
    const plan: Plan = { schema, def, validate: own?.validate, children: [], dups: [], zeroSilent: undefined };
    byName.set(name, plan);
    for (const f of def.fields) {
      const t = f.type;
      if (t.kind === 'struct') {
        plan.children.push({ json: f.json, slice: false, ptr: t.ptr, plan: planOf(t.struct), devices: false });
      } else if (t.kind === 'slice') {
        const elem = t.elem;
        plan.children.push({
          json: f.json, slice: true, ptr: false,
          plan: elem.kind === 'struct' ? planOf(elem.struct) : null,
          devices: elem.kind === 'scalar' && elem.goType === 'types.Device',
        });
        if (own?.ignoreDups?.has(f.json) === true) continue;
        const key = elem.kind === 'struct' ? rules[schema.structs[elem.struct]!.name]?.key : undefined;
        plan.dups.push({ json: f.json, ns: own?.mergedKeys?.[f.json] ?? f.json, key: key ?? null });
      }
    }
    return plan;
  };
  p = { ver: schema.version, root: planOf(schema.root) };
  plansBySchema.set(schema, p);
  return p;
}

// ---- the walk --------------------------------------------------------------------------------------

interface WalkCtx {
  readonly ver: SpecVersion;
  readonly own: Report;
  readonly dups: Report;
  readonly unused: Report;
  /** The source document (unused keys), or null. Absent value structs are walked as zero values iff set. */
  readonly src: SourceTree | null;
  /** List entries known to pass these rules without errors: not walked (see validateMergedErrors). */
  readonly trusted: ReadonlySet<object> | null;
}

/** Whether walking `plan`'s zero value, with no source node under it, reports anything. */
function zeroSilent(plan: Plan, ver: SpecVersion): boolean {
  if (plan.zeroSilent === undefined) {
    const ctx: WalkCtx = { ver, own: new Report(), dups: new Report(), unused: new Report(), src: jsTree, trusted: null };
    walk(ctx, plan, zeroStruct(plan.schema, plan.def), [], undefined);
    plan.zeroSilent = ctx.own.entries.length + ctx.dups.entries.length + ctx.unused.entries.length === 0;
  }
  return plan.zeroSilent;
}

function walk(ctx: WalkCtx, plan: Plan, obj: GoObject, path: PathSegment[], tree: unknown): void {
  plan.validate?.(obj, path, ctx.own, ctx.ver);
  if (plan.dups.length !== 0) validateDups(plan.dups, obj, path, ctx.dups);
  const src = ctx.src;
  if (src !== null && tree !== undefined) validateUnusedKeys(plan.def, tree, path, ctx.unused, src);
  const children = plan.children;
  for (let n = 0; n < children.length; n++) {
    const ch = children[n]!;
    const v = obj[ch.json];
    if (!ch.slice) {
      if (v !== undefined) {
        path.push(ch.json);
        walk(ctx, ch.plan!, v as GoObject, path, src !== null && tree !== undefined ? src.child(tree, ch.json) : undefined);
        path.pop();
      } else if (!ch.ptr && src !== null) {
        const childTree = tree !== undefined ? src.child(tree, ch.json) : undefined;
        if (childTree === undefined && zeroSilent(ch.plan!, ctx.ver)) continue;
        path.push(ch.json);
        walk(ctx, ch.plan!, zeroStruct(ch.plan!.schema, ch.plan!.def), path, childTree);
        path.pop();
      }
    } else if (Array.isArray(v) && v.length !== 0) {
      const elemPlan = ch.plan;
      if (elemPlan === null && !ch.devices) continue;
      path.push(ch.json);
      const childTree = src !== null && tree !== undefined ? src.child(tree, ch.json) : undefined;
      const trusted = ctx.trusted;
      for (let i = 0; i < v.length; i++) {
        if (trusted !== null && trusted.has(v[i] as object)) continue;
        path.push(i);
        if (elemPlan !== null) {
          walk(ctx, elemPlan, v[i] as GoObject, path, childTree !== undefined ? src!.item(childTree, i) : undefined);
        } else validateDevice(v[i] as string, path, ctx.own);
        path.pop();
      }
      path.pop();
    }
  }
}

function validateDups(lists: readonly DupList[], obj: GoObject, c: Path, r: Report): void {
  let seenByNs: Map<string, Set<string>> | null = null;
  for (let n = 0; n < lists.length; n++) {
    const d = lists[n]!;
    const v = obj[d.json];
    if (!Array.isArray(v) || v.length === 0) continue;
    seenByNs ??= new Map();
    let seen = seenByNs.get(d.ns);
    if (seen === undefined) seenByNs.set(d.ns, (seen = new Set()));
    const key = d.key;
    for (let i = 0; i < v.length; i++) {
      const k = key !== null ? key(v[i]) : (v[i] as string);
      if (seen.has(k)) r.error([...c, d.json, i], E.ErrDuplicate);
      else seen.add(k);
    }
  }
}

function validateUnusedKeys(def: StructDef, tree: unknown, c: Path, r: Report, src: SourceTree): void {
  const keys = src.unknownKeys(tree, def.byName);
  if (keys === null) {
    r.warn(c, {
      code: 'CONTEXT_TREE_MISMATCH',
      message: `context tree does not match content tree at ${formatPath(c)}. Line and column reporting may be inconsistent. Unused keys may not be reported.`,
    });
    return;
  }
  for (const key of keys) r.warn([...c, key], { code: 'UNUSED_KEY', message: `Unused key ${key}` });
}

/**
 * Which Ignition release's rules: v2.15.0 (MCO 4.13), or v2.13.0 (MCO's `layering` branch), which
 * did not yet have the rules whose findings are listed in `NEWER_THAN_2_13`.
 */
export type RuleSet = 'v2.15' | 'v2.13';

/** Findings added between Ignition v2.13.0 and v2.15.0 (config/v3_x/types: config.go, systemd.go, storage.go, mode.go). */
const NEWER_THAN_2_13 = new Set([
  E.ErrPathConflictsSystemd.code,
  'NO_INSTALL_SECTION_FOR_INSTANTIABLE_UNIT',
  E.ErrHardLinkSpecifiesOwner.code,
  E.ErrPartitionsOverwritten.code,
  E.ErrFilesystemImplicitWipe.code,
  E.ErrModeSpecialBits.code,
]);

/**
 * `validate.ValidateWithContext(cfg, raw)`: the full report for a decoded config of spec `schema`.
 * `source` is the document it was decoded from (for unused keys), or null (Go's `raw == nil`).
 */
export function validateWithContext(
  schema: SpecSchema,
  cfg: GoObject,
  source: { root: unknown; tree: SourceTree } | null,
  rules: RuleSet = 'v2.15',
): Report {
  const r = validateAll(schema, cfg, source);
  if (rules === 'v2.15') return r;
  const older = new Report();
  for (const e of r.entries) if (!NEWER_THAN_2_13.has(e.code)) older.entries.push(e);
  return older;
}

/**
 * The errors of `validateWithContext(schema, cfg, null)`, skipping the list entries in `trusted`: entries
 * known to have none under these rules (the walk of an entry depends on the entry alone, so one that
 * passed before passes again; duplicates are still checked where the lists are). Warnings inside
 * skipped entries are not reported.
 */
export function validateErrorsExcept(schema: SpecSchema, cfg: GoObject, trusted: ReadonlySet<object>): Report {
  return validateAll(schema, cfg, null, trusted);
}

function validateAll(
  schema: SpecSchema,
  cfg: GoObject,
  source: { root: unknown; tree: SourceTree } | null,
  trusted: ReadonlySet<object> | null = null,
): Report {
  const plans = plansFor(schema);
  // One walk feeding three reports, concatenated in Go's order (Validate, then dups, then unused keys).
  const ctx: WalkCtx = { ver: plans.ver, own: new Report(), dups: new Report(), unused: new Report(), src: source?.tree ?? null, trusted };
  walk(ctx, plans.root, cfg, [], source?.root);
  ctx.own.merge(ctx.dups);
  ctx.own.merge(ctx.unused);
  return ctx.own;
}
