/**
 * Folding Ignition merges over many configs in linear time.
 *
 * Mirrors the result of MCO release-4.13 pkg/controller/common/helpers.go `MergeMachineConfigs`'s loop
 * `outIgn = ign3.Merge(outIgn, next)` (coreos/ignition v2.15.0 config/merge/merge.go `mergeStruct`),
 * without its cost: Go rebuilds every list of the running result on each step (O(configs × entries)).
 * Here the big keyed lists (passwd groups/users, every storage list, systemd units) live in an
 * accumulator with a key → positions index, and each step only touches the keys the next config names.
 * Everything else (the small `ignition` section, and every list entry that is merged) goes through the
 * pairwise port in merge-struct.ts, so both paths share one implementation of the rules.
 *
 * Equivalence with the fold, step by step, for one keyed list (see rule 5 in merge-struct.ts):
 * - both lists empty → nil;
 * - for each key the child names in this handle: parent entries with that key are merged in place when
 *   the child's (last) entry is in the same list, otherwise removed (a hole keeps positions stable);
 * - child entries whose key the parent list had (before this step's removals) are skipped, the others
 *   appended in order;
 * - struct level: a zero child struct leaves the running struct unchanged; a zero running struct is
 *   replaced by the child's wholesale (keeping the child's nil/empty lists); else lists merge as above.
 */

import type { SliceField, StructLayout, Obj } from './go-layout.js';
import { CONFIG, IGNITION, cloneList, cloneStruct, elementKey, isZeroStruct, sliceOf, structOf } from './go-layout.js';
import { type ChildIndex, indexChild, mergeListEntry, mergeStructShared } from './merge-struct.js';

const HOLE: unique symbol = Symbol('removed entry');
type Slot = unknown;

/** Positions of one key in a list: one number, or several when the key repeats. */
type Positions = number | number[];

/** One keyed list of the running result. */
class ListAccumulator {
  private items: Slot[] = [];
  private holes = 0;
  private index = new Map<string, Positions>();
  /** Go's nil versus non-nil slice (an empty non-nil slice makes its struct non-zero). */
  nonNil = false;

  constructor(readonly field: SliceField, private readonly handle: string) {}

  get live(): number {
    return this.items.length - this.holes;
  }

  clear(): void {
    // Most lists of most configs are empty: keep the (empty) containers rather than allocate new ones.
    if (this.items.length !== 0) this.items = [];
    if (this.index.size !== 0) this.index = new Map();
    this.holes = 0;
    this.nonNil = false;
  }

  /** Takes the child's list wholesale (Go: the running struct was zero). */
  reset(list: readonly unknown[] | undefined): void {
    this.clear();
    if (list === undefined) return;
    this.nonNil = true;
    for (const item of list) this.push(item);
  }

  private push(item: unknown): void {
    this.pushKeyed(item, elementKey(this.field.elem, item));
  }

  private pushKeyed(item: unknown, key: string): void {
    const at = this.items.length;
    this.items.push(item);
    const positions = this.index.get(key);
    if (positions === undefined) this.index.set(key, at);
    else if (typeof positions === 'number') this.index.set(key, [positions, at]);
    else positions.push(at);
  }

  /** One step of Go's keyed list merge against the child's list and the child's index. */
  merge(childList: readonly unknown[] | undefined, childIndex: ChildIndex): void {
    const child = childList ?? [];
    if (this.live + child.length === 0) {
      this.clear();
      return;
    }
    const h = childIndex.get(this.handle);
    const byKey = h?.byKey;
    // Keys of this handle the running list had before this step: the child entries to skip. Every
    // child entry's key is in byKey (indexChild indexes each keyed list under its handle).
    let parentHad: Set<string> | undefined;
    if (byKey !== undefined && this.index.size !== 0) {
      for (const [key, entry] of byKey) {
        const found = this.index.get(key);
        if (found === undefined) continue;
        (parentHad ??= new Set()).add(key);
        const sameList = entry.list === this.field.name;
        const positions = typeof found === 'number' ? [found] : found;
        let kept = 0;
        for (const at of positions) {
          const merged = sameList ? mergeListEntry(this.field, this.items[at], entry.item) : undefined;
          if (merged === undefined) {
            this.items[at] = HOLE;
            this.holes++;
          } else {
            this.items[at] = merged;
            positions[kept++] = at;
          }
        }
        if (kept === 0) this.index.delete(key);
        else if (kept === 1) this.index.set(key, positions[0]!);
        else if (kept < positions.length) positions.length = kept;
      }
    }
    // Decided against the parent's keys only (child duplicates are all appended). A key the parent
    // did not have is not in the index yet; when the child repeats no key, each is added once.
    const unique = h !== undefined && h.entries === h.byKey.size;
    const keys = h?.keysOf?.get(this.field.name);
    for (let i = 0; i < child.length; i++) {
      const item = child[i];
      const key = keys !== undefined ? keys[i]! : elementKey(this.field.elem, item);
      if (parentHad !== undefined && parentHad.has(key)) continue;
      if (unique) {
        this.index.set(key, this.items.length);
        this.items.push(item);
      } else this.pushKeyed(item, key);
    }
    this.nonNil = true;
    if (this.holes > 1024 && this.holes * 2 > this.items.length) this.compact();
  }

  private compact(): void {
    const items = this.items.filter((x) => x !== HOLE);
    this.clear();
    this.nonNil = true;
    for (const item of items) this.push(item);
  }

  /** The live entries (fresh copies unless `share`), or undefined for nil. */
  result(share: boolean): unknown[] | undefined {
    if (!this.nonNil) return undefined;
    const live = this.holes === 0 ? this.items : this.items.filter((x) => x !== HOLE);
    return share ? (live === this.items ? live.slice() : live) : cloneList(this.field.elem, live);
  }
}

/** A struct whose fields are all keyed lists (Passwd, Storage, Systemd). */
class StructAccumulator {
  private readonly lists: ListAccumulator[];

  constructor(readonly name: string, private readonly layout: StructLayout) {
    this.lists = layout.fields.map((f) => {
      if (f.kind !== 'slice' || layout.ignoreDups.has(f.name)) throw new Error(`${layout.go} has a field that is not a keyed list`);
      return new ListAccumulator(f, layout.mergedKeys.get(f.name) ?? f.name);
    });
  }

  private get isZero(): boolean {
    return this.lists.every((l) => !l.nonNil);
  }

  /** Go `mergeStruct` on a struct-valued field of Config. */
  add(child: Obj | undefined): void {
    if (isZeroStruct(this.layout, child)) return;
    const c = child as Obj;
    if (this.isZero) {
      for (const l of this.lists) l.reset(sliceOf(c[l.field.name]));
      return;
    }
    const index = indexChild(this.layout, c);
    for (const l of this.lists) l.merge(sliceOf(c[l.field.name]), index);
  }

  result(share: boolean): Obj | undefined {
    if (this.isZero) return undefined;
    const out: Obj = {};
    for (const l of this.lists) {
      const v = l.result(share);
      if (v !== undefined) out[l.field.name] = v;
    }
    return out;
  }
}

/**
 * The running result of `out = Merge(out, next)` over a sequence of configs.
 * Inputs are only read; `result()` returns a fresh copy.
 */
export class IgnitionMerger {
  private ignition: Obj | undefined;
  private readonly structs: StructAccumulator[] = [];

  constructor(first: Obj) {
    for (const f of CONFIG.fields) {
      if (f.kind !== 'struct') throw new Error('Config has a field that is not a struct');
      if (f.type === IGNITION) continue;
      const acc = new StructAccumulator(f.name, f.type);
      acc.add(structOf(first[f.name]));
      this.structs.push(acc);
    }
    this.ignition = structOf(first['ignition']);
  }

  /** Folds one more config in, as the child. */
  add(child: Obj): void {
    const c = structOf(child['ignition']);
    if (isZeroStruct(IGNITION, c)) {
      // keep the running value
    } else if (isZeroStruct(IGNITION, this.ignition)) this.ignition = c;
    else this.ignition = mergeStructShared(IGNITION, this.ignition as Obj, c as Obj);
    for (const s of this.structs) s.add(structOf(child[s.name]));
  }

  /**
   * The merged config. Fresh objects throughout, unless `share`: then list entries no step merged are
   * the inputs' own objects (for callers whose inputs are private, freshly decoded configs).
   */
  result(share = false): Obj {
    const out: Obj = { ignition: cloneStruct(IGNITION, this.ignition ?? {}) };
    for (const s of this.structs) {
      const v = s.result(share);
      if (v !== undefined) out[s.name] = v;
    }
    return out;
  }
}
