// Mirrors gopkg.in/yaml.v2@v2.4.0 yamlprivateh.go: the character classes the emitter uses. Go tests the
// UTF-8 bytes of a character; here they take the code point, which selects exactly the same characters.
// Strings are well-formed UTF-16 (lone surrogates were replaced by U+FFFD beforehand).

/**
 * `is_printable`: LF, #x20-#x7E, #xA0-#xD7FF, #xE000-#xFFFD but not the BOM #xFEFF. Characters beyond
 * the BMP (4-byte UTF-8) are *not* printable for yaml.v2, so they are escaped as \UXXXXXXXX.
 */
export const isPrintable = (cp: number): boolean =>
  cp === 0x0a ||
  (cp >= 0x20 && cp <= 0x7e) ||
  (cp >= 0xa0 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);

/** `is_break`: CR, LF, NEL (U+0085), LS (U+2028), PS (U+2029). */
export const isBreak = (cp: number): boolean =>
  cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;

/** `is_blank`: space or tab. */
export const isBlank = (cp: number): boolean => cp === 0x20 || cp === 0x09;

/** `is_blankz`: blank, break or NUL. */
export const isBlankz = (cp: number): boolean => isBlank(cp) || isBreak(cp) || cp === 0;

const LOW_SURROGATES = /[\udc00-\udfff]/g;

/** The number of characters (code points) of a well-formed string: Go's emitter column advance. */
export function charCount(s: string): number {
  const m = s.match(LOW_SURROGATES);
  return m === null ? s.length : s.length - m.length;
}
