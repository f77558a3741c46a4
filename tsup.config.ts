import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Both builds share dist/: this one cleans it, except what the CLI build writes.
    clean: ['!cli.js', '!cli.js.map'],
    target: 'es2022',
    platform: 'neutral',
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
