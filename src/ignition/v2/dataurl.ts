// Mirrors github.com/vincent-petithory/dataurl v1.0.0 (lex.go, dataurl.go `DecodeString`,
// rfc2396.go `Unescape`) as Ignition uses it to validate `data:` URLs: the same lexer states and
// error texts, and Go's encoding/base64 StdEncoding rules for the base64 payload.

type ItemKind = 'error' | 'eof' | 'mediaType' | 'paramAttr' | 'leftQuote' | 'paramVal' | 'base64' | 'comma' | 'data';

interface Item {
  t: ItemKind;
  val: string;
}

// Code points; -1 is Go's `eof` rune.
const EOF = -1;
const isTSpecial = (c: number): boolean =>
  c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x40 || c === 0x2c || c === 0x3b || c === 0x3a ||
  c === 0x5c || c === 0x22 || c === 0x2f || c === 0x5b || c === 0x5d || c === 0x3f || c === 0x3d;
/** ASCII, not a control (C0 or DEL), not a space, not a tspecial. */
const isTokenRune = (c: number): boolean => c > 0x20 && c < 0x7f && !isTSpecial(c);
const isURLCharRune = (c: number): boolean =>
  c > 0x20 && c < 0x7f && c !== 0x3c && c !== 0x3e && c !== 0x23 && c !== 0x22 && c !== 0x7b && c !== 0x7d &&
  c !== 0x7c && c !== 0x5c && c !== 0x5e && c !== 0x5b && c !== 0x5d && c !== 0x60;
const isBase64Rune = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x0a;
const isDiscreteType = (s: string): boolean => ['text', 'image', 'audio', 'video', 'application'].some((p) => s.startsWith(p));
const isCompositeType = (s: string): boolean => s.startsWith('message') || s.startsWith('multipart');

const SEMI = 0x3b;
const COMMA = 0x2c;
const SLASH = 0x2f;
const EQUAL = 0x3d;
const QUOTE = 0x22;

/** The lexer's item stream, up to and including EOF or the first error (positions are UTF-16 indices). */
function lex(input: string): Item[] {
  const items: Item[] = [];
  let start = 0;
  let pos = 0;
  let width = 0;
  let seenBase64 = false;
  const next = (): number => {
    if (pos >= input.length) {
      width = 0;
      return EOF;
    }
    const cp = input.codePointAt(pos)!;
    width = cp > 0xffff ? 2 : 1;
    pos += width;
    return cp;
  };
  const backup = (): void => {
    pos -= width;
  };
  const emit = (t: ItemKind): void => {
    items.push({ t, val: input.slice(start, pos) });
    start = pos;
  };
  const error = (msg: string): null => {
    items.push({ t: 'error', val: msg });
    return null;
  };

  type State = (() => State) | null;

  const beforeDataPrefix = (): State => (input.startsWith('data:') ? dataPrefix : error('missing data prefix'));
  const dataPrefix = (): State => {
    pos += 5;
    start = pos; // itemDataPrefix: not used by the parser
    return afterDataPrefix;
  };
  const afterDataPrefix = (): State => {
    const r = next();
    if (r === SEMI) { backup(); return paramSemicolon; }
    if (r === COMMA) { backup(); return dataComma; }
    if (r === EOF) return error('missing comma before data');
    if (r === 0x78 || r === 0x58) {
      if (next() === 0x2d) return xTokenMediaType;
      return inDiscreteMediaType;
    }
    if (isTokenRune(r)) return inDiscreteMediaType;
    return error('invalid character after data prefix');
  };
  const xTokenMediaType = (): State => {
    for (;;) {
      const r = next();
      if (r === SLASH) { backup(); return mediaType; }
      if (r === EOF) return error('missing media type slash');
      if (!isTokenRune(r)) return error('invalid character for media type');
    }
  };
  const inDiscreteMediaType = (): State => {
    for (;;) {
      const r = next();
      if (r === SLASH) {
        backup();
        const t = input.slice(start, pos);
        if (!isDiscreteType(t) && !isCompositeType(t)) return error('invalid media type');
        return mediaType;
      }
      if (r === EOF) return error('missing media type slash');
      if (!isTokenRune(r)) return error('invalid character for media type');
    }
  };
  const mediaType = (): State => {
    if (pos > start) emit('mediaType');
    return mediaSep;
  };
  const mediaSep = (): State => {
    next();
    start = pos;
    return afterMediaSep;
  };
  const afterMediaSep = (): State => {
    for (;;) {
      const r = next();
      if (r === SEMI || r === COMMA) { backup(); return mediaSubType; }
      if (r === EOF) return error('incomplete media type');
      if (!isTokenRune(r)) return error('invalid character for media subtype');
    }
  };
  const mediaSubType = (): State => {
    if (pos > start) start = pos; // itemMediaSubType
    return afterMediaSubType;
  };
  const afterMediaSubType = (): State => {
    const r = next();
    if (r === SEMI) { backup(); return paramSemicolon; }
    if (r === COMMA) { backup(); return dataComma; }
    if (r === EOF) return error('missing comma before data');
    return error('expected semicolon or comma');
  };
  const paramSemicolon = (): State => {
    next();
    start = pos;
    return afterParamSemicolon;
  };
  const afterParamSemicolon = (): State => {
    const r = next();
    if (r === EOF) return error('unterminated parameter sequence');
    if (r === EQUAL || r === COMMA) return error('unterminated parameter sequence');
    if (isTokenRune(r)) { backup(); return inParamAttr; }
    return error('invalid character for parameter attribute');
  };
  const base64Enc = (): State => {
    if (pos > start) {
      const v = input.slice(start, pos);
      if (v !== 'base64') return error(`expected base64, got ${v}`);
      seenBase64 = true;
      emit('base64');
    }
    return dataComma;
  };
  const inParamAttr = (): State => {
    for (;;) {
      const r = next();
      if (r === EQUAL) { backup(); return paramAttr; }
      if (r === COMMA) { backup(); return base64Enc; }
      if (r === EOF) return error('unterminated parameter sequence');
      if (!isTokenRune(r)) return error('invalid character for parameter attribute');
    }
  };
  const paramAttr = (): State => {
    if (pos > start) emit('paramAttr');
    return paramEqual;
  };
  const paramEqual = (): State => {
    next();
    start = pos;
    return afterParamEqual;
  };
  const afterParamEqual = (): State => {
    const r = next();
    if (r === QUOTE) { emit('leftQuote'); return inQuotedParamVal; }
    if (r === EOF) return error('missing comma before data');
    if (isTokenRune(r)) return inParamVal;
    return error('invalid character for parameter value');
  };
  const inQuotedParamVal = (): State => {
    for (;;) {
      const r = next();
      if (r === EOF) return error('unclosed quoted string');
      if (r === 0x5c) return escapedChar;
      if (r === QUOTE) { backup(); return quotedParamVal; }
      if (r > 0x7f) return error('invalid character for parameter value');
    }
  };
  // eof (-1) is <= MaxASCII in Go's rune comparison: it takes the first case.
  const escapedChar = (): State => (next() <= 0x7f ? inQuotedParamVal : error('invalid escaped character'));
  const inParamVal = (): State => {
    for (;;) {
      const r = next();
      if (r === SEMI || r === COMMA) { backup(); return paramVal; }
      if (r === EOF) return error('missing comma before data');
      if (!isTokenRune(r)) return error('invalid character for parameter value');
    }
  };
  const quotedParamVal = (): State => {
    if (pos > start) emit('paramVal');
    next();
    start = pos; // itemRightStringQuote
    return afterParamVal;
  };
  const paramVal = (): State => {
    if (pos > start) emit('paramVal');
    return afterParamVal;
  };
  const afterParamVal = (): State => {
    const r = next();
    if (r === SEMI) { backup(); return paramSemicolon; }
    if (r === COMMA) { backup(); return dataComma; }
    if (r === EOF) return error('missing comma before data');
    return error('expected semicolon or comma');
  };
  const dataComma = (): State => {
    next();
    emit('comma');
    return seenBase64 ? base64Data : data;
  };
  const payload = (ok: (c: number) => boolean): State => {
    for (;;) {
      const r = next();
      if (r === EOF) break;
      if (!ok(r)) return error('invalid data character');
    }
    if (pos > start) emit('data');
    emit('eof');
    return null;
  };
  const data = (): State => payload(isURLCharRune);
  const base64Data = (): State => payload(isBase64Rune);

  let state: State = beforeDataPrefix;
  while (state !== null) state = state();
  return items;
}

const isHexCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** rfc2396.go `Unescape`: error text or undefined. */
function rfc2396Error(s: string): string | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return 'rfc2396: non-ASCII char detected';
    if (c !== 0x25) continue;
    // ReadByte reads bytes: a following non-ASCII character counts by its first byte (not hex).
    for (let k = 1; k <= 2; k++) {
      if (i + k >= s.length) return 'rfc2396: unexpected end of unescape sequence';
      if (!isHexCode(s.charCodeAt(i + k))) return 'rfc2396: invalid char 0x25 in unescape sequence';
    }
    i += 2;
  }
  return undefined;
}

/** strconv.Unquote of a double-quoted string: true if valid. */
function goUnquoteOK(body: string): boolean {
  if (body.includes('\n')) return false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"') return false;
    if (c !== '\\') continue;
    const e = body[i + 1];
    if (e === undefined) return false;
    if ('abfnrtv\\"'.includes(e)) { i++; continue; }
    const hexN = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexN > 0) {
      const h = body.slice(i + 2, i + 2 + hexN);
      if (h.length !== hexN || !/^[0-9a-fA-F]+$/.test(h)) return false;
      const v = parseInt(h, 16);
      if (e !== 'x' && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))) return false;
      i += 1 + hexN;
      continue;
    }
    if (e >= '0' && e <= '7') {
      const o = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) return false;
      i += 3;
      continue;
    }
    return false;
  }
  return true;
}

const isB64 = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;

/** Go base64.StdEncoding.DecodeString: error text or undefined (decodeQuantum's offsets). */
export function goBase64Error(src: string): string | undefined {
  const corrupt = (off: number): string => `illegal base64 data at input byte ${off}`;
  let si = 0;
  const n = src.length;
  while (si < n) {
    let j = 0;
    for (; j < 4; j++) {
      if (si === n) {
        if (j === 0) return undefined;
        return corrupt(si - j);
      }
      const code = src.charCodeAt(si);
      const c = src[si++]!;
      if (isB64(code)) continue;
      if (c === '\n' || c === '\r') {
        j--;
        continue;
      }
      if (c !== '=') return corrupt(si - 1);
      if (j === 0 || j === 1) return corrupt(si - 1);
      if (j === 2) {
        while (si < n && (src[si] === '\n' || src[si] === '\r')) si++;
        if (si === n) return corrupt(n);
        if (src[si] !== '=') return corrupt(si - 1);
        si++;
      }
      while (si < n && (src[si] === '\n' || src[si] === '\r')) si++;
      if (si < n) return corrupt(si);
      return undefined;
    }
  }
  return undefined;
}

/** `dataurl.DecodeString(s)`: the error message, or undefined when s is a valid data URL. */
export function dataURLError(s: string): string | undefined {
  let unquote = false;
  let base64 = false;
  for (const item of lex(s)) {
    switch (item.t) {
      case 'error':
        return item.val;
      case 'leftQuote':
        unquote = true;
        break;
      case 'paramVal':
        if (unquote) {
          unquote = false;
          if (!goUnquoteOK(item.val)) return 'invalid syntax';
        } else {
          const err = rfc2396Error(item.val);
          if (err !== undefined) return err;
        }
        break;
      case 'base64':
        base64 = true;
        break;
      case 'data': {
        const err = base64 ? goBase64Error(item.val) : rfc2396Error(item.val);
        if (err !== undefined) return err;
        break;
      }
      case 'eof':
        return undefined;
      default:
        break;
    }
  }
  return undefined;
}
