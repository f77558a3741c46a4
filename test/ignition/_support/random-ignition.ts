/**
 * Test helper: seeded random Ignition documents (mostly 3.x, some 2.2 and some broken), drawn from
 * values that hit the validators' branches: dirty and relative paths, special and illegal modes, every
 * URL scheme and data URL shape, bad hashes, unit contents with and without [Install], duplicate
 * entries, links above paths, unknown and case-folded keys, wrong JSON types.
 */

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const PATHS = ['/etc/a', '/etc/b', '/etc/a/b', '/etc/l/x', '/etc/l', 'etc/rel', '/etc//d', '/etc/./e', '/etc/../f', '/etc/g/', '',
  '/etc/ü', '/etc/systemd/system/a.service', '/', '/etc/l2/y/z', '/etc/l2'];
const SOURCES = ['data:,abc', 'data:,', 'data:,a%20b', 'data:,a b', 'data:,%zz', 'data:,%4', 'data:;base64,aGVsbG8=',
  'data:;base64,aGVsbG8', 'data:text/plain;charset=utf-8,x%20y', 'data:foo/bar,1', 'data:,ü', 'https://example.com/x',
  'http://example.com/x#frag', 'http://[::1', 's3://b/k?versionId=', 's3://b/k?versionId=1', 'gs://b/o',
  'arn:aws:s3:::bucket/key', 'arn:aws:ec2:::x/y', 'ftp://x', 'tftp://x/y', '', 'http://a b', ':nope', 'data:'];
const HASHES = ['sha512-' + 'a'.repeat(128), 'sha256-' + 'b'.repeat(64), 'sha512-abc', 'md5-x', 'nodash'];
const MODES: unknown[] = [420, 493, 0o4755, 0o1777, -1, 0o10000, 0, 1.5, '420', 2 ** 40];
const VERSIONS: unknown[] = ['3.2.0', '3.2.0', '3.2.0', '3.1.0', '3.0.0', '3.3.0', '3.4.0', '3.2.0-experimental', 'x'];
const UNIT_NAMES = ['a.service', 'b.service', 'foo@.service', 'foo@bar.service', 'c.timer', 'bad.ext', 'a.service'];
const UNIT_CONTENTS = ['[Unit]\nDescription=x\n[Install]\nWantedBy=multi-user.target\n', '[Service]\nExecStart=/bin/true\n',
  'garbage', '', '[Unit\n', '[U]\nA=' + 'x'.repeat(2100) + '\n'];

export function randomIgnition(r: () => number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const maybe = (p = 0.5): boolean => r() < p;
  const resource = (): Record<string, unknown> => {
    const res: Record<string, unknown> = {};
    if (maybe(0.9)) res['source'] = pick(SOURCES);
    if (maybe(0.1)) res['compression'] = pick(['gzip', '', 'bz2']);
    if (maybe(0.1)) res['verification'] = { hash: pick(HASHES) };
    if (maybe(0.05)) res['httpHeaders'] = [{ name: 'A', value: 'b' }, { name: pick(['A', '']), value: null }];
    if (maybe(0.03)) res['extra'] = 1;
    return res;
  };
  const node = (kind: 'file' | 'dir' | 'link'): Record<string, unknown> => {
    const n: Record<string, unknown> = { path: pick(PATHS) };
    if (maybe(0.15)) n['user'] = maybe() ? { id: pick([0, 1000]) } : { name: 'core', id: 1 };
    if (maybe(0.5)) n['overwrite'] = pick([true, false, null]);
    if (kind === 'file') {
      if (maybe(0.8)) n['contents'] = maybe(0.05) ? {} : resource();
      if (maybe(0.1)) n['append'] = [resource()];
      if (maybe(0.8)) n['mode'] = pick(MODES);
    } else if (kind === 'dir') {
      if (maybe(0.7)) n['mode'] = pick(MODES);
    } else {
      if (maybe(0.8)) n['target'] = pick(['/etc/t', 'rel', '', '/etc/a']);
      if (maybe(0.4)) n['hard'] = maybe();
    }
    if (maybe(0.03)) n['Path'] = pick(PATHS);
    if (maybe(0.03)) n['bogus'] = 'x';
    return n;
  };
  const cfg: Record<string, unknown> = { ignition: { version: pick(VERSIONS) } };
  if (maybe(0.05)) (cfg['ignition'] as Record<string, unknown>)['config'] = { merge: [resource()] };
  if (maybe(0.9)) {
    const storage: Record<string, unknown> = {};
    cfg['storage'] = storage;
    storage['files'] = Array.from({ length: Math.floor(r() * 6) }, () => node('file'));
    if (maybe(0.3)) storage['directories'] = Array.from({ length: Math.floor(r() * 3) }, () => node('dir'));
    if (maybe(0.3)) storage['links'] = Array.from({ length: Math.floor(r() * 3) }, () => node('link'));
    if (maybe(0.03)) storage['raid'] = [{ name: 'md', level: pick(['raid1', 'bad']), devices: ['/dev/a', '/dev/a'] }];
    if (maybe(0.02)) storage['files'] = { not: 'a list' };
  }
  if (maybe(0.5)) {
    cfg['systemd'] = {
      units: Array.from({ length: Math.floor(r() * 4) }, () => {
        const u: Record<string, unknown> = { name: pick(UNIT_NAMES) };
        if (maybe(0.7)) u['contents'] = pick(UNIT_CONTENTS);
        if (maybe(0.5)) u['enabled'] = maybe();
        if (maybe(0.15)) u['dropins'] = [{ name: pick(['a.conf', 'b.txt']), contents: pick(UNIT_CONTENTS) }];
        return u;
      }),
    };
  }
  if (maybe(0.1)) cfg['passwd'] = { users: [{ name: 'core', sshAuthorizedKeys: ['k', 'k'] }, { name: pick(['core', 'x']) }] };
  if (maybe(0.05)) cfg['kernelArguments'] = { shouldExist: ['a', 'a'] };
  if (maybe(0.03)) cfg['Storage'] = { files: [node('file')] };
  if (maybe(0.03)) cfg['unknownTop'] = { a: 1 };
  return cfg;
}
