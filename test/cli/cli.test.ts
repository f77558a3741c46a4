// The built `layering-render` bin (dist/cli.js) run as a child process, as users and CI run it: on the
// bundled example, on a directory of mixed manifests (checked against MCO's own rendering), and on bad
// input (exit status, one line per error, no stack traces).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../_support/seed.js';
import {
  describeUpdatePlan,
  parseManifests,
  planUpdate,
  renderContainerfile,
  renderPool,
  type ControllerConfig,
  type MachineConfig,
  type MachineConfigPool,
} from '../../src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const fixtures = 'test/fixtures/cli';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

let tmp: string;
beforeAll(() => {
  if (!existsSync(cli)) {
    throw new Error(`${cli} is missing: build it with \`npm run build\` (npm test does it in pretest; tsup.config.ts must have the cli entry)`);
  }
  tmp = mkdtempSync(join(tmpdir(), 'layering-cli-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const seed = loadSeed();
const WORKER: MachineConfigPool = {
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfigPool',
  metadata: { name: 'worker' },
  spec: {
    machineConfigSelector: { matchLabels: { 'machineconfiguration.openshift.io/role': 'worker' } },
    nodeSelector: { matchLabels: { 'node-role.kubernetes.io/worker': '' } },
  },
};

describe('render on the bundled example (README first command)', () => {
  it('render --pool layered -f examples/seed prints the rendered MachineConfig', () => {
    const r = run(['render', '--pool', 'layered', '-f', 'examples/seed']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [printed] = parseManifests(r.stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(renderPool(seed).machineConfig)));
  });

  it('-o name is renderPool’s name', () => {
    const r = run(['render', '--pool', 'layered', '-f', 'examples/seed', '-o', 'name']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${renderPool(seed).name}\n`);
  });

  it('-o json is the rendered object, -o ignition its Ignition config', () => {
    const rendered = renderPool(seed);
    expect(JSON.parse(run(['render', '--pool', 'layered', '-f', 'examples/seed', '-o', 'json']).stdout)).toEqual(JSON.parse(JSON.stringify(rendered.machineConfig)));
    expect(run(['render', '--pool', 'layered', '-f', 'examples/seed', '-o', 'ignition']).stdout).toBe(JSON.stringify(rendered.machineConfig.spec.config) + '\n');
  });

  it('reads - as standard input', () => {
    const text = ['layered-pool.yaml', 'machineconfigs.yaml'].map((f) => readFileSync(join(root, 'examples/seed', f), 'utf8')).join('\n---\n');
    expect(run(['render', '--pool', 'layered', '-f', '-', '-o', 'name'], text).stdout).toBe(`${renderPool(seed).name}\n`);
  });
});

describe('render on a directory of YAML and JSON manifests', () => {
  const dir = `${fixtures}/mixed`;
  // The same objects, read by the library the CLI is built on.
  const objects = ['list.json', 'machineconfigs.yaml', 'nested/controllerconfig.yaml'].flatMap((f) =>
    parseManifests(readFileSync(join(root, dir, f), 'utf8'), { filename: f }),
  );
  const machineConfigs = objects.filter((o) => o.kind === 'MachineConfig') as MachineConfig[];
  const controllerConfig = objects.find((o) => o.kind === 'ControllerConfig') as ControllerConfig;
  const oracle = (f: string) => JSON.parse(readFileSync(join(root, fixtures, f), 'utf8')) as { name: string; spec: Record<string, unknown> };

  it('-o name is renderPool’s name on the same objects, and MCO 4.13’s (oracle)', () => {
    const r = run(['render', '--pool', 'worker', '-f', dir, '-o', 'name']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${renderPool({ pool: WORKER, machineConfigs, controllerConfig }).name}\n`);
    expect(r.stdout).toBe(`${oracle('mixed.oracle.json').name}\n`);
  });

  it('the rendered spec is MCO’s, OS images from the ControllerConfig', () => {
    const r = run(['render', '--pool', 'worker', '-f', dir, '-o', 'json']);
    const spec = (JSON.parse(r.stdout) as MachineConfig).spec!;
    expect(spec).toEqual(oracle('mixed.oracle.json').spec);
    expect(spec.osImageURL).toBe(controllerConfig.spec?.baseOSContainerImage);
  });

  it('without a ControllerConfig the OS image fields are empty, as MCO leaves them', () => {
    const r = run(['render', '--pool', 'worker', '-f', `${dir}/list.json`, '-f', `${dir}/machineconfigs.yaml`, '-o', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as MachineConfig;
    expect(out.spec).toMatchObject({ osImageURL: '', baseOSExtensionsContainerImage: '' });
    expect(out.spec).toEqual(oracle('mixed-no-controllerconfig.oracle.json').spec);
    expect(out.metadata?.name).toBe(oracle('mixed-no-controllerconfig.oracle.json').name);
  });

  it('the built-in master pool works too', () => {
    const r = run(['render', '--pool', 'master', '-f', dir, '-o', 'json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as MachineConfig).spec?.kernelArguments).toEqual(['debug']);
  });
});

describe('validate', () => {
  it('prints each problem with file, line and column, and exits 1', () => {
    const r = run(['validate', '-f', `${fixtures}/validate`]);
    const f = `${fixtures}/validate/problems.yaml`;
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual([
      `${f}:14:17: PATH_RELATIVE: MachineConfig 50-broken: path not absolute`,
      `${f}:18:17: FILE_ILLEGAL_MODE: MachineConfig 50-broken: illegal file mode`,
      `${f}:23:7: UNSUPPORTED_EXTENSION: MachineConfig 50-broken: invalid extensions found: [wireguard] (release 4.13)`,
      expect.stringMatching(new RegExp(`^${f}:35:14: INVALID_SELECTOR: MachineConfigPool infra: machineConfigSelector: key: Invalid value: "bad key": `)),
    ]);
  });

  it('is quiet and exits 0 on valid input', () => {
    const r = run(['validate', '-f', 'examples/seed', '-f', `${fixtures}/mixed`]);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('reports a syntax error of one file and goes on with the others', () => {
    writeFileSync(join(tmp, 'broken.yaml'), 'apiVersion: v1\nkind: X\nmetadata:\n\tname: x\n');
    const r = run(['validate', '-f', join(tmp, 'broken.yaml'), '-f', `${fixtures}/validate`]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout)[0]).toMatch(new RegExp(`^${join(tmp, 'broken.yaml')}:4:1: INVALID_INPUT: `));
    expect(lines(r.stdout)).toHaveLength(5);
  });
});

describe('build', () => {
  const images = ['--base-image', `quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:${'b'.repeat(64)}`, '--extensions-image', 'quay.io/example/extensions:4.13'];

  it('writes the Containerfile and its context, prints the content hash and the build command', () => {
    const out = join(tmp, 'build');
    const r = run(['build', '--pool', 'layered', '-f', 'examples/seed', '--out', out, ...images]);
    expect(r.status).toBe(0);
    const expected = renderContainerfile(renderPool(seed), { baseImage: images[1], extensionsImage: images[3] });
    const [hash, podman, buildah] = lines(r.stdout);
    expect(hash).toBe(expected.contentHash);
    expect(podman).toBe(`podman build --file ${out}/Containerfile --tag localhost/layered:${expected.contentHash.slice(7, 19)} ${out}`);
    expect(buildah).toMatch(/^buildah build --file /);
    expect(readFileSync(join(out, 'Containerfile'), 'utf8')).toBe(expected.containerfile);
    for (const [path, content] of Object.entries(expected.context)) expect(readFileSync(join(out, path), 'utf8')).toBe(content);
  });

  it('the layering-prototype flavor and bootc kernel arguments', () => {
    const out = join(tmp, 'proto');
    const r = run(['build', '--pool', 'layered', '-f', 'examples/seed', '--out', out, '--flavor', 'layering-prototype', '--kargs', 'bootc', ...images]);
    expect(r.status).toBe(0);
    const expected = renderContainerfile(renderPool(seed), { flavor: 'layering-prototype', baseImage: images[1], extensionsImage: images[3], kernelArguments: 'bootc' });
    expect(lines(r.stdout)[0]).toBe(expected.contentHash);
    expect(readFileSync(join(out, 'machine-config-ignition.json'), 'utf8')).toBe(expected.context['machine-config-ignition.json']);
  });

  it('without an OS image it says how to give one', () => {
    const r = run(['build', '--pool', 'layered', '-f', 'examples/seed', '--out', join(tmp, 'none')]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/no image reference given: pass --base-image REF, or include the cluster's ControllerConfig/);
  });
});

describe('plan', () => {
  let changed: string;
  beforeAll(() => {
    changed = join(tmp, 'seed-changed');
    cpSync(join(root, 'examples/seed'), changed, { recursive: true });
    const f = join(changed, 'machineconfigs.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('hugepagesz=4M', 'hugepagesz=2M'));
  });

  it('-f OLD --against NEW --pool prints the update plan, exit 0 when reconcilable', () => {
    const r = run(['plan', '-f', 'examples/seed', '--against', changed, '--pool', 'layered']);
    expect(r.status).toBe(0);
    const after = parseManifests(readFileSync(join(changed, 'machineconfigs.yaml'), 'utf8')) as MachineConfig[];
    const plan = planUpdate(renderPool(seed).machineConfig, renderPool({ pool: seed.pool, machineConfigs: after }).machineConfig);
    expect(lines(r.stdout)).toEqual(describeUpdatePlan(plan));
    expect(lines(r.stdout)).toEqual(['reboot: kernel arguments changed (+hugepagesz=2M -hugepagesz=4M)']);
    expect(JSON.parse(run(['plan', '-f', 'examples/seed', '--against', changed, '--pool', 'layered', '-o', 'json']).stdout)).toEqual(plan);
  });

  it('two rendered MachineConfig files; exit 3 when the node cannot reconcile', () => {
    const a = join(tmp, 'a.yaml');
    const b = join(tmp, 'b.json');
    writeFileSync(a, run(['render', '--pool', 'layered', '-f', 'examples/seed']).stdout);
    const fips = JSON.parse(run(['render', '--pool', 'layered', '-f', 'examples/seed', '-o', 'json']).stdout) as MachineConfig;
    fips.spec!.fips = true;
    writeFileSync(b, JSON.stringify(fips));
    const r = run(['plan', a, b]);
    expect(r.status).toBe(3);
    expect(lines(r.stdout)).toEqual(['not reconcilable: detected change to FIPS flag; refusing to modify FIPS on a running cluster']);
    expect(run(['plan', a, a]).status).toBe(0);
  });

  it('needs either two files or -f, --against and --pool (usage error, exit 2)', () => {
    expect(run(['plan', 'examples/seed/machineconfigs.yaml']).status).toBe(2);
    expect(run(['plan', '-f', 'examples/seed', '--pool', 'layered']).status).toBe(2);
  });
});

describe('bad input and usage', () => {
  const noStack = (r: Run) => expect(r.stderr).not.toMatch(/^\s+at /m);

  it('a missing path: exit 1, one line', () => {
    const r = run(['render', '--pool', 'worker', '-f', 'no/such/dir']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: the path "no/such/dir" does not exist\n');
  });

  it('a YAML error: exit 1, file:line:col, no stack trace', () => {
    const f = join(tmp, 'dup.yaml');
    writeFileSync(f, 'apiVersion: v1\nkind: X\nmetadata:\n  name: a\n  name: b\n');
    const r = run(['render', '--pool', 'worker', '-f', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${f}:5:3: INVALID_INPUT: mapping key "name" already defined at line 4\n`);
    noStack(r);
  });

  it('nesting past the limit: LIMIT_EXCEEDED at the first level too deep, in render and validate alike', () => {
    const f = join(tmp, 'deep.yaml');
    writeFileSync(f, `apiVersion: v1\nkind: X\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const line = `${f}:3:503: LIMIT_EXCEEDED: the document is nested deeper than 500 levels of mappings and sequences\n`;
    const r = run(['render', '--pool', 'worker', '-f', f]);
    expect([r.status, r.stderr]).toEqual([1, line]);
    const v = run(['validate', '-f', f]);
    expect([v.status, v.stdout]).toEqual([1, line]);
  });

  it('a wrong type: exit 1 at the value', () => {
    const f = join(tmp, 'fips.yaml');
    writeFileSync(f, 'apiVersion: machineconfiguration.openshift.io/v1\nkind: MachineConfig\nmetadata:\n  name: x\nspec:\n  fips: "yes"\n');
    const r = run(['render', '--pool', 'worker', '-f', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${f}:6:9: INVALID_INPUT: MachineConfig x: spec.fips in body must be of type boolean: "string"\n`);
  });

  it('a render failure names the MachineConfig’s file and line', () => {
    const f = join(tmp, 'kernel.yaml');
    writeFileSync(f, 'apiVersion: machineconfiguration.openshift.io/v1\nkind: MachineConfig\nmetadata:\n  name: rt\n  labels: {machineconfiguration.openshift.io/role: worker}\nspec:\n  kernelType: fast\n');
    const r = run(['render', '--pool', 'worker', '-f', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${f}:7:15: INVALID_KERNEL_TYPE: MachineConfig rt: kernelType=fast is invalid\n`);
    noStack(r);
  });

  it('Ignition errors: one line each, at their fields', () => {
    const f = join(tmp, 'ign.yaml');
    writeFileSync(f, 'apiVersion: machineconfiguration.openshift.io/v1\nkind: MachineConfig\nmetadata:\n  name: ign\n  labels: {machineconfiguration.openshift.io/role: worker}\nspec:\n  config:\n    ignition: {version: 3.2.0}\n    storage:\n      files:\n      - path: rel\n      - path: /x\n        mode: 99999\n');
    const r = run(['render', '--pool', 'worker', '-f', f]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `${f}:11:15: INVALID_IGNITION: MachineConfig ign: path not absolute`,
      `${f}:13:15: INVALID_IGNITION: MachineConfig ign: illegal file mode`,
      `${f}:13:15: warning: IGNITION_WARNING: MachineConfig ign: setuid/setgid/sticky bits are not supported in spec versions older than 3.4.0`,
    ]);
  });

  it('an Ignition type error (a quoted mode) is placed at its field', () => {
    const f = join(tmp, 'mode.yaml');
    writeFileSync(f, 'apiVersion: machineconfiguration.openshift.io/v1\nkind: MachineConfig\nmetadata:\n  name: q\n  labels: {machineconfiguration.openshift.io/role: worker}\nspec:\n  config:\n    ignition: {version: 3.4.0}\n    storage:\n      files:\n      - path: /etc/x\n        mode: "0644"\n');
    for (const args of [['render', '--pool', 'worker', '-f', f], ['validate', '-f', f]]) {
      const r = run(args);
      expect(r.status).toBe(1);
      expect(r.stdout + r.stderr).toMatch(new RegExp(`^${f}:12:15: INVALID_IGNITION: MachineConfig q: .*json: cannot unmarshal string into Go struct field File.storage.files.mode of type int\n$`));
    }
  });

  it('an unknown pool: exit 1', () => {
    const r = run(['render', '--pool', 'infra', '-f', 'examples/seed']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: pool "infra" not found (known: layered, master, worker; master and worker are built in)\n');
  });

  it('a pool that selects nothing: exit 1', () => {
    const r = run(['render', '--pool', 'master', '-f', 'examples/seed']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("NO_MACHINE_CONFIGS: couldn't find any MachineConfigs for pool: master\n");
  });

  const usage: Array<[string, string[]]> = [
    ['no arguments', []],
    ['an unknown command', ['bogus']],
    ['an unknown option', ['render', '--bogus']],
    ['a missing required option', ['render', '-f', 'examples/seed']],
    ['a bad output format', ['render', '-f', 'examples/seed', '--pool', 'layered', '-o', 'xml']],
    ['a bad flavor', ['build', '-f', 'examples/seed', '--pool', 'layered', '--out', 'x', '--flavor', 'docker']],
  ];
  for (const [name, args] of usage) {
    it(`${name}: exit 2`, () => {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toBe('');
      noStack(r);
    });
  }

  it('--help on every level, exit 0', () => {
    for (const args of [['--help'], ['render', '--help'], ['build', '--help'], ['plan', '--help'], ['validate', '--help'], ['help', 'render']]) {
      const r = run(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: layering-render/);
    }
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
