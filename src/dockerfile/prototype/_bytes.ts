/**
 * Byte helpers for the prototype's file contents: UTF-8, base64 (Go's `base64.StdEncoding`) and SHA-256.
 * Lone surrogates encode as U+FFFD, which is what Go holds after decoding the same JSON string.
 */

import { utf8Encode } from '../../ignition/go/utf8.js';
import { sha256Utf8Hex } from '../_sha256.js';

export const utf8 = (s: string): Uint8Array => utf8Encode(s);

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Go `base64.StdEncoding.EncodeToString`: padded, no line breaks. */
export function base64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + '=';
  }
  return out;
}

/** Lowercase hex SHA-256 of a string's UTF-8 bytes (Go `hex.EncodeToString(sha256.Sum256([]byte(s)))`). */
export const sha256Hex = (s: string): string => sha256Utf8Hex(s);
