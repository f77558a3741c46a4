// Conformance: every vector in ../shared/conformance through the built API (dist/), compared by the
// rules of ../shared/conformance/README.md. Every vector must pass; error messages must agree on at
// least 95% of the failing vectors of each kind (the issues' bar; all visible ones agree today).
import { describe, expect, it } from 'vitest';
import { KINDS, loadApi, runVector, vectorIds, type VectorResult } from './vectors.js';

const api = await loadApi();

describe.each(KINDS)('conformance %s', (kind) => {
  const ids = vectorIds(kind);
  const results: VectorResult[] = ids.map((id) => runVector(api, kind, id));
  const passing = results.filter((r) => r.pass);
  const withMessage = results.filter((r) => r.hasMessage);
  const messagesOk = withMessage.filter((r) => r.messageMatch);
  console.log(`conformance ${kind}: ${passing.length}/${ids.length} vectors pass; error messages agree on ${messagesOk.length}/${withMessage.length}`);

  it('finds the vectors', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it('passes every vector', () => {
    expect(results.filter((r) => !r.pass).map((r) => `${r.id}: ${r.diffs.join(', ')}`)).toEqual([]);
  });

  it('agrees on error messages (at least 95%)', () => {
    const mismatches = withMessage.filter((r) => !r.messageMatch).map((r) => r.id);
    if (mismatches.length > 0) console.log(`conformance ${kind}: message mismatches: ${mismatches.join(' ')}`);
    expect(messagesOk.length).toBeGreaterThanOrEqual(Math.ceil(withMessage.length * 0.95));
  });
});
