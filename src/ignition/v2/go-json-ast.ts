// A spec 2.x config's JSON text as coreos/ignition v0.35.0 reads it (github.com/ajeddeloh/go-json,
// its encoding/json fork): Go's syntax check (go/json-scanner.ts), then the value tree
// (go/json-text.ts) with the byte positions of every value, which decoding (custom unmarshalers get
// the raw text) and validation messages (`errorutil.HighlightBytePosition`) use. Offsets are UTF-8
// byte offsets, as go-json's `Node` records them: `End` is a value's last byte (the closing bracket
// or quote), `KeyEnd` is one past the closing quote of the key a member value was found under.

import type { JsonSyntaxError } from '../go/json-scanner.js';
import { checkValid } from '../go/json-scanner.js';
import type { TextNode, TextPositions } from '../go/json-text.js';
import { parseJsonText } from '../go/json-text.js';
import { utf8Decode } from '../go/utf8.js';

export type JsonNode = TextNode;

export interface JsonDoc {
  readonly bytes: Uint8Array;
  readonly root: TextNode;
  readonly pos: TextPositions;
}

/** The parsed document, or Go's `SyntaxError` (message, and the offset Go reports it at). */
export function parseJsonDoc(bytes: Uint8Array): JsonDoc | JsonSyntaxError {
  const err = checkValid(bytes);
  if (err !== null) return err;
  const pos: TextPositions = { start: new Map(), end: new Map() };
  return { bytes, root: parseJsonText(bytes, pos), pos };
}

/** The node's `End` offset. */
export const nodeEnd = (doc: JsonDoc, n: TextNode): number => doc.pos.end.get(n)!;

const isSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** `KeyEnd` of a member value: back from the value over the `:` and any spaces around it. */
export function keyEnd(doc: JsonDoc, value: TextNode): number {
  const b = doc.bytes;
  let j = doc.pos.start.get(value)! - 1;
  while (isSpace(b[j])) j--;
  j--; // ':'
  while (isSpace(b[j])) j--;
  return j + 1;
}

/** The value's JSON text, as a custom `UnmarshalJSON` receives it. */
export const rawText = (doc: JsonDoc, n: TextNode): string => utf8Decode(doc.bytes, doc.pos.start.get(n)!, nodeEnd(doc, n) + 1);

/**
 * Go's `go4.org/errorutil.HighlightBytePosition` over one source: line (1-based), column (bytes
 * before the offset on its line, plus one after the first line, as Go counts) and a caret excerpt
 * showing the previous line and the current line up to the offset.
 */
export class SourcePositions {
  private readonly newlines: number[] = [];

  constructor(private readonly b: Uint8Array) {
    for (let i = 0; i < b.length; i++) if (b[i] === 0x0a) this.newlines.push(i);
  }

  at(offset: number): { line: number; column: number; highlight: () => string } {
    const pos = Math.min(offset, this.b.length);
    // number of newlines strictly before pos
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.newlines[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    const line = lo + 1;
    const lineStart = lo > 0 ? this.newlines[lo - 1]! + 1 : 0;
    const column = lo > 0 ? pos - lineStart + 1 : pos;
    const b = this.b;
    const highlight = (): string => {
      const pad = (x: number): string => String(x).padStart(5, ' ');
      let h = '';
      if (line > 1) {
        const prevStart = lo > 1 ? this.newlines[lo - 2]! + 1 : 0;
        h += `${pad(line - 1)}: ${utf8Decode(b, prevStart, lineStart - 1)}\n`;
      }
      h += `${pad(line)}: ${utf8Decode(b, lineStart, pos)}\n`;
      h += ' '.repeat(column + 5) + '^\n';
      return h;
    };
    return { line, column, highlight };
  }
}

/** One-off HighlightBytePosition. */
export function highlightBytePosition(b: Uint8Array, pos: number): { line: number; col: number; highlight: string } {
  const p = new SourcePositions(b).at(pos);
  return { line: p.line, col: p.column, highlight: p.highlight() };
}
