// Conformance of the seed-prototype reproduction against ../shared/conformance/layering: every vector's
// Dockerfile byte for byte, its machine-config-ignition.json as JSON with empty objects removed (and, on
// top, byte for byte), and its error message with Go's ", line N col M" positions removed.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { renderPrototypeBuild } from '../../src/dockerfile/prototype/render-prototype-build.js';

const dir = new URL('../../../shared/conformance/layering/', import.meta.url);
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.input.json'))
  .map((f) => f.slice(0, -'.input.json'.length))
  .sort();

interface Expected {
  ignitionFile?: string;
  dockerfile?: string;
  error?: string;
}

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

/** Empty objects carry no meaning in Go's output (`"proxy": {}`): drop them, bottom up. */
function withoutEmptyObjects(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutEmptyObjects);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const c = withoutEmptyObjects(x);
    if (typeof c === 'object' && c !== null && !Array.isArray(c) && Object.keys(c).length === 0) continue;
    out[k] = c;
  }
  return out;
}

const stripPositions = (m: string): string => m.replace(/, line \d+ col \d+/g, '');

describe('layering prototype conformance', () => {
  it('has the visible vectors', () => {
    expect(ids.length).toBeGreaterThanOrEqual(225);
  });

  for (const id of ids) {
    const input = read(`${id}.input.json`) as { pool: string; spec: unknown };
    const expected = read(`${id}.expected.json`) as Expected;
    if (expected.error !== undefined) {
      it(`${id}: error`, () => {
        let err: unknown;
        try {
          renderPrototypeBuild(input.pool, input.spec);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(RenderError);
        expect((err as RenderError).stage).toBe('layer');
        expect(stripPositions((err as RenderError).message)).toBe(stripPositions(expected.error!));
      });
    } else {
      it(`${id}: dockerfile and ignition`, () => {
        const build = renderPrototypeBuild(input.pool, input.spec);
        expect(build.dockerfile).toBe(expected.dockerfile);
        expect(withoutEmptyObjects(build.ignition)).toEqual(withoutEmptyObjects(JSON.parse(expected.ignitionFile!)));
        expect(build.ignitionJson).toBe(expected.ignitionFile);
      });
    }
  }
});
