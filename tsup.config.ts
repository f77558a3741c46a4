import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM, one output module per source module (dist/merge/render-pool.js, …): with `sideEffects: false`,
    // bundlers drop whole modules a program does not import (a single-file build keeps the module-level
    // code of everything, e.g. the yaml package for a program that only renders).
    entry: ['src/**/*.ts', 'src/**/*.js', '!src/**/*.d.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // CommonJS for require(): one file (Node resolves no per-module CJS graph for us), with its types.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // Types for the ESM entry, bundled into dist/index.d.ts.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: { only: true },
    clean: false,
  },
  {
    // The `layering-render` bin: ESM for Node, the library bundled in, dependencies (commander, yaml) from node_modules.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
