// UTF-8 conversions with Go's rules: a lone surrogate encodes as U+FFFD (EF BF BD), and decoding
// turns each byte of an invalid sequence into U+FFFD (utf8.DecodeRune's width-1 RuneError).

export function utf8Encode(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp < 0x80) {
      out[n++] = cp;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6);
      out[n++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    } else {
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    }
  }
  return out.subarray(0, n);
}

/** utf8.DecodeRune on b[i:end]: [code point, size]; invalid input is U+FFFD of size 1. */
export function decodeRuneAt(b: Uint8Array, i: number, end = b.length): [number, number] {
  const c = b[i]!;
  if (c < 0x80) return [c, 1];
  const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
  if (need === 0 || i + need > end) return [0xfffd, 1];
  let cp = need === 2 ? c & 0x1f : need === 3 ? c & 0x0f : c & 0x07;
  for (let k = 1; k < need; k++) {
    const x = b[i + k]!;
    if ((x & 0xc0) !== 0x80) return [0xfffd, 1];
    cp = (cp << 6) | (x & 0x3f);
  }
  if ((need === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 4 && (cp < 0x10000 || cp > 0x10ffff))) {
    return [0xfffd, 1];
  }
  return [cp, need];
}

export function utf8Decode(b: Uint8Array, from = 0, to = b.length): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = from; i < to;) {
    const c = b[i]!;
    if (c < 0x80) {
      chunk.push(c);
      i++;
    } else {
      const [cp, size] = decodeRuneAt(b, i, to);
      if (cp > 0xffff) chunk.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      else chunk.push(cp);
      i += size;
    }
    if (chunk.length >= 4096) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** Go's `len(s)` of a string: its UTF-8 byte length. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
