// Runs @layering/render over conformance inputs and turns its answers into the shape of the
// reference vectors (../shared/conformance/README.md), plus the comparison rules of that README.
// Shared by scripts/conformance.mjs (writes results) and test/conformance (asserts them).

/** Render vector: `{ pool, configs, controllerConfig? }` → `{ selected, name, spec, osImageURLOverridden? }` or a failure. */
export function runRender(api, input) {
  let selected;
  try {
    selected = api.selectMachineConfigs(input.pool, input.configs).map((mc) => mc.metadata?.name ?? '');
  } catch {
    selected = undefined;
  }
  try {
    const r = api.renderPool({
      pool: input.pool,
      machineConfigs: input.configs,
      ...(input.controllerConfig ? { controllerConfig: input.controllerConfig } : {}),
    });
    const out = { selected: r.selected, name: r.name, spec: r.machineConfig.spec };
    if (r.osImageURLOverridden) out.osImageURLOverridden = true;
    return out;
  } catch (e) {
    if (!(e instanceof api.RenderError)) return { stage: 'crash', error: String(e?.stack ?? e) };
    if (e.code === 'EMPTY_SELECTOR') return { stage: 'empty' };
    const out = { stage: e.stage, error: e.message };
    if (e.stage !== 'select' && selected && selected.length > 0) out.selected = selected;
    return out;
  }
}

/** Update vector: `{ old, new }` and/or `{ kargLines }`. */
export function runUpdate(api, input) {
  const out = {};
  try {
    if (input.kargLines) {
      out.split = Object.fromEntries(input.kargLines.map((l) => [l, api.splitKernelArguments(l)]));
    }
    if (input.new) {
      const oldArgs = input.old?.spec?.kernelArguments ?? [];
      const kargsArgs = api.kernelArgumentUpdateArgs(oldArgs, input.new.spec?.kernelArguments ?? []);
      if (kargsArgs.length > 0) out.kargsArgs = kargsArgs;
      // The reference ran on a host without /proc/sys/crypto/fips_enabled, where the daemon skips its
      // FIPS check: nodeFips: null reproduces that host (the library's default refuses FIPS changes).
      const plan = api.planUpdate(input.old ?? null, input.new, { nodeFips: null });
      if (plan.reconcilable) {
        out.diff = plan.diff;
        if (plan.changedFiles.length > 0) out.fileDiffs = plan.changedFiles;
        out.actions = plan.actions;
      } else {
        out.error = plan.reason;
      }
    }
  } catch (e) {
    return { stage: e instanceof api.RenderError ? 'error' : 'crash', error: String(e?.stack ?? e) };
  }
  return out;
}

/** Layering vector: `{ pool, spec }` → `{ ignitionFile, dockerfile }` or `{ error }` (the prototype flavor). */
export function runLayering(api, input) {
  try {
    const build = api.renderContainerfile(
      { poolName: input.pool, machineConfig: { apiVersion: 'machineconfiguration.openshift.io/v1', kind: 'MachineConfig', metadata: {}, spec: input.spec } },
      { flavor: 'layering-prototype' },
    );
    return { ignitionFile: build.context['machine-config-ignition.json'], dockerfile: build.containerfile };
  } catch (e) {
    if (!(e instanceof api.RenderError)) return { stage: 'crash', error: String(e?.stack ?? e) };
    return { error: e.message };
  }
}

export const runners = { render: runRender, update: runUpdate, layering: runLayering };

// ---- comparison (../shared/conformance/README.md "Comparison rules") ----

/** Go's `, line N col M` positions are not compared. */
export const stripPositions = (s) => (typeof s === 'string' ? s.replace(/, line \d+ col \d+/g, '') : s);

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

/** Remove empty objects (Go prints empty structs as `{}`, which carry no meaning). */
function dropEmptyObjects(v) {
  if (Array.isArray(v)) return v.map(dropEmptyObjects);
  if (v === null || typeof v !== 'object') return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    const y = dropEmptyObjects(x);
    if (y !== null && typeof y === 'object' && !Array.isArray(y) && Object.keys(y).length === 0) continue;
    out[k] = y;
  }
  return out;
}

const sameSet = (a = [], b = []) => a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');

/**
 * Compare one result with its expected file. Returns `{ pass, messageMatch, diffs }`: `pass` is the
 * README's definition (outcome, stage and every expected field except error text); `messageMatch` is
 * error-message equality (reported separately).
 */
export function compare(kind, expected, actual) {
  const diffs = [];
  let messageMatch = true;
  const check = (field, ok) => {
    if (!ok) diffs.push(field);
  };
  if (actual.stage === 'crash') return { pass: false, messageMatch: false, diffs: ['crash: ' + actual.error] };
  if (kind === 'render') {
    const expFail = 'stage' in expected;
    const actFail = 'stage' in actual;
    check('outcome', expFail === actFail);
    if (expFail && actFail) {
      check('stage', expected.stage === actual.stage);
      if ('selected' in expected) check('selected', deepEqual(expected.selected, actual.selected));
      if ('error' in expected) messageMatch = stripPositions(expected.error) === stripPositions(actual.error);
    } else if (!expFail && !actFail) {
      check('selected', deepEqual(expected.selected, actual.selected));
      check('spec', deepEqual(expected.spec, actual.spec));
      check('name', expected.name === actual.name);
      check('osImageURLOverridden', Boolean(expected.osImageURLOverridden) === Boolean(actual.osImageURLOverridden));
    }
  } else if (kind === 'update') {
    const expFail = 'error' in expected;
    const actFail = 'error' in actual;
    if ('split' in expected) check('split', deepEqual(expected.split, actual.split));
    check('kargsArgs', deepEqual(expected.kargsArgs ?? [], actual.kargsArgs ?? []));
    // A pair vector records either a refusal or a diff; a kargLines-only vector has neither.
    if ('diff' in expected || expFail || 'diff' in actual || actFail) {
      check('outcome', expFail === actFail);
      if (expFail && actFail) messageMatch = stripPositions(expected.error) === stripPositions(actual.error);
      if (!expFail && !actFail) {
        check('diff', deepEqual(expected.diff, actual.diff));
        check('fileDiffs', sameSet(expected.fileDiffs, actual.fileDiffs));
        check('actions', deepEqual(expected.actions, actual.actions));
      }
    }
  } else if (kind === 'layering') {
    const expFail = 'error' in expected;
    const actFail = 'error' in actual;
    check('outcome', expFail === actFail);
    if (expFail && actFail) messageMatch = stripPositions(expected.error) === stripPositions(actual.error);
    if (!expFail && !actFail) {
      check('dockerfile', expected.dockerfile === actual.dockerfile);
      let exp, act;
      try {
        exp = dropEmptyObjects(JSON.parse(expected.ignitionFile));
        act = dropEmptyObjects(JSON.parse(actual.ignitionFile));
      } catch {
        exp = 1;
        act = 2;
      }
      check('ignitionFile', deepEqual(exp, act));
    }
  }
  return { pass: diffs.length === 0, messageMatch, diffs };
}
