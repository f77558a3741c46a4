// planUpdate scenarios. Where a case's expectation is MCO's, it was checked against the release-4.13
// daemon oracle (../shared/oracle/daemon_oracle_test.go.txt) with the same input.
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import type { MachineConfig } from '../../src/kube/types.js';
import { planUpdate, type UpdatePlan } from '../../src/update/plan-update.js';

const IMAGE = 'quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:0000';

function rendered(spec: Partial<NonNullable<MachineConfig['spec']>> = {}, ignition: Record<string, unknown> = {}): MachineConfig {
  return {
    apiVersion: 'machineconfiguration.openshift.io/v1',
    kind: 'MachineConfig',
    metadata: { name: 'rendered-worker-0' },
    spec: {
      osImageURL: IMAGE,
      config: { ignition: { version: '3.2.0' }, ...ignition },
      kernelArguments: [],
      extensions: [],
      fips: false,
      kernelType: 'default',
      ...spec,
    },
  };
}

const file = (path: string, text = 'x') => ({ path, contents: { source: `data:,${text}` }, mode: 420, overwrite: true });
const files = (...fs: ReturnType<typeof file>[]) => ({ storage: { files: fs } });
const coreUser = (extra: Record<string, unknown> = {}) => ({ passwd: { users: [{ name: 'core', sshAuthorizedKeys: ['ssh-ed25519 AAAA'], ...extra }] } });

const base = rendered();
const NO_DIFF = { osUpdate: false, kargs: false, fips: false, passwd: false, files: false, units: false, kernelType: false, extensions: false };

function ok(plan: UpdatePlan) {
  if (!plan.reconcilable) throw new Error(`not reconcilable: ${plan.code}: ${plan.reason}`);
  return plan;
}

describe('seed scenarios (trying-out-coreos-layering)', () => {
  it('adding /etc/machine-config-daemon/no-reboot/containers-gpg.pub reloads crio, no reboot', () => {
    const plan = ok(planUpdate(base, rendered({}, files(file('/etc/machine-config-daemon/no-reboot/containers-gpg.pub', 'Woohoo')))));
    expect(plan.actions).toEqual(['reload crio']);
    expect(plan.changedFiles).toEqual(['/etc/machine-config-daemon/no-reboot/containers-gpg.pub']);
    expect(plan.diff).toEqual({ ...NO_DIFF, files: true });
  });

  it('a file under the no-reboot folder other than containers-gpg.pub reboots (one file, not a folder)', () => {
    const plan = ok(planUpdate(base, rendered({}, files(file('/etc/machine-config-daemon/no-reboot/other.pub')))));
    expect(plan.actions).toEqual(['reboot']);
  });

  it('adding the usbguard extension reboots and installs its package', () => {
    const plan = ok(planUpdate(base, rendered({ extensions: ['usbguard'] })));
    expect(plan.actions).toEqual(['reboot']);
    expect(plan.diff).toEqual({ ...NO_DIFF, extensions: true });
    expect(plan.extensionArgs).toEqual(['update', '--install', 'usbguard']);
  });

  it('adding kernel argument hugepagesz=4M reboots', () => {
    const plan = ok(planUpdate(base, rendered({ kernelArguments: ['hugepagesz=4M'] })));
    expect(plan.actions).toEqual(['reboot']);
    expect(plan.diff).toEqual({ ...NO_DIFF, kargs: true });
    expect(plan.kernelArgumentArgs).toEqual(['--append=hugepagesz=4M']);
  });

  it('adding /etc/test-file reboots', () => {
    expect(ok(planUpdate(base, rendered({}, files(file('/etc/test-file'))))).actions).toEqual(['reboot']);
  });
});

describe('post-config-change actions', () => {
  const table: ReadonlyArray<{ name: string; old: MachineConfig; new: MachineConfig; actions: string[]; changedFiles?: string[] }> = [
    { name: 'no change', old: base, new: rendered(), actions: ['none'] },
    { name: 'registries.conf', old: base, new: rendered({}, files(file('/etc/containers/registries.conf'))), actions: ['reload crio'] },
    { name: 'policy.json', old: base, new: rendered({}, files(file('/etc/containers/policy.json'))), actions: ['reload crio'] },
    {
      name: 'kubelet CA and pull secret need nothing',
      old: base,
      new: rendered({}, files(file('/etc/kubernetes/kubelet-ca.crt'), file('/var/lib/kubelet/config.json'))),
      actions: ['none'],
      changedFiles: ['/etc/kubernetes/kubelet-ca.crt', '/var/lib/kubelet/config.json'],
    },
    {
      name: 'crio file plus any other file reboots',
      old: base,
      new: rendered({}, files(file('/etc/containers/registries.conf'), file('/etc/chrony.conf'))),
      actions: ['reboot'],
      changedFiles: ['/etc/chrony.conf', '/etc/containers/registries.conf'],
    },
    { name: 'a removed crio file reloads crio', old: rendered({}, files(file('/etc/containers/policy.json'))), new: base, actions: ['reload crio'] },
    { name: 'core SSH keys only', old: base, new: rendered({}, coreUser()), actions: ['none'] },
    { name: 'OS image', old: base, new: rendered({ osImageURL: 'quay.io/x@sha256:1111' }), actions: ['reboot'] },
    { name: 'kernel type', old: base, new: rendered({ kernelType: 'realtime' }), actions: ['reboot'] },
    { name: 'kernel type "" equals default', old: rendered({ kernelType: '' }), new: base, actions: ['none'] },
    { name: 'units', old: base, new: rendered({}, { systemd: { units: [{ name: 'a.service', enabled: true }] } }), actions: ['reboot'] },
    { name: 'nil and empty kernel arguments are equal', old: rendered({ kernelArguments: null }), new: base, actions: ['none'] },
  ];
  for (const c of table) {
    it(`${c.name} → ${c.actions.join(', ')}`, () => {
      const plan = ok(planUpdate(c.old, c.new));
      expect(plan.actions).toEqual(c.actions);
      if (c.changedFiles) expect(plan.changedFiles).toEqual(c.changedFiles);
    });
  }
});

describe('refusals', () => {
  const table: ReadonlyArray<{ name: string; old: MachineConfig; new: MachineConfig; code: string; reason: string }> = [
    {
      name: 'groups', old: base, new: rendered({}, { passwd: { groups: [{ name: 'g' }] } }),
      code: 'GROUPS_CHANGED', reason: 'ignition Passwd Groups section contains changes',
    },
    {
      name: 'core deleted', old: rendered({}, coreUser()), new: base,
      code: 'USERS_CHANGED', reason: 'ignition passwd user section contains unsupported changes: user core may not be deleted',
    },
    {
      name: 'core deleted (empty list)', old: rendered({}, coreUser()), new: rendered({}, { passwd: { users: [] } }),
      code: 'USERS_CHANGED', reason: 'ignition passwd user section contains unsupported changes: user core may not be deleted',
    },
    {
      name: 'non-core user', old: base, new: rendered({}, { passwd: { users: [{ name: 'admin', sshAuthorizedKeys: ['k'] }] } }),
      code: 'USERS_CHANGED', reason: 'ignition passwd user section contains unsupported changes: non-core user',
    },
    {
      name: 'core with a shell', old: base, new: rendered({}, coreUser({ shell: '/bin/zsh' })),
      code: 'USERS_CHANGED', reason: 'SSH keys and password hash are not reconcilable',
    },
    {
      name: 'core with an empty groups list', old: rendered({}, coreUser()), new: rendered({}, coreUser({ groups: [] })),
      code: 'USERS_CHANGED', reason: 'SSH keys and password hash are not reconcilable',
    },
    {
      name: 'core without keys or hash', old: rendered({}, coreUser()), new: rendered({}, { passwd: { users: [{ name: 'core', sshAuthorizedKeys: [] }] } }),
      code: 'USERS_CHANGED', reason: 'ignition passwd user section contains unsupported changes: user must be core and have 1 or more sshKeys',
    },
    {
      name: 'users nil vs empty (MCO panics)', old: base, new: rendered({}, { passwd: { users: [] } }),
      code: 'DAEMON_PANIC', reason: 'runtime error: index out of range [-1]',
    },
    {
      name: 'disks', old: base, new: rendered({}, { storage: { disks: [{ device: '/dev/sdb', wipeTable: true }] } }),
      code: 'DISKS_CHANGED', reason: 'ignition disks section contains changes',
    },
    {
      name: 'filesystems', old: base, new: rendered({}, { storage: { filesystems: [{ device: '/dev/sdb', format: 'xfs', path: '/var' }] } }),
      code: 'FILESYSTEMS_CHANGED', reason: 'ignition filesystems section contains changes',
    },
    {
      name: 'raid', old: base, new: rendered({}, { storage: { raid: [{ name: 'md0', level: 'raid1', devices: ['/dev/sdb', '/dev/sdc'] }] } }),
      code: 'RAID_CHANGED', reason: 'ignition raid section contains changes',
    },
    {
      name: 'directories', old: base, new: rendered({}, { storage: { directories: [{ path: '/etc/d' }] } }),
      code: 'DIRECTORIES_CHANGED', reason: 'ignition directories section contains changes',
    },
    {
      name: 'links changed', old: rendered({}, { storage: { links: [{ path: '/etc/l', target: '/a' }] } }), new: rendered({}, { storage: { links: [{ path: '/etc/l', target: '/b' }] } }),
      code: 'LINKS_ADDED', reason: 'ignition links section contains changes',
    },
    {
      name: 'append', old: base, new: rendered({}, { storage: { files: [{ path: '/etc/chrony.conf', append: [{ source: 'data:,x' }] }] } }),
      code: 'FILE_APPEND', reason: 'ignition file /etc/chrony.conf includes append',
    },
    {
      name: 'force file', old: base, new: rendered({}, files(file('/run/machine-config-daemon-force'))),
      code: 'FORCE_FILE', reason: 'cannot create /run/machine-config-daemon-force via Ignition',
    },
    {
      name: 'fips turned on', old: base, new: rendered({ fips: true }),
      code: 'FIPS_CHANGED', reason: 'detected change to FIPS flag; refusing to modify FIPS on a running cluster',
    },
    {
      name: 'fips turned off', old: rendered({ fips: true }), new: base,
      code: 'FIPS_CHANGED', reason: 'detected change to FIPS flag; refusing to modify FIPS on a running cluster',
    },
  ];
  for (const c of table) {
    it(`${c.name} → ${c.code}`, () => {
      expect(planUpdate(c.old, c.new)).toEqual({ reconcilable: false, code: c.code, reason: c.reason });
    });
  }

  it('allows removing links and changing LUKS (MCO does not compare it)', () => {
    expect(ok(planUpdate(rendered({}, { storage: { links: [{ path: '/etc/l', target: '/a' }] } }), base)).actions).toEqual(['none']);
    expect(ok(planUpdate(base, rendered({}, { storage: { luks: [{ name: 'root', device: '/dev/sda4' }] } }))).actions).toEqual(['none']);
  });
});

describe('Ignition configs that do not parse or validate (messages from the MCO 4.13 daemon oracle)', () => {
  const withConfig = (config: unknown): MachineConfig => ({ spec: { config } });
  const table: ReadonlyArray<{ name: string; old: MachineConfig; new: MachineConfig; code: string; reason: string }> = [
    {
      name: 'new config absent', old: base, new: { spec: {} }, code: 'PARSE_FAILED',
      reason: 'parsing new Ignition config failed with error: failed to parse Ignition config: parsing Ignition config spec v3 failed with error: not a config (empty)\nReport: ',
    },
    {
      name: 'old config of an unknown version', old: withConfig({ ignition: { version: '9.9.9' } }), new: base, code: 'IGNITION_VERSION',
      reason: 'parsing old Ignition config failed with error: failed to parse Ignition config: parsing Ignition config failed: unknown version. Supported spec versions: 2.2, 3.0, 3.1, 3.2, 3.3, 3.4',
    },
    {
      name: 'new config without a version', old: base, new: withConfig({}), code: 'IGNITION_VERSION',
      reason: 'parsing new Ignition config failed with error: failed to parse Ignition config: parsing Ignition config failed: invalid version. Supported spec versions: 2.2, 3.0, 3.1, 3.2, 3.3, 3.4',
    },
    {
      name: '3.4 special mode bits', old: base,
      new: withConfig({ ignition: { version: '3.4.0' }, storage: { files: [{ path: '/etc/a', mode: 0o4755, contents: { source: 'data:,a' } }] } }),
      code: 'PARSE_FAILED',
      reason: 'parsing new Ignition config failed with error: failed to parse Ignition config: translating Ignition config 3.4 to 3.3 failed with error: Invalid input config: special mode bits are not supported in spec v3.3',
    },
    {
      name: '2.2 special mode bits survive the conversion and fail ValidateIgnition', old: base,
      new: withConfig({ ignition: { version: '2.2.0' }, storage: { files: [{ filesystem: 'root', path: '/etc/a', mode: 0o4755, contents: { source: 'data:,a' } }] } }),
      code: 'INVALID_IGNITION', reason: 'invalid mode 04755 for /etc/a, cannot exceed 0777',
    },
  ];
  for (const c of table) {
    it(`${c.name} → ${c.code}`, () => expect(planUpdate(c.old, c.new)).toEqual({ reconcilable: false, code: c.code, reason: c.reason }));
  }

  it('3.2 special mode bits are dropped by the up-translation: the file just changes', () => {
    const next = withConfig({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/etc/a', mode: 0o4755, contents: { source: 'data:,a' } }] } });
    expect(ok(planUpdate(base, next)).actions).toEqual(['reboot']);
  });

  it('a 2.2 file converts with overwrite: true, so the same file in 3.2 without overwrite is a change', () => {
    const v22 = withConfig({ ignition: { version: '2.2.0' }, storage: { files: [{ filesystem: 'root', path: '/etc/a', mode: 420, contents: { source: 'data:,a' } }] } });
    const v32 = (extra: Record<string, unknown>) =>
      withConfig({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/etc/a', mode: 420, contents: { source: 'data:,a' }, ...extra }] } });
    expect(ok(planUpdate(v22, v32({}))).changedFiles).toEqual(['/etc/a']);
    expect(ok(planUpdate(v22, v32({ overwrite: true }))).diff).toEqual(NO_DIFF);
  });
});

describe('FIPS and the node', () => {
  const on = rendered({ fips: true });
  it('refuses by default, as a node installed with the old setting does', () => {
    expect(planUpdate(base, on).reconcilable).toBe(false);
  });
  it('with nodeFips: null (no /proc/sys/crypto/fips_enabled) skips the check: a FIPS change reboots', () => {
    const plan = ok(planUpdate(base, on, { nodeFips: null }));
    expect(plan.diff.fips).toBe(true);
    expect(plan.actions).toEqual(['reboot']);
  });
  it('with the node already in the desired mode accepts, and the diff shows no FIPS change (MCO overwrites the old flag)', () => {
    const plan = ok(planUpdate(base, on, { nodeFips: true }));
    expect(plan.diff.fips).toBe(false);
    expect(plan.actions).toEqual(['none']);
  });
  it('refuses when the desired mode differs from the node even if the configs agree', () => {
    expect(planUpdate(on, on, { nodeFips: false })).toMatchObject({ reconcilable: false, code: 'FIPS_CHANGED' });
  });
  it('accepts an unchanged FIPS setting', () => {
    expect(ok(planUpdate(on, on)).diff).toEqual(NO_DIFF);
  });
});

describe('extensions', () => {
  it('maps extensions to the catalog packages on RHCOS, sorted, installs before uninstalls', () => {
    const plan = ok(planUpdate(rendered({ extensions: ['usbguard', 'kernel-devel'] }), rendered({ extensions: ['sandboxed-containers', 'kerberos', 'kernel-devel'] })));
    expect(plan.extensionArgs).toEqual(['update', '--install', 'krb5-workstation', '--install', 'libkadm5', '--install', 'kata-containers', '--uninstall', 'usbguard']);
  });
  it('installs each extension as a package on FCOS', () => {
    const plan = ok(planUpdate(base, rendered({ extensions: ['usbguard', 'kerberos'] }), { os: 'fcos' }));
    expect(plan.extensionArgs).toEqual(['update', '--install', 'kerberos', '--install', 'usbguard']);
  });
  it('takes a custom catalog, as an ExtensionCatalog or a bare table', () => {
    const table = { wasm: ['crun-wasm'] };
    expect(ok(planUpdate(base, rendered({ extensions: ['wasm'] }), { extensionCatalog: table })).extensionArgs).toEqual(['update', '--install', 'crun-wasm']);
    const catalog = { release: 'x', source: 'test', extensions: table, kernelPackages: {} };
    expect(ok(planUpdate(base, rendered({ extensions: ['wasm'] }), { extensionCatalog: catalog })).extensionArgs).toEqual(['update', '--install', 'crun-wasm']);
  });
  it('plans unknown extensions as reconcilable (MCO fails them later, in applyExtensions), with no packages on RHCOS', () => {
    const plan = ok(planUpdate(base, rendered({ extensions: ['foo'] })));
    expect(plan.diff.extensions).toBe(true);
    expect(plan.extensionArgs).toEqual(['update']);
  });
  it('a reorder is an extensions change without package moves', () => {
    const plan = ok(planUpdate(rendered({ extensions: ['usbguard', 'kerberos'] }), rendered({ extensions: ['kerberos', 'usbguard'] })));
    expect(plan.diff.extensions).toBe(true);
    expect(plan.extensionArgs).toEqual(['update']);
  });
});

describe('input handling', () => {
  it('treats a missing old config as the empty MachineConfig', () => {
    const plan = ok(planUpdate(null, rendered({ osImageURL: '' }, files(file('/etc/a')))));
    expect(plan.diff).toEqual({ ...NO_DIFF, files: true });
    expect(plan.changedFiles).toEqual(['/etc/a']);
  });
  it('reads spec fields case-insensitively, as Go does', () => {
    const next = { Spec: { Config: { ignition: { version: '3.2.0' } }, OSImageURL: IMAGE, KernelArguments: ['a'] } } as unknown as MachineConfig;
    expect(ok(planUpdate(base, next)).kernelArgumentArgs).toEqual(['--append=a']);
  });
  it('does not modify its inputs', () => {
    const a = rendered({ fips: true, kernelArguments: ['x'] }, coreUser());
    const b = rendered({ fips: true, kernelArguments: ['y'] }, files(file('/etc/a')));
    const before = JSON.stringify([a, b]);
    planUpdate(a, b, { nodeFips: false });
    planUpdate(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
  });
  it('sorts changed files in Go byte order', () => {
    const plan = ok(planUpdate(base, rendered({}, files(file('/etc/b'), file('/etc/\u{1F600}'), file('/etc/\uFFFD'), file('/etc/a')))));
    expect(plan.changedFiles).toEqual(['/etc/a', '/etc/b', '/etc/\uFFFD', '/etc/\u{1F600}']);
  });
  const bad: ReadonlyArray<[string, unknown, unknown]> = [
    ['new missing', base, undefined],
    ['not an object', base, 'rendered-worker'],
    ['kernelArguments not a list', base, { spec: { config: { ignition: { version: '3.2.0' } }, kernelArguments: 'a b' } }],
    ['fips not a boolean', base, { spec: { config: { ignition: { version: '3.2.0' } }, fips: 'yes' } }],
    ['bad options', base, base],
  ];
  for (const [name, a, b] of bad) {
    it(`throws RenderError INVALID_INPUT: ${name}`, () => {
      const opts = name === 'bad options' ? ({ os: 'windows' } as never) : undefined;
      expect(() => planUpdate(a as MachineConfig, b as MachineConfig, opts)).toThrow(RenderError);
      expect(() => planUpdate(a as MachineConfig, b as MachineConfig, opts)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    });
  }
});
