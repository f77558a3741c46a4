/**
 * MCO 4.13's merge of a pool's MachineConfigs into one rendered spec.
 * Mirrors MCO release-4.13 pkg/controller/common/helpers.go MergeMachineConfigs:
 *  - configs are sorted by name (Go string order = UTF-8 byte order; stable);
 *  - Ignition: the first config's (or an empty 3.2 config when it has none) merged pairwise with each
 *    later config that has one (Ignition's keyed merge); then every file without `overwrite` gets
 *    `overwrite: true` — even files with no contents source, which Ignition rejects (see warnings);
 *  - fips: true if any config sets it; kernelType: `realtime` if any config sets it, else `default`;
 *  - kernel arguments: every config's, in merge order, exact duplicates dropped; then each config's
 *    Ignition 3.3/3.4 `kernelArguments.shouldExist`, same rule;
 *  - extensions: concatenated (duplicates kept); `kernel-devel` with a non-default kernel is refused;
 *  - osImageURL: the ControllerConfig's `baseOSContainerImage` (4.13 `GetDefaultBaseImageContainer`
 *    with `UseNewFormatImageByDefault`), overridden by the last config by name that sets one;
 *    baseOSExtensionsContainerImage likewise from the ControllerConfig's.
 */

import { compareGoStrings, goString } from '../_go/fmt.js';
import { RenderError } from '../errors.js';
import { toGoJsonSized } from '../ignition/emit-ignition.js';
import { mergeOwnedIgnitionAll } from '../ignition/merge.js';
import { analyzeMachineConfigIgnition, type MachineConfigIgnition } from '../ignition/mco-parse.js';
import type { IgnitionConfig } from '../ignition/types.js';
import type { ControllerConfig, MachineConfig, RenderedMachineConfigSpec } from '../kube/types.js';
import { checkMachineConfigList } from './check-input.js';
import { KERNEL_TYPE_DEFAULT, KERNEL_TYPE_REALTIME, RENDERED_IGNITION_VERSION } from './mco-constants.js';
import { hasRawConfig, withMachineConfig } from './validate-machine-config.js';
import { publicEntry } from '../public-entry.js';

/** A selected MachineConfig with its Ignition config already analysed (undefined: no config). */
export interface ParsedMachineConfig {
  readonly mc: MachineConfig;
  readonly parsed: MachineConfigIgnition | undefined;
}

export interface MergeResult {
  readonly spec: RenderedMachineConfigSpec;
  readonly ignition: IgnitionConfig;
  /** List entries of `ignition` known to pass the 3.2 rules without errors (see mergedConfigErrors). */
  readonly trusted: ReadonlySet<object>;
  /** `len(json.Marshal(spec.config))`, worked out while building it. */
  readonly configSize: number;
}

/** Adds every list entry of each section of a config (storage, systemd, passwd) to `into`. */
function addListEntries(config: IgnitionConfig, into: Set<object>): void {
  for (const section of [config.storage, config.systemd, config.passwd]) {
    if (section === undefined || section === null) continue;
    for (const list of Object.values(section)) {
      if (Array.isArray(list)) for (const entry of list) if (typeof entry === 'object' && entry !== null) into.add(entry);
    }
  }
}

/** `GetDefaultBaseImageContainer` as configured in 4.13 (`UseNewFormatImageByDefault = true`). */
export const defaultBaseImage = (cc: ControllerConfig | undefined): string => cc?.spec?.baseOSContainerImage ?? '';

const nameOf = (p: ParsedMachineConfig): string => p.mc.metadata?.name ?? '';

function mergeError(e: unknown, name: string): unknown {
  return withMachineConfig(e, name, 'merge');
}

/** The merge proper, over configs whose Ignition has been parsed (and, in renderPool, validated). */
export function mergeParsed(configs: readonly ParsedMachineConfig[], controllerConfig?: ControllerConfig): MergeResult {
  if (configs.length === 0) {
    throw new RenderError('NO_MACHINE_CONFIGS', 'merge', 'no MachineConfigs to merge');
  }
  // sort.SliceStable by Name: Array.prototype.sort is stable.
  const sorted = [...configs].sort((a, b) => compareGoStrings(nameOf(a), nameOf(b)));

  const ignitions: IgnitionConfig[] = [];
  const trusted = new Set<object>();
  sorted.forEach((c, i) => {
    if (c.parsed === undefined) {
      if (i === 0) ignitions.push({ ignition: { version: RENDERED_IGNITION_VERSION } });
      return;
    }
    // ParseAndConvertConfig's result (a 2.x config de-duplicated and converted), or its failure.
    if (c.parsed.config instanceof RenderError) throw mergeError(c.parsed.config, nameOf(c));
    ignitions.push(c.parsed.config);
    if (c.parsed.known32) addListEntries(c.parsed.config, trusted);
  });
  // The parsed configs are this call's own (decoded from the input, never handed out): share their entries.
  const merged = mergeOwnedIgnitionAll(ignitions);
  const files = merged.storage?.files;
  const ignition: IgnitionConfig =
    files !== undefined && files.some((f) => f.overwrite === undefined)
      ? {
          ...merged,
          storage: {
            ...merged.storage,
            files: files.map((f) => {
              if (f.overwrite !== undefined) return f;
              const forced = { ...f, overwrite: true };
              // overwrite matters to one rule only: with a source, the copy is as error-free as f.
              if (trusted.has(f) && f.contents?.source !== undefined) trusted.add(forced);
              return forced;
            }),
          },
        }
      : merged;

  let fips = false;
  let kernelType = '';
  for (const { mc } of sorted) {
    if (mc.spec?.fips === true) fips = true;
    if (mc.spec?.kernelType === KERNEL_TYPE_REALTIME) kernelType = KERNEL_TYPE_REALTIME;
  }
  if (kernelType === '') kernelType = KERNEL_TYPE_DEFAULT;

  const kargs: string[] = [];
  const seen = new Set<string>();
  const addKarg = (arg: string): void => {
    // Go compares the decoded strings: two arguments that differ only in lone surrogates are the same (U+FFFD).
    const key = goString(arg);
    if (!seen.has(key)) {
      seen.add(key);
      kargs.push(arg);
    }
  };
  for (const { mc } of sorted) for (const arg of mc.spec?.kernelArguments ?? []) addKarg(arg);
  for (const c of sorted) {
    if (c.parsed === undefined) continue;
    const ignKargs = c.parsed.kargs;
    if (ignKargs instanceof RenderError) {
      throw new RenderError(ignKargs.code, 'merge', `Error downgrading KernelArguments for ${nameOf(c)}: ${ignKargs.message}`, {
        machineConfig: nameOf(c),
        path: '$.spec.config' + (ignKargs.path ?? '$').slice(1),
        cause: ignKargs,
      });
    }
    for (const arg of ignKargs) addKarg(arg);
  }

  const extensions: string[] = [];
  for (const { mc } of sorted) extensions.push(...(mc.spec?.extensions ?? []));
  if (kernelType !== KERNEL_TYPE_DEFAULT && extensions.includes('kernel-devel')) {
    const culprit = sorted.find((c) => c.mc.spec?.extensions?.includes('kernel-devel'));
    throw new RenderError('KERNEL_DEVEL_WITH_RT', 'merge', `installing kernel-devel extension is not supported with kernelType: ${kernelType}`, {
      machineConfig: culprit === undefined ? undefined : nameOf(culprit),
      path: '$.spec.extensions',
    });
  }

  let osImageURL = defaultBaseImage(controllerConfig);
  let baseOSExtensionsContainerImage = controllerConfig?.spec?.baseOSExtensionsContainerImage ?? '';
  for (const { mc } of sorted) {
    if (mc.spec?.osImageURL) osImageURL = mc.spec.osImageURL;
    if (mc.spec?.baseOSExtensionsContainerImage) baseOSExtensionsContainerImage = mc.spec.baseOSExtensionsContainerImage;
  }

  const config = toGoJsonSized(ignition);
  return {
    ignition,
    trusted,
    configSize: config.size,
    spec: {
      osImageURL,
      baseOSExtensionsContainerImage,
      config: config.value as unknown as IgnitionConfig,
      kernelArguments: kargs,
      extensions,
      fips,
      kernelType,
    },
  };
}

/**
 * MCO's `MergeMachineConfigs`: merge MachineConfigs (any order; they are sorted by name) into one
 * rendered spec. Configs are parsed but not validated (renderPool validates first, as MCO does).
 *
 * @example
 * mergeMachineConfigs([{ metadata: { name: 'b' }, spec: { kernelArguments: ['x'] } },
 *                      { metadata: { name: 'a' }, spec: { kernelArguments: ['y', 'x'] } }]).kernelArguments
 * // → ['y', 'x']
 */
export function mergeMachineConfigs(configs: readonly MachineConfig[], controllerConfig?: ControllerConfig): RenderedMachineConfigSpec {
  return publicEntry('mergeMachineConfigs', 'merge', () => mergeMachineConfigsInScope(configs, controllerConfig));
}

function mergeMachineConfigsInScope(configs: readonly MachineConfig[], controllerConfig?: ControllerConfig): RenderedMachineConfigSpec {
  checkMachineConfigList(configs);
  const parsed = configs.map((mc): ParsedMachineConfig => ({
    mc,
    parsed: hasRawConfig(mc) ? analyzeMachineConfigIgnition(mc.spec!.config) : undefined,
  }));
  return mergeParsed(parsed, controllerConfig).spec;
}
