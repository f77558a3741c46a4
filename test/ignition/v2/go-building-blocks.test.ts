// The Go building blocks the spec 2 path uses (src/ignition/go/, shared with the 3.x path) against
// Go's own results (Go 1.19.8 with MCO 4.13's vendored go-semver, go-systemd, dataurl): see
// test/fixtures/ignition-v2/README.md. `unit` is the older go-systemd copy ignition v0.35.0 uses,
// `unit22` v22.5.0.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeStdBase64 } from '../../../src/ignition/go/base64.js';
import { decodeDataURL } from '../../../src/ignition/go/dataurl.js';
import { clean as goPathClean, join as goPathJoin } from '../../../src/ignition/go/path.js';
import { parseURL, urlString } from '../../../src/ignition/go/url.js';
import { parseSemver, semver, semverLess } from '../../../src/ignition/go/semver.js';
import { deserializeUnit } from '../../../src/ignition/go/systemd-unit.js';

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
    const r = parseURL(g.input);
    if (g.error !== undefined) {
      expect(r.ok).toBe(false);
      // Go quotes the first 3 bytes of a bad escape, which may split a UTF-8 sequence (Ignition only
      // looks at the failure): the text is compared for ASCII inputs.
      if (!r.ok && /^[\x00-\x7f]*$/.test(g.input)) expect(r.error).toBe(g.error);
      return;
    }
    expect(r.ok).toBe(true);
    const u = r.ok ? r.url : undefined;
    expect([u!.scheme, u!.opaque, u!.host, u!.path, u!.rawQuery, u!.fragment, urlString(u!)].join('|')).toBe(g.output);
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
    const r = decodeStdBase64(g.input, false);
    expect(r.ok ? undefined : r.error).toBe(g.error);
  });
});

describe('dataurl.DecodeString', () => {
  it.each(byKind('dataurl'))('%s', (_n, g) => {
    const r = decodeDataURL(g.input, false);
    expect(r.ok ? undefined : r.error).toBe(g.error);
  });
});

describe('go-systemd unit.Deserialize', () => {
  it.each([...byKind('unit'), ...byKind('unit22')])('%s', (_n, g) => {
    const r = deserializeUnit(g.input, g.kind === 'unit22');
    expect(r.ok ? undefined : r.error).toBe(g.error);
    // On error Go returns the options lexed so far; Ignition discards them, and so do the goldens' users.
    if (r.ok) expect(r.options.map((o) => `${o.section}|${o.name}|${o.value}`)).toEqual(g.options ?? []);
  });
});

describe('go-semver NewVersion', () => {
  it.each(byKind('semver'))('%s', (_n, g) => {
    const v = parseSemver(g.input);
    if (g.error !== undefined) {
      expect(v).toBeNull();
      return;
    }
    expect(v).not.toBeNull();
    expect(`${v!.major}|${v!.minor}|${v!.patch}|${v!.preRelease}|${v!.metadata}|less2.2=${semverLess(v!, semver(2, 2))}`).toBe(g.output);
  });
});
