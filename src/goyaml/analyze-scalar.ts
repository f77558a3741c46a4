// Mirrors gopkg.in/yaml.v2@v2.4.0 emitterc.go yaml_emitter_analyze_scalar: which scalar styles can
// represent a value (the emitter runs in unicode mode, so only non-printable characters are special).
// Go walks every character; most characters only reset the "previous space/break" state, so this version
// lets a regular expression skip runs of them and runs Go's per-character logic on the others.

import { isBlank, isBlankz, isBreak, isPrintable } from './yamlprivateh.js';

/**
 * yaml_emitter_t.scalar_data flags, as a bit set (no allocation per scalar). flow_plain_allowed is left
 * out: nothing is written in flow context here (the emitter's flow_level stays 0).
 */
export const MULTILINE = 1;
export const BLOCK_PLAIN_ALLOWED = 4;
export const SINGLE_QUOTED_ALLOWED = 8;
export const BLOCK_ALLOWED = 16;

/** A combination of the flags above. */
export type ScalarAnalysis = number;

const EMPTY: ScalarAnalysis = BLOCK_PLAIN_ALLOWED | SINGLE_QUOTED_ALLOWED;

/**
 * Characters that, past the first position, change nothing but clear previous_space, previous_break and
 * preceded_by_whitespace: printable, not blank, not a break, not an indicator Go looks at there
 * (, ? [ ] { } : #). Everything else matches this expression and gets Go's full treatment.
 */
const NOTABLE =
  /[^\x21\x22\x24-\x2b\x2d-\x39\x3b-\x3e\x40-\x5a\x5c\x5e-\x7a\x7c\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/g;

export function analyzeScalar(value: string): ScalarAnalysis {
  const n = value.length;
  if (n === 0) return EMPTY;

  let blockIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let trailingSpace = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;

  if (value.startsWith('---') || value.startsWith('...')) blockIndicators = true;

  let precededByWhitespace = true;
  for (let i = 0; ; ) {
    const cp = value.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const next = i + w < n ? value.charCodeAt(i + w) : -1;
    const followedByWhitespace = next === -1 || isBlank(next);
    // The indicators that make a block plain scalar impossible (flow indicators only matter in flow context).
    if (i === 0) {
      switch (cp) {
        case 0x23: // '#'
        case 0x2c: // ','
        case 0x5b: // '['
        case 0x5d: // ']'
        case 0x7b: // '{'
        case 0x7d: // '}'
        case 0x26: // '&'
        case 0x2a: // '*'
        case 0x21: // '!'
        case 0x7c: // '|'
        case 0x3e: // '>'
        case 0x27: // '\''
        case 0x22: // '"'
        case 0x25: // '%'
        case 0x40: // '@'
        case 0x60: // '`'
          blockIndicators = true;
          break;
        case 0x3f: // '?'
        case 0x3a: // ':'
        case 0x2d: // '-'
          if (followedByWhitespace) blockIndicators = true;
          break;
      }
    } else if ((cp === 0x3a && followedByWhitespace) || (cp === 0x23 && precededByWhitespace)) {
      blockIndicators = true; // ': ' or ' #'
    }

    if (!isPrintable(cp)) specialCharacters = true;

    if (cp === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i + w === n) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(cp)) {
      lineBreaks = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }

    precededByWhitespace = isBlankz(cp);

    // Skip to the next notable character; the ordinary ones in between clear the per-character state.
    const after = i + w;
    if (after >= n) break;
    NOTABLE.lastIndex = after;
    if (!NOTABLE.test(value)) break;
    const at = NOTABLE.lastIndex - 1; // the class matches one UTF-16 unit
    if (at > after) {
      previousSpace = false;
      previousBreak = false;
      precededByWhitespace = false;
    }
    i = at;
  }

  const noBlock = spaceBreak || specialCharacters;
  const noSingleQuoted = noBlock || breakSpace;
  // (A leading or trailing break is a line break: no plain scalar either way.)
  const noPlain = noSingleQuoted || lineBreaks || blockIndicators || leadingSpace || trailingSpace;
  return (
    (lineBreaks ? MULTILINE : 0) |
    (noPlain ? 0 : BLOCK_PLAIN_ALLOWED) |
    (noSingleQuoted ? 0 : SINGLE_QUOTED_ALLOWED) |
    (noBlock || trailingSpace ? 0 : BLOCK_ALLOWED)
  );
}
