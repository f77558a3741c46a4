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
import { decodeQuoted } from './_quoted-scalar.js';
import { goStringCompare, MappingSpan, MAX_DEPTH, setOwn, type DecodedDocument, type SpanTable } from './_spans.js';
import { decodeScalar } from './resolve-scalar.js';

/** Thrown inside the reader to give up; never escapes it. */
const GIVE_UP: unique symbol = Symbol('give up');

/** A plain key we read: ASCII letters, digits and `_ . / -`, not starting with `-`, at most 1024 long. */
const PLAIN_KEY = /[A-Za-z0-9_./][A-Za-z0-9_./-]{0,1023}/y;
/** Characters that may not start a plain value (YAML indicators; `-`, `?`, `:` only before a space). */
const NOT_PLAIN_START = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ' ']);
const SPACE = 0x20;
/** Plain scalars that resolve.go leaves strings without looking: first character not in its hint table. */
const RESOLVES_AS_STRING = /^[A-Za-eg-mp-su-xzA-EG-MP-SU-XZ_/]/;
/** Inside a quoted scalar, up to what may end it: its quote, a backslash (double quotes) or the line end. */
const DOUBLE_SCAN = /[^"\\\n]*/y;
const SINGLE_SCAN = /[^'\n]*/y;

class BlockReader {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Leading spaces of each line (asked for several times per line). */
  private readonly indents: number[] = [];
  /** Where the last key read ends (past its colon): set by key(), saves a pair per key. */
  private keyEnd = 0;
  /** Where the last value read by valueAfter() starts. */
  private valueAt = 0;
  /** Current line. */
  private li = 0;
  /** End of the current document (exclusive line index). */
  private docEnd = 0;
  /** Most texts have no tab at all: then no line needs looking at for one. */
  private readonly hasTab: boolean;
  /** Mappings and sequences open around the current line (past MAX_DEPTH: give up, the full reader refuses). */
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly spans: SpanTable,
  ) {
    this.hasTab = text.includes('\t');
    let from = 0;
    const line = (end: number): void => {
      let p = from;
      while (p < end && text.charCodeAt(p) === SPACE) p++;
      this.starts.push(from);
      this.ends.push(end);
      this.indents.push(p - from);
    };
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      line(nl);
      from = nl + 1;
    }
    if (from < text.length) line(text.length);
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
    return this.indents[i]!;
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

  /** A key at p (its end, past the `:`, in keyEnd), or give up. */
  private key(p: number, e: number): string {
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
      if (!PLAIN_KEY.test(t)) this.fail();
      end = PLAIN_KEY.lastIndex;
      raw = t.slice(p, end);
    }
    // YAML caps an implicit key at 1024 characters.
    if (end - p > 1024 || t[end] !== ':' || (end + 1 < e && t.charCodeAt(end + 1) !== SPACE)) this.fail();
    this.keyEnd = end + 1;
    // Quoted keys, and plain keys starting with a letter that begins no YAML 1.1 keyword, are themselves
    // (resolve.go's hint table); the rest are resolved (`1`, `yes`, `~`…).
    if (quoted || RESOLVES_AS_STRING.test(raw)) return raw;
    return jsonKey(decodeScalar('', raw, true), p);
  }

  private mapping(indent: number, first: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) this.fail();
    const keys: string[] = [];
    const values: unknown[] = [];
    const where: number[] = [];
    // `oc get -o yaml` writes keys in Go's order: then no sorting is needed, and no key is a duplicate.
    let sorted = true;
    let p = first;
    for (;;) {
      this.structureLine();
      const e = this.ends[this.li]!;
      const key = this.key(p, e);
      const value = this.valueAfter(indent, this.keyEnd, e);
      if (sorted && keys.length > 0) {
        const order = goStringCompare(keys[keys.length - 1]!, key);
        if (order === 0) this.fail(); // a duplicate: read-yaml.ts reports it
        if (order > 0) sorted = false;
      }
      keys.push(key);
      values.push(value);
      where.push(value === null || typeof value === 'object' ? p : this.valueAt);
      this.skipBlank();
      if (this.li >= this.docEnd) break;
      const next = this.indentOf(this.li);
      if (next < indent) break;
      if (next > indent || this.atItem(this.li, indent)) this.fail();
      p = this.starts[this.li]! + indent;
    }
    const obj: Record<string, unknown> = {};
    if (sorted) {
      for (let i = 0; i < keys.length; i++) setOwn(obj, keys[i]!, values[i]);
    } else {
      const order = keys.map((_, i) => i).sort((a, b) => goStringCompare(keys[a]!, keys[b]!));
      for (let i = 1; i < order.length; i++) if (keys[order[i]!] === keys[order[i - 1]!]) this.fail(); // a duplicate
      for (const i of order) setOwn(obj, keys[i]!, values[i]);
    }
    this.spans.set(obj, new MappingSpan(first, keys, where));
    this.depth--;
    return obj;
  }

  /** The value after `key:` (p just past the colon), owned by a node at `indent` (its offset in valueAt). */
  private valueAfter(indent: number, p: number, e: number): unknown {
    if (this.restIsBlank(p, e)) {
      this.li++;
      this.skipBlank();
      if (this.li < this.docEnd) {
        const next = this.indentOf(this.li);
        const at = this.starts[this.li]! + next;
        this.valueAt = at;
        if (next > indent) return this.node(next);
        // go-yaml writes a mapping's sequence at the mapping's own indentation.
        if (next === indent && this.atItem(this.li, indent)) return this.sequence(indent);
      }
      this.valueAt = p;
      return null;
    }
    let q = p;
    while (this.text.charCodeAt(q) === SPACE) q++;
    this.valueAt = q;
    return this.inline(indent, q, e);
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
      if (this.depth >= MAX_DEPTH) this.fail();
      const value = c === '{' ? {} : [];
      this.spans.set(value, c === '{' ? new MappingSpan(q, [], []) : { at: q, items: [] });
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

  /**
   * A 'single' or "double" quoted scalar at q, possibly over several lines; li ends after its last line.
   * Only finding where it ends is done here (an escaped line break: give up); its value is go-yaml's
   * (_quoted-scalar.ts, as the full reader has it).
   */
  private quoted(indent: number, q: number): string {
    const t = this.text;
    const single = t[q] === "'";
    const scan = single ? SINGLE_SCAN : DOUBLE_SCAN;
    let p = q + 1;
    for (;;) {
      const e = this.ends[this.li]!;
      for (;;) {
        scan.lastIndex = p;
        scan.test(t);
        p = scan.lastIndex;
        if (p >= e) break;
        if (t.charCodeAt(p) === 0x5c) {
          if (p + 1 >= e) this.fail(); // an escaped line break
          p += 2;
        } else if (single && t[p + 1] === "'") {
          p += 2;
        } else {
          if (!this.restIsBlank(p + 1, e)) this.fail();
          this.li++;
          return decodeQuoted(t, q, p + 1);
        }
      }
      const next = this.continuation(indent);
      if (next === undefined) this.fail();
      p = next[1];
    }
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
    if (++this.depth > MAX_DEPTH) this.fail();
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
    this.depth--;
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
