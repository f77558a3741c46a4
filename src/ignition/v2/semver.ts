// Mirrors github.com/coreos/go-semver semver/semver.go (as vendored by MCO release-4.13):
// `NewVersion`/`Set` (SplitN on "+" then "-", dotted-tri, strconv.ParseInt per part), `Compare`,
// `LessThan`, and struct equality (`*version != types.MaxVersion` compares every field).

export interface SemVer {
  major: bigint;
  minor: bigint;
  patch: bigint;
  preRelease: string;
  metadata: string;
}

const IDENTIFIER = /^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Go `strconv.ParseInt(s, 10, 64)`: optional sign, decimal digits only, int64 range. */
export function parseGoInt64(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s.startsWith('+') ? s.slice(1) : s);
  return n < INT64_MIN || n > INT64_MAX ? undefined : n;
}

/** `semver.NewVersion`; undefined where Go returns an error. */
export function parseSemver(version: string): SemVer | undefined {
  let rest = version;
  let metadata = '';
  const plus = rest.indexOf('+');
  if (plus >= 0) {
    metadata = rest.slice(plus + 1);
    rest = rest.slice(0, plus);
  }
  let preRelease = '';
  const dash = rest.indexOf('-');
  if (dash >= 0) {
    preRelease = rest.slice(dash + 1);
    rest = rest.slice(0, dash);
  }
  // strings.SplitN(version, ".", 3): the third part keeps any further dots (and then fails ParseInt).
  const first = rest.indexOf('.');
  if (first < 0) return undefined;
  const second = rest.indexOf('.', first + 1);
  if (second < 0) return undefined;
  const parts = [rest.slice(0, first), rest.slice(first + 1, second), rest.slice(second + 1)];
  if (preRelease !== '' && !IDENTIFIER.test(preRelease)) return undefined;
  if (metadata !== '' && !IDENTIFIER.test(metadata)) return undefined;
  const nums: bigint[] = [];
  for (const p of parts) {
    const n = parseGoInt64(p);
    if (n === undefined) return undefined;
    nums.push(n);
  }
  return { major: nums[0]!, minor: nums[1]!, patch: nums[2]!, preRelease, metadata };
}

export const semver = (major: number, minor: number): SemVer => ({
  major: BigInt(major), minor: BigInt(minor), patch: 0n, preRelease: '', metadata: '',
});

/** `Version.String()`. */
export function semverString(v: SemVer): string {
  let s = `${v.major}.${v.minor}.${v.patch}`;
  if (v.preRelease !== '') s += '-' + v.preRelease;
  if (v.metadata !== '') s += '+' + v.metadata;
  return s;
}

/** Go `strconv.Atoi` for the pre-release comparison (int64 range on 64-bit platforms). */
const atoi = (s: string): bigint | undefined => parseGoInt64(s);

function comparePreRelease(a: string[], b: string[]): number {
  for (let i = 0; ; i++) {
    if (i >= a.length) return i < b.length ? -1 : 0;
    if (i >= b.length) return 1;
    const x = a[i]!;
    const y = b[i]!;
    const xi = atoi(x);
    const yi = atoi(y);
    if (xi !== undefined && yi === undefined) return -1;
    if (xi === undefined && yi !== undefined) return 1;
    if (xi !== undefined && yi !== undefined) {
      if (xi > yi) return 1;
      if (xi < yi) return -1;
    }
    // Go string comparison is bytewise; these identifiers are ASCII.
    if (x > y) return 1;
    if (x < y) return -1;
  }
}

/** `Version.Compare`: numeric triple, then pre-release (metadata ignored). */
export function compareSemver(a: SemVer, b: SemVer): number {
  for (const k of ['major', 'minor', 'patch'] as const) {
    if (a[k] > b[k]) return 1;
    if (a[k] < b[k]) return -1;
  }
  if (a.preRelease === '' && b.preRelease !== '') return 1;
  if (b.preRelease === '' && a.preRelease !== '') return -1;
  return comparePreRelease(a.preRelease.split('.'), b.preRelease.split('.'));
}

export const semverLess = (a: SemVer, b: SemVer): boolean => compareSemver(a, b) < 0;

/** Go struct equality of two `semver.Version` values. */
export const semverIdentical = (a: SemVer, b: SemVer): boolean =>
  a.major === b.major && a.minor === b.minor && a.patch === b.patch &&
  a.preRelease === b.preRelease && a.metadata === b.metadata;
