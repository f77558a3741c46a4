// CalculateConfigFileDiffs compares files with Go's reflect.DeepEqual over ignition v3_2 types.File:
// pointer fields distinguish nil from a zero value, value structs do not, slices distinguish nil from empty.
import { describe, expect, it } from 'vitest';
import type { File, IgnitionConfig } from '../../src/ignition/types.js';
import { calculateConfigFileDiffs } from '../../src/update/file-diffs.js';

const ign = (...files: unknown[]): IgnitionConfig => ({ ignition: { version: '3.2.0' }, storage: { files: files as File[] } });
const f = (extra: Record<string, unknown> = {}) => ({ path: '/etc/a', contents: { source: 'data:,a' }, ...extra });

const table: ReadonlyArray<{ name: string; old: unknown[]; new: unknown[]; diffs: string[] }> = [
  { name: 'same file', old: [f()], new: [f()], diffs: [] },
  { name: 'added', old: [], new: [f()], diffs: ['/etc/a'] },
  { name: 'removed', old: [f()], new: [], diffs: ['/etc/a'] },
  { name: 'contents changed', old: [f()], new: [f({ contents: { source: 'data:,b' } })], diffs: ['/etc/a'] },
  { name: 'overwrite false vs nil (pointer)', old: [f()], new: [f({ overwrite: false })], diffs: ['/etc/a'] },
  { name: 'mode set vs nil', old: [f()], new: [f({ mode: 420 })], diffs: ['/etc/a'] },
  { name: 'empty user/verification structs vs absent (value structs)', old: [f({ user: {}, contents: { source: 'data:,a', verification: {} } })], new: [f()], diffs: [] },
  { name: 'empty append list vs nil (slice)', old: [f()], new: [f({ append: [] })], diffs: ['/etc/a'] },
  { name: 'unknown fields are ignored', old: [f({ extra: 1 })], new: [f()], diffs: [] },
  { name: 'later duplicate wins', old: [f(), f({ contents: { source: 'data:,b' } })], new: [f({ contents: { source: 'data:,b' } })], diffs: [] },
  { name: 'sorted output', old: [{ path: '/z' }, { path: '/b' }], new: [{ path: '/a' }], diffs: ['/a', '/b', '/z'] },
];

describe('calculateConfigFileDiffs', () => {
  for (const c of table) it(`${c.name} → ${JSON.stringify(c.diffs)}`, () => expect(calculateConfigFileDiffs(ign(...c.old), ign(...c.new))).toEqual(c.diffs));
  it('handles configs without storage', () => {
    expect(calculateConfigFileDiffs({ ignition: { version: '3.2.0' } }, ign({ path: '/x' }))).toEqual(['/x']);
  });
});
