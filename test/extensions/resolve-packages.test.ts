import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { extensionCatalogs } from '../../src/extensions/extension-catalogs.js';
import { resolvePackages } from '../../src/extensions/resolve-packages.js';
import type { ExtensionCatalog } from '../../src/extensions/catalog.js';

const DEFAULT_KERNEL = ['kernel', 'kernel-core', 'kernel-modules', 'kernel-modules-core', 'kernel-modules-extra'];
const RT_KERNEL = ['kernel-rt-core', 'kernel-rt-modules', 'kernel-rt-modules-extra', 'kernel-rt-kvm'];
const K64_KERNEL = ['kernel-64k-core', 'kernel-64k-modules', 'kernel-64k-modules-core', 'kernel-64k-modules-extra'];
const NONE = { install: [], remove: [] };

const cases = [
  { extensions: undefined, kernelType: undefined, packages: [], kernel: NONE },
  { extensions: null, kernelType: '', packages: [], kernel: NONE },
  { extensions: [], kernelType: 'default', packages: [], kernel: NONE },
  { extensions: ['usbguard'], kernelType: 'default', packages: ['usbguard'], kernel: NONE },
  {
    extensions: ['kerberos', 'usbguard', 'kerberos'],
    kernelType: 'realtime',
    packages: ['krb5-workstation', 'libkadm5', 'usbguard'],
    kernel: { install: RT_KERNEL, remove: DEFAULT_KERNEL },
  },
  {
    extensions: ['sandboxed-containers', 'kernel-devel'],
    kernelType: undefined,
    packages: ['kata-containers', 'kernel-devel', 'kernel-headers'],
    kernel: NONE,
  },
] as const;

describe('resolvePackages (4.13 catalog)', () => {
  for (const c of cases) {
    it(`${JSON.stringify(c.extensions)} + kernelType ${JSON.stringify(c.kernelType)} → ${c.packages.join(' ') || '(none)'}`, () => {
      const r = resolvePackages({ extensions: c.extensions as string[] | null | undefined, kernelType: c.kernelType });
      expect(r.packages).toEqual(c.packages);
      expect(r.extensions).toEqual([...new Set(c.extensions ?? [])]);
      expect(r.kernelPackages).toEqual(c.kernel);
    });
  }

  const failures = [
    { extensions: ['foo'], code: 'UNSUPPORTED_EXTENSION', message: 'invalid extensions found: [foo]' },
    { extensions: ['usbguard', 'b a', 'ipsec', 'b a'], code: 'UNSUPPORTED_EXTENSION', message: 'invalid extensions found: [b a ipsec b a]' },
    { extensions: ['__proto__', 'constructor'], code: 'UNSUPPORTED_EXTENSION', message: 'invalid extensions found: [__proto__ constructor]' },
    { extensions: ['x\uD800'], code: 'UNSUPPORTED_EXTENSION', message: 'invalid extensions found: [x\uFFFD]' },
    { kernelType: '64k-pages', code: 'INVALID_KERNEL_TYPE', message: 'kernelType=64k-pages is invalid' },
    { kernelType: 'rt', code: 'INVALID_KERNEL_TYPE', message: 'kernelType=rt is invalid' },
    { extensions: 'usbguard', code: 'INVALID_INPUT' },
    { extensions: [1], code: 'INVALID_INPUT' },
    { kernelType: 7, code: 'INVALID_INPUT' },
  ];
  for (const f of failures) {
    it(`${JSON.stringify({ extensions: f.extensions, kernelType: f.kernelType })} → ${f.code}`, () => {
      let err: unknown;
      try {
        resolvePackages({ extensions: f.extensions, kernelType: f.kernelType } as never);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RenderError);
      expect(err).toMatchObject({ code: f.code, stage: 'layer' });
      if (f.message !== undefined) expect((err as Error).message).toBe(f.message);
    });
  }

  it('does not mutate its input', () => {
    const spec = Object.freeze({ extensions: Object.freeze(['usbguard', 'usbguard']), kernelType: 'realtime' });
    expect(resolvePackages(spec).extensions).toEqual(['usbguard']);
    expect(spec.extensions).toEqual(['usbguard', 'usbguard']);
  });
});

describe('resolvePackages with other releases', () => {
  it('4.15 knows the 64k-pages kernel', () => {
    expect(resolvePackages({ kernelType: '64k-pages' }, extensionCatalogs['4.15']).kernelPackages).toEqual({
      install: K64_KERNEL,
      remove: DEFAULT_KERNEL,
    });
  });
  it('latest resolves ipsec with openvswitch, and two-node-ha', () => {
    expect(resolvePackages({ extensions: ['ipsec', 'two-node-ha'] }, extensionCatalogs.latest).packages).toEqual([
      'NetworkManager-libreswan', 'libreswan', 'openvswitch3.5-ipsec', 'pacemaker', 'pcs', 'fence-agents-all',
    ]);
  });
  it('wasm is gone in 4.22', () => {
    expect(resolvePackages({ extensions: ['wasm'] }, extensionCatalogs['4.21']).packages).toEqual(['crun-wasm']);
    expect(() => resolvePackages({ extensions: ['wasm'] }, extensionCatalogs['4.22'])).toThrow('invalid extensions found: [wasm]');
  });
  it('a custom catalog with shared packages lists each package once', () => {
    const custom: ExtensionCatalog = {
      release: 'custom',
      source: 'test',
      extensions: { a: ['p', 'q'], b: ['q', 'r'] },
      kernelPackages: { default: ['kernel'] },
    };
    expect(resolvePackages({ extensions: ['b', 'a'] }, custom).packages).toEqual(['q', 'r', 'p']);
    expect(() => resolvePackages({ extensions: ['toString'] }, custom)).toThrow('invalid extensions found: [toString]');
  });
  it('a malformed custom catalog is an INVALID_INPUT RenderError', () => {
    const broken = { release: 'x', source: 'x', extensions: { a: 'p' }, kernelPackages: {} } as unknown as ExtensionCatalog;
    expect(() => resolvePackages({ extensions: ['a'] }, broken)).toThrow(RenderError);
  });
});
