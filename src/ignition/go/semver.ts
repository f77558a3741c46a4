/**
 * Version strings as Ignition reads `ignition.version`.
 *
 * Mirrors github.com/coreos/go-semver v0.3.1 semver/semver.go `NewVersion` (`Version.Set`): metadata
 * after `+`, pre-release after `-`, exactly three dot-separated `strconv.ParseInt` numbers (so `+3`,
 * `03` and `-0` are accepted). Two versions are the same Ignition spec only if all five parts match.
 * Also `Compare` / `LessThan` (numeric triple, then pre-release identifiers; metadata ignored), which
 * the spec 2.x parsers use to fall back to older specs.
 */

import { memoize } from './memo.js';
import { parseInt64 } from './strconv.js';

export interface SemVer {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
  readonly preRelease: string;
  readonly metadata: string;
}

const IDENTIFIER = /^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;

const splitOff = (s: string, delim: string): [string, string] => {
  const i = s.indexOf(delim);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
};

/** semver.NewVersion; null on error. Memoized (every config's version is read several times); results are shared. */
export const parseSemver = memoize(newVersion, { entries: 256, chars: 64 * 1024 });

function newVersion(version: string): SemVer | null {
  const [v1, metadata] = splitOff(version, '+');
  const [v2, preRelease] = splitOff(v1, '-');
  // strings.SplitN(version, ".", 3) must give exactly 3 parts
  const first = v2.indexOf('.');
  if (first < 0) return null;
  const second = v2.indexOf('.', first + 1);
  if (second < 0) return null;
  const parts = [v2.slice(0, first), v2.slice(first + 1, second), v2.slice(second + 1)];
  if (preRelease !== '' && !IDENTIFIER.test(preRelease)) return null;
  if (metadata !== '' && !IDENTIFIER.test(metadata)) return null;
  const nums = parts.map(parseInt64);
  if (nums.some((n) => n === null)) return null;
  return { major: nums[0]!, minor: nums[1]!, patch: nums[2]!, preRelease, metadata };
}

/** `*version == types.MaxVersion` for MaxVersion 3.<minor>.0. */
export const isSpec = (v: SemVer, minor: number): boolean =>
  v.major === 3n && v.minor === BigInt(minor) && v.patch === 0n && v.preRelease === '' && v.metadata === '';

/** A `major.minor.0` version. */
export const semver = (major: number, minor: number): SemVer => ({
  major: BigInt(major), minor: BigInt(minor), patch: 0n, preRelease: '', metadata: '',
});

function comparePreRelease(a: string[], b: string[]): number {
  for (let i = 0; ; i++) {
    if (i >= a.length) return i < b.length ? -1 : 0;
    if (i >= b.length) return 1;
    const x = a[i]!;
    const y = b[i]!;
    // strconv.Atoi (int64 range on 64-bit platforms): numeric identifiers sort first, by value.
    const xi = parseInt64(x);
    const yi = parseInt64(y);
    if (xi !== null && yi === null) return -1;
    if (xi === null && yi !== null) return 1;
    if (xi !== null && yi !== null) {
      if (xi > yi) return 1;
      if (xi < yi) return -1;
    }
    // Go string comparison is bytewise; these identifiers are ASCII.
    if (x > y) return 1;
    if (x < y) return -1;
  }
}

/** `Version.Compare` */
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
