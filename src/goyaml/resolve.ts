// Mirrors gopkg.in/yaml.v2@v2.4.0 resolve.go resolve("", s) for plain scalars, and encode.go
// isBase60Float. The decoder uses it for JSON numbers (int, uint64 or float64, as yaml.Unmarshal picks);
// the encoder's stringv uses it to decide whether a string may be written plain (only if it would read
// back as a string).

import { isTimestamp } from './parse-timestamp.js';
import { parseFloat64Ok, parseInt64, parseUint64 } from './strconv.js';

export type ResolvedTag = 'str' | 'bool' | 'null' | 'int' | 'float' | 'timestamp' | 'merge';

/** resolveMap: the plain scalars with a fixed meaning. */
const RESOLVE_MAP = new Map<string, ResolvedTag>();
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) RESOLVE_MAP.set(s, 'bool');
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) RESOLVE_MAP.set(s, 'bool');
for (const s of ['', '~', 'null', 'Null', 'NULL']) RESOLVE_MAP.set(s, 'null');
for (const s of ['.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF']) {
  RESOLVE_MAP.set(s, 'float');
}
RESOLVE_MAP.set('<<', 'merge');

/** resolveTable: the hint from the first byte ('S' sign, 'D' digit, 'M' map, '.' float, 0 none). */
function hintOf(s: string): string {
  if (s === '') return 'N';
  const c = s[0]!;
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  // '<' for "<<" is not in resolveTable: hint 0, so "<<" resolves as a string here, as in Go.
  return '';
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

export interface Resolved {
  readonly tag: ResolvedTag;
  /** For 'int': whether the value only fits a uint64 (Go returns uint64 rather than int). */
  readonly unsigned?: boolean;
}

/** resolve("", s): the tag a plain scalar `s` gets when read back. */
export function resolvePlain(s: string): Resolved {
  const hint = hintOf(s);
  if (hint === '') return { tag: 'str' };
  const mapped = RESOLVE_MAP.get(s);
  if (mapped !== undefined) return { tag: mapped };
  switch (hint) {
    case 'M':
      break;
    case '.':
      if (parseFloat64Ok(s)) return { tag: 'float' };
      break;
    case 'D':
    case 'S': {
      if (isTimestamp(s)) return { tag: 'timestamp' };
      const plain = s.replace(/_/g, '');
      if (parseInt64(plain, 0) !== undefined) return { tag: 'int' };
      if (parseUint64(plain, 0) !== undefined) return { tag: 'int', unsigned: true };
      if (YAML_STYLE_FLOAT.test(plain) && parseFloat64Ok(plain)) return { tag: 'float' };
      if (plain.startsWith('0b')) {
        if (parseInt64(plain.slice(2), 2) !== undefined) return { tag: 'int' };
        if (parseUint64(plain.slice(2), 2) !== undefined) return { tag: 'int', unsigned: true };
      } else if (plain.startsWith('-0b')) {
        if (parseInt64('-' + plain.slice(3), 2) !== undefined) return { tag: 'int' };
      }
      break;
    }
  }
  return { tag: 'str' };
}

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** encode.go isBase60Float: YAML 1.1 sexagesimal floats, quoted on output for other parsers' sake. */
export function isBase60Float(s: string): boolean {
  if (s === '') return false;
  const c = s[0]!;
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false;
  return BASE60_FLOAT.test(s);
}
