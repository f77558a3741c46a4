// Expected splits were produced by MCO release-4.13's parseKernelArguments (the daemon oracle,
// ../shared/oracle/daemon_oracle_test.go.txt) for these exact lines.
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { goTrimSpace, parseKernelArguments, splitKernelArguments } from '../../src/kargs/split-kernel-arguments.js';

const cases: ReadonlyArray<{ line: string; split: string[] }> = [
  { line: '', split: [] },
  { line: '   ', split: [] },
  { line: 'nosmt', split: ['nosmt'] },
  { line: 'A=B=C \n systemd.unified_cgroup_hierarchy=1', split: ['A=B=C', 'systemd.unified_cgroup_hierarchy=1'] },
  { line: 'nosmt\t  spaced   out  \tintel_iommu=on', split: ['nosmt', 'spaced', 'out', 'intel_iommu=on'] },
  { line: '\u000bv\ff\rr', split: ['v', 'f', 'r'] },
  { line: 'foo="bar baz"\tnosmt', split: ['foo="bar baz"', 'nosmt'] },
  { line: 'x="a b"c d', split: ['x="a b"c', 'd'] },
  { line: 'a"b c"d e', split: ['a"b c"d', 'e'] },
  { line: '"quoted start" =y', split: ['"quoted start"', '=y'] },
  { line: 'q="unterminated  console=ttyS0,115200n8', split: ['q="unterminated  console=ttyS0,115200n8'] },
  // A backslash does not escape a quote (kernel lib/cmdline.c next_arg).
  { line: 'a="x\\" y" z', split: ['a="x\\"', 'y" z'] },
  { line: '"', split: ['"'] },
  { line: '""', split: ['""'] },
  { line: 'a"" ""b', split: ['a""', '""b'] },
  { line: 'x= \n x=', split: ['x=', 'x='] },
  { line: 'intel_iommu=on\tintel_iommu=on', split: ['intel_iommu=on', 'intel_iommu=on'] },
  // Unicode spaces do not split, but strings.TrimSpace trims them (and may leave an empty argument).
  { line: 'x\u00a0y', split: ['x\u00a0y'] },
  { line: '\u00a0', split: [''] },
  { line: 'a \u00a0 b', split: ['a', '', 'b'] },
  { line: '\u0085x y\u0085', split: ['x', 'y'] },
  { line: '\u2003lead trail\u2003', split: ['lead', 'trail'] },
  { line: '\u3000', split: [''] },
  { line: 'q\u2028', split: ['q'] },
  // U+FEFF is not a Go space (JS trim() would strip it).
  { line: '\ufeffz', split: ['\ufeffz'] },
];

describe('splitKernelArguments', () => {
  for (const { line, split } of cases) {
    it(`${JSON.stringify(line)} → ${JSON.stringify(split)}`, () => {
      expect(splitKernelArguments(line)).toEqual(split);
    });
  }

  it('rejects a non-string with RenderError INVALID_INPUT', () => {
    expect(() => splitKernelArguments(42 as unknown as string)).toThrow(RenderError);
    expect(() => splitKernelArguments(null as unknown as string)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('parseKernelArguments', () => {
  it('splits every line in order and keeps duplicates', () => {
    expect(parseKernelArguments(['a b', 'a', 'c="d e"'])).toEqual(['a', 'b', 'a', 'c="d e"']);
  });
  it('treats a missing list as empty and a null entry as the empty line', () => {
    expect(parseKernelArguments(undefined)).toEqual([]);
    expect(parseKernelArguments(null)).toEqual([]);
    expect(parseKernelArguments([null, 'a'])).toEqual(['a']);
  });
  it('rejects a non-list', () => {
    expect(() => parseKernelArguments('a b' as unknown as string[])).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('goTrimSpace', () => {
  const table: ReadonlyArray<[string, string]> = [
    [' \t\n\v\f\r a \r', 'a'], ['\u0085a\u00a0', 'a'], ['\ufeffa\ufeff', '\ufeffa\ufeff'], ['\u200ba', '\u200ba'], ['\u205fa\u3000', 'a'],
  ];
  for (const [input, out] of table) it(`${JSON.stringify(input)} → ${JSON.stringify(out)}`, () => expect(goTrimSpace(input)).toBe(out));
});
