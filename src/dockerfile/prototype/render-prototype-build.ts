/**
 * The seed layering prototype, end to end for one pool: the BuildConfig Dockerfile and the
 * `machine-config-ignition.json` its first stage copies in.
 *
 * Mirrors openshift/machine-config-operator branch `layering` (08317efa): render_controller.go
 * `pushRenderedConfigToImageStream` (`MachineConfigToIgnition`, then `json.MarshalIndent(…, "  ", "    ")`
 * with Go's standard encoding/json, which keeps empty structs) and build/pool_build_resources.go
 * `PoolBuildResources(pool).BuildConfig.Content.DockerfileContent`.
 */

import { RenderError } from '../../errors.js';
import { marshalIgnitionIndent } from '../../ignition/emit-ignition.js';
import type { IgnitionConfig } from '../../ignition/types.js';
import { machineConfigToIgnition, prototypeTreeFile, type PrototypeSpec } from './machine-config-to-ignition.js';
import { prototypeDockerfile } from './pool-build-dockerfile.js';

export interface PrototypeBuild {
  /** The pool's `<pool>-build-mco-content` Dockerfile, byte for byte. */
  dockerfile: string;
  /** What `MachineConfigToIgnition` returns. */
  ignition: IgnitionConfig;
  /** `/machine-config-ignition.json` exactly as the prototype writes it. */
  ignitionJson: string;
  /** The treefile's packages (extensions expanded, unknown names kept as packages, realtime kernel packages). */
  packages: string[];
  /** The treefile's `override-remove` (the default kernel packages the realtime kernel replaces). */
  overrideRemove: string[];
}

const invalid = (message: string): RenderError => new RenderError('INVALID_INPUT', 'layer', message);

/** A string as Go holds it after decoding JSON: lone surrogates become U+FFFD. */
const wellFormed = (s: string): string =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function stringList(value: unknown, field: string): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw invalid(`spec.${field} must be a list of strings`);
  return [...(value as string[])];
}

/** Reads the spec as Go's `json.Unmarshal` into MachineConfigSpec would (null is the zero value). */
function readSpec(spec: unknown): PrototypeSpec {
  if (spec === undefined || spec === null) spec = {};
  if (typeof spec !== 'object' || Array.isArray(spec)) throw invalid('spec must be an object');
  const s = spec as Record<string, unknown>;
  const field = (name: string): unknown => (Object.hasOwn(s, name) ? s[name] : undefined);
  const fips = field('fips');
  if (fips !== undefined && fips !== null && typeof fips !== 'boolean') throw invalid('spec.fips must be a boolean');
  const kernelType = field('kernelType');
  if (kernelType !== undefined && kernelType !== null && typeof kernelType !== 'string') throw invalid('spec.kernelType must be a string');
  return {
    config: field('config'),
    kernelArguments: stringList(field('kernelArguments'), 'kernelArguments'),
    extensions: stringList(field('extensions'), 'extensions'),
    fips: fips === true,
    kernelType: typeof kernelType === 'string' ? kernelType : '',
  };
}

/**
 * Renders the prototype's build for a pool from a rendered MachineConfig spec (as JSON).
 * Throws RenderError (stage 'layer') with the prototype's message when the config does not parse.
 *
 * @example
 * const build = renderPrototypeBuild('worker', renderedSpec)
 * build.dockerfile   // '\n\t# Multistage build, …/worker-rendered-config AS machineconfig\n…'
 * build.ignitionJson // '{\n      "ignition": {\n …'
 */
export function renderPrototypeBuild(poolName: string, spec: unknown): PrototypeBuild {
  if (typeof poolName !== 'string') throw invalid('pool name must be a string');
  const s = readSpec(spec);
  const ignition = machineConfigToIgnition(s);
  const tree = prototypeTreeFile(s);
  return {
    dockerfile: prototypeDockerfile(wellFormed(poolName)),
    ignition,
    ignitionJson: marshalIgnitionIndent(ignition, '  ', '    '),
    packages: tree.packages,
    overrideRemove: tree.overrideRemove,
  };
}
