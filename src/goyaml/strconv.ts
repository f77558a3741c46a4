// Mirrors the parts of Go 1.19 strconv that yaml.v2@v2.4.0 resolve.go and encode.go call:
// ParseInt(s, 0|2, 64), ParseUint(s, 0|2, 64) and ParseFloat(s, 64) (whether they succeed: syntax and
// range; atoi.go, atof.go readFloat/special/atofHex/underscoreOK), and FormatFloat(f, 'g', -1, 64)
// (ftoa.go %e/%f selection with shortest digits).

/**
 * ParseUint's base-0 syntax: a "0b" / "0o" / "0x" prefix (then at least one character), a leading "0"
 * (octal), or a decimal; underscores where underscoreOK allows them (between digits, or after a prefix
 * and before a digit). Which letters and digits the base takes is checked when converting.
 */
const BASE0 = /^(?:0([bBoOxX])(?=.)_?|(0)_?(?=.)|)([\da-zA-Z]+(?:_[\da-zA-Z]+)*)$/;
const PREFIX_BASE: Record<string, number> = { b: 2, o: 8, x: 16, 0: 8 };

const MAX_UINT64 = (1n << 64n) - 1n;

/** ParseUint(s, base, 64) for base 0 or 2..36: the value, or undefined on a syntax or range error. */
export function parseUint64(s: string, base: number): bigint | undefined {
  if (base === 0) {
    const m = BASE0.exec(s);
    if (m === null) return undefined;
    base = PREFIX_BASE[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 10;
    s = m[3]!.replace(/_/g, '');
  }
  if (s === '') return undefined;
  const b = BigInt(base);
  let n = 0n;
  for (const c of s) {
    const d = parseInt(c, 36); // NaN for anything but an ASCII digit or letter
    if (!(d < base)) return undefined;
    n = n * b + BigInt(d);
  }
  return n > MAX_UINT64 ? undefined : n;
}

/** ParseInt(s, base, 64): the value, or undefined on a syntax or range error. */
export function parseInt64(s: string, base: number): bigint | undefined {
  const neg = s[0] === '-';
  const un = parseUint64(neg || s[0] === '+' ? s.slice(1) : s, base);
  if (un === undefined || un > (neg ? 1n << 63n : (1n << 63n) - 1n)) return undefined;
  return neg ? -un : un;
}

/** ParseFloat's special(): "inf" or "infinity" (signed) and "nan", case-insensitive, the whole of s. */
const SPECIAL = /^(?:[+-]?inf(?:inity)?|nan)$/i;

/**
 * readFloat's syntax, s whole, underscores where underscoreOK allows them (between digits, or after a
 * "0x" prefix and before a digit): decimal (mantissa, exponent digits) or hex (sign, prefix, mantissa,
 * exponent sign, digits; the exponent is required).
 */
const DECIMAL_FLOAT = /^[+-]?((?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*))(?:[eE]([+-]?\d+(?:_\d+)*))?$/;
const HEX_FLOAT =
  /^[+-]?0[xX]((?:_?[\da-fA-F]+(?:_[\da-fA-F]+)*(?:\.(?:[\da-fA-F]+(?:_[\da-fA-F]+)*)?)?|\.[\da-fA-F]+(?:_[\da-fA-F]+)*))[pP]([+-]?\d+(?:_\d+)*)$/;

/** readFloat's exponent: digits accumulate only while the value is below 10000 (underscores skipped). */
function cappedExponent(text: string | undefined): number {
  let e = 0;
  for (const c of text ?? '') {
    if (c >= '0' && c <= '9' && e < 10000) e = e * 10 + (c.charCodeAt(0) - 0x30);
  }
  return text?.[0] === '-' ? -e : e;
}

/** 2^970 * (2^54 - 1): a float64 rounds (to nearest even) to infinity from this value on. */
const OVERFLOW = ((1n << 54n) - 1n) << 970n;

/** ParseFloat(s, 64) returns no error. */
export function parseFloat64Ok(s: string): boolean {
  if (SPECIAL.test(s)) return true;
  let m = DECIMAL_FLOAT.exec(s);
  if (m !== null) {
    // Go converts the digits with the exponent as capped above; Number() of the same text rounds the
    // same way (IEEE round-to-nearest), so it overflows to Infinity exactly when Go reports ErrRange.
    return Number.isFinite(Number('0' + m[1]!.replace(/_/g, '') + 'e' + cappedExponent(m[2])));
  }
  m = HEX_FLOAT.exec(s);
  if (m === null) return false;
  // atofHex rounds the exact value mantissa * 2^shift (Go's 16-digit truncation keeps a sticky bit).
  const [int = '', frac = ''] = m[1]!.replace(/_/g, '').split('.');
  const mantissa = BigInt('0x0' + int + frac);
  if (mantissa === 0n) return true;
  const shift = cappedExponent(m[2]) - 4 * frac.length;
  const top = mantissa.toString(2).length + shift; // the value is in [2^(top-1), 2^top)
  if (top !== 1024) return top < 1024;
  return shift >= 0 ? mantissa << BigInt(shift) < OVERFLOW : mantissa < OVERFLOW << BigInt(-shift);
}

/**
 * strconv.FormatFloat(f, 'g', -1, 64): the shortest digits that round-trip (JavaScript's too), in %e form
 * when the decimal exponent is below -4 or at least 6 (with at least two exponent digits), else in %f
 * form, which is how JavaScript prints such numbers.
 */
export function formatFloatG(f: number): string {
  if (f !== f) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const e = f.toExponential();
  const exp = +e.slice(e.indexOf('e') + 1);
  return exp < -4 || exp >= 6 ? e.replace(/e([+-])(\d)$/, 'e$10$2') : String(f);
}
