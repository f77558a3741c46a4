/**
 * Property-based tests over every exported function of src/index.ts: for arbitrary JSON, MachineConfig-
 * shaped objects and hostile strings in every field, each function returns or throws RenderError —
 * never TypeError, RangeError or anything else; its (deep-frozen) input is never mutated; its result
 * is the same bytes on a second call and on an unfrozen copy; and renderPool gives the same result
 * after permuting the MachineConfig list.
 *
 * Seeded: FC_SEED (default below) and FC_RUNS cases per property (default 200). fast-check prints the
 * seed, path and counterexample of a failure; rerun with FC_SEED=<seed> to reproduce. `npm run fuzz`
 * runs the same properties with FC_RUNS=100000 (scripts/fuzz.mjs).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGoStrings } from '../../src/_go/fmt.js';
import * as api from '../../src/index.js';
import {
  anyJson,
  anyValue,
  controllerConfig,
  hostileString,
  ignitionConfig,
  machineConfig,
  machineConfigList,
  machineConfigSpec,
  mostly,
  plausibleControllerConfig,
  plausibleMachineConfigList,
  plausiblePool,
  pool,
  poolName,
  rawIgnition,
  recordOf,
  smallJson,
  uniquelyNamedConfigs,
} from './_arbitraries.js';
import { checkCall, exact, outcome, outcomeText, RUNS, SEED, TIMEOUT_MS, type Outcome } from './_harness.js';

const {
  renderPool,
  selectMachineConfigs,
  mergeMachineConfigs,
  renderedConfigName,
  parseIgnition,
  validateIgnition,
  mergeIgnition,
  resolvePackages,
  splitKernelArguments,
  kernelArgumentUpdateArgs,
  kernelArgumentsToml,
  renderContainerfile,
  contentHash,
  planUpdate,
  describeUpdatePlan,
  extensionCatalogs,
  formatPath,
  isRenderError,
} = api;

const params = { seed: SEED, numRuns: RUNS };
type Call = (...args: never[]) => unknown;
/** Call a function with arguments of any type (the point of these tests). */
const call = (f: Call, ...args: unknown[]): unknown => (f as (...a: unknown[]) => unknown)(...args);

const catalogs = Object.values(extensionCatalogs);
const catalogArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...catalogs) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: smallJson });

/** renderPool's input: mostly a pool that selects something, sometimes anything at all. */
const renderInput = fc.oneof(
  { weight: 10, arbitrary: fc.record({ pool: plausiblePool, machineConfigs: plausibleMachineConfigList, controllerConfig: plausibleControllerConfig }) },
  { weight: 8, arbitrary: recordOf({ pool, machineConfigs: machineConfigList, controllerConfig, extensionCatalog: catalogArb }, ['pool', 'machineConfigs']) },
  { weight: 1, arbitrary: anyValue },
);

/** A rendered pool when the input renders, else something shaped like one (or not). */
const renderedOrNot = renderInput.chain((input) => {
  const o = outcome(() => call(renderPool, input));
  if (o.ok) return fc.constant(o.value as { poolName: string; machineConfig: api.MachineConfig });
  return fc.oneof(recordOf({ poolName: mostly(poolName), machineConfig: mostly(machineConfig()) }, ['poolName', 'machineConfig']), anyJson);
});

/** A rendered MachineConfig (from renderPool), or a MachineConfig-shaped object, or anything. */
const renderedMachineConfig = fc.oneof(
  { weight: 3, arbitrary: renderedOrNot.map((r) => (typeof r === 'object' && r !== null && 'machineConfig' in r ? (r as { machineConfig: unknown }).machineConfig : r)) },
  { weight: 3, arbitrary: machineConfig(fc.constant('rendered-worker-x'), ignitionConfig) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: anyValue },
);

const planOptions = fc.oneof(
  fc.constant(undefined),
  anyValue,
  recordOf({ os: mostly(fc.constantFrom('rhcos', 'fcos')), extensionCatalog: catalogArb, nodeFips: mostly(fc.constantFrom(true, false, null, 'old')) }),
);

const containerfileOptions = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: anyValue },
  { weight: 6, arbitrary:
  recordOf({
    flavor: mostly(fc.constantFrom('containerfile', 'layering-prototype')),
    baseImage: mostly(fc.oneof(fc.constantFrom('quay.io/a/b:1', 'registry.example.com/os@sha256:' + 'c'.repeat(64)), hostileString)),
    extensionsImage: mostly(fc.oneof(fc.constantFrom('quay.io/a/ext:1'), hostileString)),
    kernelArguments: mostly(fc.constantFrom('node', 'bootc')),
    userContainerfile: mostly(fc.oneof(fc.constantFrom('RUN echo hi\n', 'FROM scratch\n', ''), hostileString)),
    extensionCatalog: catalogArb,
  }) },
);

const stringList = mostly(fc.array(fc.oneof(hostileString, fc.constant(null)), { maxLength: 5 }));

/** parseManifests input: YAML/JSON text of Kubernetes objects, damaged or hostile text. */
const manifestText = fc.oneof(
  { weight: 4, arbitrary: fc.array(machineConfig(), { maxLength: 3 }).map((mcs) => mcs.map((m) => JSON.stringify(m)).join('\n---\n')) },
  { weight: 2, arbitrary: fc.array(machineConfig(), { maxLength: 3 }).map((items) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items })) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'a: &a [1]\nb: *a\n',
      'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: [*d, *d]\n',
      'a: 1\na: 2\n',
      '<<: {a: 1}\n',
      '--- !!binary aGk=\n',
      'kind: List\nitems: [1, null, {kind: List, items: []}]\n',
      '%YAML 1.1\n---\nx: 0644\n',
      'x: .nan\ny: -.inf\nz: 2001-12-14t21:59:43.10-05:00\n',
      '{"a": 1, "a": 2}',
      '[' .repeat(200) + ']'.repeat(200),
      '\ufeffa: 1\n',
      'a: "\\ud800"\n',
      '? [a, b]\n: c\n',
      '!!set {a, b}\n',
      'a: !foo bar\n',
      '\t- x\n',
      '',
      '---\n---\n',
    ),
  },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: anyJson },
);

/** One property: every call of `fn` on inputs from `arb` returns or throws RenderError, deterministically, without mutating. */
function behaves<A extends unknown[]>(name: string, fn: Call, arb: fc.Arbitrary<A>, extra?: (args: A, o: Outcome) => void): void {
  it(`${name}: returns or throws RenderError, never mutates, same bytes twice (${RUNS} runs, seed ${SEED})`, () => {
    fc.assert(
      fc.property(arb, (args) => {
        const o = checkCall((...a: unknown[]) => call(fn, ...a), args);
        extra?.(args, o);
      }),
      params,
    );
  }, TIMEOUT_MS);
}

/** The properties, one per exported function. */
const table: Record<string, () => void> = {
  renderPool: () => behaves('renderPool', renderPool, fc.tuple(renderInput), ([input], o) => {
    if (o.ok) {
      const r = o.value as api.RenderedPool;
      expect(r.name).toMatch(/^rendered-.*-[0-9a-f]{32}$/s);
      expect(r.machineConfig.metadata?.name).toBe(r.name);
    }
    void input;
  }),
  selectMachineConfigs: () => behaves('selectMachineConfigs', selectMachineConfigs, fc.tuple(pool, machineConfigList)),
  mergeMachineConfigs: () => behaves('mergeMachineConfigs', mergeMachineConfigs, fc.tuple(machineConfigList, controllerConfig)),
  renderedConfigName: () =>
    behaves(
      'renderedConfigName',
      renderedConfigName,
      fc.tuple(
        mostly(poolName),
        fc.oneof(
          renderedOrNot.map((r) => (r as { machineConfig?: { spec?: unknown } } | null)?.machineConfig?.spec ?? r),
          machineConfigSpec(ignitionConfig),
          anyValue,
        ),
      ),
    ),
  parseIgnition: () => behaves('parseIgnition', parseIgnition, fc.tuple(fc.oneof({ weight: 8, arbitrary: rawIgnition }, { weight: 1, arbitrary: anyValue }))),
  validateIgnition: () =>
    behaves(
      'validateIgnition',
      validateIgnition,
      fc.tuple(fc.oneof(ignitionConfig.map((c) => { const o = outcome(() => call(parseIgnition, c)); return o.ok ? o.value : c; }), ignitionConfig, anyValue)),
    ),
  mergeIgnition: () => {
    const parsedOrRaw = fc.oneof(
      { weight: 3, arbitrary: ignitionConfig.map((c) => { const o = outcome(() => call(parseIgnition, c)); return o.ok ? o.value : c; }) },
      { weight: 1, arbitrary: ignitionConfig },
      { weight: 1, arbitrary: anyValue },
    );
    behaves('mergeIgnition', mergeIgnition, fc.tuple(parsedOrRaw, parsedOrRaw));
  },
  resolvePackages: () => behaves('resolvePackages', resolvePackages, fc.tuple(fc.oneof(machineConfigSpec(), anyValue), catalogArb)),
  splitKernelArguments: () => behaves('splitKernelArguments', splitKernelArguments, fc.tuple(fc.oneof({ weight: 6, arbitrary: hostileString }, { weight: 1, arbitrary: anyValue }))),
  kernelArgumentUpdateArgs: () => behaves('kernelArgumentUpdateArgs', kernelArgumentUpdateArgs, fc.tuple(stringList, stringList)),
  kernelArgumentsToml: () =>
    behaves('kernelArgumentsToml', kernelArgumentsToml, fc.tuple(stringList, fc.oneof(fc.constant(undefined), recordOf({ matchArchitectures: stringList }), anyValue))),
  renderContainerfile: () =>
    behaves('renderContainerfile', renderContainerfile, fc.tuple(renderedOrNot, containerfileOptions), (_args, o) => {
      if (o.ok) expect((o.value as api.ImageBuild).contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    }),
  contentHash: () =>
    behaves(
      'contentHash',
      contentHash,
      fc.tuple(
        fc.oneof(
          recordOf({ containerfile: mostly(hostileString), context: mostly(fc.array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor'), hostileString), hostileString), { maxLength: 3 }).map((e) => Object.fromEntries(e))) }, ['containerfile', 'context']),
          anyValue,
        ),
      ),
      (_args, o) => {
        if (o.ok) expect(o.value).toMatch(/^sha256:[0-9a-f]{64}$/);
      },
    ),
  planUpdate: () => behaves('planUpdate', planUpdate, fc.tuple(renderedMachineConfig, renderedMachineConfig, planOptions)),
  describeUpdatePlan: () => {
    const plan = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(renderedMachineConfig, renderedMachineConfig, planOptions).map(([a, b, opts]) => { const o = outcome(() => call(planUpdate, a, b, opts)); return o.ok ? o.value : a; }) },
      { weight: 1, arbitrary: recordOf({ reconcilable: mostly(fc.boolean()), reason: mostly(hostileString), diff: mostly(fc.record({ kargs: fc.boolean(), extensions: fc.boolean(), osUpdate: fc.boolean() })), changedFiles: stringList, kernelArgumentArgs: stringList, extensionArgs: stringList }) },
      { weight: 1, arbitrary: anyValue },
    );
    behaves('describeUpdatePlan', describeUpdatePlan, fc.tuple(plan));
  },
  parseManifests: () => behaves('parseManifests', (api as unknown as Record<string, Call>)['parseManifests']!, fc.tuple(manifestText, fc.oneof(fc.constant(undefined), recordOf({ filename: mostly(hostileString) }), anyValue))),
  readManifests: () =>
    behaves(
      'readManifests',
      (api as unknown as Record<string, Call>)['readManifests']!,
      fc.tuple(manifestText, fc.oneof(fc.constant(undefined), recordOf({ filename: mostly(hostileString), collect: mostly(fc.boolean()) }), anyValue)),
    ),
  stringifyManifest: () =>
    behaves(
      'stringifyManifest',
      (api as unknown as Record<string, Call>)['stringifyManifest']!,
      fc.tuple(fc.oneof(machineConfig(), renderedOrNot.map((r) => (r as { machineConfig?: unknown } | null)?.machineConfig ?? r), anyValue)),
    ),
  validateManifestSchema: () =>
    behaves(
      'validateManifestSchema',
      (api as unknown as Record<string, Call>)['validateManifestSchema']!,
      fc.tuple(
        fc.oneof(machineConfig(), pool, controllerConfig, anyValue),
        fc.oneof(fc.constant(undefined), fc.constantFrom('MachineConfig', 'MachineConfigPool', 'ControllerConfig'), anyValue),
      ),
      (_args, o) => {
        if (o.ok) expect(Array.isArray(o.value)).toBe(true);
      },
    ),
  validateIgnitionSchema: () =>
    behaves(
      'validateIgnitionSchema',
      (api as unknown as Record<string, Call>)['validateIgnitionSchema']!,
      fc.tuple(fc.oneof(ignitionConfig, anyValue), fc.oneof(fc.constant(undefined), recordOf({ strict: mostly(fc.boolean()) }), anyValue)),
      (_args, o) => {
        if (o.ok) expect(Array.isArray(o.value)).toBe(true);
      },
    ),
  formatPath: () => behaves('formatPath', formatPath, fc.tuple(fc.oneof(fc.array(fc.oneof(hostileString, fc.integer())), anyValue))),
  isRenderError: () => behaves('isRenderError', isRenderError, fc.tuple(anyValue)),
};

const exportedFunctions = Object.entries(api)
  .filter(([name, v]) => typeof v === 'function' && name !== 'RenderError')
  .map(([name]) => name)
  .sort();

describe('every exported function has a property here', () => {
  it(`covers ${exportedFunctions.join(', ')}`, () => {
    expect(exportedFunctions.filter((name) => !Object.hasOwn(table, name))).toEqual([]);
  });
});

describe('exported functions on arbitrary input', () => {
  // One property per function the package exports (parseManifests joins when src/index.ts exports it).
  for (const name of exportedFunctions) table[name]?.();
});

describe('renderPool is a function of the set of MachineConfigs', () => {
  const selectingPool = plausiblePool;
  it(`same result after permuting the list, names distinct (${RUNS} runs, seed ${SEED})`, () => {
    let rendered = 0;
    fc.assert(
      fc.property(
        selectingPool,
        uniquelyNamedConfigs.chain((mcs) => fc.tuple(fc.constant(mcs), fc.shuffledSubarray(mcs, { minLength: mcs.length, maxLength: mcs.length }))),
        fc.oneof(plausibleControllerConfig, controllerConfig),
        (p, [mcs, shuffled], cc) => {
          const a = checkCall((input: unknown) => call(renderPool, input), [{ pool: p, machineConfigs: mcs, controllerConfig: cc }]);
          const b = outcome(() => call(renderPool, { pool: p, machineConfigs: shuffled, controllerConfig: cc }));
          // Which error is reported first may depend on the order (MCO validates in list order); whether it fails may not.
          expect(b.ok).toBe(a.ok);
          if (a.ok && b.ok) {
            rendered++;
            const strip = (r: api.RenderedPool): string => exact({ ...r, selected: [...r.selected].sort() });
            expect(strip(b.value as api.RenderedPool)).toBe(strip(a.value as api.RenderedPool));
          }
        },
      ),
      params,
    );
    // The generators must reach the merge often enough for the property to mean something.
    expect(rendered).toBeGreaterThan(RUNS / 20);
  }, TIMEOUT_MS);
});

describe('the generators reach past input checking', () => {
  it('renderPool renders a fair share of generated inputs', () => {
    const samples = fc.sample(renderInput, { seed: SEED, numRuns: 400 });
    const ok = samples.filter((s) => outcome(() => call(renderPool, s)).ok).length;
    expect(ok).toBeGreaterThan(40);
  });
  it('parseIgnition accepts a fair share of generated configs', () => {
    const samples = fc.sample(ignitionConfig, { seed: SEED, numRuns: 400 });
    const ok = samples.filter((s) => outcome(() => call(parseIgnition, s)).ok).length;
    expect(ok).toBeGreaterThan(40);
  });
  it('outcomes are comparable text', () => {
    expect(outcomeText({ ok: true, value: { a: -0, b: undefined } })).toBe('ok {"a":-0,"b":undefined}');
  });
});

describe('strings as Go decodes them (a lone surrogate is U+FFFD)', () => {
  /** Every string value (not key) with each lone surrogate replaced by U+FFFD, as Go's JSON decoder does. */
  const wellFormed = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    if (Array.isArray(v)) return v.map(wellFormed);
    if (typeof v === 'object' && v !== null) {
      const o: Record<string, unknown> = Object.getPrototypeOf(v) === null ? Object.create(null) : {};
      for (const k of Object.keys(v)) Object.defineProperty(o, k, { value: wellFormed((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
      return o;
    }
    return v;
  };
  const surrogate = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', 'x\ud800', '\udc00\ud800');
  /** Plausible inputs with a lone surrogate spliced into kernel arguments, images, file data and SSH keys. */
  const withSurrogates = fc
    .tuple(plausiblePool, plausibleMachineConfigList, plausibleControllerConfig, fc.array(surrogate, { minLength: 1, maxLength: 4 }))
    .map(([p, mcs, cc, ss]) => {
      const text = JSON.stringify(mcs);
      // Splice surrogates inside string values: after every `"nosmt`-like argument start and image name.
      let i = 0;
      const spliced = text.replace(/"(kernelArguments|osImageURL|sshAuthorizedKeys)":(\[?)"/g, (m) => m + ss[i++ % ss.length]!.replace(/[\ud800-\udfff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16)));
      return { pool: p, machineConfigs: JSON.parse(spliced) as unknown[], controllerConfig: cc };
    });

  it(`renderPool: the rendered name is the one of the U+FFFD spelling (${RUNS} runs, seed ${SEED})`, () => {
    fc.assert(
      fc.property(withSurrogates, (input) => {
        const a = outcome(() => call(renderPool, input));
        const b = outcome(() => call(renderPool, wellFormed(input)));
        expect(a.ok ? (a.value as api.RenderedPool).name : a.error.code).toBe(b.ok ? (b.value as api.RenderedPool).name : b.error.code);
      }),
      params,
    );
  }, TIMEOUT_MS);

  it(`compareGoStrings orders as Go's UTF-8 bytes (${RUNS * 10} runs, seed ${SEED})`, () => {
    const unit = fc.oneof(fc.constantFrom('a', 'b', '\ud800', '\udbff', '\udc00', '\udfff', '\ufffd', '\uffff', '\ue000', '\u0000', '\u00e9'), fc.string({ unit: 'binary', maxLength: 1 }));
    const str = fc.array(unit, { maxLength: 6 }).map((u) => u.join(''));
    const enc = new TextEncoder(); // encodes a lone surrogate as U+FFFD, as Go holds it
    const byteCompare = (a: string, b: string): number => {
      const x = enc.encode(a);
      const y = enc.encode(b);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return Math.sign(x.length - y.length);
    };
    fc.assert(
      fc.property(str, str, (a, b) => {
        expect(Math.sign(compareGoStrings(a, b))).toBe(byteCompare(a, b));
      }),
      { seed: SEED, numRuns: RUNS * 10 },
    );
  }, TIMEOUT_MS);
});
