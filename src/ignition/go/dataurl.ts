/**
 * RFC 2397 `data:` URL decoding, with the library's own error texts.
 *
 * Mirrors github.com/vincent-petithory/dataurl (as vendored by MCO 4.13 / Ignition v2.15.0):
 * lex.go (the state machine, rune by rune), dataurl.go (`DecodeString`, its parser), rfc2396.go
 * (`Unescape`). Ignition validates every `data:` source by decoding it, so a bad base64 payload is a
 * validation error (`illegal base64 data at input byte 4`).
 */

import { decodeStdBase64 } from './base64.js';
import { unquoteDouble } from './strconv.js';

export interface DataURL {
  type: string;
  subtype: string;
  params: Map<string, string>;
  encoding: 'base64' | 'ascii';
  data: Uint8Array;
}

export type DataURLResult = { ok: true; value: DataURL } | { ok: false; error: string };

const EOF = -1;

const enum T {
  Error,
  EOF,
  DataPrefix,
  MediaType,
  MediaSep,
  MediaSubType,
  ParamSemicolon,
  ParamAttr,
  ParamEqual,
  LeftStringQuote,
  RightStringQuote,
  ParamVal,
  Base64Enc,
  DataComma,
  Data,
}

interface Item {
  t: T;
  val: string;
}

const isTSpecial = (r: number): boolean => '()<>@,;:\\"/[]?='.includes(String.fromCharCode(r));
const isAsciiSpace = (r: number): boolean => r === 0x20 || (r >= 0x09 && r <= 0x0d);
/** lex.go `isTokenRune`, false for EOF (every state tests EOF first, where Go's would say true). */
const isTokenRune = (r: number): boolean => r > 0x1f && r < 0x7f && !isAsciiSpace(r) && !isTSpecial(r);
const isDiscreteType = (s: string): boolean =>
  ['text', 'image', 'audio', 'video', 'application'].some((p) => s.startsWith(p));
const isCompositeType = (s: string): boolean => s.startsWith('message') || s.startsWith('multipart');

type State = ((l: Lexer) => State) | null;

class Lexer {
  start = 0;
  pos = 0;
  width = 0;
  seenBase64Item = false;
  readonly items: Item[] = [];
  constructor(readonly input: string) {}

  emit(t: T): void {
    this.items.push({ t, val: this.input.slice(this.start, this.pos) });
    this.start = this.pos;
  }
  /** Emits `t` unless nothing was read since the last item. */
  emitNonEmpty(t: T): void {
    if (this.pos > this.start) this.emit(t);
  }
  next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos)!;
    this.width = r > 0xffff ? 2 : 1;
    this.pos += this.width;
    return r;
  }
  backup(): void {
    this.pos -= this.width;
  }
  errorf(msg: string): State {
    this.items.push({ t: T.Error, val: msg });
    return null;
  }
}

const SEMI = 0x3b;
const COMMA = 0x2c;
const SLASH = 0x2f;
const EQUAL = 0x3d;
const QUOTE = 0x22;

const MISSING_COMMA = 'missing comma before data';

/**
 * The loop lex.go writes in each "in a token" state: token runes up to one of `stops`, which is left
 * unread and picks the next state; EOF and any other rune end the lexing with an error.
 */
function lexToken(l: Lexer, stops: readonly number[], eofError: string, badRune: string,
  stop: (l: Lexer, r: number) => State): State {
  for (;;) {
    const r = l.next();
    if (stops.includes(r)) {
      l.backup();
      return stop(l, r);
    }
    if (r === EOF) return l.errorf(eofError);
    if (!isTokenRune(r)) return l.errorf(badRune);
  }
}

/** The rune after a media type, a parameter or the prefix: `;` starts a parameter, `,` the data. */
function semicolonOrComma(l: Lexer, r: number, otherwise: string): State {
  if (r === SEMI || r === COMMA) {
    l.backup();
    return r === SEMI ? lexParamSemicolon : lexDataComma;
  }
  return l.errorf(r === EOF ? MISSING_COMMA : otherwise);
}

function lexBeforeDataPrefix(l: Lexer): State {
  if (!l.input.startsWith('data:', l.pos)) return l.errorf('missing data prefix');
  l.pos += 5;
  l.emit(T.DataPrefix);
  return lexAfterDataPrefix;
}

function lexAfterDataPrefix(l: Lexer): State {
  const r = l.next();
  if (r === 0x78 || r === 0x58) return l.next() === 0x2d ? lexXTokenMediaType : lexInDiscreteMediaType;
  if (isTokenRune(r)) return lexInDiscreteMediaType;
  return semicolonOrComma(l, r, 'invalid character after data prefix');
}

const lexXTokenMediaType = (l: Lexer): State =>
  lexToken(l, [SLASH], 'missing media type slash', 'invalid character for media type', () => lexMediaType);

const lexInDiscreteMediaType = (l: Lexer): State =>
  lexToken(l, [SLASH], 'missing media type slash', 'invalid character for media type', () => {
    const t = l.input.slice(l.start, l.pos);
    return isDiscreteType(t) || isCompositeType(t) ? lexMediaType : l.errorf('invalid media type');
  });

function lexMediaType(l: Lexer): State {
  l.emitNonEmpty(T.MediaType);
  l.next();
  l.emit(T.MediaSep);
  return lexToken(l, [SEMI, COMMA], 'incomplete media type', 'invalid character for media subtype', lexMediaSubType);
}

function lexMediaSubType(l: Lexer): State {
  l.emitNonEmpty(T.MediaSubType);
  return semicolonOrComma(l, l.next(), 'expected semicolon or comma');
}

function lexParamSemicolon(l: Lexer): State {
  l.next();
  l.emit(T.ParamSemicolon);
  const r = l.next();
  if (r === EQUAL || r === COMMA || r === EOF) return l.errorf('unterminated parameter sequence');
  if (!isTokenRune(r)) return l.errorf('invalid character for parameter attribute');
  l.backup();
  return lexToken(l, [EQUAL, COMMA], 'unterminated parameter sequence', 'invalid character for parameter attribute',
    (lx, stop) => (stop === EQUAL ? lexParamEqual(lx) : lexBase64Enc(lx)));
}

function lexBase64Enc(l: Lexer): State {
  if (l.pos > l.start) {
    const v = l.input.slice(l.start, l.pos);
    if (v !== 'base64') return l.errorf('expected base64, got ' + v);
    l.seenBase64Item = true;
    l.emit(T.Base64Enc);
  }
  return lexDataComma;
}

function lexParamEqual(l: Lexer): State {
  l.emitNonEmpty(T.ParamAttr);
  l.next();
  l.emit(T.ParamEqual);
  const r = l.next();
  if (r === QUOTE) {
    l.emit(T.LeftStringQuote);
    return lexInQuotedStringParamVal;
  }
  if (r === EOF) return l.errorf(MISSING_COMMA);
  if (!isTokenRune(r)) return l.errorf('invalid character for parameter value');
  return lexToken(l, [SEMI, COMMA], MISSING_COMMA, 'invalid character for parameter value', lexParamVal);
}

function lexInQuotedStringParamVal(l: Lexer): State {
  for (;;) {
    const r = l.next();
    if (r === EOF) return l.errorf('unclosed quoted string');
    if (r === 0x5c) {
      // lexEscapedChar: EOF (-1) is <= MaxASCII in Go too, so it goes back to the quoted-string state.
      if (l.next() > 0x7f) return l.errorf('invalid escaped character');
      continue;
    }
    if (r === QUOTE) {
      l.backup();
      l.emitNonEmpty(T.ParamVal);
      l.next();
      l.emit(T.RightStringQuote);
      return semicolonOrComma(l, l.next(), 'expected semicolon or comma');
    }
    if (r > 0x7f) return l.errorf('invalid character for parameter value');
  }
}

function lexParamVal(l: Lexer): State {
  l.emitNonEmpty(T.ParamVal);
  return semicolonOrComma(l, l.next(), 'expected semicolon or comma');
}

function lexDataComma(l: Lexer): State {
  l.next();
  l.emit(T.DataComma);
  return lexDataLike(l, l.seenBase64Item ? BAD_BASE64_CHAR : BAD_URL_CHAR);
}

/** First index at or after `from` of a character the data part may not contain, or -1. */
const BAD_URL_CHAR = /[^!$-;=?-Z_a-z~]/g;
const BAD_BASE64_CHAR = /[^A-Za-z0-9+/=\n]/g;

function lexDataLike(l: Lexer, bad: RegExp): State {
  // Same as reading rune by rune until EOF or the first rune outside the set, without the per-rune cost.
  bad.lastIndex = l.pos;
  const m = bad.exec(l.input);
  if (m !== null) {
    l.pos = m.index;
    l.next();
    return l.errorf('invalid data character');
  }
  l.pos = l.input.length;
  if (l.pos > l.start) l.emit(T.Data);
  l.emit(T.EOF);
  return null;
}

const isHexByte = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
const NON_ASCII = /[^\x00-\x7f]/;

/** rfc2396.go `Unescape`: %XX sequences to bytes; non-ASCII is an error. */
export function rfc2396Unescape(
  s: string,
  wantData = true,
): { ok: true; data: Uint8Array } | { ok: false; error: string } {
  // Checks first (Go fails at the first bad character, scanning left to right).
  const bad = BAD_ESCAPE.exec(s);
  const nonAscii = NON_ASCII.exec(s);
  if (nonAscii !== null && (bad === null || nonAscii.index < bad.index)) {
    return { ok: false, error: 'rfc2396: non-ASCII char detected' };
  }
  if (bad !== null) {
    const i = bad.index;
    // Go reads bytes here: a non-ASCII byte is simply not hex.
    if (i + 1 >= s.length) return { ok: false, error: 'rfc2396: unexpected end of unescape sequence' };
    if (!isHexByte(s.charCodeAt(i + 1))) return { ok: false, error: 'rfc2396: invalid char 0x25 in unescape sequence' };
    if (i + 2 >= s.length) return { ok: false, error: 'rfc2396: unexpected end of unescape sequence' };
    return { ok: false, error: 'rfc2396: invalid char 0x25 in unescape sequence' };
  }
  if (!wantData) return { ok: true, data: new Uint8Array() };
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x25) {
      out[n++] = c;
      continue;
    }
    out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
    i += 2;
  }
  return { ok: true, data: out.subarray(0, n) };
}

const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
};

/**
 * `data:,<payload>` (no media type, no parameters: the usual form in MachineConfigs), which the lexer
 * takes straight from the comma to the payload; the same result without building its items.
 */
function decodePlainDataURL(s: string, wantData: boolean): DataURLResult {
  BAD_URL_CHAR.lastIndex = 6;
  if (BAD_URL_CHAR.exec(s) !== null) return { ok: false, error: 'invalid data character' };
  let data: Uint8Array = new Uint8Array();
  if (s.length > 6) {
    const r = rfc2396Unescape(s.slice(6), wantData);
    if (!r.ok) return { ok: false, error: r.error };
    data = r.data;
  }
  return {
    ok: true,
    value: { type: 'text', subtype: 'plain', params: new Map([['charset', 'US-ASCII']]), encoding: 'ascii', data },
  };
}

/** dataurl.DecodeString; `wantData: false` only checks the payload (Ignition's validation). */
export function decodeDataURL(s: string, wantData = true): DataURLResult {
  if (s.startsWith('data:,')) return decodePlainDataURL(s, wantData);
  const l = new Lexer(s);
  for (let state: State = lexBeforeDataPrefix; state !== null; ) state = state(l);

  const du: DataURL = {
    type: 'text', subtype: 'plain', params: new Map([['charset', 'US-ASCII']]), encoding: 'ascii', data: new Uint8Array(),
  };
  let currentAttr = '';
  let unquoteParamVal = false;
  let reader: ((s: string) => { ok: true; data: Uint8Array } | { ok: false; error: string }) | null = null;
  let haveData = false;
  for (const item of l.items) {
    switch (item.t) {
      case T.Error:
        return { ok: false, error: item.val };
      case T.MediaType:
        du.type = item.val;
        du.params.delete('charset');
        break;
      case T.MediaSubType:
        du.subtype = item.val;
        break;
      case T.ParamAttr:
        currentAttr = item.val;
        break;
      case T.LeftStringQuote:
        unquoteParamVal = true;
        break;
      case T.ParamVal: {
        let val: string;
        if (unquoteParamVal) {
          unquoteParamVal = false;
          const us = unquoteDouble('"' + item.val + '"');
          if (us === null) return { ok: false, error: 'invalid syntax' };
          val = us;
        } else {
          const us = rfc2396Unescape(item.val);
          if (!us.ok) return { ok: false, error: us.error };
          val = latin1(us.data);
        }
        du.params.set(currentAttr, val);
        break;
      }
      case T.Base64Enc:
        du.encoding = 'base64';
        reader = (v) => {
          const r = decodeStdBase64(v, wantData);
          return r.ok ? r : { ok: false, error: r.error };
        };
        break;
      case T.DataComma:
        if (reader === null) reader = (v) => rfc2396Unescape(v, wantData);
        break;
      case T.Data: {
        const r = reader!(item.val);
        if (!r.ok) return { ok: false, error: r.error };
        du.data = r.data;
        haveData = true;
        break;
      }
      case T.EOF:
        if (!haveData) du.data = new Uint8Array();
        return { ok: true, value: du };
      default:
        break;
    }
  }
  return { ok: false, error: 'EOF not found' };
}
