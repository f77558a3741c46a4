import { describe, expect, it } from 'vitest';
import { kernelArgumentsToml, tomlBasicString } from '../../src/kargs/kernel-arguments-toml.js';

describe('tomlBasicString', () => {
  const table: ReadonlyArray<[string, string]> = [
    ['nosmt', '"nosmt"'],
    ['foo="bar baz"', '"foo=\\"bar baz\\""'],
    ['a\\b', '"a\\\\b"'],
    ['\b\t\n\f\r', '"\\b\\t\\n\\f\\r"'],
    ['\u0000\u001b\u007f', '"\\u0000\\u001B\\u007F"'],
    ['\u0085é€😀', '"\u0085é€😀"'],
    ['lone\ud800', '"lone\ufffd"'],
  ];
  for (const [input, out] of table) it(`${JSON.stringify(input)} → ${out}`, () => expect(tomlBasicString(input)).toBe(out));
});

describe('kernelArgumentsToml', () => {
  const table: ReadonlyArray<{ args: string[]; toml: string }> = [
    { args: [], toml: 'kargs = []\n' },
    { args: ['nosmt'], toml: 'kargs = ["nosmt"]\n' },
    { args: ['a', 'b="c d"'], toml: 'kargs = ["a", "b=\\"c d\\""]\n' },
    // Split as the node daemon splits each entry; order and duplicates kept.
    { args: ['default_hugepagesz=1G hugepagesz=1G', 'nosmt', 'nosmt'], toml: 'kargs = ["default_hugepagesz=1G", "hugepagesz=1G", "nosmt", "nosmt"]\n' },
    // An argument that trims to nothing is dropped.
    { args: ['a \u00a0 b'], toml: 'kargs = ["a", "b"]\n' },
  ];
  for (const { args, toml } of table) {
    it(`${JSON.stringify(args)} → ${JSON.stringify(toml)}`, () => expect(kernelArgumentsToml(args)).toBe(toml));
  }

  it('adds match-architectures when asked', () => {
    expect(kernelArgumentsToml(['console=ttyS0,115200n8'], { matchArchitectures: ['x86_64', 'aarch64'] })).toBe(
      'kargs = ["console=ttyS0,115200n8"]\nmatch-architectures = ["x86_64", "aarch64"]\n',
    );
  });

  it('rejects bad input with RenderError INVALID_INPUT', () => {
    expect(() => kernelArgumentsToml('nosmt' as unknown as string[])).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => kernelArgumentsToml(['a'], { matchArchitectures: [1] as unknown as string[] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
