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
import type { FieldDef, Schema, SpecSchema, SpecVersion, StructDef } from '../schema.js';
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

/* eslint-disable @typescript-eslint/no-explicit-any */
type Validator = (v: any, c: Path, r: Report, ver: SpecVersion) => void;

interface TypeRules {
  validate?: Validator;
  /** `Key()` of list elements of this type. */
  key?: (v: any) => string;
  /** `IgnoreDuplicates()`: list fields (JSON names) not checked for duplicates. */
  ignoreDups?: ReadonlySet<string>;
  /** `MergedKeys()`: list fields (JSON names) sharing one duplicate namespace. */
  mergedKeys?: Readonly<Record<string, string>>;
}

const sourceKey = (v: { source?: string }): string => v.source ?? '';
const nameKey = (v: { name: string }): string => v.name;
const pathKey = (v: { path: string }): string => v.path;
const deviceKey = (v: { device: string }): string => v.device;

const NODE_KEYS = { directories: 'Node', files: 'Node', links: 'Node' } as const;

function rulesFor(ver: SpecVersion): Record<string, TypeRules> {
  const rules: Record<string, TypeRules> = {
    Config: { validate: (v, c, r) => validateConfig(v as AnyConfig, c, r) },
    Ignition: { validate: validateIgnitionSection },
    Verification: { validate: validateVerification },
    Storage: { validate: validateStorage, mergedKeys: NODE_KEYS },
    Directory: { validate: validateDirectory, key: pathKey },
    File: { validate: validateFile, key: pathKey, ignoreDups: new Set(['append']) },
    Link: { validate: (v, c, r) => validateNode(v, c, r), key: pathKey },
    NodeUser: { validate: (v, c, r) => validateNodeOwner(v, c, r) },
    NodeGroup: { validate: (v, c, r) => validateNodeOwner(v, c, r) },
    Disk: { validate: (v, c, r) => validateDisk(v, c, r), key: deviceKey },
    Partition: {
      validate: (v, c, r) => validatePartition(v, c, r),
      key: (p: { number?: number; label?: string }) =>
        (p.number ?? 0) !== 0 ? `number:${p.number}` : p.label !== undefined ? `label:${p.label}` : '',
    },
    Filesystem: {
      validate: validateFilesystem,
      key: deviceKey,
      ignoreDups: new Set(atLeast(ver, '3.1') ? ['options', 'mountOptions'] : ['options']),
    },
    Raid: { validate: validateRaid, key: nameKey, ignoreDups: new Set(['options']) },
    PasswdUser: { key: nameKey },
    PasswdGroup: { key: nameKey },
    Systemd: { validate: (v, c, r) => validateSystemd(v, c, r) },
    Unit: { validate: (v, c, r) => validateUnit(v, c, r), key: nameKey },
    Dropin: { validate: (v, c, r) => validateDropin(v, c, r), key: nameKey },
  };
  if (ver === '3.0') {
    rules['FileContents'] = { validate: validateFileContents };
    rules['ConfigReference'] = { validate: validateConfigReference, key: sourceKey };
    rules['CaReference'] = { validate: validateCaReference, key: sourceKey };
  } else {
    rules['Resource'] = { validate: validateResource, key: sourceKey };
    rules['HTTPHeader'] = { validate: (v, c, r) => validateHTTPHeader(v, c, r), key: nameKey };
    rules['IgnitionConfig'] = { validate: validateIgnitionConfig };
    rules['Proxy'] = { validate: (v, c, r) => validateProxy(v, c, r) };
    rules['TLS'] = { validate: validateTLS };
  }
  if (atLeast(ver, '3.2')) {
    rules['Luks'] = { validate: validateLuks, key: nameKey, ignoreDups: new Set(['options']) };
    rules['Tang'] = { validate: validateTang, key: (t: { url?: string }) => t.url ?? '' };
    rules[ver === '3.2' ? 'Custom' : 'ClevisCustom'] = { validate: validateClevisCustom };
  }
  if (atLeast(ver, '3.3')) {
    rules['KernelArguments'] = { mergedKeys: { shouldExist: 'KernelArgument', shouldNotExist: 'KernelArgument' } };
  }
  return rules;
}

const RULES: Record<SpecVersion, Record<string, TypeRules>> = {
  '3.0': rulesFor('3.0'), '3.1': rulesFor('3.1'), '3.2': rulesFor('3.2'), '3.3': rulesFor('3.3'), '3.4': rulesFor('3.4'),
};

type Visit = (def: StructDef, obj: GoObject, path: PathSegment[], tree: unknown) => void;
type VisitScalar = (field: FieldDef, value: unknown, path: PathSegment[]) => void;

/** A view of the source document for the unused-key walk. */
export interface SourceTree {
  /** Child of an object by exact key (the last one when repeated), or undefined. */
  child(node: unknown, key: string): unknown;
  item(node: unknown, i: number): unknown;
  /** Object keys in document order, each once; null when the node is not an object. */
  keys(node: unknown): string[] | null;
}

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
};

function walk(
  schema: Schema, def: StructDef, obj: GoObject, path: PathSegment[], tree: unknown,
  visit: Visit, visitScalar: VisitScalar | null, includeZero: boolean, src: SourceTree | null,
): void {
  visit(def, obj, path, tree);
  for (const f of def.fields) {
    const t = f.type;
    if (t.kind === 'scalar') continue;
    const v = obj[f.json];
    const childTree = src !== null && tree !== undefined ? src.child(tree, f.json) : undefined;
    path.push(f.json);
    if (t.kind === 'struct') {
      const sdef = schema.structs[t.struct]!;
      if (v !== undefined) walk(schema, sdef, v as GoObject, path, childTree, visit, visitScalar, includeZero, src);
      else if (!t.ptr && includeZero) {
        walk(schema, sdef, zeroStruct(schema, sdef), path, childTree, visit, visitScalar, includeZero, src);
      }
    } else if (Array.isArray(v)) {
      const elem = t.elem;
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const itemTree = childTree !== undefined ? src!.item(childTree, i) : undefined;
        if (elem.kind === 'struct') {
          walk(schema, schema.structs[elem.struct]!, v[i] as GoObject, path, itemTree, visit, visitScalar, includeZero, src);
        } else if (visitScalar !== null) visitScalar(f, v[i], path);
        path.pop();
      }
    }
    path.pop();
  }
}

function validateDups(schema: Schema, rules: Record<string, TypeRules>, def: StructDef, obj: GoObject, c: Path, r: Report): void {
  const own = rules[def.name];
  let lists: Map<string, Set<string>> | null = null;
  for (const f of def.fields) {
    const t = f.type;
    if (t.kind !== 'slice') continue;
    const v = obj[f.json];
    if (!Array.isArray(v) || v.length === 0) continue;
    if (own?.ignoreDups?.has(f.json) === true) continue;
    const name = own?.mergedKeys?.[f.json] ?? f.json;
    lists ??= new Map();
    let seen = lists.get(name);
    if (seen === undefined) lists.set(name, (seen = new Set()));
    const elem = t.elem;
    const key = elem.kind === 'struct' ? rules[schema.structs[elem.struct]!.name]?.key : undefined;
    for (let i = 0; i < v.length; i++) {
      const k = elem.kind === 'struct' ? key!(v[i]) : (v[i] as string);
      if (seen.has(k)) r.error([...c, f.json, i], E.ErrDuplicate);
      seen.add(k);
    }
  }
}

function validateUnusedKeys(def: StructDef, tree: unknown, c: Path, r: Report, src: SourceTree): void {
  if (tree === undefined) return; // not every struct has corresponding JSON
  const keys = src.keys(tree);
  if (keys === null) {
    r.warn(c, {
      code: 'CONTEXT_TREE_MISMATCH',
      message: `context tree does not match content tree at ${formatPath(c)}. Line and column reporting may be inconsistent. Unused keys may not be reported.`,
    });
    return;
  }
  for (const key of keys) {
    if (!def.byName.has(key)) r.warn([...c, key], { code: 'UNUSED_KEY', message: `Unused key ${key}` });
  }
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

function validateAll(schema: SpecSchema, cfg: GoObject, source: { root: unknown; tree: SourceTree } | null): Report {
  const ver = schema.version;
  const rules = RULES[ver];
  const root = schema.structs[schema.root]!;
  // One walk feeding three reports, concatenated in Go's order (Validate, then dups, then unused keys).
  const own = new Report();
  const dups = new Report();
  const unused = new Report();
  const src = source?.tree ?? null;
  walk(
    schema, root, cfg, [], source?.root,
    (def, obj, path, tree) => {
      rules[def.name]?.validate?.(obj, path, own, ver);
      validateDups(schema, rules, def, obj, path, dups);
      if (src !== null) validateUnusedKeys(def, tree, path, unused, src);
    },
    (f, value, path) => {
      if (f.type.kind === 'slice' && f.type.elem.kind === 'scalar' && f.type.elem.goType === 'types.Device') {
        validateDevice(value as string, path, own);
      }
    },
    src !== null,
    src,
  );
  own.merge(dups);
  own.merge(unused);
  return own;
}
