#!/usr/bin/env node
// node scripts/conformance.mjs --in DIR --out DIR
// Runs the built package (dist/) over DIR/{render,update,layering}/*.input.json and writes
// OUT/<kind>/<id>.json in the shape of the matching *.expected.json. Reads only *.input.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runners } from './conformance-lib.mjs';

const { values } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' } } });
if (!values.in || !values.out) {
  console.error('usage: node scripts/conformance.mjs --in DIR --out DIR');
  process.exit(2);
}
const api = await import(new URL('../dist/index.js', import.meta.url));
let written = 0;
for (const [kind, run] of Object.entries(runners)) {
  const dir = join(values.in, kind);
  if (!existsSync(dir)) continue;
  const outDir = join(values.out, kind);
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.input.json')).sort()) {
    const input = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const result = run(api, input);
    writeFileSync(join(outDir, f.replace(/\.input\.json$/, '.json')), JSON.stringify(result, null, 1) + '\n');
    written++;
  }
}
console.log(`wrote ${written} results to ${values.out}`);
