// Mirrors gopkg.in/yaml.v2@v2.4.0 emitterc.go yaml_emitter_write_plain_scalar,
// yaml_emitter_write_single_quoted_scalar, yaml_emitter_write_double_quoted_scalar,
// yaml_emitter_write_block_scalar_hints and yaml_emitter_write_literal_scalar.
// Long plain and quoted scalars are folded at a space once the column passes best_width (80, the v2.4.0
// default). Go handles one character at a time; here runs of characters that Go would just copy are
// written at once (they change nothing but the column), which keeps multi-megabyte scalars linear.

import type { EmitterOutput } from './emitter-output.js';
import { codePointAt, isBreak } from './yamlprivateh.js';

const SPACE = 0x20;

/**
 * Plain scalars never hold line breaks (analyze_scalar forbids plain style then), so only spaces matter:
 * a space after a non-space, past column 80 and not followed by another space, becomes a line break.
 */
export function writePlainScalar(e: EmitterOutput, value: string, allowBreaks: boolean): void {
  if (!e.whitespace) e.put(SPACE);
  const n = value.length;
  let spaces = false;
  for (let pos = 0; pos < n; ) {
    let j = value.indexOf(' ', pos);
    if (j < 0) j = n;
    if (j > pos) {
      e.write(value, pos, j);
      e.indention = false;
      spaces = false;
    }
    if (j >= n) break;
    if (allowBreaks && !spaces && e.column > e.bestWidth && value.charCodeAt(j + 1) !== SPACE) {
      e.writeIndent();
    } else {
      e.put(SPACE);
    }
    spaces = true;
    pos = j + 1;
  }
  e.whitespace = false;
  e.indention = false;
  if (e.rootContext) e.openEnded = true;
}

/** Spaces, quotes and line breaks: the characters single-quoted writing treats specially. */
const SINGLE_SPECIAL = /[ '\r\n\u0085\u2028\u2029]/g;

export function writeSingleQuotedScalar(e: EmitterOutput, value: string, allowBreaks: boolean): void {
  e.writeIndicator("'", true, false, false);
  const n = value.length;
  let spaces = false;
  let breaks = false;
  for (let pos = 0; pos < n; ) {
    SINGLE_SPECIAL.lastIndex = pos;
    const j = SINGLE_SPECIAL.test(value) ? SINGLE_SPECIAL.lastIndex - 1 : n; // matches one UTF-16 unit
    if (j > pos) {
      if (breaks) e.writeIndent();
      e.write(value, pos, j);
      e.indention = false;
      spaces = false;
      breaks = false;
    }
    if (j >= n) break;
    const c = value.charCodeAt(j);
    if (c === SPACE) {
      if (allowBreaks && !spaces && e.column > e.bestWidth && j > 0 && j < n - 1 && value.charCodeAt(j + 1) !== SPACE) {
        e.writeIndent();
      } else {
        e.put(SPACE);
      }
      spaces = true;
    } else if (isBreak(c)) {
      if (!breaks && c === 0x0a) e.putBreak();
      e.writeBreak(c);
      e.indention = true;
      breaks = true;
    } else {
      // A single quote, doubled.
      if (breaks) e.writeIndent();
      e.put(0x27);
      e.put(0x27);
      e.indention = false;
      spaces = false;
      breaks = false;
    }
    pos = j + 1;
  }
  e.writeIndicator("'", false, false, false);
  e.whitespace = false;
  e.indention = false;
}

const HEX = '0123456789ABCDEF';

/** Short escapes of yaml_emitter_write_double_quoted_scalar, by code point. */
const SHORT_ESCAPES = new Map<number, string>([
  [0x00, '0'],
  [0x07, 'a'],
  [0x08, 'b'],
  [0x09, 't'],
  [0x0a, 'n'],
  [0x0b, 'v'],
  [0x0c, 'f'],
  [0x0d, 'r'],
  [0x1b, 'e'],
  [0x22, '"'],
  [0x5c, '\\'],
  [0x85, 'N'],
  [0xa0, '_'],
  [0x2028, 'L'],
  [0x2029, 'P'],
]);

/** The escape sequence Go writes for code point v. */
function escapeOf(v: number): string {
  const short = SHORT_ESCAPES.get(v);
  if (short !== undefined) return '\\' + short;
  let out: string;
  let digits: number;
  if (v <= 0xff) {
    out = '\\x';
    digits = 2;
  } else if (v <= 0xffff) {
    out = '\\u';
    digits = 4;
  } else {
    out = '\\U';
    digits = 8;
  }
  for (let k = (digits - 1) * 4; k >= 0; k -= 4) out += HEX[(v >>> k) & 0x0f]!;
  return out;
}

/**
 * Characters double-quoted writing does not copy verbatim: the space (folding), '"', '\\', breaks and
 * everything not printable (controls, C1, the BOM, U+FFFE/U+FFFF, characters beyond the BMP).
 */
const DOUBLE_SPECIAL = /[^\x21\x23-\x5b\x5d-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/g;

export function writeDoubleQuotedScalar(e: EmitterOutput, value: string, allowBreaks: boolean): void {
  const n = value.length;
  e.writeIndicator('"', true, false, false);
  if (value.charCodeAt(0) === 0xfeff) {
    // Go's is_bom(value, i) ignores i: a value that starts with a BOM has *every* character escaped,
    // spaces included (no folding then).
    for (let i = 0; i < n; ) {
      const cp = codePointAt(value, i);
      i += cp > 0xffff ? 2 : 1;
      e.write(escapeOf(cp));
    }
  } else {
    let spaces = false;
    for (let pos = 0; pos < n; ) {
      DOUBLE_SPECIAL.lastIndex = pos;
      const j = DOUBLE_SPECIAL.test(value) ? DOUBLE_SPECIAL.lastIndex - 1 : n; // matches one UTF-16 unit
      if (j > pos) {
        e.write(value, pos, j);
        spaces = false;
      }
      if (j >= n) break;
      const cp = codePointAt(value, j);
      const w = cp > 0xffff ? 2 : 1;
      if (cp === SPACE) {
        if (allowBreaks && !spaces && e.column > e.bestWidth && j > 0 && j < n - 1) {
          e.writeIndent();
          if (value.charCodeAt(j + 1) === SPACE) e.put(0x5c);
        } else {
          e.put(SPACE);
        }
        spaces = true;
      } else {
        e.write(escapeOf(cp));
        spaces = false;
      }
      pos = j + w;
    }
  }
  e.writeIndicator('"', false, false, false);
  e.whitespace = false;
  e.indention = false;
}

function writeBlockScalarHints(e: EmitterOutput, value: string): void {
  const n = value.length;
  if (n > 0 && (value.charCodeAt(0) === SPACE || isBreak(value.charCodeAt(0)))) {
    e.writeIndicator(String(e.bestIndent), false, false, false);
  }
  e.openEnded = false;
  let chomp = '';
  if (n === 0) {
    chomp = '-';
  } else {
    // The last character (a low surrogate ends a pair: neither is a break).
    const last = value.charCodeAt(n - 1);
    const lastWidth = last >= 0xdc00 && last <= 0xdfff ? 2 : 1;
    if (!isBreak(last)) {
      chomp = '-';
    } else if (lastWidth === n) {
      chomp = '+';
      e.openEnded = true;
    } else if (isBreak(value.charCodeAt(n - 1 - lastWidth))) {
      chomp = '+';
      e.openEnded = true;
    }
  }
  if (chomp !== '') e.writeIndicator(chomp, false, false, false);
}

const BREAKS = /[\r\n\u0085\u2028\u2029]/g;

/** `lfOnly`: the caller knows that value is printable ASCII with LF as its only line break. */
export function writeLiteralScalar(e: EmitterOutput, value: string, lfOnly = false): void {
  e.writeIndicator('|', true, false, false);
  writeBlockScalarHints(e, value);
  e.putBreak();
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
      if (breaks) e.writeIndent();
      if (lfOnly) e.writeAscii(value, pos, j);
      else e.write(value, pos, j);
      e.indention = false;
      breaks = false;
    }
    if (j >= n) break;
    e.writeBreak(value.charCodeAt(j));
    e.indention = true;
    breaks = true;
    pos = j + 1;
  }
}
