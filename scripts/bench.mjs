#!/usr/bin/env node
// npm run bench: times renderPool (and, when present, the layered-image build and the update
// planner) against the floor of a JSON-in/JSON-out renderer, JSON.parse + JSON.stringify of the same
// input. Reports medians (and the best run: on a shared machine, the least disturbed) and ratios;
// nothing here asserts a time. Every renderPool call is a cold one: nothing is cached between calls.
import { benchInput } from './bench-inputs.mjs';

const api = await import(new URL('../dist/index.js', import.meta.url));

/** Steady-state timings of fn (after a JIT warm-up): { median, best } in ms. */
function measure(fn, { minRuns = 7, minMs = 400 } = {}) {
  const warm = performance.now();
  for (let i = 0; i < 3 || performance.now() - warm < 200; i++) fn();
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    if (times.length > 200) break;
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], best: times[0] };
}
const median = (fn, opts) => measure(fn, opts).median;

const fmt = (ms) => `${ms.toFixed(2).padStart(9)} ms`;
const rows = [];

function bench(label, input) {
  const text = JSON.stringify(input);
  const f = measure(() => JSON.stringify(JSON.parse(text)));
  const r = measure(() => api.renderPool(input));
  const floor = f.median;
  const render = r.median;
  const row = { label, floor, render, floorBest: f.best, renderBest: r.best };
  if (typeof api.renderContainerfile === 'function') {
    const rendered = api.renderPool(input);
    // The AWS ControllerConfig in shared/perf leaves the OS images empty: name them here.
    const images = { baseImage: `quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:${'b'.repeat(64)}`, extensionsImage: `quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:${'c'.repeat(64)}` };
    row.build = median(() => api.renderContainerfile(rendered, images));
  }
  if (typeof api.planUpdate === 'function') {
    const a = api.renderPool(input).machineConfig;
    const changed = structuredClone(input);
    const last = changed.machineConfigs[changed.machineConfigs.length - 1];
    const file = last.spec.config?.storage?.files?.[0];
    if (file) file.contents = { source: 'data:,changed' };
    const b = api.renderPool(changed).machineConfig;
    row.plan = median(() => api.planUpdate(a, b));
  }
  rows.push(row);
  console.log(
    `${label.padEnd(28)} render ${fmt(render)} (best ${r.best.toFixed(2)})  floor ${fmt(floor)} (best ${f.best.toFixed(2)})  ratio ${(render / floor).toFixed(2)}× (best/best ${(r.best / f.best).toFixed(2)}×)` +
      (row.build !== undefined ? `  build ${fmt(row.build)} (render+build ${((render + row.build) / render).toFixed(2)}× render)` : '') +
      (row.plan !== undefined ? `  plan ${fmt(row.plan)} (${(row.plan / render).toFixed(2)}× render)` : ''),
  );
}

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
bench('realistic: 6 base + 20 user', benchInput(20, 3));
for (const n of [100, 400, 1600]) bench(`${n} user configs × 10 files`, benchInput(n));
const [, a, b, c] = rows;
console.log(`growth per 4× input: 100→400 ${(b.render / a.render).toFixed(2)}×, 400→1600 ${(c.render / b.render).toFixed(2)}×`);
await import('./bench-cli.mjs');
