/**
 * A MachineConfig's `spec.config` as the bytes Go would parse.
 *
 * - A string is the JSON text itself (a MachineConfig may carry its Ignition config as a string); it
 *   is scanned with Go's own syntax rules (go/json-scanner.ts) and positions count its UTF-8 bytes.
 * - A `Uint8Array` is taken as those bytes.
 * - Any other value is the parsed document (what `JSON.parse` or a YAML reader produced). Go would
 *   have seen it as JSON text we no longer have; positions in messages that need one (JSON type
 *   errors, which Ignition reports with a line and column but no path) are computed as if the value
 *   had been written as compact JSON, which is how the API server stores it and how the conformance
 *   vectors' inputs — and so MCO's bytes for them — are written (checked against the oracle).
 *   `RAW_LAYOUT = 'python'` computes them for Python's `json.dumps` defaults instead (`", "`, `": "`).
 * - `null`/`undefined` mean "no config" and are handled by callers (MCO skips a nil `Raw`).
 */

import type { PathSegment } from '../errors.js';
import { RenderError } from '../errors.js';
import { checkValid } from './go/json-scanner.js';
import type { JsonSource } from './go/json-source.js';
import { jsSource, textSource } from './go/json-source.js';
import type { TextNode } from './go/json-text.js';
import { parseJsonText } from './go/json-text.js';
import { utf8Encode } from './go/utf8.js';
import type { SourceTree } from './validate/walk.js';
import { jsTree, textTree } from './validate/walk.js';

/** How a JavaScript value is assumed to have been written as JSON text (see the header). */
export const RAW_LAYOUT = 'compact' as 'python' | 'compact';

export interface Position {
  line: number;
  column: number;
}

export type RawConfig =
  | { kind: 'empty' }
  | { kind: 'syntax-error'; message: string; position: Position }
  | {
    kind: 'document';
    src: JsonSource;
    root: unknown;
    tree: SourceTree;
    /** Position Go reports for a decode error at `docPath` (literal: just past it; composite: just past its bracket). */
    positionOf(docPath: readonly PathSegment[], composite: boolean, offset: number | undefined): Position;
  };

/** tree.FixLineColumn for one byte index: 1-based line and column; 0/0 when past the end. */
function lineColumn(data: Uint8Array, index: number): Position {
  if (index < 0 || index >= data.length) return { line: 0, column: 0 };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (data[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function fromBytes(data: Uint8Array): RawConfig {
  if (data.length === 0) return { kind: 'empty' };
  const err = checkValid(data);
  if (err !== null) return { kind: 'syntax-error', message: err.message, position: lineColumn(data, err.offset) };
  const root: TextNode = parseJsonText(data);
  return {
    kind: 'document',
    src: textSource,
    root,
    tree: textTree,
    positionOf: (_path, _composite, offset) => lineColumn(data, offset ?? -1),
  };
}

export function readRawConfig(raw: unknown): RawConfig | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return fromBytes(utf8Encode(raw));
  if (raw instanceof Uint8Array) return fromBytes(raw);
  return {
    kind: 'document',
    src: jsSource,
    root: raw,
    tree: jsTree,
    positionOf: (path, composite) => {
      const offset = offsetInSerialization(raw, path, composite);
      // Both layouts are one line: no newline outside strings, and strings escape theirs.
      return { line: 1, column: offset + 1 };
    },
  };
}

// ---- positions in a serialized JavaScript value ---------------------------------------------------

const sep = (): { item: string; key: string } => (RAW_LAYOUT === 'python' ? { item: ', ', key: ': ' } : { item: ',', key: ':' });

const dropped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Length in bytes of a string literal as the assumed writer quotes it. */
function quotedLength(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x08 || c === 0x0c) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (RAW_LAYOUT === 'python') n += 6; // \uXXXX; an astral character is two of them
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6; // JSON.stringify escapes a lone surrogate
    else n += 3;
  }
  return n;
}

function numberText(v: number | bigint): string {
  if (typeof v === 'bigint') return v.toString();
  if (RAW_LAYOUT === 'python' && !Number.isInteger(v)) {
    // Python's float repr writes exponents with at least two digits (1e-07)
    return String(v).replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return String(v);
}

const onPath = new Set<unknown>();

function serializedLength(v: unknown): number {
  if (typeof v === 'object' && v !== null) {
    // JSON.stringify refuses cycles; so do we (the decoder itself only follows the finite schema).
    if (onPath.has(v)) throw new RenderError('INVALID_INPUT', 'validate', 'Ignition config contains a circular reference');
    onPath.add(v);
    try {
      return serializedContainerLength(v);
    } finally {
      onPath.delete(v);
    }
  }
  return serializedScalarLength(v);
}

function serializedScalarLength(v: unknown): number {
  switch (typeof v) {
    case 'string': return quotedLength(v);
    case 'number': return Number.isFinite(v) ? numberText(v).length : 4;
    case 'bigint': return numberText(v).length;
    case 'boolean': return v ? 4 : 5;
    default:
      return 4;
  }
}

function serializedContainerLength(v: object): number {
  const s = sep();
  if (Array.isArray(v)) {
    if (v.length === 0) return 2;
    let n = 2 + (v.length - 1) * s.item.length;
    for (const x of v) n += dropped(x) ? 4 : serializedLength(x);
    return n;
  }
  const rec = v as Record<string, unknown>;
  const keys = Object.keys(rec).filter((k) => !dropped(rec[k]));
  if (keys.length === 0) return 2;
  let n = 2 + (keys.length - 1) * s.item.length;
  for (const k of keys) n += quotedLength(k) + s.key.length + serializedLength(rec[k]);
  return n;
}

/** Byte offset Go's decoder reports for the node at `path` in the serialized `root`. */
function offsetInSerialization(root: unknown, path: readonly PathSegment[], composite: boolean): number {
  const s = sep();
  let offset = 0;
  let node = root;
  for (const seg of path) {
    if (Array.isArray(node)) {
      offset += 1;
      for (let i = 0; i < (seg as number); i++) offset += (dropped(node[i]) ? 4 : serializedLength(node[i])) + s.item.length;
      node = node[seg as number];
    } else {
      const rec = node as Record<string, unknown>;
      offset += 1;
      for (const k of Object.keys(rec)) {
        if (dropped(rec[k])) continue;
        if (k === seg) break;
        offset += quotedLength(k) + s.key.length + serializedLength(rec[k]) + s.item.length;
      }
      offset += quotedLength(seg as string) + s.key.length;
      node = rec[seg as string];
    }
  }
  return composite ? offset + 1 : offset + serializedLength(node);
}
