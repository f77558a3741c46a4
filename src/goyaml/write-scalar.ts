// Mirrors gopkg.in/yaml.v2@v2.4.0 emitterc.go yaml_emitter_write_plain_scalar,
// yaml_emitter_write_single_quoted_scalar, yaml_emitter_write_double_quoted_scalar,
// yaml_emitter_write_block_scalar_hints and yaml_emitter_write_literal_scalar.
// Long plain and quoted scalars are folded at a space once the column passes best_width (80, the v2.4.0
// default). Go handles one character at a time; here runs of characters that Go would just copy are
// written at once (they change nothing but the column), which keeps multi-megabyte scalars linear.

import {
  BEST_WIDTH,
  type EmitterOutput,
  put,
  putBreak,
  write,
  writeAscii,
  writeBreak,
  writeIndent,
  writeIndicator,
} from './emitter-output.js';
import { isBreak } from './yamlprivateh.js';

const SPACE = 0x20;

/**
 * Plain scalars never hold line breaks (analyze_scalar forbids plain style then), so only spaces matter:
 * a space after a non-space, past column 80 and not followed by another space, becomes a line break.
 */
export function writePlainScalar(e: EmitterOutput, value: string, allowBreaks: boolean): void {
  if (!e.whitespace) put(e, SPACE);
  const n = value.length;
  let spaces = false;
  for (let pos = 0; pos < n; ) {
    let j = value.indexOf(' ', pos);
    if (j < 0) j = n;
    if (j > pos) {
      write(e, value, pos, j);
      e.indention = false;
      spaces = false;
    }
    if (j >= n) break;
    if (allowBreaks && !spaces && e.column > BEST_WIDTH && value.charCodeAt(j + 1) !== SPACE) {
      writeIndent(e);
    } else {
      put(e, SPACE);
    }
    spaces = true;
    pos = j + 1;
  }
  e.whitespace = false;
  e.indention = false;
}

/** Spaces, quotes and line breaks: the characters single-quoted writing treats specially. */
const SINGLE_SPECIAL = /[ '\r\n\u0085\u2028\u2029]/g;

export function writeSingleQuotedScalar(e: EmitterOutput, value: string, allowBreaks: boolean): void {
  writeIndicator(e, "'", true, false, false);
  const n = value.length;
  let spaces = false;
  let breaks = false;
  for (let pos = 0; pos < n; ) {
    SINGLE_SPECIAL.lastIndex = pos;
    const j = SINGLE_SPECIAL.test(value) ? SINGLE_SPECIAL.lastIndex - 1 : n; // matches one UTF-16 unit
    if (j > pos) {
      if (breaks) writeIndent(e);
      write(e, value, pos, j);
      e.indention = false;
      spaces = false;
      breaks = false;
    }
    if (j >= n) break;
    const c = value.charCodeAt(j);
    if (c === SPACE) {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && j > 0 && j < n - 1 && value.charCodeAt(j + 1) !== SPACE) {
        writeIndent(e);
      } else {
        put(e, SPACE);
      }
      spaces = true;
    } else if (isBreak(c)) {
      if (!breaks && c === 0x0a) putBreak(e);
      writeBreak(e, c);
      e.indention = true;
      breaks = true;
    } else {
      // A single quote, doubled.
      if (breaks) writeIndent(e);
      put(e, 0x27);
      put(e, 0x27);
      e.indention = false;
      spaces = false;
      breaks = false;
    }
    pos = j + 1;
  }
  writeIndicator(e, "'", false, false, false);
  e.whitespace = false;
  e.indention = false;
}

/** Short escapes of yaml_emitter_write_double_quoted_scalar: the characters, and the letter after '\\'. */
const SHORT_ESCAPED = '\0\x07\b\t\n\v\f\r\x1b"\\\x85\xa0\u2028\u2029';
const SHORT_ESCAPES = '0abtnvfre"\\N_LP';

/** The escape sequence Go writes for code point v: a short one, else \xXX, \uXXXX or \UXXXXXXXX. */
function escapeOf(v: number): string {
  const k = v <= 0xffff ? SHORT_ESCAPED.indexOf(String.fromCharCode(v)) : -1;
  if (k >= 0) return '\\' + SHORT_ESCAPES[k];
  const digits = v <= 0xff ? 2 : v <= 0xffff ? 4 : 8;
  return '\\' + (digits === 2 ? 'x' : digits === 4 ? 'u' : 'U') + v.toString(16).toUpperCase().padStart(digits, '0');
}

/**
 * Characters double-quoted writing does not copy verbatim: the space (folding), '"', '\\', breaks and
 * everything not printable (controls, C1, the BOM, U+FFFE/U+FFFF, characters beyond the BMP).
 */
const DOUBLE_SPECIAL = /[^\x21\x23-\x5b\x5d-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/g;

export function writeDoubleQuotedScalar(e: EmitterOutput, value: string, allowBreaks: boolean): void {
  const n = value.length;
  writeIndicator(e, '"', true, false, false);
  if (value.charCodeAt(0) === 0xfeff) {
    // Go's is_bom(value, i) ignores i: a value that starts with a BOM has *every* character escaped,
    // spaces included (no folding then).
    for (let i = 0; i < n; ) {
      const cp = value.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      write(e, escapeOf(cp));
    }
  } else {
    let spaces = false;
    for (let pos = 0; pos < n; ) {
      DOUBLE_SPECIAL.lastIndex = pos;
      const j = DOUBLE_SPECIAL.test(value) ? DOUBLE_SPECIAL.lastIndex - 1 : n; // matches one UTF-16 unit
      if (j > pos) {
        write(e, value, pos, j);
        spaces = false;
      }
      if (j >= n) break;
      const cp = value.codePointAt(j)!;
      const w = cp > 0xffff ? 2 : 1;
      if (cp === SPACE) {
        if (allowBreaks && !spaces && e.column > BEST_WIDTH && j > 0 && j < n - 1) {
          writeIndent(e);
          if (value.charCodeAt(j + 1) === SPACE) put(e, 0x5c);
        } else {
          put(e, SPACE);
        }
        spaces = true;
      } else {
        write(e, escapeOf(cp));
        spaces = false;
      }
      pos = j + w;
    }
  }
  writeIndicator(e, '"', false, false, false);
  e.whitespace = false;
  e.indention = false;
}

/** (open_ended, which Go also sets here, only matters for documents with directives: none here.) */
function writeBlockScalarHints(e: EmitterOutput, value: string): void {
  const n = value.length;
  if (n > 0 && (value.charCodeAt(0) === SPACE || isBreak(value.charCodeAt(0)))) {
    writeIndicator(e, '2', false, false, false); // best_indent
  }
  // Chomping: '-' unless the value ends with a break; '+' if that break is all of it or follows another.
  // (A break is one UTF-16 unit; a low surrogate ending the value is no break.)
  if (n === 0 || !isBreak(value.charCodeAt(n - 1))) writeIndicator(e, '-', false, false, false);
  else if (n === 1 || isBreak(value.charCodeAt(n - 2))) writeIndicator(e, '+', false, false, false);
}

const BREAKS = /[\r\n\u0085\u2028\u2029]/g;

/** `lfOnly`: the caller knows that value is printable ASCII with LF as its only line break. */
export function writeLiteralScalar(e: EmitterOutput, value: string, lfOnly = false): void {
  writeIndicator(e, '|', true, false, false);
  writeBlockScalarHints(e, value);
  putBreak(e);
  e.indention = true;
  e.whitespace = true;
  let breaks = true;
  const n = value.length;
  for (let pos = 0; pos < n; ) {
    let j: number;
    if (lfOnly) {
      j = value.indexOf('\n', pos);
      if (j < 0) j = n;
    } else {
      BREAKS.lastIndex = pos;
      j = BREAKS.test(value) ? BREAKS.lastIndex - 1 : n;
    }
    if (j > pos) {
      if (breaks) writeIndent(e);
      if (lfOnly) writeAscii(e, value, pos, j);
      else write(e, value, pos, j);
      e.indention = false;
      breaks = false;
    }
    if (j >= n) break;
    writeBreak(e, value.charCodeAt(j));
    e.indention = true;
    breaks = true;
    pos = j + 1;
  }
}
