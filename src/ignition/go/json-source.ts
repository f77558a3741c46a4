/**
 * One read-only view over the two shapes an Ignition document arrives in: JSON text already scanned
 * into a `TextNode` tree (keeps duplicate keys and byte offsets), or a JavaScript value (what
 * `JSON.parse` or a YAML reader produced). The Go-style decoder reads both through this view.
 *
 * JavaScript values are read the way `JSON.stringify` would write them: own enumerable keys in
 * order, `undefined`/functions/symbols dropped from objects and `null` in arrays, non-finite numbers
 * as `null`, lone UTF-16 surrogates as U+FFFD (Go decodes the `\udXXX` escape that way).
 */

import type { TextNode } from './json-text.js';

export const Kind = { Null: 0, Bool: 1, Number: 2, String: 3, Array: 4, Object: 5 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface JsonSource {
  kind(v: unknown): Kind;
  entries(v: unknown): Array<[string, unknown]>;
  items(v: unknown): unknown[];
  string(v: unknown): string;
  /** The number as written (text), or as `JSON.stringify` writes it (JS). */
  numberText(v: unknown): string;
  bool(v: unknown): boolean;
}

export const textSource: JsonSource = {
  kind(v) {
    switch ((v as TextNode).kind) {
      case 'object': return Kind.Object;
      case 'array': return Kind.Array;
      case 'string': return Kind.String;
      case 'number': return Kind.Number;
      case 'bool': return Kind.Bool;
      default: return Kind.Null;
    }
  },
  entries: (v) => (v as Extract<TextNode, { kind: 'object' }>).entries,
  items: (v) => (v as Extract<TextNode, { kind: 'array' }>).items,
  string: (v) => (v as { value: string }).value,
  numberText: (v) => (v as { value: string }).value,
  bool: (v) => (v as { value: boolean }).value,
};

const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** ES2024 `String.prototype.isWellFormed` where the runtime has it (constant time on one-byte strings). */
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** Replaces unpaired surrogates with U+FFFD, as Go does when it decodes them. */
export function wellFormed(s: string): string {
  const ok = isWellFormed !== undefined ? isWellFormed.call(s) : !SURROGATE.test(s);
  return ok ? s : s.replace(LONE_SURROGATE, '\ufffd');
}

const dropped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

export const jsSource: JsonSource = {
  kind(v) {
    switch (typeof v) {
      case 'string': return Kind.String;
      case 'number': return Number.isFinite(v) ? Kind.Number : Kind.Null;
      case 'bigint': return Kind.Number;
      case 'boolean': return Kind.Bool;
      case 'object':
        if (v === null) return Kind.Null;
        return Array.isArray(v) ? Kind.Array : Kind.Object;
      default: return Kind.Null;
    }
  },
  entries(v) {
    const obj = v as Record<string, unknown>;
    const out: Array<[string, unknown]> = [];
    for (const key of Object.keys(obj)) {
      const child = obj[key];
      if (!dropped(child)) out.push([wellFormed(key), child]);
    }
    return out;
  },
  items: (v) => v as unknown[],
  string: (v) => wellFormed(v as string),
  numberText: (v) => String(v),
  bool: (v) => v as boolean,
};
