// Tables for the spec 2 path, several ported from MCO release-4.13 pkg/controller/common/helpers_test.go
// (TestRemoveIgnDuplicateFilesAndUnits, TestParseAndConvert, TestValidateIgnition, TestConvertIgnition2to3).

import { describe, expect, it } from 'vitest';
import { RenderError } from '../../../src/errors.js';
import {
  UNKNOWN_VERSION_MESSAGE, convertIgnition2to3, ign2ToIgnition3, parseIgn2, removeIgnDuplicateFilesUnitsUsers,
  tryParseIgn2, validateIgn2,
} from '../../../src/ignition/v2/index.js';
import type { Ign2Config } from '../../../src/ignition/v2/index.js';

const catchError = (f: () => unknown): RenderError => {
  try {
    f();
  } catch (e) {
    if (e instanceof RenderError) return e;
    throw e;
  }
  throw new Error('expected a RenderError');
};

describe('removeIgnDuplicateFilesUnitsUsers', () => {
  // TestRemoveIgnDuplicateFilesAndUnits
  it('keeps the newest file and merges dropins of duplicate units', () => {
    const fileOld = { filesystem: 'root', path: '/etc/testfileconfig', contents: { source: 'data:,old' }, mode: 420 };
    const fileNew = { filesystem: 'root', path: '/etc/testfileconfig', contents: { source: 'data:,new' }, mode: 420 };
    const dropinOne = { contents: 'data:,old', name: 'one' };
    const dropinTwo = { contents: 'data:,new', name: 'one' };
    const dropinThree = { contents: 'data:,new', name: 'two' };
    const config: Ign2Config = {
      storage: { files: [fileOld, fileNew] },
      systemd: {
        units: [
          { contents: 'data:,old', name: 'testUnit', dropins: [dropinOne] },
          { name: 'testUnit', dropins: [dropinTwo] },
          { contents: 'data:,new', name: 'testUnit', dropins: [dropinThree] },
        ],
      },
    };
    const snapshot = structuredClone(config);
    expect(removeIgnDuplicateFilesUnitsUsers(config)).toEqual({
      storage: { files: [fileNew] },
      systemd: { units: [{ contents: 'data:,new', name: 'testUnit', dropins: [dropinThree, dropinTwo] }] },
    });
    expect(config).toEqual(snapshot);
  });

  it.each([
    ['files listed last to first', { storage: { files: [{ path: '/a' }, { path: '/b' }, { path: '/c' }] } }, { storage: { files: [{ path: '/c' }, { path: '/b' }, { path: '/a' }] } }],
    ['exact paths only', { storage: { files: [{ path: '/a' }, { path: '//a' }] } }, { storage: { files: [{ path: '//a' }, { path: '/a' }] } }],
    ['units listed last to first', { systemd: { units: [{ name: 'a' }, { name: 'b' }, { name: 'a', mask: true }] } }, { systemd: { units: [{ name: 'a', mask: true }, { name: 'b' }] } }],
    ['ssh keys merged from earlier users, deduplicated', {
      passwd: { users: [{ name: 'core', sshAuthorizedKeys: ['a', 'b'] }, { name: 'core', sshAuthorizedKeys: ['c', 'a'], passwordHash: 'x' }] },
    }, { passwd: { users: [{ name: 'core', sshAuthorizedKeys: ['c', 'a', 'b'], passwordHash: 'x' }] } }],
    ['a user without keys gets an empty list', { passwd: { users: [{ name: 'core' }] } }, { passwd: { users: [{ name: 'core', sshAuthorizedKeys: [] }] } }],
  ] as Array<[string, Ign2Config, Ign2Config]>)('%s', (_name, input, want) => {
    expect(removeIgnDuplicateFilesUnitsUsers(input)).toEqual(want);
  });

  it.each([
    ['last user checked first', [{ name: 'foo' }, { name: 'bar' }], 'bar'],
    ['then backwards', [{ name: 'foo' }, { name: 'bar' }, { name: 'core' }], 'bar'],
    ['empty name', [{}], ''],
  ])('non-core users: %s', (_name, users, bad) => {
    const err = catchError(() => removeIgnDuplicateFilesUnitsUsers({ passwd: { users } }));
    expect(err.message).toBe(`unexpected user with name: ${bad}. Only core user is supported`);
    expect({ code: err.code, stage: err.stage }).toEqual({ code: 'INVALID_IGNITION', stage: 'merge' });
  });
});

describe('parse, dedupe and convert (TestParseAndConvert)', () => {
  it('dedupes SSH keys and converts to 3.2', () => {
    const raw = { ignition: { version: '2.2.0' }, passwd: { users: [{ name: 'core', sshAuthorizedKeys: ['5678', '5678', 'abc'] }] } };
    expect(ign2ToIgnition3(parseIgn2(raw))).toEqual({
      ignition: { version: '3.2.0' },
      passwd: { users: [{ name: 'core', sshAuthorizedKeys: ['5678', 'abc'] }] },
    });
  });

  it('accepts JSON text, keeping its bytes for positions', () => {
    const text = '{"ignition": {"version": "2.2.0"},\n "storage": {"files": [{"filesystem": "root", "path": "x"}]}}';
    const err = catchError(() => parseIgn2(text));
    expect(err.message).toBe(
      'parsing Ignition spec v2 failed with error: config is not valid\nReport: error at line 2, column 57\n' +
      '    1: {"ignition": {"version": "2.2.0"},\n' +
      '    2:  "storage": {"files": [{"filesystem": "root", "path": "x\n' +
      ' '.repeat(62) + '^\npath not absolute\n' +
      'warning at line 2, column 58\npermissions unset, defaulting to 0000',
    );
  });
});

describe('parseIgn2 versions', () => {
  it.each([
    ['2.2.0', true],
    ['2.1.0', true],
    ['2.0.0', true],
    ['02.2.0', true],
    ['1.0.0', false],
    ['2.3.0', false],
    ['3.5.0', false],
    ['2.2.0+meta', false],
    ['2.2.0-rc', false],
  ])('%s parses: %s', (version, ok) => {
    const r = tryParseIgn2({ ignition: { version } });
    expect(r.ok).toBe(ok);
    // A 2.1/2.0 config is translated to "2.2.0"; a 2.2 one keeps its text.
    if (r.ok) expect(r.config.ignition?.version).toBe(version.startsWith('2.2') || version === '02.2.0' ? version : '2.2.0');
    else {
      expect(r.unknownVersion).toBe(true);
      expect(r.message).toBe(UNKNOWN_VERSION_MESSAGE);
      expect(catchError(() => parseIgn2({ ignition: { version } })).code).toBe('UNSUPPORTED_VERSION');
    }
  });

  it('translates 2.1 up: modes and owners become set, SSH key lists non-nil', () => {
    const cfg = parseIgn2({
      ignition: { version: '2.1.0' },
      storage: { files: [{ filesystem: 'root', path: '/a', contents: { source: 'data:,x' } }] },
      passwd: { users: [{ name: 'core' }] },
    });
    expect(cfg).toEqual({
      ignition: { version: '2.2.0' },
      storage: { files: [{ filesystem: 'root', group: {}, path: '/a', user: {}, contents: { source: 'data:,x' }, mode: 0 }] },
      passwd: { users: [{ name: 'core', sshAuthorizedKeys: [] }] },
    });
  });

  it('a type error falls back through older specs (here to "unknown version")', () => {
    const r = tryParseIgn2({ ignition: { version: '2.2.0' }, storage: { files: [{ path: '/a', mode: '0644' }] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(UNKNOWN_VERSION_MESSAGE);
  });

  it('matches keys case-insensitively and reports them as unknown', () => {
    const r = tryParseIgn2({ ignition: { version: '2.2.0' }, storage: { files: [{ filesystem: 'root', Path: 'rel' }] } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.report).toContain('path not absolute');
      expect(r.report).toContain('Config has unrecognized key: Path');
      expect(r.report).toContain('Did you mean path instead of Path');
    }
  });

  it.each([
    ['undefined', undefined],
    ['a function', () => 1],
    ['a number', 5],
    ['invalid JSON text', '{"ignition":'],
    ['deep nesting', JSON.parse('['.repeat(5000) + ']'.repeat(5000)) as unknown],
    ['a BigInt', { ignition: { version: 1n } }],
  ])('never throws anything but RenderError: %s', (_name, raw) => {
    expect(tryParseIgn2(raw).ok).toBe(false);
    expect(catchError(() => parseIgn2(raw)).stage).toBe('validate');
  });

  it('treats __proto__ keys as data', () => {
    const raw = JSON.parse('{"ignition":{"version":"2.2.0"},"__proto__":{"polluted":true},"storage":{"files":[{"__proto__":{"x":1},"filesystem":"root","path":"/a","mode":420}]}}') as unknown;
    const r = tryParseIgn2(raw);
    expect(r.ok).toBe(true); // unknown keys are only warnings
    if (r.ok) {
      expect(Object.keys(r.config)).toEqual(['ignition', 'storage']);
      expect(Object.getPrototypeOf(r.config.storage!.files![0])).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

describe('validateIgn2 (TestValidateIgnition)', () => {
  const file = (mode?: number) => ({
    filesystem: 'root', path: '/etc/testfileconfig', contents: { source: 'data:,helloworld' }, ...(mode === undefined ? {} : { mode }),
  });

  it.each([
    ['an empty config', {}, undefined],
    ['no version', { passwd: { users: [{ name: 'core', sshAuthorizedKeys: ['5678', 'abc'] }] } }, "invalid ignition V2 config found: error: invalid config version (couldn't parse)"],
    ['version 2.0.0 with a file', { ignition: { version: '2.0.0' }, storage: { files: [file(420)] } }, undefined],
    ['mode 01777', { ignition: { version: '2.2.0' }, storage: { files: [file(0o1777)] } }, 'invalid mode 01777 for /etc/testfileconfig, cannot exceed 0777'],
    ['mode 04755', { ignition: { version: '2.2.0' }, storage: { files: [file(0o4755)] } }, 'invalid mode 04755 for /etc/testfileconfig, cannot exceed 0777'],
    ['too new', { ignition: { version: '2.3.0' } }, 'invalid ignition V2 config found: error: incorrect config version (too new)'],
    ['too old', { ignition: { version: '1.9.0' } }, 'invalid ignition V2 config found: error: incorrect config version (too old)'],
    ['errors and warnings, no positions', { ignition: { version: '2.2.0' }, storage: { files: [{ path: 'x' }] } },
      'invalid ignition V2 config found: error: no filesystem specified\nerror: path not absolute\nwarning: permissions unset, defaulting to 0000'],
  ] as Array<[string, Ign2Config, string | undefined]>)('%s', (_name, config, want) => {
    if (want === undefined) expect(() => validateIgn2(config)).not.toThrow();
    else {
      const err = catchError(() => validateIgn2(config));
      expect(err.message).toBe(want);
      expect({ code: err.code, stage: err.stage }).toEqual({ code: 'INVALID_IGNITION', stage: 'validate' });
    }
  });
});

describe('convertIgnition2to3', () => {
  const V = { ignition: { version: '2.2.0' } };

  it.each([
    ['overwrite defaults to true', { storage: { files: [{ filesystem: 'root', path: '/a', contents: { source: 'data:,x' }, mode: 420 }] } },
      { storage: { files: [{ overwrite: true, path: '/a', contents: { source: 'data:,x' }, mode: 420 }] } }],
    ['explicit overwrite kept', { storage: { files: [{ filesystem: 'root', path: '/a', overwrite: false }] } },
      { storage: { files: [{ overwrite: false, path: '/a', contents: { source: '' } }] } }],
    ['append becomes an append entry, overwrite false', { storage: { files: [{ filesystem: 'root', path: '/a', append: true, contents: { source: 'data:,x', compression: 'gzip' } }] } },
      { storage: { files: [{ overwrite: false, path: '/a', append: [{ compression: 'gzip', source: 'data:,x' }] }] } }],
    ['paths joined under /', { storage: { files: [{ filesystem: 'root', path: '/a//b/', contents: { source: '' } }] } },
      { storage: { files: [{ overwrite: true, path: '/a/b', contents: { source: '' } }] } }],
    ['owners: zero names dropped', { storage: { directories: [{ filesystem: 'root', path: '/d', user: { id: 0 }, group: { name: '' } }] } },
      { storage: { directories: [{ path: '/d', user: { id: 0 } }] } }],
    ['enabled wins over enable', { systemd: { units: [{ name: 'a.service', enable: true, enabled: false }, { name: 'b.service', enable: true }, { name: 'c.service', mask: false }] } },
      { systemd: { units: [{ enabled: false, name: 'a.service' }, { enabled: true, name: 'b.service' }, { name: 'c.service' }] } }],
    ['user fields: zero values dropped', {
      passwd: { users: [{ name: 'core', passwordHash: '', shell: '', uid: 0, groups: ['wheel'] }] },
    }, { passwd: { users: [{ groups: ['wheel'], name: 'core', passwordHash: '', uid: 0 }] } }],
    ['user create dropped', { passwd: { users: [{ name: 'core', create: { uid: 5 } }] } }, { passwd: { users: [{ name: 'core' }] } }],
    ['groups', { passwd: { groups: [{ name: 'g', gid: 0, passwordHash: '', system: false }] } }, { passwd: { groups: [{ gid: 0, name: 'g' }] } }],
    ['links', { storage: { links: [{ filesystem: 'root', path: '/l', target: 't', hard: false }] } }, { storage: { links: [{ path: '/l', target: 't' }] } }],
    ['raid', { storage: { raid: [{ name: 'md', level: 'raid1', devices: ['/dev/a'], spares: 0, options: ['x'] }] } },
      { storage: { raid: [{ devices: ['/dev/a'], level: 'raid1', name: 'md', options: ['x'] }] } }],
    ['root filesystem is implied', { storage: { filesystems: [{ name: 'root', path: '/sysroot' }] } }, {}],
    ['replace config', { ignition: { version: '2.2.0', config: { replace: {} }, timeouts: { httpTotal: 0 } } },
      { ignition: { config: { replace: { source: '' } }, timeouts: { httpTotal: 0 }, version: '3.2.0' } }],
  ] as Array<[string, Ign2Config, object]>)('%s', (_name, input, want) => {
    expect(convertIgnition2to3({ ...V, ...input })).toEqual({ ignition: { version: '3.2.0' }, ...want });
  });

  const prefix = 'failed to convert Ignition config spec v2 to v3: unable to convert Ignition spec v2 config to v3: ';
  it.each([
    ['networkd', { networkd: { units: [{ name: 'a.network' }] } }, 'config includes deprecated networkd section - use Files instead'],
    ['other filesystems', { storage: { filesystems: [{ name: 'var', path: '/var' }] } },
      'Config defined filesystem "var" but no mapping was defined.Please specify a path to be used as the filesystem mountpoint.'],
    ['file and directory on one path', { storage: { files: [{ filesystem: 'root', path: '/a' }], directories: [{ filesystem: 'root', path: '/a/' }] } },
      'Config has conflicting inodes: "File: /a" and "Directory: /a".  All files, directories and links must specify a unique `path`.'],
    ['a file under a link of the config', { storage: { files: [{ filesystem: 'root', path: '/ab' }], links: [{ filesystem: 'root', path: '/a', target: '/b' }] } },
      'File: /ab uses link defined in config "/a". Please use a link not defined in Storage:Links'],
    ['duplicate dropins', { systemd: { units: [{ name: 'a.service', dropins: [{ name: 'x.conf' }, { name: 'x.conf' }] }] } },
      'Config has duplicate dropin name "x.conf" in unit "a.service".  All dropins must specify a unique `name`.'],
    ['partitions (size/start deprecated in 2.3)', { storage: { disks: [{ device: '/dev/sda', partitions: [{ number: 1 }] }] } },
      'Invalid input config:\ndeprecated: size is deprecated; use sizeMB instead\ndeprecated: start is deprecated; use startMB instead'],
    ['two appended configs (every merge entry gets the last source)', {
      ignition: { version: '2.2.0', config: { append: [{ source: 'https://a' }, { source: 'https://b' }] } },
    }, 'error at $.ignition.config.merge.1: duplicate entry defined\n'],
    ['oem:// sources', { storage: { files: [{ filesystem: 'root', path: '/a', contents: { source: 'oem:///x' } }] } },
      'error at $.storage.files.0.contents.source: invalid url scheme\n'],
    ['a file where a unit is written', {
      storage: { files: [{ filesystem: 'root', path: '/etc/systemd/system/a.service' }] },
      systemd: { units: [{ name: 'a.service', contents: '[Unit]\n' }] },
    }, 'error at $.storage.files.0.path: path conflicts with systemd unit or dropin\n'],
    ['raid without devices', { storage: { raid: [{ name: 'md', level: 'raid1' }] } }, 'error at $.storage.raid.0.devices: raid devices required\n'],
  ] as Array<[string, Ign2Config, string]>)('fails: %s', (_name, input, want) => {
    const err = catchError(() => convertIgnition2to3({ ...V, ...input }));
    expect(err.message).toBe(prefix + want);
    expect({ code: err.code, stage: err.stage }).toEqual({ code: 'INVALID_IGNITION', stage: 'merge' });
  });
});

describe('error paths (ours: Go v0.35.0 reports carry line/column only)', () => {
  const V = { version: '2.2.0' };
  it.each([
    ['relative file path', { ignition: V, storage: { files: [{ filesystem: 'root', path: 'x', mode: 420 }] } }, '$.storage.files.0.path'],
    ['no filesystem', { ignition: V, storage: { files: [{ path: '/x' }] } }, '$.storage.files.0.filesystem'],
    ['bad unit in second place', { ignition: V, systemd: { units: [{ name: 'a.service' }, { name: 'b.foo' }] } }, '$.systemd.units.1.name'],
    ['owner with id and name', { ignition: V, storage: { files: [{ filesystem: 'root', path: '/x', user: { id: 1, name: 'a' } }] } }, '$.storage.files.0.user'],
    ['bad version of the whole config', { ignition: { version: '2.1.0' }, storage: { directories: [{ filesystem: 'root', path: 'd' }] } }, '$.storage.directories.0.path'],
  ])('parse: %s', (_name, raw, path) => {
    const err = catchError(() => parseIgn2(raw));
    expect(err.path).toBe(path);
  });

  it('unknown versions have no path', () => {
    expect(catchError(() => parseIgn2({ ignition: { version: '1.0.0' } })).path).toBeUndefined();
  });

  it('validate: file mode', () => {
    const err = catchError(() => validateIgn2({ ignition: V, storage: { files: [{ filesystem: 'root', path: '/a', mode: 420 }, { filesystem: 'root', path: '/b', mode: 0o4755 }] } }));
    expect(err.path).toBe('$.storage.files.1.mode');
  });

  it('convert: the 3.0 report path', () => {
    const err = catchError(() => convertIgnition2to3({ ignition: V, passwd: { groups: [{ name: 'g' }, { name: 'g' }] } }));
    expect(err.path).toBe('$.passwd.groups.1');
  });
});
