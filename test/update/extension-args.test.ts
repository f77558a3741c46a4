import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/extensions/catalogs/4.13.js';
import { appliesExtensions, extensionUpdateArgs, invalidExtensionsMessage } from '../../src/update/extension-args.js';

const table = catalog.extensions;

describe('extensionUpdateArgs (generateExtensionsArgs)', () => {
  const cases: ReadonlyArray<{ old: string[]; new: string[]; os: 'rhcos' | 'fcos'; args: string[] }> = [
    { old: [], new: [], os: 'rhcos', args: ['update'] },
    { old: [], new: ['kernel-devel'], os: 'rhcos', args: ['update', '--install', 'kernel-devel', '--install', 'kernel-headers'] },
    { old: ['sandboxed-containers'], new: [], os: 'rhcos', args: ['update', '--uninstall', 'kata-containers'] },
    { old: ['usbguard', 'usbguard'], new: ['usbguard'], os: 'rhcos', args: ['update'] },
    { old: [], new: ['usbguard', 'kerberos', 'kerberos'], os: 'rhcos', args: ['update', '--install', 'krb5-workstation', '--install', 'libkadm5', '--install', 'usbguard'] },
    { old: ['kerberos'], new: ['foo'], os: 'rhcos', args: ['update', '--uninstall', 'krb5-workstation', '--uninstall', 'libkadm5'] },
    { old: ['kerberos'], new: ['foo'], os: 'fcos', args: ['update', '--install', 'foo', '--uninstall', 'kerberos'] },
    { old: [], new: ['__proto__', 'constructor'], os: 'rhcos', args: ['update'] },
  ];
  for (const c of cases) {
    it(`${c.os}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}`, () => expect(extensionUpdateArgs(c.old, c.new, c.os, table)).toEqual(c.args));
  }
});

describe('invalidExtensionsMessage (validateExtensions)', () => {
  it('lists unknown extensions in order, duplicates kept, as Go prints a []string', () => {
    expect(invalidExtensionsMessage(['foo', 'usbguard', 'bar', 'foo'], table)).toBe('invalid extensions found: [foo bar foo]');
  });
  it('is undefined when every extension is known', () => expect(invalidExtensionsMessage(['usbguard'], table)).toBeUndefined());
  it('does not treat prototype names as known', () => expect(invalidExtensionsMessage(['toString'], table)).toBe('invalid extensions found: [toString]'));
});

describe('appliesExtensions (applyExtensions skip rule)', () => {
  const cases: ReadonlyArray<[string[] | null, string[] | null, boolean, boolean]> = [
    [null, [], true, false],
    [['a'], ['a'], false, false],
    [['a'], ['a'], true, true],
    [['a'], ['b'], false, true],
    [[], ['a'], false, true],
  ];
  for (const [o, n, osChanged, applies] of cases) {
    it(`${JSON.stringify(o)} → ${JSON.stringify(n)}, OS image changed: ${osChanged} → ${applies}`, () => expect(appliesExtensions(o, n, osChanged)).toBe(applies));
  }
});
