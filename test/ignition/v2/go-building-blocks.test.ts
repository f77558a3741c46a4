// Go building blocks of the spec 2 port against Go's own results (Go 1.19.8 with MCO 4.13's vendored
// go-semver, go-systemd, dataurl): see test/fixtures/ignition-v2/README.md.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goBase64Error, dataURLError } from '../../../src/ignition/v2/dataurl.js';
import { goPathClean, goPathJoin } from '../../../src/ignition/v2/go-path.js';
import { goURLString, parseGoURL } from '../../../src/ignition/v2/go-url.js';
import { parseSemver, semver, semverLess } from '../../../src/ignition/v2/semver.js';
import { deserializeUnit } from '../../../src/ignition/v2/systemd-unit.js';

interface UnitGolden {
  kind: 'url' | 'pathclean' | 'base64' | 'dataurl' | 'unit' | 'unit22' | 'semver';
  input: string;
  error?: string;
  output?: string;
  options?: string[];
}

const goldens = JSON.parse(
  readFileSync(new URL('../../fixtures/ignition-v2/building-blocks.json', import.meta.url), 'utf8'),
) as UnitGolden[];

const byKind = (k: UnitGolden['kind']): Array<[string, UnitGolden]> =>
  goldens.filter((g) => g.kind === k).map((g) => [JSON.stringify(g.input).slice(0, 60), g]);

describe('net/url.Parse (Go 1.19)', () => {
  it.each(byKind('url'))('%s', (_n, g) => {
    const u = parseGoURL(g.input);
    if (g.error !== undefined) {
      expect(u).toBeUndefined();
      return;
    }
    expect(u).toBeDefined();
    expect([u!.scheme, u!.opaque, u!.host, u!.path, u!.rawQuery, u!.fragment, goURLString(u!)].join('|')).toBe(g.output);
  });
});

describe('path.Clean', () => {
  it.each(byKind('pathclean'))('%s', (_n, g) => {
    expect(goPathClean(g.input)).toBe(g.output);
  });
  it.each([
    [['/', '', 'etc/x'], '/etc/x'],
    [['', '/etc//x/'], '/etc/x'],
    [['', ''], ''],
    [['/', '/', 'a/../../b'], '/b'],
  ] as const)('Join(%j) = %s', (elems, want) => {
    expect(goPathJoin(...elems)).toBe(want);
  });
});

describe('encoding/base64 StdEncoding.DecodeString', () => {
  it.each(byKind('base64'))('%s', (_n, g) => {
    expect(goBase64Error(g.input)).toBe(g.error);
  });
});

describe('dataurl.DecodeString', () => {
  it.each(byKind('dataurl'))('%s', (_n, g) => {
    expect(dataURLError(g.input)).toBe(g.error);
  });
});

describe('go-systemd unit.Deserialize', () => {
  it.each([...byKind('unit'), ...byKind('unit22')])('%s', (_n, g) => {
    const r = deserializeUnit(g.input, g.kind === 'unit22');
    expect(r.error).toBe(g.error);
    // On error Go returns the options lexed so far; Ignition discards them, and so do the goldens' users.
    if (g.error === undefined) {
      expect(r.options.map((o) => `${o.section}|${o.name}|${o.value}`)).toEqual(g.options ?? []);
    }
  });
});

describe('go-semver NewVersion', () => {
  it.each(byKind('semver'))('%s', (_n, g) => {
    const v = parseSemver(g.input);
    if (g.error !== undefined) {
      expect(v).toBeUndefined();
      return;
    }
    expect(v).toBeDefined();
    expect(`${v!.major}|${v!.minor}|${v!.patch}|${v!.preRelease}|${v!.metadata}|less2.2=${semverLess(v!, semver(2, 2))}`).toBe(g.output);
  });
});
