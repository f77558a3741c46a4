// Mirrors Go strconv.FormatFloat(f, 'g', -1, 32) (ftoa.go: float32 conversion, shortest digits, %e when
// the exponent is < -4 or ≥ 6): how sigs.k8s.io/yaml v1.3.0 yaml.go convertToJSONableObject writes a
// float map key (`3.2: x` → "3.2", `1e6: x` → "1e+06").

export function formatFloat32G(f: number): string {
  const x = Math.fround(f);
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const neg = x < 0;
  const abs = Math.abs(x);
  // The shortest decimal that reads back as the same float32; toExponential rounds correctly, so
  // the first precision that round-trips also gives the closest such digits, as Go's shortest does.
  let digits = '';
  let exp = 0;
  for (let p = 1; p <= 9; p++) {
    const s = abs.toExponential(p - 1);
    if (Math.fround(Number(s)) === abs) {
      const [mantissa, e] = s.split('e') as [string, string];
      digits = mantissa.replace('.', '');
      exp = Number(e);
      break;
    }
  }
  const sign = neg ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const e = Math.abs(exp);
    return `${sign}${digits[0]}${digits.length > 1 ? '.' + digits.slice(1) : ''}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  const dp = exp + 1; // digits before the decimal point
  if (dp <= 0) return `${sign}0.${'0'.repeat(-dp)}${digits}`;
  if (dp >= digits.length) return sign + digits + '0'.repeat(dp - digits.length);
  return `${sign}${digits.slice(0, dp)}.${digits.slice(dp)}`;
}
