#!/usr/bin/env node
// npm run fuzz: the property tests of test/hardening/properties.test.ts with many more cases
// (FC_RUNS, default 100000 per property) and a fresh seed each time (FC_SEED to repeat one), one
// vitest process per property, as many at a time as there are CPUs (FUZZ_JOBS to choose).
// Works the same on every OS (no shell syntax). Prints the seed first and a table of runs at the end;
// a failing property prints fast-check's counterexample and the seed and path to replay it.
//
//   npm run fuzz                      # 100000 cases per property, random seed
//   FC_SEED=42 FC_RUNS=5000 npm run fuzz -- renderPool   # only properties whose title contains "renderPool"

import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const file = 'test/hardening/properties.test.ts';

const runs = process.env.FC_RUNS || '100000';
const seed = process.env.FC_SEED || String(Math.floor(Math.random() * 2 ** 31));
const jobs = Number(process.env.FUZZ_JOBS || availableParallelism());
const only = process.argv.slice(2);
const env = { ...process.env, FC_RUNS: runs, FC_SEED: seed };

console.log(`fuzz: FC_SEED=${seed} FC_RUNS=${runs}, ${jobs} at a time`);

// The property titles, as vitest lists them with these settings.
const listed = spawnSync(process.execPath, [vitest, 'list', file, '--json'], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (listed.status !== 0) {
  process.stderr.write(listed.stderr);
  process.exit(listed.status ?? 1);
}
const titles = JSON.parse(listed.stdout)
  .map((t) => t.name.split(' > ').at(-1))
  .filter((t) => / runs, seed /.test(t))
  .filter((t) => only.length === 0 || only.some((o) => t.includes(o)));

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const results = [];

async function runOne(title) {
  const started = Date.now();
  const child = spawn(process.execPath, [vitest, 'run', file, '-t', `${escape(title)}$`], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let code = await new Promise((resolve) => child.on('close', resolve));
  // A filter that matched nothing would pass silently: require exactly one passed test.
  // eslint-disable-next-line no-control-regex
  if (code === 0 && !/Tests\s+1 passed/.test(out.replace(/\x1b\[[0-9;]*m/g, ''))) code = 'no test ran';
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  results.push({ title, code, seconds });
  console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${seconds.padStart(6)} s  ${title}`);
  if (code !== 0) console.log(out);
}

const queue = [...titles];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    while (queue.length > 0) await runOne(queue.shift());
  }),
);

const failed = results.filter((r) => r.code !== 0);
console.log(`\nfuzz: ${results.length} properties × ${runs} runs (seed ${seed}): ${failed.length === 0 ? 'all passed' : `${failed.length} FAILED`}`);
process.exit(failed.length === 0 ? 0 : 1);
