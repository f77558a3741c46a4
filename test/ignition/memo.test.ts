// The bounded string memo behind Ignition's repeated checks (src/ignition/go/memo.ts): it must return
// exactly what the function returns, call it once per string while the string is recent, and stay
// within its limits (two generations of at most `entries` strings / `chars` UTF-16 units each).
import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/ignition/go/memo.js';

function counted<T extends NonNullable<unknown> | null>(fn: (s: string) => T) {
  const calls: string[] = [];
  const memo = (limits?: Parameters<typeof memoize>[1]) =>
    memoize((s: string) => {
      calls.push(s);
      return fn(s);
    }, limits);
  return { calls, memo };
}

describe('memoize', () => {
  it('returns what the function returns, computing each string once', () => {
    const { calls, memo } = counted((s) => ({ upper: s.toUpperCase() }));
    const f = memo();
    const a = f('a');
    expect(a).toEqual({ upper: 'A' });
    expect(f('a')).toBe(a);
    expect(f('b')).toEqual({ upper: 'B' });
    expect(calls).toEqual(['a', 'b']);
  });

  it('remembers null results', () => {
    const { calls, memo } = counted(() => null);
    const f = memo();
    expect(f('x')).toBeNull();
    expect(f('x')).toBeNull();
    expect(calls).toEqual(['x']);
  });

  const turnover: Array<{ name: string; limits: { entries?: number; chars?: number }; seq: string[]; computed: string[] }> = [
    // young {a,b} is full at c: it becomes old; a is found there (not recomputed) and moves to the new young
    { name: 'by entries: a string of the previous generation is not recomputed', limits: { entries: 2 }, seq: ['a', 'b', 'c', 'a'], computed: ['a', 'b', 'c'] },
    // …but two turnovers later it is gone
    { name: 'by entries: older strings are forgotten', limits: { entries: 2 }, seq: ['a', 'b', 'c', 'd', 'e', 'a'], computed: ['a', 'b', 'c', 'd', 'e', 'a'] },
    { name: 'by key length', limits: { chars: 4 }, seq: ['aa', 'bb', 'cc', 'dd', 'ee', 'aa', 'ee'], computed: ['aa', 'bb', 'cc', 'dd', 'ee', 'aa'] },
  ];
  it.each(turnover)('turnover $name', ({ limits, seq, computed }) => {
    const { calls, memo } = counted((s) => s.length);
    const f = memo(limits);
    for (const s of seq) expect(f(s)).toBe(s.length);
    expect(calls).toEqual(computed);
  });
});
