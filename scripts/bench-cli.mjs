#!/usr/bin/env node
// The CLI end to end on the 1600-config benchmark input (bench-inputs.mjs): every MachineConfig written as
// its own YAML file (as `oc get -o yaml` prints it) beside the pool and the ControllerConfig, then
// `node dist/cli.js render --pool worker -f DIR -o name` timed as a whole process — start-up, reading,
// YAML parsing, rendering. Target: under 2 s. Checks the printed name against renderPool on the same
// objects. Then a breakdown: Node's start and module loading (`--version`), and walking, reading and
// parsing the files (readManifests in a fresh process, as the CLI does before it renders); the rest is
// rendering and output. Usage: node scripts/bench-cli.mjs [configs=1600] [runs=3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchInput } from './bench-inputs.mjs';

const TARGET_MS = 2000;
const configs = Number(process.argv[2] ?? 1600);
const runs = Number(process.argv[3] ?? 3);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const api = await import(new URL('../dist/index.js', import.meta.url));

const API_VERSION = 'machineconfiguration.openshift.io/v1';
const input = benchInput(configs);
// The perf file's base configs carry no apiVersion/kind, and its ControllerConfig no name: add them, as
// the API server returns them.
const machineConfigs = input.machineConfigs.map((mc) => ({ apiVersion: API_VERSION, kind: 'MachineConfig', ...mc }));
const controllerConfig = {
  ...input.controllerConfig,
  apiVersion: API_VERSION,
  kind: 'ControllerConfig',
  metadata: { ...input.controllerConfig.metadata, name: 'machine-config-controller' },
};
const expected = api.renderPool({ pool: input.pool, machineConfigs, controllerConfig }).name;

/**
 * CPU time (ms) of the children this process has waited for, where Linux tells it (/proc/self/stat
 * cutime + cstime): unlike wall time, it does not grow when the machine is busy with other work.
 */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // clock ticks, USER_HZ = 100
  } catch {
    return undefined;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'layering-bench-cli-'));
try {
  const write = (path, object) => writeFileSync(join(dir, path), api.stringifyManifest(object));
  mkdirSync(join(dir, 'machineconfigs'));
  write('pool.yaml', input.pool);
  write('controllerconfig.yaml', controllerConfig);
  for (const mc of machineConfigs) write(join('machineconfigs', `${mc.metadata.name}.yaml`), mc);

  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = childrenCpuMs();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'render', '--pool', 'worker', '-f', dir, '-o', 'name'], { encoding: 'utf8' });
    times.push(performance.now() - t0);
    const c1 = childrenCpuMs();
    if (c0 !== undefined && c1 !== undefined) cpu.push(c1 - c0);
    if (r.status !== 0) throw new Error(`cli exited ${r.status}: ${r.stderr}`);
    if (r.stdout.trim() !== expected) throw new Error(`cli printed ${r.stdout.trim()}, renderPool names ${expected}`);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[times.length >> 1];
  console.log(
    `cli: render -o name, ${configs} user configs + 6 base as ${machineConfigs.length + 2} YAML files, end to end: ` +
      `median ${median.toFixed(0)} ms, best ${times[0].toFixed(0)} ms of ${runs} (target < ${TARGET_MS} ms${median < TARGET_MS ? ', met' : ', NOT met'})` +
      (cpu.length > 0 ? `; CPU time of the process: median ${cpu[cpu.length >> 1].toFixed(0)} ms` : ''),
  );

  // Breakdown, each part in fresh processes (cold, as in the CLI): start-up, then reading and parsing.
  const startup = [];
  const reading = [];
  const readScript = `
    import { readdirSync, readFileSync } from 'node:fs';
    import { join } from 'node:path';
    const { readManifests } = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});
    const t0 = performance.now();
    const walk = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else readManifests(readFileSync(p, 'utf8'), { filename: p });
      }
    };
    walk(process.env.BENCH_DIR);
    console.log(performance.now() - t0);`;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    const v = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    startup.push(performance.now() - t0);
    if (v.status !== 0) throw new Error(`cli --version exited ${v.status}: ${v.stderr}`);
    t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', readScript], { encoding: 'utf8', env: { ...process.env, BENCH_DIR: dir } });
    if (r.status !== 0) throw new Error(`reading the files failed: ${r.stderr}`);
    reading.push(Number(r.stdout.trim()));
  }
  const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const rest = median - med(startup) - med(reading);
  console.log(
    `cli breakdown (medians): start-up and module loading ${med(startup).toFixed(0)} ms (\`--version\`), ` +
      `walking, reading and parsing the files ${med(reading).toFixed(0)} ms, rendering and output ${rest.toFixed(0)} ms (the rest)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
