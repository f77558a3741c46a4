// Mirrors github.com/coreos/go-systemd unit/deserialize.go at fd7a80b32e1f (the copy ignition
// v0.35.0 validates units with; go-systemd/v22 v22.5.0 has the same lexer). The lexer reads through
// a bufio.Reader (4096-byte buffer) and, before each step, rejects a line of 2048+ bytes only when
// that much is already buffered, so the buffer is simulated exactly (fill/slide/ReadSlice).

import { goQuote } from '../../_go/fmt.js';
import { decodeRuneAt, utf8Decode, utf8Encode } from './utf8.js';

const BUF_SIZE = 4096;
const LINE_MAX = 2048;

export interface UnitOption {
  section: string;
  name: string;
  value: string;
}

export interface UnitParse {
  options: UnitOption[];
  error: string | undefined;
}

class GoError {
  constructor(readonly message: string) {}
}

const EOF = new GoError('EOF');

class BufReader {
  private r = 0;
  private w = 0;
  private err: GoError | undefined;
  private lastRuneSize = -1;

  constructor(private readonly src: Uint8Array) {}

  buffered(): number {
    return this.w - this.r;
  }

  peekHasNewline(n: number): boolean {
    for (let i = this.r; i < this.r + n; i++) {
      const c = this.src[i];
      if (c === 0x0a || c === 0x0d) return true;
    }
    return false;
  }

  private fill(): void {
    const space = BUF_SIZE - (this.w - this.r);
    const remaining = this.src.length - this.w;
    if (remaining === 0) {
      this.err = EOF;
      return;
    }
    this.w += Math.min(space, remaining);
  }

  private readErr(): GoError | undefined {
    const e = this.err;
    this.err = undefined;
    return e;
  }

  private fullRune(): boolean {
    const n = this.w - this.r;
    if (n === 0) return false;
    const c = this.src[this.r]!;
    if (c < 0x80) return true;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (n >= need) return true;
    // An invalid continuation already makes a (1-byte) rune.
    for (let i = 1; i < n; i++) if ((this.src[this.r + i]! & 0xc0) !== 0x80) return true;
    return need === 1;
  }

  /** Returns the rune (as a string, U+FFFD for invalid bytes) or an error. */
  readRune(): string | GoError {
    while (this.r + 4 > this.w && !this.fullRune() && this.err === undefined && this.w - this.r < BUF_SIZE) this.fill();
    this.lastRuneSize = -1;
    if (this.r === this.w) return this.readErr() ?? EOF;
    const [cp, size] = decodeRuneAt(this.src, this.r, this.w);
    this.r += size;
    this.lastRuneSize = size;
    return String.fromCodePoint(cp);
  }

  unreadRune(): void {
    if (this.lastRuneSize < 0 || this.r < this.lastRuneSize) return;
    this.r -= this.lastRuneSize;
    this.lastRuneSize = -1;
  }

  /** ReadBytes(delim): the bytes up to and including delim, and io.EOF if it ran out first. */
  readBytes(delim: number): { line: Uint8Array; err: GoError | undefined } {
    const parts: Uint8Array[] = [];
    for (;;) {
      const { frag, err, full } = this.readSlice(delim);
      parts.push(frag);
      if (full) continue;
      const total = parts.reduce((a, p) => a + p.length, 0);
      const line = new Uint8Array(total);
      let o = 0;
      for (const p of parts) {
        line.set(p, o);
        o += p.length;
      }
      return { line, err };
    }
  }

  private readSlice(delim: number): { frag: Uint8Array; err: GoError | undefined; full: boolean } {
    let s = 0;
    for (;;) {
      for (let i = this.r + s; i < this.w; i++) {
        if (this.src[i] === delim) {
          const frag = this.src.subarray(this.r, i + 1);
          this.r = i + 1;
          return { frag, err: undefined, full: false };
        }
      }
      if (this.err !== undefined) {
        const frag = this.src.subarray(this.r, this.w);
        this.r = this.w;
        return { frag, err: this.readErr(), full: false };
      }
      if (this.buffered() >= BUF_SIZE) {
        const frag = this.src.subarray(this.r, this.w);
        this.r = this.w;
        return { frag, err: undefined, full: true };
      }
      s = this.w - this.r;
      this.fill();
    }
  }
}

// unicode.IsSpace
const GO_SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const isGoSpace = (ch: string): boolean => GO_SPACE.includes(ch);

function trimSpace(s: string): string {
  const chars = Array.from(s);
  let a = 0;
  let z = chars.length;
  while (a < z && isGoSpace(chars[a]!)) a++;
  while (z > a && isGoSpace(chars[z - 1]!)) z--;
  return chars.slice(a, z).join('');
}

const isComment = (r: string): boolean => r === '#' || r === ';';

function toEOL(buf: BufReader): { line: string; eof: boolean } {
  const { line, err } = buf.readBytes(0x0a);
  let end = line.length;
  if (end > 0 && line[end - 1] === 0x0d) end--;
  else if (end > 0 && line[end - 1] === 0x0a) end--;
  return { line: utf8Decode(line, 0, end), eof: err === EOF };
}

/**
 * `unit.Deserialize`. `garbageQuoted` selects v22's `%q` for the garbage-after-section message
 * (the older copy prints the byte slice with `%v`).
 */
export function deserializeUnit(contents: string, garbageQuoted = false): UnitParse {
  const buf = new BufReader(utf8Encode(contents));
  const options: UnitOption[] = [];

  type Step = () => Step | null;

  const lexNextSection: Step = () => {
    const r = buf.readRune();
    if (r instanceof GoError) {
      if (r === EOF) return null;
      throw r;
    }
    if (r === '[') return lexSectionName;
    if (isComment(r)) return ignoreLine(lexNextSection);
    return lexNextSection;
  };

  const lexSectionName: Step = () => {
    const { line, err } = buf.readBytes(0x5d);
    if (err !== undefined) throw new GoError('unable to find end of section');
    return lexSectionSuffix(utf8Decode(line, 0, line.length - 1));
  };

  const lexSectionSuffix = (section: string): Step => () => {
    const garbage = trimSpace(toEOL(buf).line);
    if (garbage.length > 0) {
      const shown = garbageQuoted ? goQuote(garbage) : '[' + Array.from(utf8Encode(garbage)).join(' ') + ']';
      throw new GoError(`found garbage after section name : ${shown}`);
    }
    return lexNextSectionOrOption(section);
  };

  const ignoreLine = (next: Step): Step => () => {
    for (;;) {
      let { line } = toEOL(buf);
      if (line.endsWith(' ')) line = line.slice(0, -1);
      if (!line.endsWith('\\')) break;
    }
    return next;
  };

  const lexNextSectionOrOption = (section: string): Step => {
    const self: Step = () => {
      const r = buf.readRune();
      if (r instanceof GoError) {
        if (r === EOF) return null;
        throw r;
      }
      if (isGoSpace(r)) return self;
      if (r === '[') return lexSectionName;
      if (isComment(r)) return ignoreLine(self);
      buf.unreadRune();
      return lexOptionName(section);
    };
    return self;
  };

  const lexOptionName = (section: string): Step => () => {
    let partial = '';
    for (;;) {
      const r = buf.readRune();
      if (r instanceof GoError) throw r;
      if (r === '\n' || r === '\r') throw new GoError('unexpected newline encountered while parsing option name');
      if (r === '=') break;
      partial += r;
    }
    return lexOptionValue(section, trimSpace(partial), '');
  };

  const lexOptionValue = (section: string, name: string, partialIn: string): Step => () => {
    let partial = partialIn;
    const { line, eof } = toEOL(buf);
    if (trimSpace(line).length !== 0) {
      partial += line;
      const idx = line.lastIndexOf('\\');
      if (idx !== -1 && idx === line.length - 1) {
        if (!eof) partial += '\n';
        return lexOptionValue(section, name, partial);
      }
    }
    const value = partial.endsWith('\n') ? trimSpace(partial) + '\n' : trimSpace(partial);
    options.push({ section, name, value });
    return lexNextSectionOrOption(section);
  };

  let next: Step | null = lexNextSection;
  try {
    while (next !== null) {
      if (buf.buffered() >= LINE_MAX && !buf.peekHasNewline(LINE_MAX)) {
        throw new GoError(`line too long (max ${LINE_MAX} bytes)`);
      }
      next = next();
    }
  } catch (e) {
    if (e instanceof GoError) return { options, error: e.message };
    throw e;
  }
  return { options, error: undefined };
}
