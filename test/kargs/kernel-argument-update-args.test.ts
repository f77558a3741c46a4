// generateKargs (MCO release-4.13 pkg/daemon/update.go): expectations follow its code, and the
// conformance vectors (test/update/conformance-vectors.test.ts) check it on 151 recorded pairs.
import { describe, expect, it } from 'vitest';
import { kernelArgumentUpdateArgs } from '../../src/kargs/kernel-argument-update-args.js';

const cases: ReadonlyArray<{ name: string; old: string[] | null; new: string[] | null; args: string[] }> = [
  { name: 'nothing to nothing', old: [], new: [], args: [] },
  { name: 'nil lists', old: null, new: null, args: [] },
  { name: 'an added argument', old: [], new: ['hugepagesz=4M'], args: ['--append=hugepagesz=4M'] },
  { name: 'a removed argument', old: ['nosmt'], new: [], args: ['--delete=nosmt'] },
  { name: 'unchanged arguments are still deleted and re-appended', old: ['nosmt'], new: ['nosmt'], args: ['--delete=nosmt', '--append=nosmt'] },
  {
    name: 'each entry is split first',
    old: ['default_hugepagesz=1G hugepagesz=1G'],
    new: ['hugepages=16\tnosmt'],
    args: ['--delete=default_hugepagesz=1G', '--delete=hugepagesz=1G', '--append=hugepages=16', '--append=nosmt'],
  },
  { name: 'duplicates are kept', old: ['a', 'a'], new: ['b b'], args: ['--delete=a', '--delete=a', '--append=b', '--append=b'] },
  { name: 'quotes are kept', old: [], new: ['foo="bar baz" x'], args: ['--append=foo="bar baz"', '--append=x'] },
  { name: 'order is kept', old: ['b', 'a'], new: ['a', 'b'], args: ['--delete=b', '--delete=a', '--append=a', '--append=b'] },
];

describe('kernelArgumentUpdateArgs', () => {
  for (const c of cases) {
    it(`${c.name}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}`, () => {
      expect(kernelArgumentUpdateArgs(c.old, c.new)).toEqual(c.args);
    });
  }
  it('does not modify its inputs', () => {
    const old = Object.freeze(['a b']);
    const next = Object.freeze(['c']);
    expect(kernelArgumentUpdateArgs(old, next)).toEqual(['--delete=a', '--delete=b', '--append=c']);
  });
});
