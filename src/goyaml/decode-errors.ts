// Mirrors the ways gopkg.in/yaml.v2@v2.4.0 yaml.Unmarshal fails on JSON text produced by Go's
// json.Marshal (ghodss/yaml JSONToYAML), with the message decode.go parser.fail() builds:
//  - readerc.go yaml_parser_update_buffer: a raw character outside the YAML set (DEL, C1 controls but
//    NEL, U+FFFE, U+FFFF; json.Marshal escapes only C0 controls) -> "control characters are not allowed".
//    The reader decodes the input in 512-byte chunks ahead of the scanner, so such a character wins over
//    a scanner error that lies before it in the same chunk.
//  - scannerc.go yaml_parser_scan_flow_scalar: a raw NEL (U+0085, also not escaped by json.Marshal) is a
//    line break; "---" or "..." right after it, then a blank -> "found unexpected document indicator".
//  - scannerc.go yaml_simple_key_is_valid + parserc.go flow mapping: a key spanning lines (a raw NEL) or
//    whose ':' is more than 1024 characters after its opening quote -> "did not find expected ',' or '}'".
//  - scannerc.go yaml_parser_increase_flow_level: nesting deeper than 10000 -> "exceeded max depth of 10000".
// Line numbers follow parser.fail(): 0-based mark line, +1 for scanner errors, omitted when 0.

const NEL = 0x85;
const MAX_FLOW_LEVEL = 10000;
const RAW_CHUNK = 512; // input_raw_buffer_size

/** readerc.go: the characters YAML allows in the input stream. */
function readerAllows(cp: number): boolean {
  return (
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const utf8Width = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Index (in characters) of the first character of the reader chunk holding the first disallowed character. */
function readerErrorChunkStart(cps: readonly number[]): number | undefined {
  let chunkStartChar = 0;
  let chunkEndByte = RAW_CHUNK;
  let byte = 0;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    const w = utf8Width(cp);
    // A character that does not fit the raw buffer whole starts the next chunk.
    if (byte + w > chunkEndByte) {
      chunkStartChar = i;
      chunkEndByte = byte + RAW_CHUNK;
    }
    if (!readerAllows(cp)) return chunkStartChar;
    byte += w;
  }
  return undefined;
}

const DASH = 0x2d;
const DOT = 0x2e;

/** go-yaml's error (without the "yaml: " prefix) for a Go json.Marshal text, or undefined if it decodes. */
export function yamlDecodeError(jsonText: string): string | undefined {
  const cps = Array.from(jsonText, (c) => c.codePointAt(0)!);
  const readerChunk = readerErrorChunkStart(cps);
  const READER = 'control characters are not allowed';
  // A scanner/parser error found at character q has made the scanner look at q..q+3 (cache(4)).
  const scannerError = (q: number, message: string): string => {
    if (readerChunk !== undefined && q + 3 >= readerChunk) return READER;
    return message;
  };
  const n = cps.length;
  let line = 0;
  let depth = 0;
  const at = (i: number): number => (i < n ? cps[i]! : 0);
  for (let i = 0; i < n; ) {
    const c = cps[i]!;
    if (c === 0x7b || c === 0x5b) {
      // '{' '['
      depth++;
      if (depth > MAX_FLOW_LEVEL) {
        const where = line !== 0 ? `line ${line + 1}: ` : '';
        return scannerError(i, `${where}exceeded max depth of ${MAX_FLOW_LEVEL}`);
      }
      i++;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      depth--;
      i++;
      continue;
    }
    if (c !== 0x22) {
      i++;
      continue;
    }
    // A double-quoted scalar (yaml_parser_scan_flow_scalar).
    const quoteIndex = i;
    const startLine = line;
    i++;
    let column0 = false;
    for (;;) {
      if (
        column0 &&
        ((at(i) === DASH && at(i + 1) === DASH && at(i + 2) === DASH) ||
          (at(i) === DOT && at(i + 1) === DOT && at(i + 2) === DOT)) &&
        (at(i + 3) === 0x20 || at(i + 3) === NEL)
      ) {
        return scannerError(i, `line ${line + 1}: found unexpected document indicator`);
      }
      // Non-blank characters (json.Marshal escapes every other break and blank).
      while (i < n && at(i) !== 0x20 && at(i) !== NEL && at(i) !== 0x22) {
        if (at(i) === 0x5c) i += at(i + 1) === 0x75 ? 6 : 2;
        else i++;
        column0 = false;
      }
      if (i >= n || at(i) === 0x22) break;
      while (at(i) === 0x20 || at(i) === NEL) {
        if (at(i) === NEL) {
          line++;
          column0 = true;
        } else {
          column0 = false;
        }
        i++;
      }
    }
    i++; // closing quote
    if (at(i) === 0x3a && (startLine < line || i - quoteIndex > 1024)) {
      // A key that is no simple key: the ':' becomes a VALUE token the flow mapping does not expect.
      const where = line !== 0 ? `line ${line}: ` : '';
      return scannerError(i, `${where}did not find expected ',' or '}'`);
    }
  }
  return readerChunk !== undefined ? READER : undefined;
}
