// A fast reader for the plain block style that `oc get -o yaml` (go-yaml's emitter) and most hand-written
// manifests use, because the general `yaml` parser costs about a second per four megabytes, and a
// directory of a thousand MachineConfigs is that big. It accepts only what it can read without doubt:
//
//   key: value  # note    plain, 'single' or "double" scalars (folded over lines as YAML does), `{}`, `[]`
//   key:                  a nested block (more indented), a block sequence (same indent or more), or null
//   - item                block sequence items, `- key: value` compact mappings
//   key: |  |-  |+        literal block scalars
//   # comments, blank lines, `---` between documents
//
// Anything else (tabs or CR outside literal text, flow collections, anchors, aliases, tags, folded block
// scalars, escaped line breaks, odd indentation, explicit keys, directives, errors of any kind) makes it
// give up and return undefined: read-yaml.ts then reads the text with the `yaml` package, which also
// finds and reports the errors. What it accepts it reads exactly as read-yaml.ts does — same values, same
// key order, same spans (test/manifests/read-block-yaml.test.ts checks both readers against each other).

import { jsonKey, jsonValue } from './_json-scalar.js';
import { goStringCompare, setOwn, type DecodedDocument, type SpanTable } from './_spans.js';
import { decodeScalar } from './resolve-scalar.js';

/** Thrown inside the reader to give up; never escapes it. */
const GIVE_UP: unique symbol = Symbol('give up');

/** A plain key we read: ASCII letters, digits and `_ . / -`, not starting with `-`, at most 1024 long. */
const PLAIN_KEY = /[A-Za-z0-9_./][A-Za-z0-9_./-]{0,1023}/y;
/** Characters that may not start a plain value (YAML indicators; `-`, `?`, `:` only before a space). */
const NOT_PLAIN_START = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ' ']);
const SPACE = 0x20;
/**
 * Double-quoted escapes that go-yaml and the `yaml` package read alike (go-yaml refuses `\/`, the `yaml`
 * package refuses `\'`: both are left to the full reader, which reports the difference).
 */
const ESCAPES = new Map<string, string>([
  ['0', '\0'], ['a', '\x07'], ['b', '\b'], ['t', '\t'], ['\t', '\t'], ['n', '\n'], ['v', '\v'], ['f', '\f'], ['r', '\r'],
  ['e', '\x1b'], [' ', ' '], ['"', '"'], ['\\', '\\'], ['N', '\u0085'], ['_', '\u00a0'], ['L', '\u2028'], ['P', '\u2029'],
]);

class BlockReader {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Current line. */
  private li = 0;
  /** End of the current document (exclusive line index). */
  private docEnd = 0;
  /** Most texts have no tab at all: then no line needs looking at for one. */
  private readonly hasTab: boolean;

  constructor(
    private readonly text: string,
    private readonly spans: SpanTable,
  ) {
    this.hasTab = text.includes('\t');
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      this.starts.push(from);
      this.ends.push(nl);
      from = nl + 1;
    }
    if (from < text.length) {
      this.starts.push(from);
      this.ends.push(text.length);
    }
  }

  private fail(): never {
    throw GIVE_UP;
  }

  /** First index of character `c` in text[from, to), or -1 (never looks past `to`: no quadratic scans). */
  private find(c: string, from: number, to: number): number {
    const code = c.charCodeAt(0);
    for (let i = from; i < to; i++) if (this.text.charCodeAt(i) === code) return i;
    return -1;
  }

  /** Leading spaces of line i. */
  private indentOf(i: number): number {
    const s = this.starts[i]!;
    const e = this.ends[i]!;
    let p = s;
    while (p < e && this.text.charCodeAt(p) === SPACE) p++;
    return p - s;
  }

  /** Blank (spaces only) or a comment. Tabs in such lines: give up. */
  private isBlankOrComment(i: number): boolean {
    const s = this.starts[i]!;
    const e = this.ends[i]!;
    const p = s + this.indentOf(i);
    if (p === e) return true;
    const c = this.text[p];
    if (c === '\t') this.fail();
    return c === '#';
  }

  private skipBlank(): void {
    while (this.li < this.docEnd && this.isBlankOrComment(this.li)) this.li++;
  }

  /** The current line as a structure line: no tab anywhere in it. */
  private structureLine(): void {
    const s = this.starts[this.li]!;
    const e = this.ends[this.li]!;
    if (this.hasTab && this.find('\t', s, e) !== -1) this.fail();
  }

  private atItem(i: number, indent: number): boolean {
    const p = this.starts[i]! + indent;
    return this.text[p] === '-' && (p + 1 === this.ends[i]! || this.text.charCodeAt(p + 1) === SPACE);
  }

  /** Nothing but spaces and maybe a comment (after a space) from p to the end of the line. */
  private restIsBlank(p: number, e: number): boolean {
    while (p < e && this.text.charCodeAt(p) === SPACE) p++;
    if (p === e) return true;
    return this.text[p] === '#' && this.text.charCodeAt(p - 1) === SPACE;
  }

  documents(): DecodedDocument[] {
    const out: DecodedDocument[] = [];
    const n = this.starts.length;
    let docStart = 0;
    for (let i = 0; i <= n; i++) {
      if (i < n) {
        // Only lines starting with `%`, `.` or `-` in column 0 can be directives or document markers.
        const s = this.starts[i]!;
        const c = this.text.charCodeAt(s);
        if (c === 0x25 || (c === 0x2e && this.text.startsWith('...', s))) this.fail();
        if (c !== 0x2d || !this.text.startsWith('---', s)) continue;
        if (this.text.slice(s, this.ends[i]).trimEnd() !== '---') this.fail();
      }
      this.li = docStart;
      this.docEnd = i;
      this.skipBlank();
      if (this.li < this.docEnd) {
        const at = this.starts[this.li]! + this.indentOf(this.li);
        const value = this.node(this.indentOf(this.li));
        this.skipBlank();
        if (this.li !== this.docEnd) this.fail();
        out.push({ value, at });
      }
      docStart = i + 1;
    }
    return out;
  }

  /** The block node whose first line is the current one, at `indent`. */
  private node(indent: number): unknown {
    return this.atItem(this.li, indent) ? this.sequence(indent) : this.mapping(indent, this.starts[this.li]! + indent);
  }

  /** A key at p: [key, offset after the `:`], or give up. */
  private key(p: number, e: number): [string, number] {
    const t = this.text;
    let raw: string;
    let end: number;
    let quoted = false;
    const c = t[p];
    if (c === '"' || c === "'") {
      const close = this.find(c, p + 1, e);
      if (close === -1) this.fail();
      raw = t.slice(p + 1, close);
      if (raw.includes('\\') || (c === "'" && t[close + 1] === "'")) this.fail();
      end = close + 1;
      quoted = true;
    } else {
      PLAIN_KEY.lastIndex = p;
      const m = PLAIN_KEY.exec(t);
      if (m === null) this.fail();
      raw = m[0];
      end = p + raw.length;
    }
    // YAML caps an implicit key at 1024 characters.
    if (end - p > 1024 || t[end] !== ':' || (end + 1 < e && t.charCodeAt(end + 1) !== SPACE)) this.fail();
    return [jsonKey(decodeScalar('', raw, !quoted), p), end + 1];
  }

  private mapping(indent: number, first: number): Record<string, unknown> {
    const values = new Map<string, unknown>();
    const where = new Map<string, number>();
    let p = first;
    for (;;) {
      this.structureLine();
      const e = this.ends[this.li]!;
      const [key, after] = this.key(p, e);
      if (values.has(key)) this.fail(); // a duplicate: read-yaml.ts reports it
      const [value, valueAt] = this.valueAfter(indent, after, e);
      values.set(key, value);
      where.set(key, value === null || typeof value === 'object' ? p : valueAt);
      this.skipBlank();
      if (this.li >= this.docEnd) break;
      const next = this.indentOf(this.li);
      if (next < indent) break;
      if (next > indent || this.atItem(this.li, indent)) this.fail();
      p = this.starts[this.li]! + indent;
    }
    const obj: Record<string, unknown> = {};
    for (const k of [...values.keys()].sort(goStringCompare)) setOwn(obj, k, values.get(k));
    this.spans.set(obj, { at: first, entries: where });
    return obj;
  }

  /** The value after `key:` (p just past the colon), owned by a node at `indent`: [value, its offset]. */
  private valueAfter(indent: number, p: number, e: number): [unknown, number] {
    if (this.restIsBlank(p, e)) {
      this.li++;
      this.skipBlank();
      if (this.li < this.docEnd) {
        const next = this.indentOf(this.li);
        const at = this.starts[this.li]! + next;
        if (next > indent) return [this.node(next), at];
        // go-yaml writes a mapping's sequence at the mapping's own indentation.
        if (next === indent && this.atItem(this.li, indent)) return [this.sequence(indent), at];
      }
      return [null, p];
    }
    let q = p;
    while (this.text.charCodeAt(q) === SPACE) q++;
    return [this.inline(indent, q, e), q];
  }

  /** A value that starts on this line at q: a scalar, `{}`, `[]` or a literal block scalar. */
  private inline(indent: number, q: number, e: number): unknown {
    const t = this.text;
    const c = t[q]!;
    if (c === '|') {
      const header = t.slice(q, e).trimEnd();
      if (header !== '|' && header !== '|-' && header !== '|+') this.fail();
      this.li++;
      return this.literal(indent, header);
    }
    if ((c === '{' && t[q + 1] === '}') || (c === '[' && t[q + 1] === ']')) {
      const value = c === '{' ? {} : [];
      this.spans.set(value, c === '{' ? { at: q, entries: new Map() } : { at: q, items: [] });
      if (!this.restIsBlank(q + 2, e)) this.fail();
      this.li++;
      return value;
    }
    if (c === '"' || c === "'") return this.quoted(indent, q);
    // `-`, `?` and `:` start a plain scalar when a non-space follows (`-1`); the other indicators never.
    if (NOT_PLAIN_START.has(c) && !((c === '-' || c === '?' || c === ':') && q + 1 < e && t.charCodeAt(q + 1) !== SPACE)) this.fail();
    return jsonValue(decodeScalar('', this.plain(indent, q), true), q);
  }

  /**
   * YAML's line folding between two lines of a flow scalar: a single line break is a space, n empty lines
   * in between are n line breaks.
   */
  private static fold(empty: number): string {
    return empty === 0 ? ' ' : '\n'.repeat(empty);
  }

  /**
   * The next line of a multi-line flow scalar owned by a node at `indent`: [empty lines skipped, offset
   * of its first character], with li on it; undefined when the next non-empty line does not continue it.
   */
  private continuation(indent: number): [number, number] | undefined {
    let empty = 0;
    for (let i = this.li + 1; i < this.docEnd; i++) {
      const s = this.starts[i]!;
      const k = this.indentOf(i);
      if (s + k === this.ends[i]!) {
        empty++;
        continue;
      }
      if (k <= indent) return undefined;
      this.li = i;
      this.structureLine();
      return [empty, s + k];
    }
    return undefined;
  }

  /** A plain scalar at q, folded over its continuation lines; li ends after its last line. */
  private plain(indent: number, q: number): string {
    const t = this.text;
    let out = '';
    let p = q;
    for (;;) {
      const e = this.ends[this.li]!;
      // A comment ends the scalar (` #`), and so do trailing spaces.
      let hash = this.find('#', p, e);
      while (hash !== -1 && t.charCodeAt(hash - 1) !== SPACE) hash = this.find('#', hash + 1, e);
      const commented = hash !== -1;
      let last = commented ? hash : e;
      while (t.charCodeAt(last - 1) === SPACE) last--;
      const raw = t.slice(p, last);
      if (raw.includes(': ') || raw.endsWith(':')) this.fail();
      out += raw;
      if (commented) break;
      const next = this.continuation(indent);
      if (next === undefined) break;
      const [empty, at] = next;
      if (NOT_PLAIN_START.has(t[at]!)) this.fail(); // `- x`, `# x`, `key: …` lines: not worth telling apart
      out += BlockReader.fold(empty);
      p = at;
    }
    this.li++;
    return out;
  }

  /** A 'single' or "double" quoted scalar at q, possibly over several lines; li ends after its last line. */
  private quoted(indent: number, q: number): string {
    const t = this.text;
    const quote = t[q]!;
    let out = '';
    let p = q + 1;
    for (;;) {
      const e = this.ends[this.li]!;
      // Unescaped spaces at the end of a line are dropped when it folds.
      let pending = '';
      while (p < e) {
        const c = t[p]!;
        if (c === quote) {
          if (quote === "'" && t[p + 1] === "'") {
            out += pending + "'";
            pending = '';
            p += 2;
            continue;
          }
          out += pending;
          if (!this.restIsBlank(p + 1, e)) this.fail();
          this.li++;
          return out;
        }
        if (c === ' ') {
          pending += c;
          p++;
          continue;
        }
        out += pending;
        pending = '';
        if (c === '\\' && quote === '"') {
          const [decoded, length] = this.escape(p, e);
          out += decoded;
          p += length;
        } else {
          out += c;
          p++;
        }
      }
      const next = this.continuation(indent);
      if (next === undefined) this.fail();
      const [empty, at] = next;
      out += BlockReader.fold(empty);
      p = at;
    }
  }

  /** A double-quoted escape at p: [its text, its length]. Only those both readers agree on. */
  private escape(p: number, e: number): [string, number] {
    const t = this.text;
    const c = t[p + 1];
    if (c === undefined || p + 1 >= e) this.fail(); // an escaped line break
    const simple = ESCAPES.get(c);
    if (simple !== undefined) return [simple, 2];
    const length = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    const hex = t.slice(p + 2, p + 2 + length);
    if (length === 0 || hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) this.fail();
    const code = parseInt(hex, 16);
    if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) this.fail();
    return [String.fromCodePoint(code), 2 + length];
  }

  /** The content of a literal block scalar (the current line is the first after its header). */
  private literal(indent: number, header: string): string {
    const t = this.text;
    const first = this.li;
    let i = first;
    let maxEmpty = 0;
    // The first non-empty line sets the content's indentation.
    for (; i < this.docEnd; i++) {
      const s = this.starts[i]!;
      const e = this.ends[i]!;
      const k = this.indentOf(i);
      if (s + k === e) maxEmpty = Math.max(maxEmpty, k);
      else break;
    }
    if (i >= this.docEnd) this.fail();
    const contentIndent = this.indentOf(i);
    if (contentIndent <= indent || maxEmpty > contentIndent || t[this.starts[i]! + contentIndent] === '\t') this.fail();
    const lines: string[] = [];
    let j = first;
    for (; j < this.docEnd; j++) {
      const s = this.starts[j]!;
      const e = this.ends[j]!;
      const k = this.indentOf(j);
      if (s + k === e) {
        if (k > contentIndent) this.fail(); // spaces past the indentation: content, but keep it simple
        lines.push('');
        continue;
      }
      if (k < contentIndent) {
        if (this.hasTab && this.find('\t', s, e) !== -1) this.fail();
        break;
      }
      lines.push(t.slice(s + contentIndent, e));
    }
    // A last line with no line break after it: YAML's chomping rules differ there; leave it to the parser.
    if (j === this.starts.length && !t.endsWith('\n')) this.fail();
    let trailing = 0;
    while (lines.length > 0 && lines[lines.length - 1] === '') {
      lines.pop();
      trailing++;
    }
    this.li = j;
    const body = lines.join('\n');
    if (header === '|-') return body;
    if (header === '|+') return body + '\n' + '\n'.repeat(trailing);
    return body + '\n';
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    const items: number[] = [];
    const at = this.starts[this.li]! + indent;
    for (;;) {
      this.structureLine();
      const s = this.starts[this.li]!;
      const e = this.ends[this.li]!;
      const dash = s + indent;
      if (this.restIsBlank(dash + 1, e)) this.fail(); // `-` alone: a nested block or null; leave it
      let q = dash + 1;
      while (this.text.charCodeAt(q) === SPACE) q++;
      items.push(q);
      if (this.looksLikeKey(q, e)) out.push(this.mapping(q - s, q));
      else out.push(this.inline(indent, q, e));
      this.skipBlank();
      if (this.li >= this.docEnd) break;
      const next = this.indentOf(this.li);
      if (next < indent) break;
      if (next > indent) this.fail();
      if (!this.atItem(this.li, indent)) break; // a sibling key of the mapping that owns this sequence
    }
    this.spans.set(out, { at, items });
    return out;
  }

  /** Whether a compact mapping starts at q (`- key: value`). */
  private looksLikeKey(q: number, e: number): boolean {
    const t = this.text;
    const c = t[q];
    if (c === '"' || c === "'") {
      const close = this.find(c, q + 1, e);
      return close !== -1 && t[close + 1] === ':' && (close + 2 === e || t.charCodeAt(close + 2) === SPACE);
    }
    PLAIN_KEY.lastIndex = q;
    const m = PLAIN_KEY.exec(t);
    if (m === null) return false;
    const end = q + m[0].length;
    return t[end] === ':' && (end + 1 === e || t.charCodeAt(end + 1) === SPACE);
  }
}

/**
 * The non-empty documents of a YAML stream in the simple block style, with spans, or undefined when the
 * text uses anything else (then read it with readYaml). Call after checkYamlText.
 */
export function readBlockYaml(text: string, spans: SpanTable): DecodedDocument[] | undefined {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return new BlockReader(text, spans).documents();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    // A value the decoder refuses (a NaN, a bad tag…) or deep nesting: the full reader says what and where.
    return undefined;
  }
}
