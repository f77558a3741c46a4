// Golden cases produced by MCO release-4.13's own code (IgnParseWrapper, ValidateIgnition,
// removeIgnDuplicateFilesUnitsUsers, ParseAndConvertConfig) — see test/fixtures/ignition-v2/README.md.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../../src/errors.js';
import {
  ign2ValidationError, ign2ToIgnition3, removeIgnDuplicateFilesUnitsUsers, tryParseIgn2,
} from '../../../src/ignition/v2/index.js';

interface Expected {
  parseKind?: string;
  parseError?: string;
  parsed?: unknown;
  validateError?: string;
  dedupeError?: string;
  deduped?: unknown;
  convertError?: string;
  converted?: unknown;
  panic?: string;
}

interface Case {
  name: string;
  raw?: unknown;
  text?: string;
  expected: Expected;
}

const load = (name: string): Case[] =>
  JSON.parse(readFileSync(new URL(`../../fixtures/ignition-v2/${name}`, import.meta.url), 'utf8')) as Case[];

// Crafted cases plus the render vectors' 2.x configs, then a sample of seeded random configs.
const cases = [...load('golden.json'), ...load('fuzz.json')];

/**
 * Go's json.Marshal of the 2.2 structs prints zero structs as {} and omits empty lists (omitempty);
 * our values keep non-nil empty lists and leave zero structs out: compare without either.
 */
function prune(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(prune);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const p = prune(x);
    if (Array.isArray(p) && p.length === 0) continue;
    if (typeof p === 'object' && p !== null && !Array.isArray(p) && Object.keys(p).length === 0) continue;
    out[k] = p;
  }
  return out;
}

// Failures decided by Ignition 3.4's version probe before the v2 parser runs (the 3.x wrapper's job).
const isV3Error = (e: Expected): boolean =>
  e.parseError !== undefined &&
  (e.parseError.startsWith('parsing Ignition config failed: invalid version') || e.parseError.startsWith('parsing Ignition config spec v3'));

const input = (c: Case): unknown => (c.text !== undefined ? c.text : c.raw);
const v2Cases = cases.filter((c) => c.expected.parseKind !== 'v3' && !isV3Error(c.expected));

describe('golden cases from MCO 4.13', () => {
  it('has the cases it expects', () => {
    expect(cases.length).toBeGreaterThan(1000);
    expect(v2Cases.length).toBeGreaterThan(1000);
  });

  describe.each(v2Cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const e = c.expected;
    const parsed = tryParseIgn2(input(c));

    it('parses as IgnParseWrapper does', () => {
      if (e.panic !== undefined) {
        // Go panics (MCO's controller would crash); we fail with the panic's text.
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.message).toBe(e.panic);
      } else if (e.parseError !== undefined) {
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.message).toBe(e.parseError);
      } else {
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(prune(parsed.config)).toEqual(prune(e.parsed));
      }
    });

    if (e.parseError !== undefined || e.panic !== undefined || !parsed.ok) return;
    const config = parsed.config;

    it('validates as ValidateIgnition does', () => {
      expect(ign2ValidationError(config)).toBe(e.validateError);
    });

    it('dedupes as removeIgnDuplicateFilesUnitsUsers does', () => {
      if (e.dedupeError !== undefined) {
        expect(() => removeIgnDuplicateFilesUnitsUsers(config)).toThrow(e.dedupeError);
      } else {
        expect(prune(removeIgnDuplicateFilesUnitsUsers(config))).toEqual(prune(e.deduped));
      }
    });

    it('converts as ParseAndConvertConfig does', () => {
      if (e.convertError !== undefined) {
        let err: unknown;
        try {
          ign2ToIgnition3(config);
        } catch (x) {
          err = x;
        }
        expect(err).toBeInstanceOf(RenderError);
        expect((err as RenderError).message).toBe(e.convertError);
        expect((err as RenderError).stage).toBe('merge');
      } else {
        expect(ign2ToIgnition3(config)).toEqual(e.converted);
      }
    });
  });
});
