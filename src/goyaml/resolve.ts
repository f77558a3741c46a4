// Mirrors gopkg.in/yaml.v2@v2.4.0 resolve.go resolve("", s) for plain scalars, and encode.go
// isBase60Float. The decoder uses it for JSON numbers (int, uint64 or float64, as yaml.Unmarshal picks);
// the encoder's stringv uses it to decide whether a string may be written plain (only if it would read
// back as a string).

import { isTimestamp } from './parse-timestamp.js';
import { parseFloat64Ok, parseInt64, parseUint64 } from './strconv.js';

/** The tags resolve() gives plain scalars ('int' for int and uint64 alike). */
export type ResolvedTag = 'str' | 'bool' | 'null' | 'int' | 'float' | 'timestamp';

/**
 * resolveTable: the first bytes with a hint (sign, digit, '.', the first letters of resolveMap's words,
 * '~'); the empty string has one too. '<' has none, so "<<" resolves as a string, as in Go.
 */
const HINTED = /^(?:[-+\d.yYnNtTfFoO~]|$)/;

/** resolveMap: the plain scalars with a fixed meaning. */
const BOOL = /^(?:[yYnN]|[yY]es|YES|[nN]o|NO|[tT]rue|TRUE|[fF]alse|FALSE|[oO]n|ON|[oO]ff|OFF)$/;
const NULL = /^(?:|~|null|Null|NULL)$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** resolve("", s): the tag a plain scalar `s` gets when read back. */
export function resolvePlain(s: string): ResolvedTag {
  if (!HINTED.test(s)) return 'str';
  if (BOOL.test(s)) return 'bool';
  if (NULL.test(s)) return 'null';
  if (SPECIAL_FLOAT.test(s)) return 'float';
  const c = s[0]!;
  if (c === '.') return parseFloat64Ok(s) ? 'float' : 'str';
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (isTimestamp(s)) return 'timestamp';
    const plain = s.replace(/_/g, '');
    if (parseInt64(plain, 0) !== undefined || parseUint64(plain, 0) !== undefined) return 'int';
    if (YAML_STYLE_FLOAT.test(plain) && parseFloat64Ok(plain)) return 'float';
    if (plain.startsWith('0b')) {
      if (parseInt64(plain.slice(2), 2) !== undefined || parseUint64(plain.slice(2), 2) !== undefined) return 'int';
    } else if (plain.startsWith('-0b')) {
      if (parseInt64('-' + plain.slice(3), 2) !== undefined) return 'int';
    }
  }
  return 'str';
}

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** encode.go isBase60Float: YAML 1.1 sexagesimal floats, quoted on output for other parsers' sake. */
export const isBase60Float = (s: string): boolean => BASE60_FLOAT.test(s);
