// The Go behaviours src/ignition/go/ reproduces, against Go's own answers
// (test/fixtures/ignition/go-compat.golden.json, produced by a small Go program (not committed) with Go 1.19.8 and the
// libraries MCO 4.13 vendors).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeStdBase64 } from '../../src/ignition/go/base64.js';
import { decodeDataURL } from '../../src/ignition/go/dataurl.js';
import { checkValid } from '../../src/ignition/go/json-scanner.js';
import { clean } from '../../src/ignition/go/path.js';
import { parseSemver } from '../../src/ignition/go/semver.js';
import { deserializeUnit } from '../../src/ignition/go/systemd-unit.js';
import { parseURL } from '../../src/ignition/go/url.js';
import { utf8Decode, utf8Encode } from '../../src/ignition/go/utf8.js';

type Rec = Record<string, unknown> & { in: string };
const golden = JSON.parse(readFileSync(new URL('../fixtures/ignition/go-compat.golden.json', import.meta.url), 'utf8')) as Record<string, Rec[]>;
// Go wrote invalid UTF-8 inputs as U+FFFD; those cases cannot be replayed from JSON.
const table = (k: string): Array<[string, Rec]> =>
  golden[k]!.filter((r) => !r.in.includes('\ufffd')).map((r) => [JSON.stringify(r.in).slice(0, 60), r]);

describe('encoding/json checkValid', () => {
  it.each(table('json'))('%s', (_n, r) => {
    const e = checkValid(utf8Encode(r.in));
    expect(e === null ? {} : { err: e.message, offset: e.offset }).toEqual(
      r['err'] === undefined ? {} : { err: r['err'], offset: r['offset'] },
    );
  });
});

describe('encoding/base64 StdEncoding.DecodeString', () => {
  it.each(table('base64'))('%s', (_n, r) => {
    const res = decodeStdBase64(r.in);
    if (r['err'] === undefined) expect(res.ok).toBe(true);
    else expect(res.ok ? undefined : res.error).toBe(r['err']);
    if (res.ok) expect(utf8Decode(res.data)).toBe(r['out']);
  });
});

describe('vincent-petithory/dataurl DecodeString', () => {
  it.each(table('dataurl'))('%s', (_n, r) => {
    const res = decodeDataURL(r.in);
    if (r['err'] !== undefined) expect(res.ok ? 'ok' : res.error).toBe(r['err']);
    else {
      expect(res.ok).toBe(true);
      if (res.ok) expect([`${res.value.type}/${res.value.subtype}`, utf8Decode(res.value.data)]).toEqual([r['type'], r['data']]);
    }
  });
});

describe('net/url Parse', () => {
  it.each(table('url'))('%s', (_n, r) => {
    const res = parseURL(r.in);
    if (r['err'] !== undefined) expect(res.ok ? 'ok' : res.error).toBe(r['err']);
    else {
      expect(res.ok).toBe(true);
      if (res.ok) {
        expect({ scheme: res.url.scheme, opaque: res.url.opaque, rawQuery: res.url.rawQuery, host: res.url.host })
          .toEqual({ scheme: r['scheme'], opaque: r['opaque'], rawQuery: r['rawQuery'], host: r['host'] });
      }
    }
  });
});

describe('go-semver NewVersion', () => {
  it.each(table('semver'))('%s', (_n, r) => {
    const v = parseSemver(r.in);
    if (r['err'] === true) expect(v).toBeNull();
    else expect(v === null ? null : `${v.major}.${v.minor}.${v.patch}|${v.preRelease}|${v.metadata}`).toBe(r['v']);
  });
});

describe('go-systemd unit.Deserialize', () => {
  it.each(table('unit'))('%s', (_n, r) => {
    const res = deserializeUnit(r.in);
    if (r['err'] !== undefined) expect(res.ok ? 'ok' : res.error).toBe(r['err']);
    else expect(res.ok ? res.options.map((o) => `${o.section}|${o.name}|${o.value}`) : res.error).toEqual(r['options']);
  });
});

describe('path.Clean', () => {
  it.each(table('clean'))('%s', (_n, r) => expect(clean(r.in)).toBe(r['out']));
});
