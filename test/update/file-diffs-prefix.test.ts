// planUpdate tells calculateConfigFileDiffs how many leading files it already found equal; the
// answer must be the one of comparing everything.
import { describe, expect, it } from 'vitest';
import { planUpdate } from '../../src/index.js';
import type { MachineConfig } from '../../src/index.js';

const rendered = (files: Array<[string, string]>): MachineConfig =>
  ({
    metadata: { name: 'rendered-worker-x' },
    spec: {
      config: { ignition: { version: '3.2.0' }, storage: { files: files.map(([path, data]) => ({ path, contents: { source: `data:,${data}` }, mode: 420, overwrite: true })) } },
    },
  }) as MachineConfig;

const changed = (a: MachineConfig, b: MachineConfig): string[] => {
  const p = planUpdate(a, b, { nodeFips: null });
  if (!p.reconcilable) throw new Error(p.reason);
  return p.changedFiles;
};

describe('changed files with a known-equal prefix', () => {
  const base: Array<[string, string]> = Array.from({ length: 6 }, (_, i) => [`/etc/f${i}`, `v${i}`]);
  it.each<[string, Array<[string, string]>, string[]]>([
    ['identical', base, []],
    ['last file changed', [...base.slice(0, 5), ['/etc/f5', 'x']], ['/etc/f5']],
    ['first file changed', [['/etc/f0', 'x'], ...base.slice(1)], ['/etc/f0']],
    ['reordered, nothing changed', [...base].reverse(), []],
    ['reordered and one changed', [['/etc/f5', 'v5'], ['/etc/f4', 'x'], ...base.slice(0, 4)], ['/etc/f4']],
    ['one removed, one added', [...base.slice(0, 5), ['/etc/g', 'v']], ['/etc/f5', '/etc/g']],
  ])('%s', (_label, next, expected) => {
    expect(changed(rendered(base), rendered(next))).toEqual(expected);
  });
});
