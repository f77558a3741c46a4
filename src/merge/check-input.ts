/**
 * Shape checks for the Kubernetes objects we are given (the `decode` stage): untyped JSON in, typed
 * objects out, or a RenderError `INVALID_INPUT` naming the object and the JSON path. Fields we do not
 * read are not checked (the API server would; we only need ours to be safe). The same rules are written
 * as JSON Schemas in `schemas/` for editors and CI.
 */

import { RenderError } from '../errors.js';
import type { MachineConfig, MachineConfigPool } from '../kube/types.js';
import { API_SERVER_LIMIT, checkObjectLimits, type SizeLimit } from '../check-limits.js';

type Path = string;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(message: string, path: Path, machineConfig?: string): never {
  throw new RenderError('INVALID_INPUT', 'decode', message, { path, machineConfig });
}

function optionalObject(v: unknown, path: Path, who?: string): Record<string, unknown> | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) fail(`${path}: expected an object`, path, who);
  return v;
}

function optionalString(v: unknown, path: Path, who?: string): void {
  if (v !== undefined && v !== null && typeof v !== 'string') fail(`${path}: expected a string`, path, who);
}

function optionalStringList(v: unknown, path: Path, who?: string): void {
  if (v === undefined || v === null) return;
  if (!Array.isArray(v)) fail(`${path}: expected a list of strings`, path, who);
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') fail(`${path}[${i}]: expected a string`, `${path}.${i}`, who);
}

function stringMap(v: unknown, path: Path, who?: string): void {
  const o = optionalObject(v, path, who);
  if (o === undefined) return;
  for (const k of Object.keys(o)) if (typeof o[k] !== 'string') fail(`${path}.${k}: expected a string`, `${path}.${k}`, who);
}

function checkMetadata(v: unknown, path: Path, who?: string): void {
  const meta = optionalObject(v, path, who);
  if (meta === undefined) return;
  optionalString(meta.name, `${path}.name`, who);
  stringMap(meta.labels, `${path}.labels`, who);
  stringMap(meta.annotations, `${path}.annotations`, who);
}

export function checkPool(pool: unknown): asserts pool is MachineConfigPool {
  if (!isObject(pool)) fail('pool: expected a MachineConfigPool object', '$');
  checkMetadata(pool.metadata, '$.metadata');
  const spec = optionalObject(pool.spec, '$.spec');
  const sel = optionalObject(spec?.machineConfigSelector, '$.spec.machineConfigSelector');
  if (sel === undefined) return;
  stringMap(sel.matchLabels, '$.spec.machineConfigSelector.matchLabels');
  const exprs = sel.matchExpressions;
  if (exprs === undefined || exprs === null) return;
  if (!Array.isArray(exprs)) fail('$.spec.machineConfigSelector.matchExpressions: expected a list', '$.spec.machineConfigSelector.matchExpressions');
  exprs.forEach((e, i) => {
    const p = `$.spec.machineConfigSelector.matchExpressions.${i}`;
    if (!isObject(e)) fail(`${p}: expected an object`, p);
    // Go decodes a missing key/operator as "".
    optionalString(e.key, `${p}.key`);
    optionalString(e.operator, `${p}.operator`);
    optionalStringList(e.values, `${p}.values`);
  });
}

/**
 * A MachineConfig's shape, nesting and size. `limit`: the API server's, for the MachineConfigs a user
 * writes (default); a rendered config, which renderPool may make larger (with a warning), passes
 * RENDERED_LIMIT.
 */
export function checkMachineConfig(mc: unknown, index: number, limit: SizeLimit = API_SERVER_LIMIT): asserts mc is MachineConfig {
  if (!isObject(mc)) fail(`machineConfigs[${index}]: expected a MachineConfig object`, '$');
  const meta = optionalObject(mc.metadata, '$.metadata');
  const who = typeof meta?.name === 'string' ? meta.name : undefined;
  checkObjectLimits(mc, who === undefined ? `machineConfigs[${index}]` : `MachineConfig ${who}`, 'decode', who, limit);
  checkMetadata(mc.metadata, '$.metadata', who);
  const spec = optionalObject(mc.spec, '$.spec', who);
  if (spec === undefined) return;
  optionalString(spec.osImageURL, '$.spec.osImageURL', who);
  optionalString(spec.baseOSExtensionsContainerImage, '$.spec.baseOSExtensionsContainerImage', who);
  optionalString(spec.kernelType, '$.spec.kernelType', who);
  optionalStringList(spec.kernelArguments, '$.spec.kernelArguments', who);
  optionalStringList(spec.extensions, '$.spec.extensions', who);
  if (spec.fips !== undefined && spec.fips !== null && typeof spec.fips !== 'boolean') fail('$.spec.fips: expected a boolean', '$.spec.fips', who);
}

export function checkMachineConfigList(list: unknown): asserts list is readonly MachineConfig[] {
  if (!Array.isArray(list)) fail('machineConfigs: expected a list of MachineConfigs', '$');
  list.forEach((mc, i) => checkMachineConfig(mc, i));
}

export function checkControllerConfig(cc: unknown): void {
  if (cc === undefined || cc === null) return;
  if (!isObject(cc)) fail('controllerConfig: expected an object', '$');
  checkMetadata(cc.metadata, '$.metadata');
  const spec = optionalObject(cc.spec, '$.spec');
  if (spec === undefined) return;
  optionalString(spec.osImageURL, '$.spec.osImageURL');
  optionalString(spec.baseOSContainerImage, '$.spec.baseOSContainerImage');
  optionalString(spec.baseOSExtensionsContainerImage, '$.spec.baseOSExtensionsContainerImage');
}

/** renderPool's `extensionCatalog` option: an ExtensionCatalog (release name and an extensions table). */
export function checkExtensionCatalog(catalog: unknown): void {
  if (!isObject(catalog)) fail('extensionCatalog: expected an ExtensionCatalog object', '$');
  if (typeof catalog.release !== 'string') fail('extensionCatalog.release: expected a string', '$.release');
  if (!isObject(catalog.extensions)) fail('extensionCatalog.extensions: expected an object', '$.extensions');
}
