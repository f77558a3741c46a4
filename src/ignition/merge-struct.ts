/**
 * Ignition 3.2 config merging (the Go `mergeStruct` port), as MCO 4.13 does it.
 *
 * Mirrors coreos/ignition v2.15.0 config/merge/merge.go `MergeStructTranscribe` (`mergeStruct`), called
 * through config/v3_2/config.go `Merge`, as MCO release-4.13 pkg/controller/common/helpers.go
 * `MergeMachineConfigs` folds the configs sorted by name: `outIgn = ign3.Merge(outIgn, next)`. The merge
 * code vendored by MCO is byte-identical to v2.15.0. The transcript is not reproduced (nobody reads it).
 *
 * Rules (Go's comment in merge.go, with what the code actually does):
 * 1. Non-pointer scalars (path, name, version, target, Partition.number, …) are ALWAYS the child's, even
 *    when the child's is zero ("" / 0).
 * 2. Pointers are the child's when non-nil, else the parent's. Pointers to structs (Luks.clevis,
 *    Clevis.custom — ignition#1132) are merged recursively when both are non-nil.
 * 3. Non-pointer structs: the parent's when the child's is zero (Go `IsZero`: nil pointers, nil slices,
 *    zero scalars — an empty non-nil slice is NOT zero), else the child's when the parent's is zero, else
 *    merged recursively. Embedded structs (Node, FileEmbedded1, LinkEmbedded1, …) follow the same rule as
 *    a unit: a child link with no `hard` and `target: ""` keeps the parent's target, one with `hard` set
 *    takes the child's (empty) target.
 * 4. Slices in the type's `IgnoreDuplicates()` (File.append, Filesystem.options/mountOptions,
 *    Luks.options, Raid.options) are concatenated, parent first.
 * 5. Other slices are merged by key (`Key()`, or the string itself for string lists such as
 *    sshAuthorizedKeys, groups, noProxy, Raid.devices). The child's entries are indexed by (handle, key),
 *    where the handle is the field, or the shared `MergedKeys()` space for storage files/directories/links
 *    ("Node", by path); a later entry with the same handle+key overwrites an earlier one (fields in
 *    declaration order: directories < files < links). Then, walking the parent's list in order:
 *    - key found in the child in the same list: the parent entry is merged with that child entry in place
 *      (for string lists: replaced by it); an HTTP header whose child entry has no `value` is dropped;
 *    - key found in the child in another list of the same handle: the parent entry is dropped;
 *    - otherwise the parent entry is kept.
 *    Then every child entry whose key is not among the parent LIST's keys is appended in child order
 *    (duplicates included). So a parent file /a with a child directory /a becomes the directory; a child
 *    with both a file /a and a link /a over a parent file /a keeps only the link.
 *    When both lists are empty the result is nil (absent; `Raid.devices` becomes null).
 *
 * About "MCO's compression workaround": neither Ignition's merge nor MCO's MergeMachineConfigs treats
 * `compression` specially. `contents` (a Resource struct) merges field by field, so a parent file's
 * `contents.compression: "gzip"` SURVIVES a child that changes only `contents.source`. MCO works around
 * this at the source: its own generated files (helpers.go `NewIgnFileBytes`/`NewIgnFileBytesOverwriting`)
 * set `compression: ""` (a non-nil pointer) so that a later config's file wins as uncompressed
 * (butane#332). We reproduce the Go merge as is: the surviving-compression behaviour included.
 *
 * This module works on shared structure: values taken wholesale from one side are shared, never
 * mutated. The public functions in merge.ts return fresh copies.
 */

import {
  type Obj,
  type SliceField,
  type StructLayout,
  copyFieldShared,
  elementKey,
  isPrimZero,
  isZeroStruct,
  sliceOf,
  structOf,
} from './go-layout.js';

/** One entry of Go's `structInfo.keysToValues`/`keysToLists` for a handle. */
interface ChildEntry {
  /** JSON name of the list the entry came from. */
  readonly list: string;
  readonly item: unknown;
}

/** One handle of the child's index. */
export interface HandleIndex {
  /** key → the child's last entry with that key. */
  readonly byKey: Map<string, ChildEntry>;
  /** How many entries were indexed (more than `byKey.size` when keys repeat). */
  entries: number;
  /** JSON name of each list → the keys of its entries, in order. */
  keysOf?: Map<string, string[]>;
}

/** handle → its index (Go `newStructInfo`). */
export type ChildIndex = Map<string, HandleIndex>;

const EMPTY_LIST: readonly unknown[] = [];

const handleOf = (t: StructLayout, f: SliceField): string => t.mergedKeys.get(f.name) ?? f.name;

/** Go `newStructInfo`: indexes the child's own (non-embedded) slice fields that are merged by key. */
export function indexChild(t: StructLayout, child: Obj): ChildIndex {
  const index: ChildIndex = new Map();
  for (const f of t.fields) {
    if (f.kind !== 'slice' || t.ignoreDups.has(f.name)) continue;
    const list = sliceOf(child[f.name]);
    if (list === undefined || list.length === 0) continue;
    const handle = handleOf(t, f);
    let h = index.get(handle);
    if (h === undefined) index.set(handle, (h = { byKey: new Map(), entries: 0 }));
    const byKey = h.byKey;
    const keys: string[] = new Array<string>(list.length);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      const key = elementKey(f.elem, item);
      keys[i] = key;
      byKey.set(key, { list: f.name, item });
    }
    (h.keysOf ??= new Map()).set(f.name, keys);
    h.entries += list.length;
  }
  return index;
}

/** Go `mergeStruct`: a new struct value; nested values that come wholesale from one side are shared. */
export function mergeStructShared(t: StructLayout, parent: Obj, child: Obj): Obj {
  const out: Obj = {};
  mergeFieldsInto(t, parent, child, out);
  return out;
}

function mergeFieldsInto(t: StructLayout, parent: Obj, child: Obj, out: Obj): void {
  let index: ChildIndex | undefined; // built on first use: most structs merged have no keyed list
  for (const f of t.fields) {
    switch (f.kind) {
      case 'prim': {
        // Rule 1: the child's value, zero or not.
        const v = child[f.name];
        if (!isPrimZero(f, v)) out[f.name] = v;
        else if (!f.omitempty) out[f.name] = f.zero;
        break;
      }
      case 'ptr': {
        const c = child[f.name];
        copyFieldShared(f, c !== undefined && c !== null ? child : parent, out);
        break;
      }
      case 'ptrStruct': {
        const p = structOf(parent[f.name]);
        const c = structOf(child[f.name]);
        if (p !== undefined && c !== undefined) out[f.name] = mergeStructShared(f.type, p, c);
        else copyFieldShared(f, c !== undefined ? child : parent, out);
        break;
      }
      case 'struct': {
        const p = structOf(parent[f.name]);
        const c = structOf(child[f.name]);
        if (isZeroStruct(f.type, c)) copyFieldShared(f, parent, out);
        else if (isZeroStruct(f.type, p)) copyFieldShared(f, child, out);
        else out[f.name] = mergeStructShared(f.type, p as Obj, c as Obj);
        break;
      }
      case 'embedded': {
        // An anonymous struct is merged as a unit, but its fields live in the same object.
        if (isZeroStruct(f.type, child)) copyFieldShared(f, parent, out);
        else if (isZeroStruct(f.type, parent)) copyFieldShared(f, child, out);
        else mergeFieldsInto(f.type, parent, child, out);
        break;
      }
      case 'slice': {
        const p = sliceOf(parent[f.name]) ?? EMPTY_LIST;
        const c = sliceOf(child[f.name]) ?? EMPTY_LIST;
        let merged: unknown[] | undefined;
        if (p.length + c.length === 0) merged = undefined;
        else if (t.ignoreDups.has(f.name)) merged = [...p, ...c];
        else merged = mergeKeyedList(f, p, c, (index ??= indexChild(t, child)).get(handleOf(t, f))?.byKey);
        if (merged !== undefined) out[f.name] = merged;
        else if (!f.omitempty) out[f.name] = null;
        break;
      }
    }
  }
}

/** The parent/child-in-same-list case of Go's keyed list merge. Returns undefined to drop the entry. */
export function mergeListEntry(f: SliceField, parentItem: unknown, childItem: unknown): unknown {
  if (f.elem === null) return childItem;
  const c = structOf(childItem) ?? {};
  // "If HTTP header Value is nil, it means that we should remove the parent header from the result."
  if (f.name === 'httpHeaders' && (c['value'] === undefined || c['value'] === null)) return undefined;
  return mergeStructShared(f.elem, structOf(parentItem) ?? {}, c);
}

/** Rule 5 for one list (Go `mergeStruct`, the "doosey" case). */
function mergeKeyedList(f: SliceField, parent: readonly unknown[], child: readonly unknown[],
  byKey: Map<string, ChildEntry> | undefined): unknown[] {
  const out: unknown[] = [];
  const parentKeys = new Set<string>();
  for (const item of parent) {
    const key = elementKey(f.elem, item);
    parentKeys.add(key);
    const entry = byKey?.get(key);
    if (entry === undefined) out.push(item);
    else if (entry.list === f.name) {
      const merged = mergeListEntry(f, item, entry.item);
      if (merged !== undefined) out.push(merged);
    }
    // else: the key lives in another list of the same handle in the child: drop the parent entry.
  }
  for (const item of child) if (!parentKeys.has(elementKey(f.elem, item))) out.push(item);
  return out;
}
