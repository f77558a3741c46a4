// Mirrors the parts of Go 1.19 strconv that yaml.v2@v2.4.0 resolve.go and encode.go call:
// ParseInt(s, 0|2, 64), ParseUint(s, 0|2, 64) and ParseFloat(s, 64) (whether they succeed: syntax and
// range; atoi.go, atof.go readFloat/special/atofHex/underscoreOK), and FormatFloat(f, 'g', -1, 64)
// (ftoa.go %e/%f selection with shortest digits).

const lower = (c: number): number => c | 0x20;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** underscoreOK: underscores only between digits (or between a base prefix and a digit). */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const p = lower(s.charCodeAt(1));
    if (p === 0x62 || p === 0x6f || p === 0x78) {
      i = 2;
      saw = '0';
      hex = p === 0x78;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66)) {
      saw = '0';
      continue;
    }
    if (c === 0x5f) {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const MAX_UINT64 = (1n << 64n) - 1n;

/** ParseUint(s, base, 64): the value, or undefined on a syntax or range error. */
export function parseUint64(s: string, base: number): bigint | undefined {
  if (s === '') return undefined;
  const base0 = base === 0;
  const s0 = s;
  if (base0) {
    base = 10;
    if (s[0] === '0') {
      const p = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
      if (p === 0x62) {
        base = 2;
        s = s.slice(2);
      } else if (p === 0x6f) {
        base = 8;
        s = s.slice(2);
      } else if (p === 0x78) {
        base = 16;
        s = s.slice(2);
      } else {
        base = 8;
        s = s.slice(1);
      }
    }
  }
  const b = BigInt(base);
  let underscores = false;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 0x5f && base0) {
      underscores = true;
      continue;
    } else if (isDigitCode(c)) {
      d = c - 0x30;
    } else if (c < 0x80 && lower(c) >= 0x61 && lower(c) <= 0x7a) {
      d = lower(c) - 0x61 + 10;
    } else {
      return undefined;
    }
    if (d >= base) return undefined;
    n = n * b + BigInt(d);
    if (n > MAX_UINT64) return undefined;
  }
  if (underscores && !underscoreOK(s0)) return undefined;
  return n;
}

/** ParseInt(s, base, 64): the value, or undefined on a syntax or range error. */
export function parseInt64(s: string, base: number): bigint | undefined {
  if (s === '') return undefined;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  const un = parseUint64(s, base);
  if (un === undefined) return undefined;
  const cutoff = 1n << 63n;
  if (!neg && un >= cutoff) return undefined;
  if (neg && un > cutoff) return undefined;
  return neg ? -un : un;
}

/** special(): "inf", "infinity" (signed) and "nan", case-insensitive; returns the length matched or 0. */
function special(s: string): number {
  if (s.length === 0) return 0;
  let nsign = 0;
  const c = s[0];
  if (c === '+' || c === '-' || c === 'i' || c === 'I') {
    if (c === '+' || c === '-') {
      nsign = 1;
      s = s.slice(1);
    }
    let n = commonPrefixLenIgnoreCase(s, 'infinity');
    if (3 < n && n < 8) n = 3;
    if (n === 3 || n === 8) return nsign + n;
  } else if (c === 'n' || c === 'N') {
    if (commonPrefixLenIgnoreCase(s, 'nan') === 3) return 3;
  }
  return 0;
}

function commonPrefixLenIgnoreCase(s: string, prefix: string): number {
  const n = Math.min(prefix.length, s.length);
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== prefix.charCodeAt(i)) return i;
  }
  return n;
}

interface ReadFloat {
  ok: boolean;
  n: number; // bytes consumed
  hex: boolean;
  neg: boolean;
  mantissa: bigint;
  exp: number;
  trunc: boolean;
  /** Decimal only: the value rewritten for Number(): digits, '.', capped exponent. */
  decimal: string;
}

/** readFloat: the longest float syntax prefix (Go syntax: decimal or hex, underscores allowed). */
function readFloat(s: string): ReadFloat {
  const fail = (n: number): ReadFloat => ({ ok: false, n, hex: false, neg: false, mantissa: 0n, exp: 0, trunc: false, decimal: '' });
  let underscores = false;
  let i = 0;
  let neg = false;
  if (i >= s.length) return fail(i);
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    neg = true;
    i++;
  }
  let base = 10n;
  let maxMantDigits = 19;
  let expChar = 0x65; // 'e'
  let hex = false;
  if (i + 2 < s.length && s[i] === '0' && lower(s.charCodeAt(i + 1)) === 0x78) {
    base = 16n;
    maxMantDigits = 16;
    i += 2;
    expChar = 0x70; // 'p'
    hex = true;
  }
  const mantStart = i;
  let sawdot = false;
  let sawdigits = false;
  let nd = 0;
  let ndMant = 0;
  let dp = 0;
  let mantissa = 0n;
  let trunc = false;
  loop: for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      underscores = true;
      continue;
    } else if (c === 0x2e) {
      if (sawdot) break loop;
      sawdot = true;
      dp = nd;
      continue;
    } else if (isDigitCode(c)) {
      sawdigits = true;
      if (c === 0x30 && nd === 0) {
        dp--;
        continue;
      }
      nd++;
      if (ndMant < maxMantDigits) {
        mantissa = mantissa * base + BigInt(c - 0x30);
        ndMant++;
      } else if (c !== 0x30) {
        trunc = true;
      }
      continue;
    } else if (base === 16n && c < 0x80 && lower(c) >= 0x61 && lower(c) <= 0x66) {
      sawdigits = true;
      nd++;
      if (ndMant < maxMantDigits) {
        mantissa = mantissa * 16n + BigInt(lower(c) - 0x61 + 10);
        ndMant++;
      } else {
        trunc = true;
      }
      continue;
    }
    break;
  }
  if (!sawdigits) return fail(i);
  const mantEnd = i;
  if (!sawdot) dp = nd;
  if (hex) {
    dp *= 4;
    ndMant *= 4;
  }
  let e = 0;
  let esign = 1;
  if (i < s.length && lower(s.charCodeAt(i)) === expChar) {
    i++;
    if (i >= s.length) return fail(i);
    if (s[i] === '+') i++;
    else if (s[i] === '-') {
      i++;
      esign = -1;
    }
    if (i >= s.length || !isDigitCode(s.charCodeAt(i))) return fail(i);
    for (; i < s.length && (isDigitCode(s.charCodeAt(i)) || s[i] === '_'); i++) {
      if (s[i] === '_') {
        underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + (s.charCodeAt(i) - 0x30);
    }
    dp += e * esign;
  } else if (hex) {
    return fail(i);
  }
  let exp = 0;
  if (mantissa !== 0n) exp = dp - ndMant;
  if (underscores && !underscoreOK(s.slice(0, i))) return fail(i);
  // Go converts the decimal digits with the exponent as capped above; Number() of the same text rounds
  // the same way (IEEE round-to-nearest), so it overflows to Infinity exactly when Go reports ErrRange.
  const decimal = hex ? '' : (neg ? '-' : '') + '0' + s.slice(mantStart, mantEnd).replace(/_/g, '') + 'e' + String(e * esign);
  return { ok: true, n: i, hex, neg, mantissa, exp, trunc, decimal };
}

/** atofHex's range check for float64: does the hex value round to infinity? */
function hexOverflows(mantissa: bigint, exp: number, trunc: boolean): boolean {
  const mantbits = 52;
  const expbits = 11;
  const bias = -1023;
  const maxExp = (1 << expbits) + bias - 2;
  const minExp = bias + 1;
  exp += mantbits;
  while (mantissa !== 0n && mantissa >> BigInt(mantbits + 2) === 0n) {
    mantissa <<= 1n;
    exp--;
  }
  if (trunc) mantissa |= 1n;
  while (mantissa >> BigInt(1 + mantbits + 2) !== 0n) {
    mantissa = (mantissa >> 1n) | (mantissa & 1n);
    exp++;
  }
  while (mantissa > 1n && exp < minExp - 2) {
    mantissa = (mantissa >> 1n) | (mantissa & 1n);
    exp++;
  }
  let round = mantissa & 3n;
  mantissa >>= 2n;
  round |= mantissa & 1n;
  exp += 2;
  if (round === 3n) {
    mantissa++;
    if (mantissa === 1n << BigInt(1 + mantbits)) {
      mantissa >>= 1n;
      exp++;
    }
  }
  if (mantissa >> BigInt(mantbits) === 0n) exp = bias;
  return exp > maxExp;
}

/** ParseFloat(s, 64) returns no error. */
export function parseFloat64Ok(s: string): boolean {
  const sp = special(s);
  if (sp > 0) return sp === s.length;
  const r = readFloat(s);
  if (!r.ok || r.n !== s.length) return false;
  if (r.hex) return !hexOverflows(r.mantissa, r.exp, r.trunc);
  return Number.isFinite(Number(r.decimal));
}

/** strconv.FormatFloat(f, 'g', -1, 64). */
export function formatFloatG(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const neg = f < 0 || Object.is(f, -0);
  let digits: string;
  let dp: number;
  if (f === 0) {
    digits = '';
    dp = 0;
  } else {
    // toExponential() with no argument yields the shortest digits that round-trip, as Go's shortest mode.
    const m = /^-?(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(Math.abs(f).toExponential())!;
    digits = m[1]! + (m[2] ?? '');
    dp = Number(m[3]) + 1;
  }
  const nd = digits.length;
  const sign = neg ? '-' : '';
  const exp = dp - 1;
  if (exp < -4 || exp >= 6) {
    // %e with prec-1 = nd-1 fraction digits.
    let out = sign + (nd === 0 ? '0' : digits[0]!);
    if (nd > 1) out += '.' + digits.slice(1);
    let x = nd === 0 ? 0 : exp;
    let esign = '+';
    if (x < 0) {
      esign = '-';
      x = -x;
    }
    return out + 'e' + esign + (x < 10 ? '0' + String(x) : String(x));
  }
  // %f with max(nd-dp, 0) fraction digits.
  let out = sign;
  if (dp > 0) {
    out += digits.slice(0, Math.min(dp, nd)).padEnd(dp, '0');
  } else {
    out += '0';
  }
  const frac = Math.max(nd - dp, 0);
  if (frac > 0) {
    out += '.';
    for (let i = 1; i <= frac; i++) {
      const j = dp + i - 1;
      out += j >= 0 && j < nd ? digits[j]! : '0';
    }
  }
  return out;
}
