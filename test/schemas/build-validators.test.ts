// scripts/build-validators.mjs and its output src/schemas/_generated/validators.js: the committed file is
// what the script produces today, it holds no run-time code generation (it runs where a
// Content-Security-Policy forbids eval), and bundlers drop it from bundles that never validate.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';

/** scripts/build-validators.mjs (plain JavaScript: typed here). */
interface BuildValidators {
  AJV_OPTIONS: Record<string, unknown>;
  COMPILED: Record<string, Record<string, string>>;
  OUT_JS: string;
  OUT_DTS: string;
  generateValidators(): Promise<{ js: string; dts: string }>;
  readSchema(file: string): Record<string, unknown>;
  stripAnnotations(schema: unknown): unknown;
}
// @ts-expect-error -- a plain .mjs module
const script = (await import('../../scripts/build-validators.mjs')) as BuildValidators;
const { AJV_OPTIONS, COMPILED, OUT_DTS, OUT_JS, generateValidators, readSchema, stripAnnotations } = script;

const root = fileURLToPath(new URL('../../', import.meta.url));
const generatedJs = readFileSync(OUT_JS, 'utf8');

describe('the committed validators', () => {
  it('are what scripts/build-validators.mjs generates from schemas/ today (run it after editing a schema)', async () => {
    const { js, dts } = await generateValidators();
    expect(js === generatedJs, 'src/schemas/_generated/validators.js is stale: run node scripts/build-validators.mjs').toBe(true);
    expect(dts === readFileSync(OUT_DTS, 'utf8'), 'src/schemas/_generated/validators.d.ts is stale').toBe(true);
  });

  it('compile one validator per Kubernetes schema and the strict Ignition one, in two groups', () => {
    expect(COMPILED).toEqual({
      manifestValidators: { machineConfig: 'machineconfig.json', machineConfigPool: 'machineconfigpool.json', controllerConfig: 'controllerconfig.json' },
      ignitionValidators: { ignitionStrict: 'ignition-3.2.strict.json' },
    });
    expect(AJV_OPTIONS).toMatchObject({ strict: true, allowUnionTypes: true, allErrors: true });
  });

  it.each([
    ['new Function', /new\s+Function\b/],
    ['Function(', /\bFunction\s*\(/],
    ['eval', /\beval\b/],
    ['require(', /\brequire\s*\(/],
    ['an import', /^\s*import\b/m],
    ['a dynamic import', /\bimport\s*\(/],
  ])('contain no %s', (_what, re) => {
    expect(re.test(generatedJs)).toBe(false);
  });

  it('are two pure IIFEs: the module has no other top-level statement', () => {
    const topLevel = generatedJs.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('//'));
    expect(topLevel).toEqual([
      'const manifestValidators = /* @__PURE__ */ (() => {',
      '})();',
      'const ignitionValidators = /* @__PURE__ */ (() => {',
      '})();',
      'export {',
      '};',
    ]);
  });
});

describe('stripAnnotations', () => {
  it('drops title, description, $comment and examples from schemas, but not property names or const/enum data', () => {
    const schema = {
      title: 't',
      description: 'd',
      type: 'object',
      properties: { title: { description: 'x', type: 'string' }, description: { const: { title: 'kept' } } },
      $defs: { a: { $comment: 'c', examples: [1], enum: [{ description: 'kept' }] } },
      items: { title: 'x', type: 'string' },
      anyOf: [{ description: 'x', type: 'null' }],
    };
    expect(stripAnnotations(schema)).toEqual({
      type: 'object',
      properties: { title: { type: 'string' }, description: { const: { title: 'kept' } } },
      $defs: { a: { enum: [{ description: 'kept' }] } },
      items: { type: 'string' },
      anyOf: [{ type: 'null' }],
    });
    expect(schema.title).toBe('t'); // the input is left alone
  });

  it.each(Object.values(COMPILED).flatMap((g) => Object.values(g)).concat('ignition-3.2.json'))('leaves %s a valid schema that still compiles in strict mode', (file) => {
    expect(() => new Ajv2020({ ...AJV_OPTIONS }).compile(stripAnnotations(readSchema(file)) as Record<string, unknown>)).not.toThrow();
  });
});

// --- under a Content-Security-Policy ---------------------------------------------------------------

/** src/schemas/validate-schema.ts as one script, for a context that forbids code generation. */
async function bundleAsScript(): Promise<string> {
  const r = await esbuild.build({
    stdin: { contents: `export { validateManifestSchema, validateIgnitionSchema } from './src/schemas/validate-schema.ts';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'schemaApi',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  return r.outputFiles[0]!.text;
}

describe('in a context where eval and new Function throw (what script-src without unsafe-eval does)', () => {
  it('validates manifests and Ignition configs', async () => {
    const ctx = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    // The sandbox does bite: code generation from strings is refused.
    expect(() => vm.runInContext('new Function("return 1")()', ctx)).toThrow(/Code generation from strings disallowed/);
    expect(() => vm.runInContext('eval("1")', ctx)).toThrow(/Code generation from strings disallowed/);

    vm.runInContext(await bundleAsScript(), ctx);
    const result = vm.runInContext(
      `JSON.stringify([
        schemaApi.validateManifestSchema({ kind: 'MachineConfig', metadata: { name: 'x' }, spec: { fips: 'yes' } }),
        schemaApi.validateManifestSchema({ kind: 'MachineConfigPool', metadata: { name: 'worker' }, spec: {} }),
        schemaApi.validateIgnitionSchema({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', overwite: true }] } }, { strict: true }),
      ])`,
      ctx,
    ) as string;
    expect(JSON.parse(result)).toEqual([
      [{ severity: 'error', code: 'SCHEMA_TYPE', message: 'must be boolean or null, found string', path: '$.spec.fips', machineConfig: 'x' }],
      [],
      [{ severity: 'error', code: 'SCHEMA_ADDITIONAL_PROPERTIES', message: 'unknown key "overwite"', path: '$.storage.files.0.overwite' }],
    ]);
  });

  it('while ajv compiling at run time cannot work there (the reason the validators are built ahead)', async () => {
    const ajvBundle = await esbuild.build({
      stdin: { contents: `import Ajv2020 from 'ajv/dist/2020.js'; globalThis.compileIt = (s) => new Ajv2020().compile(s);`, resolveDir: root },
      bundle: true,
      format: 'iife',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'error',
    });
    const ctx = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(ajvBundle.outputFiles[0]!.text, ctx);
    expect(() => vm.runInContext(`compileIt({ type: 'string' })`, ctx)).toThrow(/Code generation from strings disallowed/);
  });
});

// --- tree shaking ----------------------------------------------------------------------------------

describe('bundles that never validate leave the validators out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'validators-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Like dist/index.js: everything bundled into one file, where package.json's `sideEffects: false`
   * no longer applies, so only the code's own purity lets a consumer's bundler drop it.
   */
  async function singleFile(): Promise<string> {
    const file = join(dir, 'lib.js');
    const r = await esbuild.build({
      stdin: {
        contents: `export { validateManifestSchema, validateIgnitionSchema } from './src/schemas/validate-schema.ts';\nexport const unrelated = (x) => x + 1;`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'error',
    });
    writeFileSync(file, r.outputFiles[0]!.text);
    return file;
  }

  async function consumer(lib: string, names: string): Promise<string> {
    const r = await esbuild.build({
      stdin: { contents: `export { ${names} } from ${JSON.stringify(lib)};`, resolveDir: dir },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'error',
    });
    return r.outputFiles[0]!.text;
  }

  // A mark of each group in minified output: a property name only that group's code tests for.
  const MANIFEST_MARK = 'machineConfigSelector';
  const IGNITION_MARK = 'wipePartitionEntry';

  it.each([
    { names: 'unrelated', manifests: false, ignition: false },
    { names: 'validateIgnitionSchema', manifests: false, ignition: true },
    { names: 'validateManifestSchema', manifests: true, ignition: false },
    { names: 'validateManifestSchema, validateIgnitionSchema', manifests: true, ignition: true },
  ])('importing $names from a single-file bundle keeps manifest validators: $manifests, Ignition: $ignition', async ({ names, manifests, ignition }) => {
    const out = await consumer(await singleFile(), names);
    expect(out.includes(MANIFEST_MARK)).toBe(manifests);
    expect(out.includes(IGNITION_MARK)).toBe(ignition);
  });
});
