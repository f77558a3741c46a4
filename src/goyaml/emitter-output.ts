// Mirrors gopkg.in/yaml.v2@v2.4.0 emitterc.go put / put_break / write / write_break, the indentation
// helpers and the emitter fields they maintain. `column` counts characters (write() adds 1 per UTF-8
// sequence, whatever its length), which is what the 80-column folding decisions compare against.
// Output goes straight into a UTF-8 byte buffer, as in Go: that is what gets hashed. The buffer and its
// write position are public so that the encoder's fast paths (ASCII text, pre-rendered keys) can append
// without a call per byte.

import { charCount } from './yamlprivateh.js';

const SPACE = 0x20;

interface Utf8Encoder {
  encodeInto(s: string, dest: Uint8Array): { read: number; written: number };
}
/** The runtime's TextEncoder, when it has one: much faster on long strings. Same bytes as the loop below. */
const NativeEncoder = (globalThis as { TextEncoder?: new () => Utf8Encoder }).TextEncoder;
const native: Utf8Encoder | undefined = NativeEncoder === undefined ? undefined : new NativeEncoder();

/** Emitter state shared by the structural emitter and the scalar writers (yaml_emitter_t, the parts we use). */
export class EmitterOutput {
  /** The output so far is buf[0, pos). Grow with ensure() before writing past the end. */
  buf: Uint8Array;
  pos = 0;

  column = 0;
  whitespace = true;
  indention = true;
  openEnded = false;
  indent = -1;
  readonly indents: number[] = [];
  flowLevel = 0;

  rootContext = false;
  sequenceContext = false;
  mappingContext = false;
  simpleKeyContext = false;

  readonly bestIndent = 2;
  readonly bestWidth = 80;

  constructor(initialSize = 1 << 16) {
    this.buf = new Uint8Array(initialSize);
  }

  /** The UTF-8 bytes written so far (a view: the emitter is done with the buffer). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  /** Make room for n more bytes. */
  ensure(n: number): void {
    if (this.pos + n > this.buf.length) this.grow(n);
  }

  private grow(n: number): void {
    // By 4: a multi-megabyte document then takes a few copies, not a dozen.
    let size = this.buf.length * 4;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /**
   * `write` for each character of s[from, to), which is printable ASCII (the caller checked): one byte
   * and one column per character.
   */
  writeAscii(s: string, from = 0, to = s.length): void {
    const n = to - from;
    if (this.pos + n > this.buf.length) this.grow(n);
    if (n >= 64 && native !== undefined) {
      const part = from === 0 && to === s.length ? s : s.slice(from, to);
      this.pos += native.encodeInto(part, this.buf.subarray(this.pos)).written;
    } else {
      const buf = this.buf;
      let p = this.pos;
      for (let i = from; i < to; i++) buf[p++] = s.charCodeAt(i);
      this.pos = p;
    }
    this.column += n;
  }

  /** Append bytes already rendered (UTF-8 of `chars` characters, no line break). */
  writeBytes(b: Uint8Array, chars: number): void {
    const n = b.length;
    if (this.pos + n > this.buf.length) this.grow(n);
    if (n > 32) {
      this.buf.set(b, this.pos);
      this.pos += n;
    } else {
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = b[i]!;
      this.pos = p;
    }
    this.column += chars;
  }

  /** `put`: one ASCII character (code). */
  put(c: number): void {
    if (this.pos + 1 > this.buf.length) this.grow(1);
    this.buf[this.pos++] = c;
    this.column++;
  }

  /** `put_break` with line_break = yaml_LN_BREAK. */
  putBreak(): void {
    if (this.pos + 1 > this.buf.length) this.grow(1);
    this.buf[this.pos++] = 0x0a;
    this.column = 0;
  }

  /** `write` for each character of s[from, to), which holds no line break (s well-formed). */
  write(s: string, from = 0, to = s.length): void {
    if (this.pos + 3 * (to - from) > this.buf.length) this.grow(3 * (to - from));
    if (to - from >= 64 && native !== undefined) {
      const part = from === 0 && to === s.length ? s : s.slice(from, to);
      this.pos += native.encodeInto(part, this.buf.subarray(this.pos)).written;
      this.column += charCount(part);
      return;
    }
    const buf = this.buf;
    let p = this.pos;
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
    this.pos = p;
    this.column += chars;
  }

  /** `write_break` for one break character (code): LF is put_break; CR, NEL, LS, PS are copied as is. */
  writeBreak(c: number): void {
    if (c === 0x0a) {
      this.putBreak();
      return;
    }
    this.write(String.fromCharCode(c));
    this.column = 0;
  }

  /** `yaml_emitter_increase_indent` */
  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) {
      this.indent = flow ? this.bestIndent : 0;
    } else if (!indentless) {
      this.indent += this.bestIndent;
    }
  }

  /** Restore the indentation saved by the matching increaseIndent(). */
  popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  /** `yaml_emitter_write_indent` */
  writeIndent(): void {
    const indent = this.indent < 0 ? 0 : this.indent;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.putBreak();
    }
    if (this.column < indent) {
      const n = indent - this.column;
      if (this.pos + n > this.buf.length) this.grow(n);
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = SPACE;
      this.pos = p;
      this.column = indent;
    }
    this.whitespace = true;
    this.indention = true;
  }

  /** `yaml_emitter_write_indicator` (indicators are ASCII). */
  writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(SPACE);
    if (indicator.length === 1) this.put(indicator.charCodeAt(0));
    else this.write(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }
}
