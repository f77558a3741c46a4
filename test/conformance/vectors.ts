// Loads ../shared/conformance (beside the repository, as in CI) and runs it through the built package.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { deepFreeze } from '../_support/deep-freeze.js';
// @ts-expect-error — plain .mjs shared with scripts/conformance.mjs
import { compare, runners } from '../../scripts/conformance-lib.mjs';

export type Kind = 'render' | 'update' | 'layering';
export const KINDS: Kind[] = ['render', 'update', 'layering'];

export const conformanceDir = fileURLToPath(new URL('../../../shared/conformance/', import.meta.url));
const distEntry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface VectorResult {
  id: string;
  pass: boolean;
  messageMatch: boolean;
  hasMessage: boolean;
  diffs: string[];
}

export function vectorIds(kind: Kind): string[] {
  const dir = join(conformanceDir, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.input.json'))
    .map((f) => f.slice(0, -'.input.json'.length))
    .sort();
}

export async function loadApi(): Promise<Record<string, unknown>> {
  if (!existsSync(distEntry)) throw new Error('dist/ is missing: run `npm run build` first (npm test does it)');
  return (await import(distEntry)) as Record<string, unknown>;
}

export function runVector(api: unknown, kind: Kind, id: string): VectorResult {
  const dir = join(conformanceDir, kind);
  // Deep-frozen: any mutation of an input by the library throws (strict mode) and fails the vector.
  const input = deepFreeze(JSON.parse(readFileSync(join(dir, `${id}.input.json`), 'utf8')));
  const expected = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), 'utf8'));
  const actual = runners[kind](api, input);
  const { pass, messageMatch, diffs } = compare(kind, expected, actual);
  return { id, pass, messageMatch, hasMessage: 'error' in expected, diffs };
}
