// Mirrors gopkg.in/yaml.v2@v2.4.0 resolve.go parseTimestamp: whether Go 1.19 time.Parse accepts s in one
// of allowedTimestampFormats ("2006-1-2T15:4:5.999999999Z07:00", the same with 't',
// "2006-1-2 15:4:5.999999999", "2006-1-2"). Only success matters (a plain scalar that parses is quoted on
// output), so the layouts are one regular expression over what time/format.go parse() accepts for them:
//  - 2006: four characters, all digits (stdLongYear: isDigit, then atoi);
//  - 1, 2, 15, 4, 5: getnum(value, false), one digit or two; greedy, but every element is followed by a
//    non-digit, so backtracking matches exactly what Go reads;
//  - ' ': a run of spaces (skip() cuts spaces on both sides), 'T' / 't' / '-' / ':' themselves;
//  - .999999999: optional, '.' or ',' then up to nine digits;
//  - Z07:00 (stdISO8601ColonTZ): "Z", or a sign, two characters atoi accepts (digits, or a sign and one
//    digit), ':', two more; only the 'T' / 't' layouts have it.
// The ranges Go checks: month 1-12, hour < 24, minute and second < 60, day 1 to the days in that month.

const TIMESTAMP =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt](\d\d?):(\d\d?):(\d\d?)(?:[.,]\d{1,9})?(?:Z|[+-][-+\d]\d:[-+\d]\d)| +(\d\d?):(\d\d?):(\d\d?)(?:[.,]\d{1,9})?)?$/;

/** resolve.go parseTimestamp(s) succeeds. */
export function isTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  if (m === null) return false;
  const [, y, mo, d, h = m[7] ?? 0, mi = m[8] ?? 0, sec = m[9] ?? 0] = m;
  const year = +y!;
  const month = +mo!;
  // Days in the month: 29 or 28 in February, else 31 for January, March, May, July, August, October, December.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
  return month >= 1 && month <= 12 && +h < 24 && +mi < 60 && +sec < 60 && +d! >= 1 && +d! <= days;
}
