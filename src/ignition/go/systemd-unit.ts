/**
 * systemd unit file parsing as Ignition validates unit and drop-in contents.
 *
 * Mirrors github.com/coreos/go-systemd/v22 unit/deserialize.go (`Deserialize`: the lexer, its error
 * texts, and its "line too long" check, which looks at the bufio buffer before every lexer step), on
 * top of a port of go1.19 bufio.Reader (4096-byte buffer over a strings.Reader) so that the check
 * fires exactly when Go's does. The older copy ignition v0.35.0 uses (go-systemd fd7a80b32e1f) has
 * the same lexer but prints the garbage after a section name with `%v` (a byte slice), not `%q`.
 */

import { utf8Decode, utf8Encode } from './utf8.js';
import { quote } from './strconv.js';

export interface UnitOption {
  section: string;
  name: string;
  value: string;
}

export type UnitParseResult = { ok: true; options: UnitOption[] } | { ok: false; error: string };

const SYSTEMD_LINE_MAX = 2048;
const BUF_SIZE = 4096;

class EOFError extends Error {
  constructor() {
    super('EOF');
  }
}

/** go1.19 bufio.Reader over a strings.Reader, reduced to the calls the unit lexer makes. */
class BufReader {
  private readonly buf: Uint8Array;
  private r = 0;
  private w = 0;
  private eof = false;
  private srcPos = 0;
  private lastRuneSize = -1;
  /**
   * The source is shorter than SYSTEMD_LINE_MAX: read it in place. The first fill would have buffered
   * all of it, and with fewer than SYSTEMD_LINE_MAX bytes buffered neither the "line too long" check
   * nor a full buffer can happen, so where the bytes sit changes nothing.
   */
  private readonly whole: boolean;

  constructor(private readonly src: Uint8Array) {
    this.whole = src.length < SYSTEMD_LINE_MAX;
    if (this.whole) {
      this.buf = src;
      this.w = src.length;
      this.srcPos = src.length;
    } else this.buf = new Uint8Array(BUF_SIZE);
  }

  buffered(): number {
    return this.w - this.r;
  }

  private fill(): void {
    if (this.whole) {
      this.eof = true;
      return;
    }
    if (this.r > 0) {
      this.buf.copyWithin(0, this.r, this.w);
      this.w -= this.r;
      this.r = 0;
    }
    const n = Math.min(this.src.length - this.srcPos, BUF_SIZE - this.w);
    if (n === 0) {
      this.eof = true;
      return;
    }
    this.buf.set(this.src.subarray(this.srcPos, this.srcPos + n), this.w);
    this.srcPos += n;
    this.w += n;
  }

  private readErr(): boolean {
    const e = this.eof;
    this.eof = false;
    return e;
  }

  /** ReadRune; null at EOF. */
  readRune(): number | null {
    while (this.r + 4 > this.w && !fullRune(this.buf, this.r, this.w) && !this.eof && this.w - this.r < BUF_SIZE) {
      this.fill();
    }
    this.lastRuneSize = -1;
    if (this.r === this.w) {
      this.readErr();
      return null;
    }
    const [rune, size] = decodeRune(this.buf, this.r, this.w);
    this.r += size;
    this.lastRuneSize = size;
    return rune;
  }

  unreadRune(): void {
    if (this.lastRuneSize < 0 || this.r < this.lastRuneSize) return;
    this.r -= this.lastRuneSize;
    this.lastRuneSize = -1;
  }

  /** ReadSlice(delim): [bytes, 'ok' | 'full' | 'eof'] */
  private readSlice(delim: number): [Uint8Array, 'ok' | 'full' | 'eof'] {
    let s = 0;
    for (;;) {
      const i = this.buf.subarray(this.r + s, this.w).indexOf(delim);
      if (i >= 0) {
        const end = this.r + s + i + 1;
        const line = this.buf.slice(this.r, end);
        this.r = end;
        this.lastRuneSize = -1;
        return [line, 'ok'];
      }
      if (this.eof) {
        const line = this.buf.slice(this.r, this.w);
        this.r = this.w;
        this.readErr();
        this.lastRuneSize = -1;
        return [line, 'eof'];
      }
      if (this.buffered() >= BUF_SIZE) {
        this.r = this.w;
        this.lastRuneSize = -1;
        return [this.buf.slice(), 'full'];
      }
      s = this.w - this.r;
      this.fill();
    }
  }

  /** ReadBytes(delim): the bytes up to and including delim; `eof` when delim was not found. */
  readBytes(delim: number): { line: Uint8Array; eof: boolean } {
    const parts: Uint8Array[] = [];
    for (;;) {
      const [frag, status] = this.readSlice(delim);
      parts.push(frag);
      if (status !== 'full') {
        return { line: parts.length === 1 ? frag : concat(parts), eof: status === 'eof' };
      }
    }
  }

  /** Peek(n) when at least n bytes are buffered (the only way the lexer calls it). */
  peek(n: number): Uint8Array {
    this.lastRuneSize = -1;
    return this.buf.subarray(this.r, this.r + n);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function fullRune(b: Uint8Array, from: number, to: number): boolean {
  const n = to - from;
  if (n === 0) return false;
  const c = b[from]!;
  if (c < 0x80) return true;
  const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
  return n >= need;
}

/** utf8.DecodeRune on valid input (invalid bytes decode as U+FFFD of width 1). */
function decodeRune(b: Uint8Array, from: number, to: number): [number, number] {
  const c = b[from]!;
  if (c < 0x80) return [c, 1];
  const need = c >= 0xf0 && c < 0xf8 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
  if (need === 0 || to - from < need) return [0xfffd, 1];
  let r = c & (need === 2 ? 0x1f : need === 3 ? 0x0f : 0x07);
  for (let k = 1; k < need; k++) {
    const d = b[from + k]!;
    if ((d & 0xc0) !== 0x80) return [0xfffd, 1];
    r = (r << 6) | (d & 0x3f);
  }
  return [r, need];
}

/** unicode.IsSpace */
export function isSpaceRune(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x2028 || r === 0x2029 || r === 0x202f ||
    r === 0x205f || r === 0x3000;
}


/** strings.TrimSpace / bytes.TrimSpace on a decoded string. */
export function trimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpaceRune(s.codePointAt(a)!)) a += s.codePointAt(a)! > 0xffff ? 2 : 1;
  while (b > a) {
    const last = s.charCodeAt(b - 1);
    const isLow = last >= 0xdc00 && last <= 0xdfff && b - 2 >= a;
    const cp = isLow ? s.codePointAt(b - 2)! : last;
    if (!isSpaceRune(cp)) break;
    b -= cp > 0xffff ? 2 : 1;
  }
  return s.slice(a, b);
}

const isComment = (r: number): boolean => r === 0x23 || r === 0x3b;

type Step = () => Step | null;

class UnitLexError extends Error {}

/**
 * unit.Deserialize: the options of a unit file, or go-systemd's error text. `garbageQuoted: false`
 * is the older copy's message format.
 */
export function deserializeUnit(contents: string, garbageQuoted = true): UnitParseResult {
  const buf = new BufReader(utf8Encode(contents));
  const options: UnitOption[] = [];

  const toEOL = (): { line: Uint8Array; eof: boolean } => {
    const { line, eof } = buf.readBytes(0x0a);
    let end = line.length;
    if (end > 0 && line[end - 1] === 0x0d) end--; // TrimSuffix "\r" (before "\n": Go does it in this order)
    if (end > 0 && line[end - 1] === 0x0a) end--;
    return { line: line.subarray(0, end), eof };
  };

  const lexNextSection: Step = () => {
    const r = buf.readRune();
    if (r === null) return null;
    if (r === 0x5b) return lexSectionName;
    if (isComment(r)) return ignoreLineFunc(lexNextSection);
    return lexNextSection;
  };

  const lexSectionName: Step = () => {
    const { line, eof } = buf.readBytes(0x5d);
    if (eof) throw new UnitLexError('unable to find end of section');
    return lexSectionSuffixFunc(utf8Decode(line.subarray(0, line.length - 1)));
  };

  const lexSectionSuffixFunc = (section: string): Step => () => {
    const { line } = toEOL();
    const garbage = trimSpace(utf8Decode(line));
    if (garbage.length > 0) {
      // l.section is never assigned in go-systemd, so the name is always empty here.
      const shown = garbageQuoted ? quote(garbage) : '[' + utf8Encode(garbage).join(' ') + ']';
      throw new UnitLexError(`found garbage after section name : ${shown}`);
    }
    return lexNextSectionOrOptionFunc(section);
  };

  const ignoreLineFunc = (next: Step): Step => () => {
    for (;;) {
      const { line } = toEOL();
      let end = line.length;
      if (end > 0 && line[end - 1] === 0x20) end--;
      if (!(end > 0 && line[end - 1] === 0x5c)) break;
    }
    return next;
  };

  const lexNextSectionOrOptionFunc = (section: string): Step => () => {
    const r = buf.readRune();
    if (r === null) return null;
    if (isSpaceRune(r)) return lexNextSectionOrOptionFunc(section);
    if (r === 0x5b) return lexSectionName;
    if (isComment(r)) return ignoreLineFunc(lexNextSectionOrOptionFunc(section));
    buf.unreadRune();
    return lexOptionNameFunc(section);
  };

  const lexOptionNameFunc = (section: string): Step => () => {
    let partial = '';
    for (;;) {
      const r = buf.readRune();
      if (r === null) throw new EOFError();
      if (r === 0x0a || r === 0x0d) throw new UnitLexError('unexpected newline encountered while parsing option name');
      if (r === 0x3d) break;
      partial += String.fromCodePoint(r);
    }
    return lexOptionValueFunc(section, trimSpace(partial), '');
  };

  const lexOptionValueFunc = (section: string, name: string, partialIn: string): Step => () => {
    let partial = partialIn;
    for (;;) {
      const { line, eof } = toEOL();
      const text = utf8Decode(line);
      if (trimSpace(text).length === 0) break;
      partial += text;
      if (line.length === 0 || line.lastIndexOf(0x5c) !== line.length - 1) break;
      if (!eof) partial += '\n';
      return lexOptionValueFunc(section, name, partial);
    }
    const value = partial.endsWith('\n') ? trimSpace(partial) + '\n' : trimSpace(partial);
    options.push({ section, name, value });
    return lexNextSectionOrOptionFunc(section);
  };

  try {
    let next: Step | null = lexNextSection;
    while (next !== null) {
      if (buf.buffered() >= SYSTEMD_LINE_MAX) {
        const line = buf.peek(SYSTEMD_LINE_MAX);
        if (!line.includes(0x0d) && !line.includes(0x0a)) {
          return { ok: false, error: `line too long (max ${SYSTEMD_LINE_MAX} bytes)` };
        }
      }
      next = next();
    }
  } catch (e) {
    if (e instanceof UnitLexError || e instanceof EOFError) return { ok: false, error: e.message };
    throw e;
  }
  return { ok: true, options };
}
