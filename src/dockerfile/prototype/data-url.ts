/**
 * The two data-URL encoders the prototype uses for the files it adds.
 *
 * - `makeDataUrl` mirrors coreos/butane v0.14.0 base/util/url.go `MakeDataURL(contents, nil, false)`:
 *   the shorter of URL-escaped (`data:,…`) and base64 (`data:;base64,…`), base64 only when strictly
 *   shorter; compression is off in the prototype (`toIgnFile(false)`), so the gzip branch is not ported.
 *   URL escaping is vincent-petithory/dataurl v1.0.0 rfc2396.go `Escape` (unreserved bytes kept, the
 *   rest `%XX` uppercase); `url.URL{Scheme: "data", Opaque: …}.String()` is `data:` + opaque.
 * - `encodeTextDataUrl` mirrors dataurl.EncodeBytes for content `http.DetectContentType` sniffs as
 *   `text/plain; charset=utf-8`, which is always the case for the MCD content JSON (it starts with `{`
 *   and Go's JSON encoder escapes every control byte): `data:text/plain;charset=utf-8;base64,…`.
 */

import { base64 } from './_bytes.js';

/** rfc2396.go isUnreserved: [a-zA-Z0-9] and -_.!~*'(). */
function isUnreserved(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) ||
    b === 0x2d || b === 0x5f || b === 0x2e || b === 0x21 || b === 0x7e || b === 0x2a || b === 0x27 || b === 0x28 || b === 0x29;
}

const HEX = '0123456789ABCDEF';

/** dataurl.Escape. */
export function escapeDataUrl(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += isUnreserved(b) ? String.fromCharCode(b) : '%' + HEX[b >> 4]! + HEX[b & 15]!;
  return out;
}

/** butane MakeDataURL(contents, nil, allowCompression=false). */
export function makeDataUrl(contents: Uint8Array): string {
  const escaped = ',' + escapeDataUrl(contents);
  const b64 = ';base64,' + base64(contents);
  return 'data:' + (b64.length < escaped.length ? b64 : escaped);
}

/** dataurl.EncodeBytes for text the sniffer calls text/plain (see the header). */
export const encodeTextDataUrl = (contents: Uint8Array): string => 'data:text/plain;charset=utf-8;base64,' + base64(contents);
