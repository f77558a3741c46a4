// Mirrors github.com/ajeddeloh/go-json (the encoding/json fork vendored by coreos/ignition v0.35.0)
// decode.go `Node` / `objectNode` / `arrayNode` / `literalNode`: a JSON tree that remembers byte
// offsets, used both to decode (json.Unmarshal into the spec structs) and to place validation
// messages (`errorutil.HighlightBytePosition`).
//
// Offsets are UTF-8 byte offsets, exactly as the Go decoder leaves them:
// - objects/arrays: `start` is one past the opening bracket, `end` is the closing bracket;
// - literals: `start` is the first byte, `end` the last byte (the closing quote of a string);
// - object members: `keyStart` is the key's opening quote, `keyEnd` one past its closing quote.
// `from`/`to` (not in Go's Node) delimit the whole value, for custom unmarshalers that get raw bytes.

import { utf8Decode, utf8Encode } from './utf8.js';

export interface NodePos {
  from: number;
  to: number;
  start: number;
  end: number;
  keyStart: number;
  keyEnd: number;
}

export type JsonNode =
  | (NodePos & { kind: 'object'; members: Array<[string, JsonNode]>; byKey: Map<string, JsonNode> })
  | (NodePos & { kind: 'array'; items: JsonNode[] })
  | (NodePos & { kind: 'string'; value: string })
  | (NodePos & { kind: 'number'; text: string })
  | (NodePos & { kind: 'bool'; value: boolean })
  | (NodePos & { kind: 'null' });

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

export const utf8Bytes = (s: string): Uint8Array => utf8Encode(s);
export const bytesToString = (b: Uint8Array): string => utf8Decode(b);

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function hex4(b: Uint8Array, i: number): number {
  if (i + 4 > b.length) return -1;
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = b[i + k]!;
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (c >= 0x61 && c <= 0x66) d = c - 0x61 + 10;
    else if (c >= 0x41 && c <= 0x46) d = c - 0x41 + 10;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

const MAX_DEPTH = 10000;

/** Parses a JSON document; throws JsonSyntaxError where Go's `checkValid` would fail. */
export function parseJsonAst(b: Uint8Array): JsonNode {
  let i = 0;

  const skip = (): void => {
    while (i < b.length && isSpace(b[i]!)) i++;
  };
  const fail = (what: string): never => {
    throw new JsonSyntaxError(what, i);
  };

  // Go's unquote: escapes decoded, lone surrogates and invalid UTF-8 become U+FFFD.
  function readString(): string {
    // b[i] is the opening quote.
    i++;
    let out = '';
    let runStart = i;
    const flush = (end: number): void => {
      if (end > runStart) out += utf8Decode(b, runStart, end);
    };
    for (;;) {
      if (i >= b.length) fail('unexpected end of JSON input');
      const c = b[i]!;
      if (c === 0x22) {
        flush(i);
        i++;
        return out;
      }
      if (c < 0x20) fail('invalid character in string literal');
      if (c !== 0x5c) {
        i++;
        continue;
      }
      flush(i);
      const e = b[i + 1];
      switch (e) {
        case 0x22: out += '"'; i += 2; break;
        case 0x5c: out += '\\'; i += 2; break;
        case 0x2f: out += '/'; i += 2; break;
        case 0x62: out += '\b'; i += 2; break;
        case 0x66: out += '\f'; i += 2; break;
        case 0x6e: out += '\n'; i += 2; break;
        case 0x72: out += '\r'; i += 2; break;
        case 0x74: out += '\t'; i += 2; break;
        case 0x75: {
          const r = hex4(b, i + 2);
          if (r < 0) fail('invalid character in \\u hexadecimal character escape');
          i += 6;
          if (r >= 0xd800 && r < 0xe000) {
            // utf16.IsSurrogate: try to pair with a following \uXXXX.
            if (r < 0xdc00 && b[i] === 0x5c && b[i + 1] === 0x75) {
              const r2 = hex4(b, i + 2);
              if (r2 >= 0xdc00 && r2 < 0xe000) {
                out += String.fromCharCode(r, r2);
                i += 6;
                break;
              }
            }
            out += '\ufffd';
          } else {
            out += String.fromCharCode(r);
          }
          break;
        }
        default:
          fail('invalid character in string escape code');
      }
      runStart = i;
    }
  }

  function readNumber(): string {
    const s = i;
    if (b[i] === 0x2d) i++;
    if (b[i] === 0x30) i++;
    else if (i < b.length && b[i]! >= 0x31 && b[i]! <= 0x39) while (i < b.length && isDigit(b[i]!)) i++;
    else fail('invalid character in numeric literal');
    if (b[i] === 0x2e) {
      i++;
      if (!(i < b.length && isDigit(b[i]!))) fail('invalid character after decimal point in numeric literal');
      while (i < b.length && isDigit(b[i]!)) i++;
    }
    if (b[i] === 0x65 || b[i] === 0x45) {
      i++;
      if (b[i] === 0x2b || b[i] === 0x2d) i++;
      if (!(i < b.length && isDigit(b[i]!))) fail('invalid character in exponent of numeric literal');
      while (i < b.length && isDigit(b[i]!)) i++;
    }
    return utf8Decode(b, s, i);
  }

  function expectWord(w: string): void {
    for (let k = 0; k < w.length; k++) {
      if (b[i + k] !== w.charCodeAt(k)) fail(`invalid character in literal ${w}`);
    }
    i += w.length;
  }

  let depth = 0;

  function value(keyStart: number, keyEnd: number): JsonNode {
    // Go's scanner stops at 10000 levels ("exceeded max depth"); it also keeps our stack bounded.
    if (++depth > MAX_DEPTH) fail('exceeded max depth');
    try {
      return valueInner(keyStart, keyEnd);
    } finally {
      depth--;
    }
  }

  function valueInner(keyStart: number, keyEnd: number): JsonNode {
    skip();
    if (i >= b.length) fail('unexpected end of JSON input');
    const from = i;
    const c = b[i]!;
    if (c === 0x7b) {
      i++;
      const members: Array<[string, JsonNode]> = [];
      const byKey = new Map<string, JsonNode>();
      skip();
      if (b[i] === 0x7d) {
        i++;
      } else {
        for (;;) {
          skip();
          if (b[i] !== 0x22) fail('invalid character looking for beginning of object key string');
          const ks = i;
          const key = readString();
          const ke = i;
          skip();
          if (b[i] !== 0x3a) fail('invalid character after object key');
          i++;
          const child = value(ks, ke);
          members.push([key, child]);
          byKey.set(key, child);
          skip();
          if (b[i] === 0x2c) { i++; continue; }
          if (b[i] === 0x7d) { i++; break; }
          fail('invalid character after object key:value pair');
        }
      }
      return { kind: 'object', members, byKey, from, to: i, start: from + 1, end: i - 1, keyStart, keyEnd };
    }
    if (c === 0x5b) {
      i++;
      const items: JsonNode[] = [];
      skip();
      if (b[i] === 0x5d) {
        i++;
      } else {
        for (;;) {
          items.push(value(0, 0));
          skip();
          if (b[i] === 0x2c) { i++; continue; }
          if (b[i] === 0x5d) { i++; break; }
          fail('invalid character after array element');
        }
      }
      return { kind: 'array', items, from, to: i, start: from + 1, end: i - 1, keyStart, keyEnd };
    }
    let node: JsonNode;
    if (c === 0x22) {
      const v = readString();
      node = { kind: 'string', value: v, from, to: i, start: from, end: i - 1, keyStart, keyEnd };
    } else if (c === 0x74) {
      expectWord('true');
      node = { kind: 'bool', value: true, from, to: i, start: from, end: i - 1, keyStart, keyEnd };
    } else if (c === 0x66) {
      expectWord('false');
      node = { kind: 'bool', value: false, from, to: i, start: from, end: i - 1, keyStart, keyEnd };
    } else if (c === 0x6e) {
      expectWord('null');
      node = { kind: 'null', from, to: i, start: from, end: i - 1, keyStart, keyEnd };
    } else if (c === 0x2d || isDigit(c)) {
      const text = readNumber();
      node = { kind: 'number', text, from, to: i, start: from, end: i - 1, keyStart, keyEnd };
    } else {
      return fail('invalid character looking for beginning of value');
    }
    return node;
  }

  const root = value(0, 0);
  skip();
  if (i < b.length) fail('invalid character after top-level value');
  return root;
}

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
