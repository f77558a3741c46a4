// UTF-8 decoding of the emitted YAML (valid UTF-8 by construction). TextDecoder is used where the runtime
// has it (every current engine does); the fallback gives the same string.

interface Utf8Decoder {
  decode(b: Uint8Array): string;
}

const NativeDecoder = (globalThis as { TextDecoder?: new (label?: string, options?: { ignoreBOM?: boolean }) => Utf8Decoder }).TextDecoder;
let native: Utf8Decoder | undefined;

/** The string of valid UTF-8 bytes, without TextDecoder. */
export function utf8DecodeFallback(b: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(8192);
  let u = 0;
  const flush = (): void => {
    parts.push(String.fromCharCode.apply(null, units.subarray(0, u) as unknown as number[]));
    u = 0;
  };
  for (let i = 0; i < b.length; ) {
    if (u >= units.length - 2) flush();
    const c = b[i]!;
    if (c < 0x80) {
      units[u++] = c;
      i++;
    } else if (c < 0xe0) {
      units[u++] = ((c & 0x1f) << 6) | (b[i + 1]! & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      units[u++] = ((c & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
      i += 3;
    } else {
      const cp =
        (((c & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f)) - 0x10000;
      units[u++] = 0xd800 + (cp >> 10);
      units[u++] = 0xdc00 + (cp & 0x3ff);
      i += 4;
    }
  }
  flush();
  return parts.join('');
}

/** The string of valid UTF-8 bytes. */
export function utf8Decode(b: Uint8Array): string {
  if (NativeDecoder !== undefined) {
    // ignoreBOM: a leading U+FEFF is text to Go (TextDecoder would drop it).
    native ??= new NativeDecoder('utf-8', { ignoreBOM: true });
    return native.decode(b);
  }
  return utf8DecodeFallback(b);
}
