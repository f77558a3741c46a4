// A JSON manifest stream as Kubernetes' YAMLOrJSONDecoder reads one that starts with `{`
// (k8s.io/apimachinery v0.26 pkg/util/yaml decoder.go: json.Decoder over concatenated values).
// RFC 8259 syntax; `\ud800`-style lone surrogate escapes become U+FFFD as Go's decoder makes them.
// Differences, on purpose: a duplicate key is an error (Go keeps the last), and keys come out in Go's
// sorted order, as Kubernetes stores the object.

import { DecodeError, goStringCompare, MAX_DEPTH, setOwn, tooDeep, type DecodedDocument, type SpanTable } from './_spans.js';

/** Kubernetes takes a stream as JSON when its first non-space character is `{`. */
export const looksLikeJson = (text: string): boolean => /^[\s\ufeff]*\{/.test(text);

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Characters a JSON string holds as they are: not `"`, `\\` or a control character. */
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;

const describe = (c: string | undefined): string => (c === undefined ? 'end of input' : `character ${JSON.stringify(c)}`);

class JsonReader {
  i = 0;
  /** Objects and arrays open around the current position (refused past MAX_DEPTH, before recursing on). */
  depth = 0;

  constructor(
    private readonly text: string,
    private readonly spans: SpanTable,
  ) {}

  skipSpace(): void {
    while (this.i < this.text.length && isSpace(this.text.charCodeAt(this.i))) this.i++;
  }

  fail(what: string): never {
    throw new DecodeError(`invalid JSON: unexpected ${describe(this.text[this.i])} ${what}`, this.i);
  }

  value(): unknown {
    this.skipSpace();
    const c = this.text[this.i];
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return this.string();
      case 't':
        return this.literal('true', true);
      case 'f':
        return this.literal('false', false);
      case 'n':
        return this.literal('null', null);
      default: {
        NUMBER.lastIndex = this.i;
        const m = NUMBER.exec(this.text);
        if (m === null) this.fail('looking for beginning of value');
        this.i += m[0].length;
        const n = Number(m[0]);
        if (!Number.isFinite(n)) throw new DecodeError(`number ${m[0]} is out of range`, this.i - m[0].length);
        return n;
      }
    }
  }

  literal(word: string, value: boolean | null): boolean | null {
    if (!this.text.startsWith(word, this.i)) this.fail('in literal');
    this.i += word.length;
    return value;
  }

  string(): string {
    const begin = ++this.i; // past the quote
    let out = '';
    let from = begin;
    for (;;) {
      // Skip a run of ordinary characters in one step.
      PLAIN_RUN.lastIndex = this.i;
      PLAIN_RUN.test(this.text);
      this.i = PLAIN_RUN.lastIndex;
      const c = this.text.charCodeAt(this.i);
      if (Number.isNaN(c)) this.fail('in string literal');
      if (c === 0x22) break;
      if (c < 0x20) this.fail('in string literal');
      out += this.text.slice(from, this.i);
      const e = this.text[this.i + 1];
      if (e !== undefined && Object.hasOwn(SIMPLE_ESCAPES, e)) {
        out += SIMPLE_ESCAPES[e];
        this.i += 2;
      } else if (e === 'u') {
        const unit = (at: number): number => (/^[0-9a-fA-F]{4}$/.test(this.text.slice(at, at + 4)) ? parseInt(this.text.slice(at, at + 4), 16) : -1);
        const u = unit(this.i + 2);
        if (u < 0) {
          this.i += 2;
          this.fail('in \\u hexadecimal character escape');
        }
        this.i += 6;
        if (u >= 0xd800 && u < 0xdc00 && this.text.startsWith('\\u', this.i)) {
          const low = unit(this.i + 2);
          if (low >= 0xdc00 && low < 0xe000) {
            out += String.fromCharCode(u, low);
            this.i += 6;
            from = this.i;
            continue;
          }
        }
        out += u >= 0xd800 && u < 0xe000 ? '\ufffd' : String.fromCharCode(u);
      } else {
        this.i++;
        this.fail('in string escape code');
      }
      from = this.i;
    }
    out += this.text.slice(from, this.i);
    this.i++; // closing quote
    return out;
  }

  object(): Record<string, unknown> {
    const at = this.i++;
    if (++this.depth > MAX_DEPTH) throw tooDeep(at);
    const values = new Map<string, unknown>();
    const where = new Map<string, number>();
    this.skipSpace();
    if (this.text[this.i] === '}') {
      this.i++;
    } else {
      for (;;) {
        this.skipSpace();
        if (this.text[this.i] !== '"') this.fail('looking for beginning of object key string');
        const keyAt = this.i;
        const key = this.string();
        if (values.has(key)) throw new DecodeError(`duplicate key ${JSON.stringify(key)}`, keyAt);
        this.skipSpace();
        if (this.text[this.i] !== ':') this.fail('after object key');
        this.i++;
        this.skipSpace();
        const valueAt = this.i;
        const value = this.value();
        values.set(key, value);
        where.set(key, typeof value === 'object' && value !== null ? keyAt : valueAt);
        this.skipSpace();
        const c = this.text[this.i];
        this.i++;
        if (c === '}') break;
        if (c !== ',') {
          this.i--;
          this.fail('after object key:value pair');
        }
      }
    }
    const obj: Record<string, unknown> = {};
    for (const k of [...values.keys()].sort(goStringCompare)) setOwn(obj, k, values.get(k));
    this.spans.set(obj, { at, entries: where });
    this.depth--;
    return obj;
  }

  array(): unknown[] {
    const at = this.i++;
    if (++this.depth > MAX_DEPTH) throw tooDeep(at);
    const out: unknown[] = [];
    const items: number[] = [];
    this.skipSpace();
    if (this.text[this.i] === ']') {
      this.i++;
    } else {
      for (;;) {
        this.skipSpace();
        items.push(this.i);
        out.push(this.value());
        this.skipSpace();
        const c = this.text[this.i];
        this.i++;
        if (c === ']') break;
        if (c !== ',') {
          this.i--;
          this.fail('after array element');
        }
      }
    }
    this.spans.set(out, { at, items });
    this.depth--;
    return out;
  }
}

/** The values of a JSON stream (one after another, separated by white space), each with its start. */
export function readJson(text: string, spans: SpanTable): DecodedDocument[] {
  const r = new JsonReader(text, spans);
  if (text.charCodeAt(0) === 0xfeff) r.i = 1;
  const out: DecodedDocument[] = [];
  for (;;) {
    r.skipSpace();
    if (r.i >= text.length) return out;
    const at = r.i;
    out.push({ value: r.value(), at });
  }
}
