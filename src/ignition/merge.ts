/**
 * Public Ignition 3.2 merge: `mergeIgnition` (one step) and `mergeIgnitionAll` (MCO's whole fold).
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_2/config.go `Merge` (→ config/merge/merge.go `mergeStruct`,
 * ported in merge-struct.ts with its rules comment) and the fold in MCO release-4.13
 * pkg/controller/common/helpers.go `MergeMachineConfigs` (`outIgn = ign3.Merge(outIgn, next)`).
 *
 * Both functions return fresh objects (nothing shared with the inputs), so callers may set defaults on
 * the result, as MCO does next with `overwrite: true` on every file that has none. Inputs are never
 * mutated. Neither function validates: merging two valid configs can give an invalid one, as in Go.
 */

import { RenderError } from '../errors.js';
import { CONFIG, type Obj, cloneStruct, structOf } from './go-layout.js';
import { IgnitionMerger } from './merge-accumulator.js';
import { mergeStructShared } from './merge-struct.js';
import type { IgnitionConfig } from './types.js';

/** Wraps anything unexpected (a malformed value slipping past the parser) into a RenderError. */
function guardMerge<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RenderError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new RenderError('INVALID_INPUT', 'merge', `merging Ignition configs failed: ${detail}`, { cause: e });
  }
}

const asObj = (c: IgnitionConfig): Obj => structOf(c) ?? {};

/**
 * Ignition's merge of two 3.2 configs: `child` overrides `parent` (Go `v3_2.Merge(parent, child)`).
 * Keyed lists merge by key (files/directories/links by path in one key space, units and dropins,
 * users and groups by name, disks and filesystems by device, partitions by number or label, …).
 *
 * @example
 * mergeIgnition(
 *   { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', mode: 420 }] } },
 *   { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', overwrite: true }, { path: '/b' }] } },
 * )
 * // → { ignition: { version: '3.2.0' },
 * //     storage: { files: [{ overwrite: true, path: '/a', mode: 420 }, { path: '/b' }] } }
 */
export function mergeIgnition(parent: IgnitionConfig, child: IgnitionConfig): IgnitionConfig {
  return guardMerge(() => {
    const merged = mergeStructShared(CONFIG, asObj(parent), asObj(child));
    return cloneStruct(CONFIG, merged) as unknown as IgnitionConfig;
  });
}

/**
 * Folds `mergeIgnition` left to right over `configs` (the first is the starting value), in time linear in
 * the total size. Same result as `configs.reduce(mergeIgnition)`; throws `INVALID_INPUT` when empty.
 *
 * @example
 * mergeIgnitionAll([a, b, c]) // deep-equals mergeIgnition(mergeIgnition(a, b), c)
 */
export function mergeIgnitionAll(configs: readonly IgnitionConfig[]): IgnitionConfig {
  return fold(configs, false);
}

/**
 * mergeIgnitionAll for configs the caller owns and will not touch again (renderPool's freshly decoded
 * ones): list entries that no step merged are shared with the inputs instead of copied.
 */
export function mergeOwnedIgnitionAll(configs: readonly IgnitionConfig[]): IgnitionConfig {
  return fold(configs, true);
}

function fold(configs: readonly IgnitionConfig[], share: boolean): IgnitionConfig {
  return guardMerge(() => {
    const first = configs[0];
    if (first === undefined) throw new RenderError('INVALID_INPUT', 'merge', 'no Ignition configs to merge');
    const merger = new IgnitionMerger(asObj(first));
    for (let i = 1; i < configs.length; i++) merger.add(asObj(configs[i] as IgnitionConfig));
    return merger.result(share) as unknown as IgnitionConfig;
  });
}
