// Mirrors gopkg.in/yaml.v2@v2.4.0 scannerc.go yaml_parser_scan_flow_scalar (double-quoted) applied to the
// JSON form of a string, as ghodss/yaml's yaml.Unmarshal of json.Marshal output reads it back.
// json.Marshal escapes every C0 control, so the only raw blanks and breaks are the space and NEL (U+0085,
// not escaped). A raw NEL is a line break inside a quoted scalar: it is folded like any YAML line break —
// blanks around it are dropped, a single break becomes a space, and n > 1 breaks become n-1 newlines.
// (The document-indicator and multi-line-key errors this can cause are in decode-errors.ts.)

const SPACE = 0x20;
const NEL = 0x85;

/** The string yaml.Unmarshal yields for the JSON string holding `s` (s well-formed). */
export function scanJsonStringScalar(s: string): string {
  if (!s.includes('\u0085')) return s;
  const parts: string[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    // Consume non-blank characters.
    const start = i;
    while (i < n && s.charCodeAt(i) !== SPACE && s.charCodeAt(i) !== NEL) i++;
    parts.push(s.slice(start, i));
    // The closing quote.
    if (i >= n) break;
    // Consume blank characters and line breaks.
    let leadingBlanks = false;
    let whitespaces = '';
    let trailingBreaks = 0;
    while (i < n && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === NEL)) {
      if (s.charCodeAt(i) === SPACE) {
        if (!leadingBlanks) whitespaces += ' ';
      } else if (!leadingBlanks) {
        whitespaces = '';
        leadingBlanks = true; // leading_break = "\n"
      } else {
        trailingBreaks++;
      }
      i++;
    }
    // Join the whitespaces or fold line breaks.
    if (leadingBlanks) parts.push(trailingBreaks === 0 ? ' ' : '\n'.repeat(trailingBreaks));
    else parts.push(whitespaces);
  }
  return parts.join('');
}
