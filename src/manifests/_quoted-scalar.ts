// Mirrors gopkg.in/yaml.v2@v2.4.0 scannerc.go yaml_parser_scan_flow_scalar: the value of a 'single' or
// "double" quoted scalar. Escapes (double quotes only; go-yaml's set, with its error messages), `''` in
// single quotes, and line folding: the blanks around a line break are dropped, one break becomes a
// space, n empty lines after it n line breaks, and an escaped line break joins the lines.
//
// Linear time whatever the input: runs of ordinary characters are copied as slices (a 100 MB scalar on
// one line is one slice), and pieces are joined in bounded batches, never one character at a time.

import { DecodeError } from './_spans.js';

/** The escapes go-yaml knows in double quotes, by the character after the backslash (no `\/`). */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  "'": "'",
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** Runs of characters copied as they are: up to a blank, a line break, a quote or (double) a backslash. */
const DOUBLE_RUN = /[^"\\ \t\r\n]*/y;
const SINGLE_RUN = /[^' \t\r\n]*/y;
const BACKSLASH = 0x5c;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
/** Pieces joined at once (bounds the number of live pieces, so memory stays proportional to the text). */
const BATCH = 4096;

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Counters for tests: how many pieces the value was assembled from (bounded by lines + escapes, not length). */
export interface QuotedStats {
  pieces: number;
}

/**
 * The value of the quoted scalar text[from, to): text[from] is the opening quote and text[to - 1] the
 * closing one (the caller found it). Throws DecodeError, at the backslash, for an escape go-yaml refuses.
 */
export function decodeQuoted(text: string, from: number, to: number, stats?: QuotedStats): string {
  const single = text.charCodeAt(from) === 0x27;
  const run = single ? SINGLE_RUN : DOUBLE_RUN;
  const end = to - 1;
  let parts: string[] = [];
  let batches: string[] | undefined;
  const push = (s: string): void => {
    if (stats !== undefined) stats.pieces++;
    parts.push(s);
    if (parts.length === BATCH) {
      (batches ??= []).push(parts.join(''));
      parts = [];
    }
  };

  let p = from + 1;
  for (;;) {
    // Non-blank characters (and escapes) up to a blank, a line break or the closing quote.
    let leadingBlanks = false;
    for (;;) {
      run.lastIndex = p;
      run.test(text);
      const r = Math.min(run.lastIndex, end);
      if (r > p) push(text.slice(p, r));
      p = r;
      if (p >= end) break;
      const c = text.charCodeAt(p);
      if (single && c === 0x27) {
        // Before the closing quote, a quote is the first of a `''` pair.
        push("'");
        p += 2;
        continue;
      }
      if (!single && c === BACKSLASH) {
        const n = text.charCodeAt(p + 1);
        if (n === LF || n === CR) {
          // An escaped line break: the next line joins without a space.
          p += n === CR && text.charCodeAt(p + 2) === LF ? 3 : 2;
          leadingBlanks = true;
          break;
        }
        p = escape(text, p, push);
        continue;
      }
      if (c === SPACE || c === TAB || c === LF || c === CR) break;
      // A quote before `to - 1` ends no scalar the callers found: kept as text (and no endless loop).
      push(text[p]!);
      p++;
    }
    if (p >= end) break;

    // Blanks and line breaks: kept as they are between words, folded around line breaks.
    const blanksFrom = p;
    let blanksTo = p;
    let leadingBreak = false;
    let trailingBreaks = 0;
    while (p < end) {
      const c = text.charCodeAt(p);
      if (c === SPACE || c === TAB) {
        p++;
        if (!leadingBlanks) blanksTo = p;
      } else if (c === LF || c === CR) {
        p += c === CR && text.charCodeAt(p + 1) === LF ? 2 : 1;
        if (leadingBlanks) trailingBreaks++;
        else leadingBreak = leadingBlanks = true;
      } else {
        break;
      }
    }
    if (!leadingBlanks) push(text.slice(blanksFrom, blanksTo));
    else if (leadingBreak && trailingBreaks === 0) push(' ');
    else if (trailingBreaks > 0) push('\n'.repeat(trailingBreaks));
  }

  if (batches === undefined) return parts.length === 1 ? parts[0]! : parts.join('');
  batches.push(parts.join(''));
  return batches.join('');
}

/** The escape at text[at] (a backslash) pushed; returns the offset after it. */
function escape(text: string, at: number, push: (s: string) => void): number {
  const c = text[at + 1] ?? '';
  const simple = ESCAPES[c];
  if (simple !== undefined && Object.hasOwn(ESCAPES, c)) {
    push(simple);
    return at + 2;
  }
  const length = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (length === 0) throw new DecodeError('found unknown escape character', at);
  let code = 0;
  for (let k = 0; k < length; k++) {
    const h = text.charCodeAt(at + 2 + k);
    if (!isHex(h)) throw new DecodeError('did not find expected hexdecimal number', at);
    code = code * 16 + parseInt(text[at + 2 + k]!, 16);
  }
  if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) throw new DecodeError('found invalid Unicode character escape code', at);
  push(String.fromCodePoint(code));
  return at + 2 + length;
}
