// U+FEFF is an ordinary character to Go, wherever it is in a string. TextDecoder drops one at the start
// of the bytes it decodes unless told not to; decoding JSON text after an escape starts exactly there.
import { describe, expect, it } from 'vitest';
import { parseIgnition, renderPool } from '../../src/index.js';

describe('U+FEFF after an escape in JSON text', () => {
  it.each([
    ['3.2.0', '/etc/a\\u0041\ufeffb', '/etc/aA\ufeffb'],
    ['3.2.0', '/etc/a\\ud800\ufeff', '/etc/a\ufffd\ufeff'],
    ['3.4.0', '/etc/\\"\ufeff', '/etc/"\ufeff'],
  ])('spec %s: %j decodes to %j', (version, written, expected) => {
    const text = `{"ignition":{"version":"${version}"},"storage":{"files":[{"path":"${written}"}]}}`;
    expect(parseIgnition(text).storage?.files?.[0]?.path).toBe(expected);
  });

  it('spec 2.2: a lone surrogate then U+FEFF renders as U+FFFD then U+FEFF (the name MCO computes)', () => {
    const input = (key: string) => ({
      pool: { metadata: { name: 'worker' }, spec: { machineConfigSelector: { matchLabels: { r: 'w' } } } },
      machineConfigs: [{ metadata: { name: '00-worker', labels: { r: 'w' } }, spec: { config: { ignition: { version: '2.2.0' }, passwd: { users: [{ name: 'core', sshAuthorizedKeys: [key] }] } } } }],
    });
    const lone = renderPool(input('\ud800\ufeff'));
    expect(lone.ignition.passwd?.users?.[0]?.sshAuthorizedKeys).toEqual(['\ufffd\ufeff']);
    expect(lone.name).toBe(renderPool(input('\ufffd\ufeff')).name);
    expect(lone.name).not.toBe(renderPool(input('\ufffd')).name);
  });
});
