/**
 * Go's JSON syntax check, byte for byte.
 *
 * Mirrors go1.19 encoding/json/scanner.go (`checkValid` and its state machine): the same states, the
 * same messages (`invalid character 'x' looking for beginning of value`, `unexpected end of JSON
 * input`) and the same `Offset` (bytes read when the error was seen, i.e. index of the bad byte + 1).
 * Ignition's `HandleParseErrors` turns that offset into a line/column, so it must be exact.
 */

export interface JsonSyntaxError {
  message: string;
  /** Go `SyntaxError.Offset`. */
  offset: number;
}

const SCAN_CONTINUE = 0;
const SCAN_ERROR = 1;

const PARSE_OBJECT_KEY = 0;
const PARSE_OBJECT_VALUE = 1;
const PARSE_ARRAY_VALUE = 2;

const MAX_NESTING_DEPTH = 10000;

type Step = (s: Scanner, c: number) => number;

interface Scanner {
  step: Step;
  endTop: boolean;
  parseState: number[];
  err: JsonSyntaxError | null;
  bytes: number;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
const isHex = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Go `quoteChar`: the byte as it appears in scanner messages. */
export function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return "'\"'";
  // strconv.Quote(string(rune(c))) without its double quotes; c is a byte, so a rune U+0000..U+00FF.
  return "'" + quoteRune(c) + "'";
}

/** strconv.Quote of a single rune in U+0000..U+00FF, without the surrounding quotes. */
function quoteRune(c: number): string {
  switch (c) {
    case 0x07: return '\\a';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    case 0x0b: return '\\v';
    case 0x5c: return '\\\\';
  }
  if (c < 0x20 || c === 0x7f) return '\\x' + c.toString(16).padStart(2, '0');
  // Latin-1 supplement: C1 controls, NBSP and soft hyphen are not printable in Go (unicode.IsPrint).
  if (c >= 0x80 && (c < 0xa1 || c === 0xad)) return '\\u' + c.toString(16).padStart(4, '0');
  return String.fromCharCode(c);
}

function error(s: Scanner, c: number, context: string): number {
  s.step = stateError;
  s.err = { message: 'invalid character ' + quoteChar(c) + ' ' + context, offset: s.bytes };
  return SCAN_ERROR;
}

function stateError(): number {
  return SCAN_ERROR;
}

function pushParseState(s: Scanner, c: number, newParseState: number): number {
  s.parseState.push(newParseState);
  if (s.parseState.length <= MAX_NESTING_DEPTH) return SCAN_CONTINUE;
  return error(s, c, 'exceeded max depth');
}

function popParseState(s: Scanner): void {
  s.parseState.pop();
  if (s.parseState.length === 0) {
    s.step = stateEndTop;
    s.endTop = true;
  } else {
    s.step = stateEndValue;
  }
}

function stateBeginValueOrEmpty(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_CONTINUE;
  if (c === 0x5d) return stateEndValue(s, c);
  return stateBeginValue(s, c);
}

function stateBeginValue(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_CONTINUE;
  switch (c) {
    case 0x7b: // {
      s.step = stateBeginStringOrEmpty;
      return pushParseState(s, c, PARSE_OBJECT_KEY);
    case 0x5b: // [
      s.step = stateBeginValueOrEmpty;
      return pushParseState(s, c, PARSE_ARRAY_VALUE);
    case 0x22:
      s.step = stateInString;
      return SCAN_CONTINUE;
    case 0x2d:
      s.step = stateNeg;
      return SCAN_CONTINUE;
    case 0x30:
      s.step = state0;
      return SCAN_CONTINUE;
    case 0x74:
      s.step = stateT;
      return SCAN_CONTINUE;
    case 0x66:
      s.step = stateF;
      return SCAN_CONTINUE;
    case 0x6e:
      s.step = stateN;
      return SCAN_CONTINUE;
  }
  if (c >= 0x31 && c <= 0x39) {
    s.step = state1;
    return SCAN_CONTINUE;
  }
  return error(s, c, 'looking for beginning of value');
}

function stateBeginStringOrEmpty(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_CONTINUE;
  if (c === 0x7d) {
    s.parseState[s.parseState.length - 1] = PARSE_OBJECT_VALUE;
    return stateEndValue(s, c);
  }
  return stateBeginString(s, c);
}

function stateBeginString(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_CONTINUE;
  if (c === 0x22) {
    s.step = stateInString;
    return SCAN_CONTINUE;
  }
  return error(s, c, 'looking for beginning of object key string');
}

function stateEndValue(s: Scanner, c: number): number {
  const n = s.parseState.length;
  if (n === 0) {
    s.step = stateEndTop;
    s.endTop = true;
    return stateEndTop(s, c);
  }
  if (isSpace(c)) {
    s.step = stateEndValue;
    return SCAN_CONTINUE;
  }
  switch (s.parseState[n - 1]) {
    case PARSE_OBJECT_KEY:
      if (c === 0x3a) {
        s.parseState[n - 1] = PARSE_OBJECT_VALUE;
        s.step = stateBeginValue;
        return SCAN_CONTINUE;
      }
      return error(s, c, 'after object key');
    case PARSE_OBJECT_VALUE:
      if (c === 0x2c) {
        s.parseState[n - 1] = PARSE_OBJECT_KEY;
        s.step = stateBeginString;
        return SCAN_CONTINUE;
      }
      if (c === 0x7d) {
        popParseState(s);
        return SCAN_CONTINUE;
      }
      return error(s, c, 'after object key:value pair');
    case PARSE_ARRAY_VALUE:
      if (c === 0x2c) {
        s.step = stateBeginValue;
        return SCAN_CONTINUE;
      }
      if (c === 0x5d) {
        popParseState(s);
        return SCAN_CONTINUE;
      }
      return error(s, c, 'after array element');
  }
  return error(s, c, '');
}

function stateEndTop(s: Scanner, c: number): number {
  if (!isSpace(c)) error(s, c, 'after top-level value');
  return SCAN_CONTINUE;
}

function stateInString(s: Scanner, c: number): number {
  if (c === 0x22) {
    s.step = stateEndValue;
    return SCAN_CONTINUE;
  }
  if (c === 0x5c) {
    s.step = stateInStringEsc;
    return SCAN_CONTINUE;
  }
  if (c < 0x20) return error(s, c, 'in string literal');
  return SCAN_CONTINUE;
}

function stateInStringEsc(s: Scanner, c: number): number {
  switch (c) {
    case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x5c: case 0x2f: case 0x22:
      s.step = stateInString;
      return SCAN_CONTINUE;
    case 0x75:
      s.step = stateInStringEscU;
      return SCAN_CONTINUE;
  }
  return error(s, c, 'in string escape code');
}

const hexStep = (next: () => Step): Step => (s, c) => {
  if (isHex(c)) {
    s.step = next();
    return SCAN_CONTINUE;
  }
  return error(s, c, 'in \\u hexadecimal character escape');
};
const stateInStringEscU123: Step = hexStep(() => stateInString);
const stateInStringEscU12: Step = hexStep(() => stateInStringEscU123);
const stateInStringEscU1: Step = hexStep(() => stateInStringEscU12);
const stateInStringEscU: Step = hexStep(() => stateInStringEscU1);

function stateNeg(s: Scanner, c: number): number {
  if (c === 0x30) {
    s.step = state0;
    return SCAN_CONTINUE;
  }
  if (c >= 0x31 && c <= 0x39) {
    s.step = state1;
    return SCAN_CONTINUE;
  }
  return error(s, c, 'in numeric literal');
}

function state1(s: Scanner, c: number): number {
  if (isDigit(c)) {
    s.step = state1;
    return SCAN_CONTINUE;
  }
  return state0(s, c);
}

function state0(s: Scanner, c: number): number {
  if (c === 0x2e) {
    s.step = stateDot;
    return SCAN_CONTINUE;
  }
  if (c === 0x65 || c === 0x45) {
    s.step = stateE;
    return SCAN_CONTINUE;
  }
  return stateEndValue(s, c);
}

function stateDot(s: Scanner, c: number): number {
  if (isDigit(c)) {
    s.step = stateDot0;
    return SCAN_CONTINUE;
  }
  return error(s, c, 'after decimal point in numeric literal');
}

function stateDot0(s: Scanner, c: number): number {
  if (isDigit(c)) return SCAN_CONTINUE;
  if (c === 0x65 || c === 0x45) {
    s.step = stateE;
    return SCAN_CONTINUE;
  }
  return stateEndValue(s, c);
}

function stateE(s: Scanner, c: number): number {
  if (c === 0x2b || c === 0x2d) {
    s.step = stateESign;
    return SCAN_CONTINUE;
  }
  return stateESign(s, c);
}

function stateESign(s: Scanner, c: number): number {
  if (isDigit(c)) {
    s.step = stateE0;
    return SCAN_CONTINUE;
  }
  return error(s, c, 'in exponent of numeric literal');
}

function stateE0(s: Scanner, c: number): number {
  if (isDigit(c)) return SCAN_CONTINUE;
  return stateEndValue(s, c);
}

/** A literal (`true`, `false`, `null`) expecting `want` next, then `next`. */
const literalStep = (want: string, literal: string, next: () => Step): Step => {
  const code = want.charCodeAt(0);
  const context = `in literal ${literal} (expecting '${want}')`;
  return (s, c) => {
    if (c === code) {
      s.step = next();
      return SCAN_CONTINUE;
    }
    return error(s, c, context);
  };
};
const stateTru: Step = literalStep('e', 'true', () => stateEndValue);
const stateTr: Step = literalStep('u', 'true', () => stateTru);
const stateT: Step = literalStep('r', 'true', () => stateTr);
const stateFals: Step = literalStep('e', 'false', () => stateEndValue);
const stateFal: Step = literalStep('s', 'false', () => stateFals);
const stateFa: Step = literalStep('l', 'false', () => stateFal);
const stateF: Step = literalStep('a', 'false', () => stateFa);
const stateNul: Step = literalStep('l', 'null', () => stateEndValue);
const stateNu: Step = literalStep('l', 'null', () => stateNul);
const stateN: Step = literalStep('u', 'null', () => stateNu);

/** Go `checkValid`: null when `data` is one valid JSON value (surrounded by optional whitespace). */
export function checkValid(data: Uint8Array): JsonSyntaxError | null {
  const s: Scanner = { step: stateBeginValue, endTop: false, parseState: [], err: null, bytes: 0 };
  for (let i = 0; i < data.length; i++) {
    s.bytes++;
    if (s.step(s, data[i]!) === SCAN_ERROR) return s.err;
    if (s.err !== null) return s.err; // stateEndTop records an error without returning scanError
  }
  // scanner.eof()
  if (s.err !== null) return s.err;
  if (s.endTop) return null;
  s.step(s, 0x20);
  if (s.endTop) return null;
  if (s.err === null) s.err = { message: 'unexpected end of JSON input', offset: s.bytes };
  return s.err;
}
