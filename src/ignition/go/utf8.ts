/**
 * UTF-8 for Go-compatible byte handling: the runtime's TextEncoder/TextDecoder where present (every
 * supported runtime has them; the library's `lib` setting does not declare them), else small
 * fallbacks. Encoding writes a lone surrogate as U+FFFD, as Go does.
 */

interface Encoder {
  encode(s: string): Uint8Array;
}
interface Decoder {
  decode(b: Uint8Array): string;
}

const g = globalThis as {
  TextEncoder?: new () => Encoder;
  TextDecoder?: new (label?: string, options?: { ignoreBOM?: boolean }) => Decoder;
};

const nativeEncoder = g.TextEncoder !== undefined ? new g.TextEncoder() : undefined;
// ignoreBOM: a U+FEFF at the start of the bytes is a character like any other to Go (TextDecoder would drop it).
const nativeDecoder = g.TextDecoder !== undefined ? new g.TextDecoder('utf-8', { ignoreBOM: true }) : undefined;

function encodeFallback(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

function decodeFallback(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const need = c < 0x80 ? 1 : c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    if (need === 1) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let cp = need === 2 ? c & 0x1f : need === 3 ? c & 0x0f : c & 0x07;
    let ok = need !== 0 && i + need <= b.length;
    for (let k = 1; ok && k < need; k++) {
      const x = b[i + k]!;
      if ((x & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (x & 0x3f);
    }
    if (ok && ((need === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 4 && (cp < 0x10000 || cp > 0x10ffff)))) ok = false;
    if (!ok) {
      out += '\ufffd';
      i++;
    } else {
      out += String.fromCodePoint(cp);
      i += need;
    }
  }
  return out;
}

export const utf8Encode = (s: string): Uint8Array =>
  nativeEncoder !== undefined ? nativeEncoder.encode(s) : encodeFallback(s);

/** The UTF-8 bytes b[from:to] (all of b by default) as a string. */
export function utf8Decode(b: Uint8Array, from?: number, to?: number): string {
  const part = from === undefined ? b : b.subarray(from, to);
  return nativeDecoder !== undefined ? nativeDecoder.decode(part) : decodeFallback(part);
}
