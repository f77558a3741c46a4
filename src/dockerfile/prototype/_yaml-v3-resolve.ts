/**
 * Whether gopkg.in/yaml.v3 writes a Go string as a plain (unquoted) scalar.
 *
 * Mirrors gopkg.in/yaml.v3 v3.0.0-20210107192922-496545a6307b (vendored by MCO branch `layering`):
 * encode.go `stringv` (`canUsePlain = rtag == strTag && !(isBase60Float(s) || isOldBool(s))`) and
 * resolve.go `resolve("", s)`, with the Go 1.19 strconv (`ParseInt`, `ParseUint`, `ParseFloat`) and
 * time (`Parse` of the four timestamp layouts) behaviour it relies on. Only "is it a string?" is
 * needed, so values are never built.
 */

/** resolve.go `resolveTable`: hint per first byte. */
function hintOf(s: string): string {
  if (s === '') return 'N';
  const c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) return 'S'; // + -
  if (c >= 0x30 && c <= 0x39) return 'D';
  if ('yYnNtTfFoO~'.includes(s[0]!)) return 'M';
  if (c === 0x2e) return '.';
  return '';
}

/** resolve.go `resolveMap`: all of these resolve to bool, null, float or merge. */
const RESOLVE_MAP = new Set([
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '<<',
]);

const isDigitAt = (s: string, i: number): boolean => i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39;

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7a) return l - 0x61 + 10;
  return 99;
}

const MAX_UINT64 = (1n << 64n) - 1n;
const MAX_INT64 = (1n << 63n) - 1n;

/** strconv.underscoreOK (underscores only between digits, or after a base prefix). */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (hex && digitValue(c) >= 10 && digitValue(c) < 16)) {
      saw = '0';
      continue;
    }
    if (s[i] === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseUint(s, base, 64): the value, or undefined on a syntax or range error. */
function parseUint(s0: string, base: number): bigint | undefined {
  if (s0 === '') return undefined;
  let s = s0;
  const base0 = base === 0;
  if (base0) {
    base = 10;
    if (s[0] === '0') {
      const p = s.length >= 3 ? s[1]!.toLowerCase() : '';
      if (p === 'b') { base = 2; s = s.slice(2); }
      else if (p === 'o') { base = 8; s = s.slice(2); }
      else if (p === 'x') { base = 16; s = s.slice(2); }
      else { base = 8; s = s.slice(1); }
    }
  }
  let n = 0n;
  let underscores = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f && base0) { underscores = true; continue; }
    const d = digitValue(c);
    if (d >= base) return undefined;
    n = n * BigInt(base) + BigInt(d);
    if (n > MAX_UINT64) return undefined;
  }
  if (underscores && !underscoreOK(s0)) return undefined;
  return n;
}

/** strconv.ParseInt(s, base, 64) succeeds. */
function parsesAsInt(s: string, base: number): boolean {
  if (s === '') return false;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') { neg = true; s = s.slice(1); }
  const n = parseUint(s, base);
  if (n === undefined) return false;
  return neg ? n <= MAX_INT64 + 1n : n <= MAX_INT64;
}

const parsesAsUint = (s: string, base: number): boolean => parseUint(s, base) !== undefined;

/** strconv.ParseFloat(s, 64) succeeds for a decimal literal (the only kind resolve hands it: no hex, inf or nan here). */
function parsesAsDecimalFloat(s: string): boolean {
  let i = 0;
  if (s[i] === '+' || s[i] === '-') i++;
  let sawDot = false;
  let sawDigits = false;
  let underscores = false;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '_') { underscores = true; continue; }
    if (c === '.') { if (sawDot) break; sawDot = true; continue; }
    if (c >= '0' && c <= '9') { sawDigits = true; continue; }
    break;
  }
  if (!sawDigits) return false;
  if (i < s.length && (s[i] === 'e' || s[i] === 'E')) {
    i++;
    if (i < s.length && (s[i] === '+' || s[i] === '-')) i++;
    if (!isDigitAt(s, i)) return false;
    for (; i < s.length && ((s[i]! >= '0' && s[i]! <= '9') || s[i] === '_'); i++) if (s[i] === '_') underscores = true;
  }
  if (i !== s.length) return false;
  if (underscores && !underscoreOK(s)) return false;
  // Overflow is an error (ErrRange); underflow to zero is not. JS rounds the same way (IEEE nearest-even).
  return Number.isFinite(Number(s.replace(/_/g, '')));
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** time.getnum: one or two digits (two required when fixed). */
function getnum(s: string, fixed: boolean): [number, string] | undefined {
  if (!isDigitAt(s, 0)) return undefined;
  if (!isDigitAt(s, 1)) return fixed ? undefined : [s.charCodeAt(0) - 0x30, s.slice(1)];
  return [(s.charCodeAt(0) - 0x30) * 10 + s.charCodeAt(1) - 0x30, s.slice(2)];
}

const daysIn = (month: number, year: number): number =>
  month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * time.Parse with the layouts of resolve.go `allowedTimestampFormats`:
 * "2006-1-2T15:4:5.999999999Z07:00", the same with "t", "2006-1-2 15:4:5.999999999", "2006-1-2".
 */
function parsesAsTimestamp(s: string): boolean {
  // resolve.go parseTimestamp's quick check: YYYY-.
  if (!/^[0-9]{4}-/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  let v = s.slice(5);
  const month = getnum(v, false);
  if (month === undefined || month[0] < 1 || month[0] > 12 || month[1][0] !== '-') return false;
  const day = getnum(month[1].slice(1), false);
  if (day === undefined) return false;
  const dayOk = day[0] >= 1 && day[0] <= daysIn(month[0], year);
  v = day[1];
  if (v === '') return dayOk; // "2006-1-2"
  const sep = v[0];
  if (sep !== 'T' && sep !== 't' && sep !== ' ') return false;
  const hour = getnum(v.slice(1), false);
  if (hour === undefined || hour[0] >= 24 || hour[1][0] !== ':') return false;
  const min = getnum(hour[1].slice(1), false);
  if (min === undefined || min[0] >= 60 || min[1][0] !== ':') return false;
  const sec = getnum(min[1].slice(1), false);
  if (sec === undefined || sec[0] >= 60) return false;
  v = sec[1];
  // .999999999: optional; "." or "," then any number of digits.
  if (v.length >= 2 && (v[0] === '.' || v[0] === ',') && isDigitAt(v, 1)) {
    let i = 1;
    while (isDigitAt(v, i)) i++;
    v = v.slice(i);
  }
  if (sep === ' ') return v === '' && dayOk;
  // Z07:00
  if (v[0] === 'Z') return v.length === 1 && dayOk;
  if (v.length < 6 || v[3] !== ':' || (v[0] !== '+' && v[0] !== '-')) return false;
  if (getnum(v.slice(1, 3), true) === undefined || getnum(v.slice(4, 6), true) === undefined) return false;
  return v.length === 6 && dayOk;
}

/** resolve.go `resolve("", s)` yields `!!str`. */
function resolvesToString(s: string): boolean {
  const hint = hintOf(s);
  if (hint === '') return true;
  if (RESOLVE_MAP.has(s)) return false;
  if (hint === '.') return !parsesAsDecimalFloat(s);
  if (hint === 'D' || hint === 'S') {
    if (parsesAsTimestamp(s)) return false;
    const plain = s.replace(/_/g, '');
    if (parsesAsInt(plain, 0) || parsesAsUint(plain, 0)) return false;
    if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return false;
    if (plain.startsWith('0b')) {
      if (parsesAsInt(plain.slice(2), 2) || parsesAsUint(plain.slice(2), 2)) return false;
    } else if (plain.startsWith('-0b')) {
      if (parsesAsInt('-' + plain.slice(3), 2)) return false;
    }
    if (plain.startsWith('0o')) {
      if (parsesAsInt(plain.slice(2), 8) || parsesAsUint(plain.slice(2), 8)) return false;
    } else if (plain.startsWith('-0o')) {
      if (parsesAsInt('-' + plain.slice(3), 8)) return false;
    }
  }
  return true;
}

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** encode.go isBase60Float. */
const isBase60Float = (s: string): boolean => /^[-+0-9]/.test(s) && s.includes(':') && BASE60_FLOAT.test(s);

/** encode.go isOldBool: YAML 1.1 booleans. */
const OLD_BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/** encode.go stringv's `canUsePlain` for an untagged, valid UTF-8 string. */
export const canUsePlain = (s: string): boolean => resolvesToString(s) && !isBase60Float(s) && !OLD_BOOLS.has(s);
