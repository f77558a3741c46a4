/**
 * Limits on input objects, so that hostile input fails fast with `LIMIT_EXCEEDED` instead of
 * exhausting the stack or the caller's time.
 *
 * - Nesting: Go's encoding/json refuses documents nested deeper than 10000 levels (scanner.go
 *   `maxNestingDepth`, "exceeded max depth"), so no MachineConfig MCO reads is deeper. Counting as Go
 *   does, the MachineConfig object itself is level 1.
 * - Size: the Kubernetes API server refuses request bodies over 3 MiB (apiserver
 *   `MaxRequestBodyBytes`) and etcd stores no object over 1.5 MiB, so no MachineConfig in a cluster is
 *   larger (API_SERVER_LIMIT); rendered configs get a looser bound (RENDERED_LIMIT). Strings are
 *   measured in UTF-16 code units, a lower bound of their UTF-8 bytes: every object refused is really
 *   over the limit, and measuring costs one walk without reading string contents.
 * - Values: only what JSON can spell (no NaN, ±Infinity, bigint, symbol or function): Go never sees
 *   anything else, so there is no MCO behaviour to reproduce (`INVALID_INPUT`).
 *
 * The walk recurses while shallow and continues with an explicit stack past 200 levels: it is the guard
 * against input too deep to recurse over.
 */

import { RenderError, type RenderStage } from './errors.js';

/** Go encoding/json `maxNestingDepth`. */
export const MAX_NESTING_DEPTH = 10000;

/** A size limit and the reason for it (said in the error). */
export interface SizeLimit {
  readonly bytes: number;
  readonly why: string;
}

/** Kubernetes apiserver `MaxRequestBodyBytes` (3 MiB): no larger MachineConfig can be written to a cluster. */
export const API_SERVER_LIMIT: SizeLimit = {
  bytes: 3 * 1024 * 1024,
  why: 'the Kubernetes API server accepts no object over 3 MiB (and etcd stores none over 1.5 MiB)',
};

/**
 * For rendered configs (planUpdate, renderContainerfile): renderPool may render one past etcd's limit (it
 * warns), but not past this. Bounds the time and memory (the layered-image build holds a few copies).
 */
export const RENDERED_LIMIT: SizeLimit = {
  bytes: 16 * 1024 * 1024,
  why: 'over ten times what etcd stores (1.5 MiB): no cluster holds a rendered config this large',
};

/** Past this depth the walk stops recursing and continues with an explicit stack. */
const RECURSION_DEPTH = 200;

class Walk {
  size = 0;
  constructor(
    readonly what: string,
    readonly stage: RenderStage,
    readonly machineConfig: string | undefined,
    readonly limit: SizeLimit,
  ) {}

  tooDeep(): never {
    throw new RenderError('LIMIT_EXCEEDED', this.stage, `${this.what} is nested deeper than ${MAX_NESTING_DEPTH} levels (Go's encoding/json: exceeded max depth)`, {
      machineConfig: this.machineConfig,
      path: '$',
    });
  }

  tooLarge(): never {
    throw new RenderError(
      'LIMIT_EXCEEDED',
      this.stage,
      `${this.what} is larger than ${this.limit.bytes} bytes as JSON: ${this.limit.why}`,
      { machineConfig: this.machineConfig, path: '$' },
    );
  }

  /** Adds the JSON size of `v` (at nesting level `depth`) to `size`: recursion while shallow, a stack beyond. */
  value(v: unknown, depth: number): void {
    if (typeof v === 'string') this.size += v.length + 2;
    else if (typeof v === 'object' && v !== null) {
      if (depth > RECURSION_DEPTH) return this.deep(v, depth);
      if (Array.isArray(v)) {
        // `[`, `]` and the commas.
        this.size += v.length === 0 ? 2 : v.length + 1;
        for (let i = 0; i < v.length; i++) this.value(v[i], depth + 1);
      } else {
        // `{`, `}`, and per member `"key":` and a comma (one fewer comma than members).
        this.size += 1;
        for (const k of Object.keys(v)) {
          const member = (v as Record<string, unknown>)[k];
          if (member === undefined) continue; // JSON leaves it out
          this.size += k.length + 4;
          this.value(member, depth + 1);
        }
      }
      if (this.size > this.limit.bytes) this.tooLarge();
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) this.notJson(String(v));
      this.size += 1; // at least one digit
    } else if (typeof v === 'boolean' || v === null) {
      this.size += 4;
    } else if (v !== undefined) {
      this.notJson(typeof v); // bigint, symbol, function: no JSON spelling, so no Go value
    }
  }

  notJson(what: string): never {
    throw new RenderError('INVALID_INPUT', this.stage, `${this.what} holds ${what}, which JSON cannot represent`, { machineConfig: this.machineConfig, path: '$' });
  }

  /** The same walk with an explicit stack, for subtrees deeper than RECURSION_DEPTH. */
  deep(root: object, rootDepth: number): void {
    const values: unknown[] = [root];
    const depths: number[] = [rootDepth];
    while (values.length > 0) {
      const v = values.pop();
      const depth = depths.pop()!;
      if (typeof v !== 'object' || v === null) {
        this.value(v, depth);
        continue;
      }
      if (depth > MAX_NESTING_DEPTH) this.tooDeep();
      if (Array.isArray(v)) {
        this.size += v.length === 0 ? 2 : v.length + 1;
        for (let i = v.length - 1; i >= 0; i--) {
          values.push(v[i]);
          depths.push(depth + 1);
        }
      } else {
        this.size += 1;
        const keys = Object.keys(v);
        for (let i = keys.length - 1; i >= 0; i--) {
          const member = (v as Record<string, unknown>)[keys[i]!];
          if (member === undefined) continue;
          this.size += keys[i]!.length + 4;
          values.push(member);
          depths.push(depth + 1);
        }
      }
      if (this.size > this.limit.bytes) this.tooLarge();
    }
  }
}

/**
 * Throws `LIMIT_EXCEEDED` if `value` (a decoded JSON object) is nested deeper than Go's decoder allows
 * or larger than the API server accepts, `INVALID_INPUT` if it holds a value JSON cannot spell. `what`
 * names the object in the message.
 */
export function checkObjectLimits(value: unknown, what: string, stage: RenderStage, machineConfig?: string, limit: SizeLimit = API_SERVER_LIMIT): void {
  if (typeof value !== 'object' || value === null) return;
  new Walk(what, stage, machineConfig, limit).value(value, 1);
}
