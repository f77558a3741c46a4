/**
 * gopkg.in/yaml.v3 `Marshal` of a struct whose fields are string lists, byte for byte — the shape of
 * the prototype's rpm-ostree treefile (`packages`, `override-remove`).
 *
 * Mirrors gopkg.in/yaml.v3 v3.0.0-20210107192922-496545a6307b (vendored by MCO branch `layering`):
 * encode.go `stringv` (style requested per string), emitterc.go `yaml_emitter_analyze_scalar`,
 * `yaml_emitter_select_scalar_style`, the plain / single-quoted / double-quoted / literal writers,
 * `yaml_emitter_write_indent`, `yaml_emitter_increase_indent` and the block mapping/sequence states,
 * with the encoder's settings: indent 4, unicode on, no line width (`best_width` stays -1, i.e.
 * unlimited, so nothing is ever folded). Only what this shape reaches is ported: a block mapping at
 * column 0 with plain keys, each value a block sequence of strings at indent 4, scalars at indent 6.
 */

import { utf8 } from './_bytes.js';
import { canUsePlain } from './_yaml-v3-resolve.js';

const BEST_INDENT = 4;

type Style = 'plain' | 'single' | 'double' | 'literal';

// yamlprivateh.go character classes, on UTF-8 bytes (values are valid UTF-8).
const width = (b: number): number => (b & 0x80) === 0 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0;
const isSpace = (v: Uint8Array, i: number): boolean => v[i] === 0x20;
const isBlank = (v: Uint8Array, i: number): boolean => v[i] === 0x20 || v[i] === 0x09;
const isBreak = (v: Uint8Array, i: number): boolean =>
  v[i] === 0x0d || v[i] === 0x0a ||
  (v[i] === 0xc2 && v[i + 1] === 0x85) ||
  (v[i] === 0xe2 && v[i + 1] === 0x80 && (v[i + 2] === 0xa8 || v[i + 2] === 0xa9));
// is_blankz: also true past the end (Go reads the NUL terminator there).
const isBlankz = (v: Uint8Array, i: number): boolean => i >= v.length || v[i] === 0 || isBlank(v, i) || isBreak(v, i);
const isPrintable = (v: Uint8Array, i: number): boolean => {
  const b = v[i]!;
  const b1 = v[i + 1] ?? 0;
  const b2 = v[i + 2] ?? 0;
  return b === 0x0a || (b >= 0x20 && b <= 0x7e) ||
    (b === 0xc2 && b1 >= 0xa0) || (b > 0xc2 && b < 0xed) || (b === 0xed && b1 < 0xa0) || b === 0xee ||
    (b === 0xef && !(b1 === 0xbb && b2 === 0xbf) && !(b1 === 0xbf && (b2 === 0xbe || b2 === 0xbf)));
};
const startsWithBom = (v: Uint8Array): boolean => v[0] === 0xef && v[1] === 0xbb && v[2] === 0xbf;

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

/** emitterc.go yaml_emitter_analyze_scalar (the flags block context needs). */
function analyzeScalar(v: Uint8Array): Analysis {
  if (v.length === 0) return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  let blockIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let tabCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;

  if (v.length >= 3 && ((v[0] === 0x2d && v[1] === 0x2d && v[2] === 0x2d) || (v[0] === 0x2e && v[1] === 0x2e && v[2] === 0x2e))) {
    blockIndicators = true;
  }
  let precededByWhitespace = true;
  for (let i = 0, w = 0; i < v.length; i += w) {
    w = width(v[i]!);
    const followedByWhitespace = i + w >= v.length || isBlank(v, i + w);
    const c = v[i]!;
    if (i === 0) {
      switch (c) {
        case 0x23: case 0x2c: case 0x5b: case 0x5d: case 0x7b: case 0x7d: case 0x26: case 0x2a: case 0x21:
        case 0x7c: case 0x3e: case 0x27: case 0x22: case 0x25: case 0x40: case 0x60: // # , [ ] { } & * ! | > ' " % @ `
          blockIndicators = true;
          break;
        case 0x3f: case 0x3a: // ? :
          if (followedByWhitespace) blockIndicators = true;
          break;
        case 0x2d: // -
          if (followedByWhitespace) blockIndicators = true;
          break;
      }
    } else {
      if (c === 0x3a && followedByWhitespace) blockIndicators = true; // ':'
      if (c === 0x23 && precededByWhitespace) blockIndicators = true; // '#'
    }
    if (c === 0x09) tabCharacters = true;
    else if (!isPrintable(v, i)) specialCharacters = true;
    if (isSpace(v, i)) {
      if (i === 0) leadingSpace = true;
      if (i + w === v.length) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(v, i)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i + w === v.length) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankz(v, i);
  }

  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) { blockPlainAllowed = false; singleQuotedAllowed = false; }
  if (spaceBreak || tabCharacters || specialCharacters) { blockPlainAllowed = false; singleQuotedAllowed = false; }
  if (spaceBreak || specialCharacters) blockAllowed = false;
  if (lineBreaks) blockPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

/** encode.go stringv's requested style, then emitterc.go select_scalar_style in a block sequence. */
function selectStyle(s: string, v: Uint8Array): Style {
  let style: Style = s.includes('\n') ? 'literal' : canUsePlain(s) ? 'plain' : 'double';
  const a = analyzeScalar(v);
  if (style === 'plain' && !a.blockPlainAllowed) style = 'single';
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && !a.blockAllowed) style = 'double';
  return style;
}

const HEXU = '0123456789ABCDEF';

/** yaml_emitter_write_double_quoted_scalar's one-letter escapes. */
const SHORT_ESCAPES = new Map<number, string>([
  [0x00, '0'], [0x07, 'a'], [0x08, 'b'], [0x09, 't'], [0x0a, 'n'], [0x0b, 'v'], [0x0c, 'f'], [0x0d, 'r'], [0x1b, 'e'],
  [0x22, '"'], [0x5c, '\\'], [0x85, 'N'], [0xa0, '_'], [0x2028, 'L'], [0x2029, 'P'],
]);

/** The emitter's output and the state its writers consult. */
class Emitter {
  private readonly out: number[] = [];
  column = 0;
  whitespace = true;
  indention = true;
  indent = -1;

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }

  put(b: number): void {
    this.out.push(b);
    this.column++;
  }

  putBreak(): void {
    this.out.push(0x0a);
    this.column = 0;
    this.indention = true;
  }

  /** write(): one character (all its bytes), one column. */
  write(v: Uint8Array, i: number): number {
    const w = width(v[i]!);
    for (let k = 0; k < w; k++) this.out.push(v[i + k]!);
    this.column++;
    return i + w;
  }

  writeAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.put(s.charCodeAt(i));
  }

  /** write_break(). */
  writeBreak(v: Uint8Array, i: number): number {
    if (v[i] === 0x0a) {
      this.putBreak();
      return i + 1;
    }
    const next = this.write(v, i);
    this.column = 0;
    this.indention = true;
    return next;
  }

  /** yaml_emitter_write_indent (no foot comments here). */
  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(0x20);
    this.whitespace = true;
  }

  /** yaml_emitter_write_indicator. */
  writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(0x20);
    this.writeAscii(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  writePlain(v: Uint8Array): void {
    if (v.length > 0 && !this.whitespace) this.put(0x20);
    // Plain is only chosen without line breaks, and nothing folds (no width): copy the characters.
    for (let i = 0; i < v.length; ) i = this.write(v, i);
    if (v.length > 0) this.whitespace = false;
    this.indention = false;
  }

  writeSingleQuoted(v: Uint8Array): void {
    this.writeIndicator("'", true, false, false);
    let breaks = false;
    for (let i = 0; i < v.length; ) {
      if (isSpace(v, i)) {
        i = this.write(v, i);
      } else if (isBreak(v, i)) {
        if (!breaks && v[i] === 0x0a) this.putBreak();
        i = this.writeBreak(v, i);
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (v[i] === 0x27) this.put(0x27);
        i = this.write(v, i);
        this.indention = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  writeDoubleQuoted(v: Uint8Array): void {
    this.writeIndicator('"', true, false, false);
    const bom = startsWithBom(v);
    for (let i = 0; i < v.length; ) {
      const c = v[i]!;
      if (!isPrintable(v, i) || bom || isBreak(v, i) || c === 0x22 || c === 0x5c) {
        const w = width(c);
        let r = w === 1 ? c & 0x7f : w === 2 ? c & 0x1f : w === 3 ? c & 0x0f : c & 0x07;
        for (let k = 1; k < w; k++) r = (r << 6) + (v[i + k]! & 0x3f);
        i += w;
        this.put(0x5c);
        const esc = SHORT_ESCAPES.get(r);
        if (esc !== undefined) {
          this.writeAscii(esc);
        } else {
          const digits = r <= 0xff ? 2 : r <= 0xffff ? 4 : 8;
          this.writeAscii(digits === 2 ? 'x' : digits === 4 ? 'u' : 'U');
          for (let k = (digits - 1) * 4; k >= 0; k -= 4) this.put(HEXU.charCodeAt((r >> k) & 0x0f));
        }
      } else {
        i = this.write(v, i);
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  writeLiteral(v: Uint8Array): void {
    this.writeIndicator('|', true, false, false);
    // yaml_emitter_write_block_scalar_hints
    if (isSpace(v, 0) || isBreak(v, 0)) this.writeIndicator(String(BEST_INDENT), false, false, false);
    let chomp = '';
    if (v.length === 0) chomp = '-';
    else {
      let i = v.length - 1;
      while ((v[i]! & 0xc0) === 0x80) i--;
      if (!isBreak(v, i)) chomp = '-';
      else if (i === 0) chomp = '+';
      else {
        i--;
        while ((v[i]! & 0xc0) === 0x80) i--;
        if (isBreak(v, i)) chomp = '+';
      }
    }
    if (chomp !== '') this.writeIndicator(chomp, false, false, false);
    this.whitespace = true;
    let breaks = true;
    for (let i = 0; i < v.length; ) {
      if (isBreak(v, i)) {
        i = this.writeBreak(v, i);
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        i = this.write(v, i);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

/**
 * `yaml.Marshal` of a struct of `[]string` fields tagged `omitempty`, given as [key, values] in field
 * order; empty lists are omitted. Keys must be plain-safe ASCII (they are our constants).
 *
 * @example
 * marshalStringLists([['packages', ['usbguard', 'yes']]]) // 'packages:\n    - usbguard\n    - "yes"\n' (as UTF-8)
 */
export function marshalStringLists(fields: ReadonlyArray<readonly [string, readonly string[] | undefined]>): Uint8Array {
  const e = new Emitter();
  const present = fields.filter(([, values]) => values !== undefined && values.length > 0);
  if (present.length === 0) return utf8('{}\n'); // an empty mapping is written in flow style
  e.indent = 0; // block mapping: increase_indent from -1
  for (const [key, values] of present) {
    e.writeIndent();
    e.writePlain(utf8(key));
    e.writeIndicator(':', false, false, false);
    e.indent = BEST_INDENT; // block sequence inside the mapping: best_indent * ((0 + 4) / 4)
    for (const value of values!) {
      e.writeIndent();
      e.writeIndicator('-', true, false, true);
      const v = utf8(value);
      e.indent = BEST_INDENT + 2; // scalar in a sequence item: "the first indent inside a sequence skips '- '"
      switch (selectStyle(value, v)) {
        case 'plain': e.writePlain(v); break;
        case 'single': e.writeSingleQuoted(v); break;
        case 'double': e.writeDoubleQuoted(v); break;
        case 'literal': e.writeLiteral(v); break;
      }
      e.indent = BEST_INDENT;
    }
    e.indent = 0;
  }
  e.indent = -1;
  e.writeIndent(); // document end
  return e.bytes();
}
