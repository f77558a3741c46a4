// Per-type validators, with the tables of coreos/ignition v2.15.0 config/v3_2/types/*_test.go
// (test names kept), checked against our ports in src/ignition/validate/.
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/errors.js';
import { Report } from '../../src/ignition/report.js';
import type { IgnError } from '../../src/ignition/shared-errors.js';
import { E } from '../../src/ignition/shared-errors.js';
import { validateConfig } from '../../src/ignition/validate/config.js';
import { validateFile } from '../../src/ignition/validate/file.js';
import { validateFilesystem } from '../../src/ignition/validate/filesystem.js';
import { validateHTTPHeader } from '../../src/ignition/validate/headers.js';
import { validateIgnitionSection } from '../../src/ignition/validate/ignition.js';
import { validateMode, validateModeSpecialBits } from '../../src/ignition/validate/mode.js';
import { validateNode, validateNodeOwner } from '../../src/ignition/validate/node.js';
import { validatePartition } from '../../src/ignition/validate/partition.js';
import { validatePath } from '../../src/ignition/validate/path.js';
import { validateProxy } from '../../src/ignition/validate/proxy.js';
import { validateRaid } from '../../src/ignition/validate/raid.js';
import { validateResource } from '../../src/ignition/validate/resource.js';
import { validateStorage } from '../../src/ignition/validate/storage.js';
import { validateSystemd } from '../../src/ignition/validate/systemd.js';
import { validateTLS } from '../../src/ignition/validate/tls.js';
import { validateDropin, validateUnit } from '../../src/ignition/validate/unit.js';
import { validateURLNilOK } from '../../src/ignition/validate/url.js';
import { validateVerification } from '../../src/ignition/validate/verification.js';
import type { SpecVersion } from '../../src/ignition/schema.js';

/** The `as const` tables are deeply readonly; the validators take (and never modify) mutable shapes. */
type DeepWritable<T> = T extends readonly (infer E)[] ? DeepWritable<E>[] : T extends object ? { -readonly [K in keyof T]: DeepWritable<T[K]> } : T;
const mut = <T>(v: T): DeepWritable<T> => v as DeepWritable<T>;

type Found = { kind: string; path: PathSegment[]; message: string };

const run = (fn: (r: Report) => void): Found[] => {
  const r = new Report();
  fn(r);
  return r.entries.map((e) => ({ kind: e.kind, path: e.path, message: e.message }));
};
const err = (path: PathSegment[], e: IgnError): Found => ({ kind: 'error', path, message: e.message });
const warn = (path: PathSegment[], e: IgnError): Found => ({ kind: 'warning', path, message: e.message });
const V: SpecVersion = '3.2';
const sha512 = 'sha512-' + '0123456789abcdef'.repeat(8);

describe('TestURLValidate (url_test.go)', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['http://example.com', null],
    ['https://example.com', null],
    ['tftp://example.com:69/foobar.txt', null],
    ['data:,example%20file%0A', null],
    ['bad://', E.ErrInvalidScheme],
    ['s3://bucket/key', null],
    ['s3://bucket/key?versionId=', E.ErrInvalidS3ObjectVersionId],
    ['s3://bucket/key?versionId=aVersionHash', null],
    ['gs://bucket/object', null],
  ] as const)('%s', (url, want) => {
    expect(validateURLNilOK(url, V)).toBe(want);
  });
  it.each([
    ['gs://bucket/object', '3.1', E.ErrInvalidScheme],
    ['arn:aws:s3:::bucket/key', '3.3', E.ErrInvalidScheme],
    ['arn:aws:s3:::bucket/key', '3.4', null],
    ['arn:aws:s3:::bucket', '3.4', E.ErrInvalidS3ARN],
    ['arn:aws:ec2:::bucket/key', '3.4', E.ErrInvalidS3ARN],
    ['arn:aws:s3:us-east-1:1:accesspoint/ap', '3.4', E.ErrInvalidS3ARN],
    ['arn:aws:s3:us-east-1:1:accesspoint/ap/object/k', '3.4', null],
    ['http://[::1', '3.2', E.ErrInvalidUrl],
  ] as const)('%s in %s', (url, ver, want) => {
    expect(validateURLNilOK(url, ver)).toBe(want);
  });
  it.each([
    ['data:;base64,aGk', 'illegal base64 data at input byte 0'],
    ['data:text/plain;foo=bar,abc', null],
    ['data:text/plain;foo,abc', 'expected base64, got foo'],
    ['data:,%zz', 'rfc2396: invalid char 0x25 in unescape sequence'],
    ['data:foo/bar,x', 'invalid media type'],
    ['DATA:,x', 'missing data prefix'],
    ['data:,a b', 'invalid data character'],
  ])('data URL %s', (url, message) => {
    expect(validateURLNilOK(url, V)?.message ?? null).toBe(message);
  });
});

describe('TestPathValidate (path_test.go)', () => {
  it.each([
    ['/good/path', null],
    ['/name', null],
    ['/this/is/a/fairly/long/path/to/a/device.', null],
    ['/this one has spaces', null],
    ['relative/path', E.ErrPathRelative],
    ['', E.ErrNoPath],
    ['/a/../b', E.ErrDirtyPath],
    ['/a/', E.ErrDirtyPath],
  ] as const)('%s', (p, want) => expect(validatePath(p)).toBe(want));
});

describe('TestModeValidate / TestPermissionBitsValidate (mode_test.go)', () => {
  it.each([
    [undefined, null], [0, null], [0o644, null], [0o1755, null], [0o7777, null], [0o10000, E.ErrFileIllegalMode],
    [-1, E.ErrFileIllegalMode],
  ] as const)('validateMode %s', (m, want) => expect(validateMode(m)).toBe(want));
  it.each([
    [undefined, null], [0, null], [0o644, null], [0o755, null], [0o777, null],
    [0o1755, E.ErrModeSpecialBits], [0o2755, E.ErrModeSpecialBits], [0o4755, E.ErrModeSpecialBits],
    [-1, E.ErrModeSpecialBits],
  ] as const)('validateModeSpecialBits %s', (m, want) => expect(validateModeSpecialBits(m)).toBe(want));
});

describe('TestNodeValidatePath / User / Group (node_test.go)', () => {
  it('path', () => {
    expect(run((r) => validateNode({ path: 'not/absolute' }, [], r))).toEqual([err(['path'], E.ErrPathRelative)]);
  });
  it.each([
    [{ id: 0, name: '' }, null],
    [{ id: 1000, name: '' }, null],
    [{ name: 'core' }, null],
    [{ id: 1000, name: 'core' }, E.ErrBothIDAndNameSet],
  ] as const)('owner %j', (owner, want) => {
    expect(run((r) => validateNodeOwner(owner, [], r))).toEqual(want === null ? [] : [err([], want)]);
  });
});

describe('TestHashValidate (verification_test.go)', () => {
  it.each([
    ['xor-abcdef', E.ErrHashUnrecognized],
    ['sha512-123', E.ErrHashWrongSize],
    [sha512, null],
    ['sha256-0519a9826023338828942b081814355d55301b9bc82042390f9afaf75cd3a707', null],
    ['sha256-345', E.ErrHashWrongSize],
    ['sha512:01234567', E.ErrHashMalformed],
  ] as const)('%s', (hash, want) => {
    expect(run((r) => validateVerification({ hash }, [], r, V))).toEqual(want === null ? [] : [err(['hash'], want)]);
  });
  it('sha256 is not a 3.0 hash', () => {
    const hash = 'sha256-0519a9826023338828942b081814355d55301b9bc82042390f9afaf75cd3a707';
    expect(run((r) => validateVerification({ hash }, [], r, '3.0'))).toEqual([err(['hash'], E.ErrHashUnrecognized)]);
  });
});

describe('HTTP headers (headers_test.go, Validate side)', () => {
  it.each([
    [{ name: 'header1', value: 'v' }, []],
    [{ name: '', value: 'v' }, [err(['name'], E.ErrEmptyHTTPHeaderName)]],
    [{ name: 'h', value: '' }, [err(['value'], E.ErrInvalidHTTPHeader)]],
    [{ name: 'h' }, []],
  ] as const)('%j', (h, want) => expect(run((r) => validateHTTPHeader(h, [], r))).toEqual(want));
});

describe('TestRaidValidate (raid_test.go)', () => {
  it.each([
    ['level 0, no spares', { name: 'name', level: '0', devices: ['/dev/fd0'], spares: 0 }, []],
    ['level 0 with spares', { name: 'name', level: '0', devices: ['/dev/fd0'], spares: 1 }, [err(['level'], E.ErrSparesUnsupportedForLevel)]],
    ['no level', { name: 'name', level: '', devices: ['/dev/fd0'] }, [err(['level'], E.ErrUnrecognizedRaidLevel)]],
    ['no devices', { name: 'name', level: '0', devices: null }, [err(['devices'], E.ErrRaidDevicesRequired)]],
  ] as const)('%s', (_n, raid, want) => expect(run((r) => validateRaid(mut(raid), [], r, V))).toEqual(want));
  it('3.3 requires a level', () => {
    expect(run((r) => validateRaid({ name: 'n', devices: ['/dev/a'] }, [], r, '3.3'))).toEqual([err(['level'], E.ErrRaidLevelRequired)]);
  });
});

describe('TestValidateLabel / TestValidateGUID (partition_test.go)', () => {
  it.each([
    ['root', []],
    ['', []],
    ['111111111111111111111111111111111111', []],
    ['1111111111111111111111111111111111111', [err(['label'], E.ErrLabelTooLong)]],
    ['test:', [err(['label'], E.ErrLabelContainsColon)]],
    ['é'.repeat(19), [err(['label'], E.ErrLabelTooLong)]],
  ])('label %s', (label, want) => expect(run((r) => validatePartition({ label, number: 1 }, [], r))).toEqual(want));
  it.each([
    ['5DFBF5F4-2848-4BAC-AA5E-0D9A20B745A6', []],
    ['5dfbf5f4-2848-4bac-aa5e-0d9a20b745a6', []],
    ['', []],
    ['not-a-valid-typeguid', [err(['guid'], E.ErrDoesntMatchGUIDRegex)]],
  ])('guid %s', (guid, want) => expect(run((r) => validatePartition({ guid, number: 1 }, [], r))).toEqual(want));
  it('needs a number or a label; shouldExist false with others', () => {
    expect(run((r) => validatePartition({ shouldExist: false, sizeMiB: 1 }, [], r))).toEqual([
      err([], E.ErrShouldNotExistWithOthers),
      err([], E.ErrNeedLabelOrNumber),
    ]);
  });
});

describe('TestFilesystemValidateFormat / Path / Label (filesystem_test.go)', () => {
  const fmt = (f: object) => run((r) => validateFilesystem({ device: '/dev/sda', ...f }, [], r, V)).filter((e) => e.path[0] === 'format');
  it.each([
    [{ format: 'ext4' }, null],
    [{ format: 'btrfs' }, null],
    [{ format: '' }, null],
    [{}, null],
    [{ label: 'z' }, E.ErrFormatNilWithOthers],
    [{ mountOptions: ['z'] }, E.ErrFormatNilWithOthers],
    [{ options: ['z'] }, E.ErrFormatNilWithOthers],
    [{ format: '', path: '/' }, E.ErrFormatNilWithOthers],
    [{ path: '/' }, E.ErrFormatNilWithOthers],
    [{ uuid: 'z' }, E.ErrFormatNilWithOthers],
    [{ wipeFilesystem: true }, E.ErrFormatNilWithOthers],
    [{ format: 'zfs' }, E.ErrFilesystemInvalidFormat],
    [{ format: 'none' }, E.ErrFilesystemInvalidFormat],
  ] as const)('format %j', (f, want) => expect(fmt(f)).toEqual(want === null ? [] : [err(['format'], want)]));
  it('none is a format from 3.3 on', () => {
    expect(run((r) => validateFilesystem({ device: '/dev/sda', format: 'none' }, [], r, '3.3'))).toEqual([]);
  });
  it.each([
    ['/foo', []],
    ['', []],
    ['foo', [err(['path'], E.ErrPathRelative)]],
  ])('path %s', (path, want) => {
    expect(run((r) => validateFilesystem({ device: '/dev/sda', format: 'ext4', path }, [], r, V))).toEqual(want);
  });
  it.each([
    ['ext4', 'data', null], ['ext4', 'thislabelistoolong', E.ErrExt4LabelTooLong],
    ['btrfs', 'thislabelisnottoolong', null], ['btrfs', 'thislabelistoolong'.repeat(15), E.ErrBtrfsLabelTooLong],
    ['xfs', 'data', null], ['xfs', 'thislabelistoolong', E.ErrXfsLabelTooLong],
    ['swap', 'data', null], ['swap', 'thislabelistoolong', E.ErrSwapLabelTooLong],
    ['vfat', 'data', null], ['vfat', 'thislabelistoolong', E.ErrVfatLabelTooLong],
  ] as const)('label %s %s', (format, label, want) => {
    const got = run((r) => validateFilesystem({ device: '/dev/sda', format, label }, [], r, V));
    expect(got).toEqual(want === null ? [] : [err(['label'], want)]);
  });
});

describe('TestFileValidateOverwrite / TestFileContentsValidate (file_test.go)', () => {
  it.each([
    ['empty', { path: '/a' }, []],
    ['overwrite without source', { path: '/a', overwrite: true }, [err(['overwrite'], E.ErrOverwriteAndNilSource)]],
    ['overwrite with empty source', { path: '/a', overwrite: true, contents: { source: '' } }, []],
    ['overwrite with source', { path: '/a', overwrite: true, contents: { source: 'http://example.com' } }, []],
    ['special bits warn before 3.4', { path: '/a', mode: 0o4755 }, [warn(['mode'], E.ErrModeSpecialBits)]],
  ] as const)('%s', (_n, f, want) => expect(run((r) => validateFile(f, [], r, V))).toEqual(want));
  it('3.4 accepts special bits', () => expect(run((r) => validateFile({ path: '/a', mode: 0o4755 }, [], r, '3.4'))).toEqual([]));
  it.each([
    ['empty', {}, []],
    ['empty source', { source: '' }, []],
    ['empty source and hash', { source: '', verification: { hash: '' } }, []],
    ['hash without source', { verification: { hash: '' } }, [err(['verification', 'hash'], E.ErrVerificationAndNilSource)]],
    ['headers need http(s)', { source: 'data:,x', httpHeaders: [{ name: 'a', value: 'b' }] }, [err(['httpHeaders'], E.ErrUnsupportedSchemeForHTTPHeaders)]],
    ['bad compression', { source: 'data:,x', compression: 'xz' }, [err(['compression'], E.ErrCompressionInvalid)]],
  ] as const)('resource %s', (_n, res, want) => expect(run((r) => validateResource(mut(res), [], r, V))).toEqual(want));
});

describe('TestStorageValidateErrors / Warnings (storage_test.go)', () => {
  const link = (path: string, extra: object = {}) => ({ path, target: '', ...extra });
  it.each([
    ['empty storage', {}, []],
    ['no conflicting paths', { links: [link('/foo'), link('/quux')], files: [{ path: '/bar' }], directories: [{ path: '/baz' }] }, []],
    ['file uses a link', { links: [link('/foo')], files: [{ path: '/foo/bar' }] }, [err(['files', 0], E.ErrFileUsedSymlink)]],
    ['directory uses a link', { links: [link('/foo')], directories: [{ path: '/foo/bar' }] }, [err(['directories', 0], E.ErrDirectoryUsedSymlink)]],
    ['link uses a link', { links: [link('/foo'), link('/foo/bar')] }, [err(['links', 1], E.ErrLinkUsedSymlink)]],
    ['two links', { links: [link('/foo'), link('/foob/bar')] }, []],
    ['hard link to a directory', { links: [link('/quux', { target: '/foo/bar', hard: true })], directories: [{ path: '/foo/bar' }] }, [err(['links', 0], E.ErrHardLinkToDirectory)]],
    ['hard link user id', { links: [link('/quux', { target: '/foo/bar', hard: true, user: { id: 10 } })] }, [warn(['links', 0, 'user', 'id'], E.ErrHardLinkSpecifiesOwner)]],
    ['hard link user name', { links: [link('/quux', { target: '/foo/bar', hard: true, user: { name: 'bovik' } })] }, [warn(['links', 0, 'user', 'name'], E.ErrHardLinkSpecifiesOwner)]],
    ['hard link group id', { links: [link('/quux', { target: '/foo/bar', hard: true, group: { id: 10 } })] }, [warn(['links', 0, 'group', 'id'], E.ErrHardLinkSpecifiesOwner)]],
    ['hard link group name', { links: [link('/quux', { target: '/foo/bar', hard: true, group: { name: 'bovik' } })] }, [warn(['links', 0, 'group', 'name'], E.ErrHardLinkSpecifiesOwner)]],
    ['partitioned disk', { disks: [{ device: '/dev/sda', partitions: [{}, {}] }], filesystems: [{ device: '/dev/sda' }] }, [warn(['filesystems', 0, 'device'], E.ErrPartitionsOverwritten)]],
    ['wiped disk', { disks: [{ device: '/dev/sda', wipeTable: true }], filesystems: [{ device: '/dev/sda' }] }, [warn(['filesystems', 0, 'device'], E.ErrFilesystemImplicitWipe)]],
    ['unwiped disk', { disks: [{ device: '/dev/sda', wipeTable: false }], filesystems: [{ device: '/dev/sda' }] }, []],
    ['disk without partitions', { disks: [{ device: '/dev/sdb' }], filesystems: [{ device: '/dev/sdb' }] }, []],
    ['one error per matching link', { links: [link('/a'), link('/a')], files: [{ path: '/a/b' }] }, [err(['files', 0], E.ErrFileUsedSymlink), err(['files', 0], E.ErrFileUsedSymlink)]],
  ] as const)('%s', (_n, storage, want) => expect(run((r) => validateStorage(mut(storage), [], r, V))).toEqual(want));
  it('3.3 requires link targets', () => {
    expect(run((r) => validateStorage({ links: [{ path: '/a' }] }, [], r, '3.3'))).toEqual([err(['links', 0, 'target'], E.ErrLinkTargetRequired)]);
  });
});

describe('TestSystemdValidate (systemd_test.go)', () => {
  const tpl = '[Unit]\nDescription=echo service template\n[Service]\nType=oneshot\nExecStart=/bin/echo %i\n[Install]\nWantedBy=multi-user.target\n';
  const noInstall = (t: string, u: string): Found => ({
    kind: 'warning', path: ['units', 1, 'contents'], message: `template unit "${t}" for "${u}" doesn't have Install section`,
  });
  it.each([
    ['template without install', [{ name: 'test@.service', contents: '[Foo]\nQux=Bar' }, { name: 'test@foo.service', enabled: true }], [noInstall('test@.service', 'test@foo.service')]],
    ['template alone', [{ name: 'test2@.service', contents: '[Foo]\nQux=Bar' }], []],
    ['instance disabled', [{ name: 'test@.service', contents: '[Foo]\nQux=Bar' }, { name: 'test@foo.service', enabled: false }], []],
    ['template with install, disabled', [{ name: 'test2@.service', contents: tpl }, { name: 'test2@foo.service', enabled: false }], []],
    ['template with install', [{ name: 'test2@.service', contents: tpl }, { name: 'test2@bar.service', enabled: true }], []],
    ['other template', [{ name: 'test@.service', contents: tpl }, { name: 'test2@foo.service', enabled: true }], []],
    ['template without contents', [{ name: 'test@.service' }, { name: 'test@bar.service', enabled: true }], []],
  ] as const)('%s', (_n, units, want) => expect(run((r) => validateSystemd({ units: [...units] }, [], r))).toEqual(want));
});

describe('TestSystemdUnitValidateContents / Name / DropIn (unit_test.go)', () => {
  const bad = { code: 'INVALID_UNIT_CONTENT', message: 'invalid unit content: unable to find end of section' };
  it.each([
    [{ name: 'test.service', contents: '[Foo]\nQux=Bar' }, []],
    [{ name: 'test.service', contents: '[Foo' }, [err(['contents'], bad)]],
    [{ name: 'test.service', contents: '', dropins: [{ name: '' }] }, []],
    [{ name: 'test.blah' }, [err(['name'], E.ErrInvalidSystemdExt)]],
    [{ name: 'test.service', enabled: true, contents: '[Service]\nA=b' }, [{
      kind: 'warning', path: ['contents'], message: 'unit "test.service" is enabled, but has no install section so enable does nothing',
    }]],
  ] as const)('unit %j', (u, want) => expect(run((r) => validateUnit(mut(u), [], r))).toEqual(want));
  it.each([
    [{ name: 'test.conf', contents: '[Foo]\nQux=Bar' }, []],
    [{ name: 'test.conf', contents: '[Foo' }, [err(['contents'], bad)]],
    [{ name: 'test.txt' }, [err(['name'], E.ErrInvalidSystemdDropinExt)]],
  ] as const)('dropin %j', (d, want) => expect(run((r) => validateDropin(d, [], r))).toEqual(want));
});

describe('TestConfigValidation (config_test.go)', () => {
  const dropin = { name: 'foo.service', dropins: [{ name: 'bar.conf', contents: '[Foo]\nQux=Bar' }] };
  const unit = { name: 'foo.service', contents: '[Foo]\nQux=Bar', enabled: true };
  it.each([
    ['file conflicts with dropin', { files: [{ path: '/etc/systemd/system/foo.service.d/bar.conf' }] }, dropin, ['storage', 'files', 0, 'path']],
    ['file conflicts with unit', { files: [{ path: '/etc/systemd/system/foo.service' }] }, unit, ['storage', 'files', 0, 'path']],
    ['directory conflicts with dropin', { directories: [{ path: '/etc/systemd/system/foo.service.d/bar.conf' }] }, dropin, ['storage', 'directories', 0, 'path']],
    ['directory conflicts with unit', { directories: [{ path: '/etc/systemd/system/foo.service' }] }, unit, ['storage', 'directories', 0, 'path']],
    ['link conflicts with dropin', { links: [{ path: '/etc/systemd/system/foo.service.d/bar.conf', target: '/qux.conf' }] }, dropin, ['storage', 'links', 0, 'path']],
    ['link conflicts with unit', { links: [{ path: '/etc/systemd/system/foo.service', target: '/qux.conf' }] }, unit, ['storage', 'links', 0, 'path']],
  ] as const)('%s', (_n, storage, u, at) => {
    const cfg = mut({ ignition: { version: '3.2.0' }, storage, systemd: { units: [u] } });
    expect(run((r) => validateConfig(cfg, [], r))).toEqual([err([...at], E.ErrPathConflictsSystemd)]);
  });
  it('non-conflicting scenarios', () => {
    const cfg = {
      ignition: { version: '3.2.0' },
      storage: {
        files: [
          { path: '/etc/systemd/system/bar.service.d/baz.conf' },
          { path: '/etc/systemd/system/bar.service' },
          { path: '/etc/systemd/system/foo.service.d/qux.conf' },
        ],
        links: [
          { path: '/etc/systemd/system/qux.service', target: '/qux.conf' },
          { path: '/etc/systemd/system/quux.service.d/foo.conf', target: '/foo.conf' },
        ],
        directories: [{ path: '/etc/systemd/system/quux.service.d' }],
      },
      systemd: {
        units: [
          { name: 'foo.service', contents: '[Foo]\nQux=Baz', enabled: true },
          { name: 'bar.service', dropins: [{ name: 'baz.conf' }], enabled: true },
          { name: 'qux.service', dropins: [{ name: 'bar.conf', contents: '[Foo]\nQux=Baz' }] },
          { name: 'quux.service', contents: '[Foo]\nQux=Baz', enabled: true },
        ],
      },
    };
    expect(run((r) => validateConfig(cfg, [], r))).toEqual([]);
  });
});

describe('TestIgnitionValidate (ignition_test.go), proxy_test.go, tls_test.go', () => {
  it.each([
    ['3.2.0', []],
    ['3.2.0-experimental', [err(['version'], E.ErrUnknownVersion)]],
    ['3.1.0', [err(['version'], E.ErrUnknownVersion)]],
    ['', [err(['version'], E.ErrInvalidVersion)]],
    ['3.2', [err(['version'], E.ErrInvalidVersion)]],
    ['+3.2.0', [err(['version'], E.ErrInvalidVersion)]], // '+' starts the build metadata
    ['03.2.0', []], // strconv.ParseInt accepts leading zeros
  ] as const)('version %s', (version, want) => expect(run((r) => validateIgnitionSection({ version }, [], r, V))).toEqual(want));
  it.each([
    [{ httpProxy: 'http://p', httpsProxy: 'https://p' }, []],
    [{ httpsProxy: 'http://p' }, [warn(['httpsProxy'], E.ErrInsecureProxy)]],
    [{ httpProxy: 'ftp://p' }, [err(['httpProxy'], E.ErrInvalidProxy)]],
    [{ httpProxy: '%zz' }, [err(['httpProxy'], E.ErrInvalidUrl)]],
  ] as const)('proxy %j', (p, want) => expect(run((r) => validateProxy(p, [], r))).toEqual(want));
  it.each([
    [[{ source: 'https://example.com/ca.pem' }], []],
    [[{}], [err(['certificateAuthorities', 0], E.ErrSourceRequired)]],
    [[{ source: 'ftp://x' }], [err(['certificateAuthorities', 0], E.ErrInvalidScheme)]],
  ] as const)('tls %j', (cas, want) => expect(run((r) => validateTLS({ certificateAuthorities: [...cas] }, [], r, V))).toEqual(want));
});
