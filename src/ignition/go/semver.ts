/**
 * Version strings as Ignition reads `ignition.version`.
 *
 * Mirrors github.com/coreos/go-semver v0.3.1 semver/semver.go `NewVersion` (`Version.Set`): metadata
 * after `+`, pre-release after `-`, exactly three dot-separated `strconv.ParseInt` numbers (so `+3`,
 * `03` and `-0` are accepted). Two versions are the same Ignition spec only if all five parts match.
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
