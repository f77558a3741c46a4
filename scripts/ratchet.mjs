#!/usr/bin/env node
// Rewrites test/conformance/ratchet.json with every vector the current dist/ passes. A kind whose
// vectors all pass is written as "all", so the suite then requires 100% of whatever vectors exist.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, runners } from './conformance-lib.mjs';

const dir = fileURLToPath(new URL('../../shared/conformance/', import.meta.url));
const file = fileURLToPath(new URL('../test/conformance/ratchet.json', import.meta.url));
const api = await import(new URL('../dist/index.js', import.meta.url));
const old = JSON.parse(readFileSync(file, 'utf8'));
const out = {};
for (const [kind, run] of Object.entries(runners)) {
  const ids = readdirSync(join(dir, kind)).filter((f) => f.endsWith('.input.json')).map((f) => f.slice(0, -11)).sort();
  const pass = ids.filter((id) => {
    const input = JSON.parse(readFileSync(join(dir, kind, `${id}.input.json`), 'utf8'));
    const expected = JSON.parse(readFileSync(join(dir, kind, `${id}.expected.json`), 'utf8'));
    return compare(kind, expected, run(api, input)).pass;
  });
  const before = old[kind] === 'all' ? ids : old[kind] ?? [];
  const lost = before.filter((id) => !pass.includes(id));
  if (lost.length) console.warn(`${kind}: ${lost.length} vectors regressed (kept out of the list): ${lost.slice(0, 10).join(' ')}`);
  out[kind] = pass.length === ids.length ? 'all' : pass;
  console.log(`${kind}: ${pass.length}/${ids.length}`);
}
writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
