// `-f PATH... --pool NAME` → the rendered pool, shared by render, build and plan. Failures come back as
// printable problems placed in the input files.

import { extensionCatalogs, isRenderError, renderPool, type ExtensionCatalog, type ExtensionRelease, type RenderedPool } from '../index.js';
import { readInputs } from './inputs.js';
import { findPool, load, type Loaded } from './load.js';
import { locate, renderErrorProblems, type Problem } from './problems.js';

export class ProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}

export interface RenderedInput {
  readonly rendered: RenderedPool;
  readonly loaded: Loaded;
  /** Warnings: ignored objects and what renderPool warns about, placed in the files. */
  readonly warnings: Problem[];
}

/** The extension catalog of a release (commander restricts the choices; default 4.13). */
export function releaseCatalog(release: string | undefined): ExtensionCatalog {
  const key = (release ?? '4.13') as ExtensionRelease;
  return Object.hasOwn(extensionCatalogs, key) ? extensionCatalogs[key] : extensionCatalogs['4.13'];
}

export function renderInput(paths: readonly string[], poolName: string, release?: string): RenderedInput {
  const loaded = load(readInputs(paths));
  const { pool, located } = findPool(loaded, poolName);
  const catalog = releaseCatalog(release);
  let rendered: RenderedPool;
  try {
    rendered = renderPool({
      pool,
      machineConfigs: loaded.machineConfigs.map((l) => l.object),
      controllerConfig: loaded.controllerConfig?.object,
      extensionCatalog: catalog,
    });
  } catch (e) {
    if (isRenderError(e)) throw new ProblemsError(renderErrorProblems(e, { machineConfigs: loaded.byName, pool: located }));
    throw e;
  }
  const warnings: Problem[] = [...loaded.notes];
  for (const w of rendered.warnings) {
    const owner = w.machineConfig === undefined ? undefined : loaded.byName.get(w.machineConfig);
    warnings.push({
      severity: 'warning',
      code: w.code,
      message: w.machineConfig === undefined ? `${rendered.name}: ${w.path}: ${w.message}` : `MachineConfig ${w.machineConfig}: ${w.message}`,
      at: locate(owner, w.path),
    });
  }
  return { rendered, loaded, warnings };
}
