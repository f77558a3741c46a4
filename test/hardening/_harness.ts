/**
 * Shared machinery for the hardening tests: run settings from the environment, an iterative deep
 * freeze and clone (inputs may be 100k levels deep or carry own `__proto__` keys), an exact
 * serializer for comparing results, and the outcome of one call (a value, or a RenderError, or a
 * failure that names what went wrong).
 */

import { RenderError } from '../../src/index.js';

/** `FC_SEED` (an integer) or a fixed default, so CI runs are reproducible. */
export const SEED: number = (() => {
  const raw = process.env['FC_SEED'];
  if (raw === undefined || raw === '') return 0x5eed_2024;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be an integer, got ${raw}`);
  return n;
})();

/** `FC_RUNS` cases per property (default 200: the whole file stays well under 30 s). */
export const RUNS: number = (() => {
  const raw = process.env['FC_RUNS'];
  if (raw === undefined || raw === '') return 200;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`FC_RUNS must be a positive integer, got ${raw}`);
  return n;
})();

/** Per-test timeout that grows with the number of runs (the fuzz run does 100,000 per property). */
export const TIMEOUT_MS = Math.max(60_000, RUNS * 20);

const isObj = (v: unknown): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function';

/** Freezes every object reachable from `value`, without recursion (no stack limit on deep inputs). */
export function freezeAll<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (!isObj(v) || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d !== undefined && 'value' in d) stack.push(d.value);
    }
  }
  return value;
}

/** Defines an own, enumerable data property: `__proto__` stays data, as JSON.parse makes it. */
export function setOwn(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An object with the given entries as own data properties (later duplicates win, like JSON.parse). */
export function objectOf(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
}

/** Plain, unfrozen copy of JSON-like data (own enumerable string keys; no recursion). */
export function cloneData<T>(value: T): T {
  if (!isObj(value)) return value;
  const fresh = (v: object): object => (Array.isArray(v) ? [] : Object.getPrototypeOf(v) === null ? Object.create(null) : {});
  const root: unknown = fresh(value);
  const stack: Array<[unknown, object]> = [[value, root as object]];
  while (stack.length > 0) {
    const [src, dst] = stack.pop()!;
    for (const k of Object.keys(src as object)) {
      const v = (src as Record<string, unknown>)[k];
      if (isObj(v) && typeof v !== 'function') {
        const copy = fresh(v);
        if (Array.isArray(dst)) (dst as unknown[])[Number(k)] = copy;
        else setOwn(dst, k, copy);
        stack.push([v, copy]);
      } else if (Array.isArray(dst)) (dst as unknown[])[Number(k)] = v;
      else setOwn(dst, k, v);
    }
  }
  return root as T;
}

/**
 * Exact text of a value: key order kept (the library promises the same bytes), and what JSON loses
 * (undefined, -0, NaN, ±Infinity, lone surrogates, own `__proto__` keys) kept distinct.
 */
export function exact(value: unknown, depth = 0): string {
  if (depth > 2000) return '<deep>';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return String(value);
  if (Array.isArray(value)) return '[' + value.map((v) => exact(v, depth + 1)).join(',') + ']';
  const proto = Object.getPrototypeOf(value) === null ? 'null:' : '';
  return '{' + proto + Object.keys(value).map((k) => JSON.stringify(k) + ':' + exact((value as Record<string, unknown>)[k], depth + 1)).join(',') + '}';
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: RenderError };

/** Calls `f`; a RenderError is an outcome, anything else thrown is a finding (rethrown with context). */
export function outcome(f: () => unknown): Outcome {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof RenderError) return { ok: false, error: e };
    const what = e instanceof Error ? `${e.name}: ${e.message}` : `non-Error ${String(e)}`;
    // The first frames inside src/, so the report names the culprit without a debugger.
    const frames = e instanceof Error ? (e.stack ?? '').split('\n').filter((l) => l.includes('/src/')).slice(0, 4).map((l) => l.trim()).join(' <- ') : '';
    throw new Error(`threw ${what} (not a RenderError)${frames === '' ? '' : ' at ' + frames}`, { cause: e });
  }
}

/** The comparable text of an outcome: the value exactly, or the error's stable fields. */
export function outcomeText(o: Outcome): string {
  if (o.ok) return 'ok ' + exact(o.value);
  const e = o.error;
  return `error ${exact({ code: e.code, stage: e.stage, message: e.message, path: e.path, machineConfig: e.machineConfig })}`;
}

/**
 * The properties every exported function must have, for one input:
 *  - it returns or throws a RenderError (anything else fails the property, with the error's text);
 *  - calling it twice on the (deep-frozen) input gives the same bytes;
 *  - calling it on an unfrozen copy gives the same bytes, and leaves the copy as it was (so a function
 *    that would mutate its input cannot hide the TypeError behind a RenderError).
 * Returns the outcome for further checks.
 */
export function checkCall<A extends unknown[]>(fn: (...args: A) => unknown, args: A): Outcome {
  const before = exact(args);
  const copy = cloneData(args);
  freezeAll(args);
  const first = outcome(() => fn(...args));
  const second = outcome(() => fn(...args));
  const t1 = outcomeText(first);
  const t2 = outcomeText(second);
  if (t1 !== t2) throw new Error(`not deterministic:\n  1st: ${t1.slice(0, 2000)}\n  2nd: ${t2.slice(0, 2000)}`);
  const third = outcome(() => fn(...copy));
  const t3 = outcomeText(third);
  if (t3 !== t1) throw new Error(`frozen and unfrozen inputs differ (input mutated?):\n  frozen:   ${t1.slice(0, 2000)}\n  unfrozen: ${t3.slice(0, 2000)}`);
  const after = exact(copy);
  if (after !== before) throw new Error(`input mutated:\n  before: ${before.slice(0, 2000)}\n  after:  ${after.slice(0, 2000)}`);
  return first;
}

/** Object.prototype (and the other shared prototypes) as they are now: compare after hostile calls. */
export function prototypeSnapshot(): string {
  const show = (v: unknown): string => (typeof v === 'function' ? `function ${(v as { name: string }).name}` : typeof v === 'object' && v !== null ? 'object' : String(v));
  const describe = (o: object): string =>
    Reflect.ownKeys(o)
      .map((k) => {
        const d = Object.getOwnPropertyDescriptor(o, k)!;
        const what = 'value' in d ? show(d.value) : `get ${show(d.get)} set ${show(d.set)}`;
        return `${String(k)}:${String(d.enumerable)}:${String(d.writable)}:${what}`;
      })
      .sort()
      .join('|');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(describe).join('\n');
}
