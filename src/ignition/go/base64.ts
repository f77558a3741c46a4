/**
 * Go's standard base64 decoder (padded alphabet, `\r`/`\n` ignored), with its error offsets.
 *
 * Mirrors go1.19 encoding/base64/base64.go `StdEncoding.DecodeString` / `decodeQuantum` (not strict):
 * the same bytes decoded and the same `illegal base64 data at input byte N` for bad input.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

const PAD = 0x3d; // '='
const isNL = (c: number | undefined): boolean => c === 0x0a || c === 0x0d;

export type Base64Result = { ok: true; data: Uint8Array } | { ok: false; error: string; data: Uint8Array };

/**
 * base64.StdEncoding.DecodeString over a Go string. `src` holds its bytes, or is a JS string whose
 * code units stand for them (exact for ASCII input; any non-ASCII code unit is invalid either way).
 */
export function decodeStdBase64(src: Uint8Array | string, wantData = true): Base64Result {
  const bytes = typeof src === 'string' ? stringBytes(src) : src;
  return decode(bytes, wantData);
}

/** The string's code units as bytes (a non-ASCII unit becomes 0xff, which is never valid base64). */
function stringBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c < 0x80 ? c : 0xff;
  }
  return out;
}

function decode(src: Uint8Array, wantData: boolean): Base64Result {
  const out = new Uint8Array(wantData ? Math.floor(src.length / 4) * 3 + 3 : 3);
  let n = 0;
  let si = 0;
  const fail = (offset: number): Base64Result => ({
    ok: false, error: 'illegal base64 data at input byte ' + offset, data: out.subarray(0, n),
  });
  while (si < src.length) {
    // decodeQuantum
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    let err = -1;
    let j = 0;
    for (; j < 4; j++) {
      if (src.length === si) {
        if (j === 0) return { ok: true, data: out.subarray(0, n) };
        // padChar != NoPadding, so any short quantum is corrupt
        return fail(si - j);
      }
      const c = src[si]!;
      si++;
      const v = DECODE[c]!;
      if (v >= 0) {
        dbuf[j] = v;
        continue;
      }
      if (isNL(c)) {
        j--;
        continue;
      }
      if (c !== PAD) return fail(si - 1);
      // padding
      if (j === 0 || j === 1) return fail(si - 1);
      if (j === 2) {
        while (si < src.length && isNL(src[si])) si++;
        if (si === src.length) return fail(src.length);
        if (src[si] !== PAD) return fail(si - 1);
        si++;
      }
      while (si < src.length && isNL(src[si])) si++;
      if (si < src.length) err = si;
      dlen = j;
      break;
    }
    const val = (dbuf[0]! << 18) | (dbuf[1]! << 12) | (dbuf[2]! << 6) | dbuf[3]!;
    const b0 = (val >>> 16) & 0xff;
    const b1 = (val >>> 8) & 0xff;
    const b2 = val & 0xff;
    if (wantData) {
      if (dlen >= 2) out[n] = b0;
      if (dlen >= 3) out[n + 1] = b1;
      if (dlen >= 4) out[n + 2] = b2;
      n += dlen - 1;
    }
    if (err >= 0) return fail(err);
  }
  return { ok: true, data: out.subarray(0, n) };
}
