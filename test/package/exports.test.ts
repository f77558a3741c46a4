// The built package (dist/) as its users get it: ESM and CJS entry points, and the core bundled for a
// browser and run in a bare V8 context (no Node globals, no TextEncoder), with no dynamic code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../_support/seed.js';

const dist = (f: string) => fileURLToPath(new URL(`../../dist/${f}`, import.meta.url));
const seed = loadSeed();

describe('built package', () => {
  it('dist exists (npm test builds it first)', () => {
    expect(existsSync(dist('index.js')) && existsSync(dist('index.cjs'))).toBe(true);
  });

  it('ESM and CJS entry points export the same API and render the same name', async () => {
    const esm = (await import(dist('index.js'))) as typeof import('../../src/index.js');
    const cjs = createRequire(import.meta.url)(dist('index.cjs')) as typeof import('../../src/index.js');
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(cjs.renderPool(seed).name).toBe(esm.renderPool(seed).name);
    expect(new cjs.RenderError('INVALID_INPUT', 'decode', 'x')).toBeInstanceOf(Error);
  });

  it('the core has no dynamic code (new Function, eval): every built module but the CLI', () => {
    const files = readdirSync(dist(''), { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.c?js$/.test(f) && f !== 'cli.js',
    );
    expect(files).toContain('index.cjs');
    expect(files.length).toBeGreaterThan(50); // the ESM build is one module per source module
    for (const f of files) expect(readFileSync(dist(f), 'utf8'), f).not.toMatch(/new Function|\beval\(|Function\(/);
  });

  it('bundles for the browser without Node built-ins and renders in a bare V8 context', async () => {
    const out = await build({
      entryPoints: [dist('index.js')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'LayeringRender',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|crypto|zlib|buffer|util)["']\)/);
    const context = vm.createContext({ input: JSON.parse(JSON.stringify(seed)) });
    vm.runInContext(code, context);
    const name = vm.runInContext('LayeringRender.renderPool(input).name', context) as string;
    const esm = (await import(dist('index.js'))) as typeof import('../../src/index.js');
    expect(name).toBe(esm.renderPool(seed).name);
    expect(vm.runInContext('typeof TextEncoder', context)).toBe('undefined');
  });
});
