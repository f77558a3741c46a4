// Conformance: every vector in ../shared/conformance through the built API (dist/).
// While not every vector passes, test/conformance/ratchet.json lists those that do: any of them failing
// is a regression and fails the suite. `npm run ratchet` rewrites the list from the current build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS, loadApi, runVector, vectorIds, type Kind, type VectorResult } from './vectors.js';

const ratchet = JSON.parse(readFileSync(new URL('./ratchet.json', import.meta.url), 'utf8')) as Record<Kind, string[] | 'all'>;
const api = await loadApi();

describe.each(KINDS)('conformance %s', (kind) => {
  const ids = vectorIds(kind);
  const results = new Map<string, VectorResult>(ids.map((id) => [id, runVector(api, kind, id)]));
  const passing = [...results.values()].filter((r) => r.pass);
  const withMessage = [...results.values()].filter((r) => r.hasMessage);
  const messagesOk = withMessage.filter((r) => r.messageMatch);
  console.log(
    `conformance ${kind}: ${passing.length}/${ids.length} vectors pass; error messages agree on ${messagesOk.length}/${withMessage.length}`,
  );

  it('finds the vectors', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  const required = ratchet[kind] === 'all' ? ids : ratchet[kind];
  it(`keeps the ${required.length} vectors in the ratchet passing`, () => {
    const regressions = required
      .filter((id) => !results.get(id)?.pass)
      .map((id) => `${id}: ${results.get(id)?.diffs.join(', ') ?? 'vector missing'}`);
    expect(regressions).toEqual([]);
  });
});
