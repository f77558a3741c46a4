// Mirrors gopkg.in/yaml.v2@v2.4.0 emitterc.go put / put_break / write / write_break, the indentation
// helpers and the emitter fields they maintain. `column` counts characters (write() adds 1 per UTF-8
// sequence, whatever its length), which is what the 80-column folding decisions compare against.
// Output goes straight into a UTF-8 byte buffer, as in Go: that is what gets hashed. The buffer and its
// write position are public so that the encoder's fast paths (ASCII text, pre-rendered keys) can append
// without a call per byte.

import { charCount } from './yamlprivateh.js';

const SPACE = 0x20;
/** best_indent is 2 (written as such below), best_width 80: the v2.4.0 defaults. */
export const BEST_WIDTH = 80;

interface Utf8Encoder {
  encodeInto(s: string, dest: Uint8Array): { read: number; written: number };
}
/** The runtime's TextEncoder, when it has one: much faster on long strings. Same bytes as the loop below. */
const NativeEncoder = (globalThis as { TextEncoder?: new () => Utf8Encoder }).TextEncoder;
const native: Utf8Encoder | undefined = NativeEncoder === undefined ? undefined : new NativeEncoder();

/** Emitter state shared by the structural emitter and the scalar writers (yaml_emitter_t, the parts we use). */
export class EmitterOutput {
  /** The output so far is buf[0, pos). */
  buf: Uint8Array;
  pos = 0;

  column = 0;
  whitespace = true;
  indention = true;
  indent = -1;
  readonly indents: number[] = [];

  /** Whether the node being written is a mapping key or value, and a simple key (emit_node's flags). */
  mappingContext = false;
  simpleKeyContext = false;

  constructor(initialSize = 1 << 16) {
    this.buf = new Uint8Array(initialSize);
  }
}

/** The UTF-8 bytes written so far (a view: the emitter is done with the buffer). */
export function emitted(e: EmitterOutput): Uint8Array {
  return e.buf.subarray(0, e.pos);
}

function grow(e: EmitterOutput, n: number): void {
  // By 4: a multi-megabyte document then takes a few copies, not a dozen.
  let size = e.buf.length * 4;
  while (size < e.pos + n) size *= 2;
  const next = new Uint8Array(size);
  next.set(e.buf.subarray(0, e.pos));
  e.buf = next;
}

/**
 * `write` for each character of s[from, to), which is printable ASCII (the caller checked): one byte
 * and one column per character.
 */
export function writeAscii(e: EmitterOutput, s: string, from = 0, to = s.length): void {
  const n = to - from;
  if (e.pos + n > e.buf.length) grow(e, n);
  if (n >= 64 && native !== undefined) {
    const part = from === 0 && to === s.length ? s : s.slice(from, to);
    e.pos += native.encodeInto(part, e.buf.subarray(e.pos)).written;
  } else {
    const buf = e.buf;
    let p = e.pos;
    for (let i = from; i < to; i++) buf[p++] = s.charCodeAt(i);
    e.pos = p;
  }
  e.column += n;
}

/** Append bytes already rendered (UTF-8 of `chars` characters, no line break). */
export function writeBytes(e: EmitterOutput, b: Uint8Array, chars: number): void {
  const n = b.length;
  if (e.pos + n > e.buf.length) grow(e, n);
  if (n > 32) {
    e.buf.set(b, e.pos);
    e.pos += n;
  } else {
    const buf = e.buf;
    let p = e.pos;
    for (let i = 0; i < n; i++) buf[p++] = b[i]!;
    e.pos = p;
  }
  e.column += chars;
}

/** `put`: one ASCII character (code). */
export function put(e: EmitterOutput, c: number): void {
  if (e.pos + 1 > e.buf.length) grow(e, 1);
  e.buf[e.pos++] = c;
  e.column++;
}

/** `put_break` with line_break = yaml_LN_BREAK. */
export function putBreak(e: EmitterOutput): void {
  if (e.pos + 1 > e.buf.length) grow(e, 1);
  e.buf[e.pos++] = 0x0a;
  e.column = 0;
}

/** `write` for each character of s[from, to), which holds no line break (s well-formed). */
export function write(e: EmitterOutput, s: string, from = 0, to = s.length): void {
  if (e.pos + 3 * (to - from) > e.buf.length) grow(e, 3 * (to - from));
  if (to - from >= 64 && native !== undefined) {
    const part = from === 0 && to === s.length ? s : s.slice(from, to);
    e.pos += native.encodeInto(part, e.buf.subarray(e.pos)).written;
    e.column += charCount(part);
    return;
  }
  const buf = e.buf;
  let p = e.pos;
  let chars = 0;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    chars++;
    if (c < 0x80) {
      buf[p++] = c;
    } else if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      c = ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00) + 0x10000;
      buf[p++] = 0xf0 | (c >> 18);
      buf[p++] = 0x80 | ((c >> 12) & 0x3f);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    } else {
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
  }
  e.pos = p;
  e.column += chars;
}

/** `write_break` for one break character (code): LF is put_break; CR, NEL, LS, PS are copied as is. */
export function writeBreak(e: EmitterOutput, c: number): void {
  if (c === 0x0a) {
    putBreak(e);
    return;
  }
  write(e, String.fromCharCode(c));
  e.column = 0;
}

/** `yaml_emitter_increase_indent` */
export function increaseIndent(e: EmitterOutput, flow: boolean, indentless: boolean): void {
  e.indents.push(e.indent);
  if (e.indent < 0) {
    e.indent = flow ? 2 : 0;
  } else if (!indentless) {
    e.indent += 2;
  }
}

/** Restore the indentation saved by the matching increaseIndent(). */
export function popIndent(e: EmitterOutput): void {
  e.indent = e.indents.pop()!;
}

/** `yaml_emitter_write_indent` */
export function writeIndent(e: EmitterOutput): void {
  const indent = e.indent < 0 ? 0 : e.indent;
  if (!e.indention || e.column > indent || (e.column === indent && !e.whitespace)) {
    putBreak(e);
  }
  if (e.column < indent) {
    const n = indent - e.column;
    if (e.pos + n > e.buf.length) grow(e, n);
    const buf = e.buf;
    let p = e.pos;
    for (let i = 0; i < n; i++) buf[p++] = SPACE;
    e.pos = p;
    e.column = indent;
  }
  e.whitespace = true;
  e.indention = true;
}

/** `yaml_emitter_write_indicator` (the indicators written here are one ASCII character). */
export function writeIndicator(
  e: EmitterOutput,
  indicator: string,
  needWhitespace: boolean,
  isWhitespace: boolean,
  isIndention: boolean,
): void {
  if (needWhitespace && !e.whitespace) put(e, SPACE);
  put(e, indicator.charCodeAt(0));
  e.whitespace = isWhitespace;
  e.indention = e.indention && isIndention;
}
