// parseIgnition / validateIgnition (API.md): behaviour at the library boundary.
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { parseIgnition } from '../../src/ignition/parse-ignition.js';
import { validateIgnition } from '../../src/ignition/validate-ignition.js';
import type { IgnitionConfig } from '../../src/ignition/types.js';

const deepFreeze = <T>(o: T): T => {
  if (typeof o === 'object' && o !== null) {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
};

const thrown = (fn: () => unknown): RenderError => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RenderError);
    return e as RenderError;
  }
  throw new Error('did not throw');
};

describe('parseIgnition', () => {
  it.each([
    ['3.0 object', { ignition: { version: '3.0.0' }, storage: { files: [{ path: '/a', contents: { source: 'data:,x' } }] } },
      { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', contents: { source: 'data:,x' } }] } }],
    ['3.4 text, special bits are refused by 3.3', '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/a","mode":420}]}}',
      { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', mode: 420 }] } }],
    ['3.3 masks setuid (up-translation to 3.4)', { ignition: { version: '3.3.0' }, storage: { files: [{ path: '/a', mode: 0o4755 }] } },
      { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', mode: 0o755 }] } }],
    ['keeps overwrite: false and empty lists', { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', overwrite: false }], links: [] } },
      { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', overwrite: false }], links: [] } }],
    ['raid devices stay null when absent (3.4 → 3.2)', { ignition: { version: '3.2.0' }, storage: { raid: [{ name: 'md', level: 'raid1', devices: ['/dev/a'] }] } },
      { ignition: { version: '3.2.0' }, storage: { raid: [{ name: 'md', level: 'raid1', devices: ['/dev/a'] }] } }],
    ['case-insensitive keys, as Go decodes them', { Ignition: { Version: '3.2.0' }, Storage: { Files: [{ PATH: '/a' }] } },
      { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a' }] } }],
  ] as const)('%s', (_n, raw, want) => {
    expect(parseIgnition(deepFreeze(raw))).toEqual(want);
  });

  it.each([
    ['unknown version', { ignition: { version: '3.5.0' } }, 'UNSUPPORTED_VERSION',
      'failed to parse Ignition config: parsing Ignition config failed: unknown version. Supported spec versions: 2.2, 3.0, 3.1, 3.2, 3.3, 3.4', undefined],
    ['invalid version', { ignition: { version: 'x' } }, 'UNSUPPORTED_VERSION',
      'failed to parse Ignition config: parsing Ignition config failed: invalid version. Supported spec versions: 2.2, 3.0, 3.1, 3.2, 3.3, 3.4', undefined],
    ['invalid file', { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', overwrite: true }] } }, 'INVALID_IGNITION',
      'failed to parse Ignition config: parsing Ignition config spec v3 failed with error: config is not valid\nReport: error at $.storage.files.0.overwrite: overwrite must be false if source is unspecified\n',
      '$.storage.files.0.overwrite'],
    ['wrong type (position as compact JSON writes the object, as MCO sees it)', { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', mode: '420' }] } }, 'INVALID_IGNITION',
      'failed to parse Ignition config: parsing Ignition config spec v3 failed with error: config is not valid\nReport: error at line 1 col 78: json: cannot unmarshal string into Go struct field File.storage.files.mode of type int\n',
      undefined],
    ['JSON syntax', '{"ignition":', 'INVALID_IGNITION',
      'failed to parse Ignition config: parsing Ignition config spec v3 failed with error: config is not valid\nReport: error at line 0 col 0: unexpected end of JSON input\n',
      undefined],
    ['no config', null, 'INVALID_IGNITION',
      'failed to parse Ignition config: parsing Ignition config spec v3 failed with error: not a config (empty)\nReport: ', undefined],
    ['3.2 link without target (3.4 requires one)', { ignition: { version: '3.2.0' }, storage: { links: [{ path: '/a' }] } }, 'INVALID_IGNITION',
      'failed to parse Ignition config: translating Ignition config 3.4 to 3.3 failed with error: Invalid input config:\nerror at $.storage.links.0.target: link target is required\n',
      '$.storage.links.0.target'],
    ['3.4 setuid', { ignition: { version: '3.4.0' }, storage: { files: [{ path: '/a', mode: 0o4755 }] } }, 'INVALID_IGNITION',
      'failed to parse Ignition config: translating Ignition config 3.4 to 3.3 failed with error: Invalid input config: special mode bits are not supported in spec v3.3',
      '$.storage.files.0.mode'],
  ] as const)('%s', (_n, raw, code, message, path) => {
    const e = thrown(() => parseIgnition(raw));
    expect({ code: e.code, stage: e.stage, message: e.message, path: e.path }).toEqual({ code, stage: 'validate', message, path });
  });

  it('never throws anything but RenderError', () => {
    const cyclic: Record<string, unknown> = { ignition: { version: '3.2.0' }, storage: { files: 5 } };
    cyclic['self'] = cyclic;
    const getter = { ignition: { version: '3.2.0' }, get storage(): unknown { throw new Error('boom'); } };
    for (const raw of [cyclic, getter, Symbol('x'), () => 1, 10n, NaN, [], 'null', '', new Uint8Array([0x7b])]) {
      try {
        parseIgnition(raw);
      } catch (e) {
        expect(e).toBeInstanceOf(RenderError);
      }
    }
  });
});

describe('validateIgnition', () => {
  it('reports errors and warnings with paths and codes, in Ignition order', () => {
    const cfg: IgnitionConfig = deepFreeze({
      ignition: { version: '3.2.0' },
      storage: {
        files: [
          { path: '/etc/a', overwrite: true, mode: 0o4755 },
          { path: 'rel' },
          { path: '/etc/a', contents: { source: 'data:,x' } },
        ],
      },
      systemd: { units: [{ name: 'x.service', enabled: true, contents: '[Service]\nExecStart=/bin/true\n' }] },
    });
    expect(validateIgnition(cfg)).toEqual([
      { severity: 'warning', code: 'MODE_SPECIAL_BITS', path: '$.storage.files.0.mode', message: 'setuid/setgid/sticky bits are not supported in spec versions older than 3.4.0' },
      { severity: 'error', code: 'FILE_OVERWRITE_NIL_SOURCE', path: '$.storage.files.0.overwrite', message: 'overwrite must be false if source is unspecified' },
      { severity: 'error', code: 'PATH_RELATIVE', path: '$.storage.files.1.path', message: 'path not absolute' },
      { severity: 'warning', code: 'NO_INSTALL_SECTION', path: '$.systemd.units.0.contents', message: 'unit "x.service" is enabled, but has no install section so enable does nothing' },
      { severity: 'error', code: 'DUPLICATE', path: '$.storage.files.2', message: 'duplicate entry defined' },
    ]);
  });

  it('a valid config has no findings', () => {
    expect(validateIgnition({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', contents: { source: 'data:,x' } }] } })).toEqual([]);
  });

  it('the version must be 3.2.0', () => {
    expect(validateIgnition({ ignition: { version: '3.4.0' } })).toEqual([
      { severity: 'error', code: 'UNKNOWN_VERSION', path: '$.ignition.version', message: 'unsupported config version' },
    ]);
  });

  it('rejects values of the wrong type', () => {
    const e = thrown(() => validateIgnition({ ignition: { version: '3.2.0' }, storage: { files: [{ path: 1 }] } } as unknown as IgnitionConfig));
    expect({ code: e.code, path: e.path, message: e.message }).toEqual({
      code: 'INVALID_INPUT', path: '$.storage.files.0.path',
      message: 'json: cannot unmarshal number into Go struct field File.storage.files.path of type string',
    });
  });
});
