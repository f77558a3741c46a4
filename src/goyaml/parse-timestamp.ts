// Mirrors gopkg.in/yaml.v2@v2.4.0 resolve.go parseTimestamp: whether Go 1.19 time.Parse accepts s in one
// of allowedTimestampFormats ("2006-1-2T15:4:5.999999999Z07:00", the same with 't',
// "2006-1-2 15:4:5.999999999", "2006-1-2"). Only success matters (a plain scalar that parses is quoted on
// output), so this follows time/format.go parse() for exactly these layout elements.

const isDigitAt = (s: string, i: number): boolean => i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39;

/** time.getnum(s, false): one or two digits. Returns [value, rest] or undefined. */
function getnum(s: string): [number, string] | undefined {
  if (!isDigitAt(s, 0)) return undefined;
  if (!isDigitAt(s, 1)) return [s.charCodeAt(0) - 0x30, s.slice(1)];
  return [(s.charCodeAt(0) - 0x30) * 10 + (s.charCodeAt(1) - 0x30), s.slice(2)];
}

/** time.atoi: optional sign, then only digits (empty allowed), no overflow past 2^63. */
function atoiOk(s: string): boolean {
  if (s !== '' && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let x = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
    if (x > (1n << 63n) / 10n) return false;
    x = x * 10n + BigInt(c - 0x30);
    if (x > 1n << 63n) return false;
  }
  return true;
}

/** time.skip for a one-character literal prefix (a space matches any run of spaces, as Go's cutspace). */
function skipLiteral(value: string, lit: string): string | undefined {
  if (lit === ' ') {
    if (value.length > 0 && value[0] !== ' ') return undefined;
    let i = 0;
    while (i < value.length && value[i] === ' ') i++;
    return value.slice(i);
  }
  if (value.length === 0 || value[0] !== lit) return undefined;
  return value.slice(1);
}

const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
function daysIn(month: number, year: number): number {
  if (month === 2 && isLeap(year)) return 29;
  return DAYS_BEFORE[month]! - DAYS_BEFORE[month - 1]!;
}

/** Parse with layout "2006-1-2" followed by `timeSep` ("T", "t", " ") and the time, or date only (""). */
function parseLayout(s: string, timeSep: string, withZone: boolean): boolean {
  // stdLongYear: four characters, the first a digit, all digits (atoi).
  if (s.length < 4 || !isDigitAt(s, 0)) return false;
  const yearText = s.slice(0, 4);
  if (!atoiOk(yearText)) return false;
  const year = Number(yearText);
  let v: string | undefined = skipLiteral(s.slice(4), '-');
  if (v === undefined) return false;
  const month = getnum(v);
  if (!month) return false;
  if (month[0] <= 0 || month[0] > 12) return false;
  v = skipLiteral(month[1], '-');
  if (v === undefined) return false;
  const day = getnum(v);
  if (!day) return false;
  v = day[1];
  if (timeSep !== '') {
    v = skipLiteral(v, timeSep);
    if (v === undefined) return false;
    const hour = getnum(v);
    if (!hour || hour[0] >= 24) return false;
    v = skipLiteral(hour[1], ':');
    if (v === undefined) return false;
    const min = getnum(v);
    if (!min || min[0] >= 60) return false;
    v = skipLiteral(min[1], ':');
    if (v === undefined) return false;
    const sec = getnum(v);
    if (!sec || sec[0] >= 60) return false;
    v = sec[1];
    // stdFracSecond9: optional [.,] and up to nine digits.
    if (v.length >= 2 && (v[0] === '.' || v[0] === ',') && isDigitAt(v, 1)) {
      let i = 0;
      while (i < 9 && i + 1 < v.length && isDigitAt(v, i + 1)) i++;
      v = v.slice(1 + i);
    }
    if (withZone) {
      // stdISO8601ColonTZ: "Z" or ±hh:mm.
      if (v.length >= 1 && v[0] === 'Z') {
        v = v.slice(1);
      } else {
        if (v.length < 6 || v[3] !== ':') return false;
        const sign = v[0];
        if (!atoiOk(v.slice(1, 3)) || !atoiOk(v.slice(4, 6))) return false;
        if (sign !== '+' && sign !== '-') return false;
        v = v.slice(6);
      }
    }
  }
  if (v.length !== 0) return false; // extra text
  return day[0] >= 1 && day[0] <= daysIn(month[0], year);
}

/** resolve.go parseTimestamp(s) succeeds. */
export function isTimestamp(s: string): boolean {
  // Quick check: all date formats start with YYYY-.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
  }
  if (i !== 4 || i === s.length || s[i] !== '-') return false;
  return (
    parseLayout(s, 'T', true) || parseLayout(s, 't', true) || parseLayout(s, ' ', false) || parseLayout(s, '', false)
  );
}
