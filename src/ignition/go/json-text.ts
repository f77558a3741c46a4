/**
 * JSON text → a tree that keeps what Go's decoder sees and JavaScript's `JSON.parse` loses: duplicate
 * keys in document order, number literals as written, and byte offsets for Go's error positions.
 *
 * Mirrors go1.19 encoding/json decode.go: `unquote` (invalid escapes of surrogates become U+FFFD),
 * `rescanLiteral` / `readIndex` (the offset a type error reports is the byte just past a literal, or
 * just past the `[` / `{` that opened a composite). Call only on input `checkValid` accepted.
 */
import { utf8Decode } from './utf8.js';

export type TextNode = TextObject | TextArray | TextScalar;

export interface TextObject {
  kind: 'object';
  entries: Array<[string, TextNode]>;
  /** Index of `{` + 1: Go's `d.off` when an object meets a non-struct type. */
  errorOffset: number;
}

export interface TextArray {
  kind: 'array';
  items: TextNode[];
  errorOffset: number;
}

export interface TextScalar {
  kind: 'string' | 'number' | 'bool' | 'null';
  /** Decoded string, literal text of a number, `true`/`false`. */
  value: string | boolean | null;
  /** Index just past the literal: Go's `readIndex()` after `rescanLiteral`. */
  errorOffset: number;
}


/**
 * Where each value sits in the text, for spec 2.x reports (line/column of a value): recorded only when
 * asked for, so the 3.x path pays nothing.
 */
export interface TextPositions {
  /** Node → index of its first byte. */
  readonly start: Map<TextNode, number>;
  /** Node → index of its last byte (closing bracket or quote, last character of a literal). */
  readonly end: Map<TextNode, number>;
}

export function parseJsonText(data: Uint8Array, positions?: TextPositions): TextNode {
  let i = 0;

  const skipSpace = (): void => {
    for (;;) {
      const c = data[i];
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else return;
    }
  };

  const readString = (): string => {
    // data[i] is the opening quote.
    const start = ++i;
    let plain = true;
    while (data[i] !== 0x22) {
      if (data[i] === 0x5c) {
        plain = false;
        i += 2;
      } else i++;
    }
    const end = i++;
    return plain ? utf8Decode(data.subarray(start, end)) : unquote(data.subarray(start, end));
  };

  const bare = (): TextNode => {
    skipSpace();
    const c = data[i]!;
    if (c === 0x7b) {
      i++;
      const node: TextObject = { kind: 'object', entries: [], errorOffset: i };
      skipSpace();
      if (data[i] === 0x7d) {
        i++;
        return node;
      }
      for (;;) {
        skipSpace();
        const key = readString();
        skipSpace();
        i++; // ':'
        node.entries.push([key, value()]);
        skipSpace();
        if (data[i++] === 0x7d) return node; // else ','
      }
    }
    if (c === 0x5b) {
      i++;
      const node: TextArray = { kind: 'array', items: [], errorOffset: i };
      skipSpace();
      if (data[i] === 0x5d) {
        i++;
        return node;
      }
      for (;;) {
        node.items.push(value());
        skipSpace();
        if (data[i++] === 0x5d) return node;
      }
    }
    if (c === 0x22) {
      const s = readString();
      return { kind: 'string', value: s, errorOffset: i };
    }
    if (c === 0x74) {
      i += 4;
      return { kind: 'bool', value: true, errorOffset: i };
    }
    if (c === 0x66) {
      i += 5;
      return { kind: 'bool', value: false, errorOffset: i };
    }
    if (c === 0x6e) {
      i += 4;
      return { kind: 'null', value: null, errorOffset: i };
    }
    const start = i;
    while (i < data.length) {
      const d = data[i]!;
      if ((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d) i++;
      else break;
    }
    let raw = '';
    for (let k = start; k < i; k++) raw += String.fromCharCode(data[k]!);
    return { kind: 'number', value: raw, errorOffset: i };
  };

  const value = positions === undefined ? bare : (): TextNode => {
    skipSpace();
    const start = i;
    const node = bare();
    positions.start.set(node, start);
    positions.end.set(node, i - 1);
    return node;
  };

  return value();
}

const hexVal = (c: number): number => {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return c - 0x41 + 10;
};

/** Go `unquoteBytes` body for a string with escapes (quotes already stripped). */
function unquote(b: Uint8Array): string {
  let out = '';
  let runStart = 0;
  let r = 0;
  const getu4 = (at: number): number => {
    if (at + 6 > b.length || b[at] !== 0x5c || b[at + 1] !== 0x75) return -1;
    let v = 0;
    for (let k = at + 2; k < at + 6; k++) v = v * 16 + hexVal(b[k]!);
    return v;
  };
  while (r < b.length) {
    if (b[r] !== 0x5c) {
      r++;
      continue;
    }
    out += utf8Decode(b.subarray(runStart, r));
    const e = b[r + 1]!;
    switch (e) {
      case 0x22: out += '"'; r += 2; break;
      case 0x5c: out += '\\'; r += 2; break;
      case 0x2f: out += '/'; r += 2; break;
      case 0x27: out += "'"; r += 2; break;
      case 0x62: out += '\b'; r += 2; break;
      case 0x66: out += '\f'; r += 2; break;
      case 0x6e: out += '\n'; r += 2; break;
      case 0x72: out += '\r'; r += 2; break;
      case 0x74: out += '\t'; r += 2; break;
      default: {
        // \uXXXX (the scanner allows nothing else)
        let rr = getu4(r);
        r += 6;
        if (rr >= 0xd800 && rr < 0xe000) {
          const rr1 = getu4(r);
          if (rr < 0xdc00 && rr1 >= 0xdc00 && rr1 < 0xe000) {
            out += String.fromCharCode(rr, rr1);
            r += 6;
            break;
          }
          rr = 0xfffd;
        }
        out += String.fromCharCode(rr);
      }
    }
    runStart = r;
  }
  return out + utf8Decode(b.subarray(runStart, r));
}
