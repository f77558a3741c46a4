/**
 * Which MachineConfigs a pool renders.
 * Mirrors MCO release-4.13 pkg/controller/render/render_controller.go getMachineConfigsForPool: the
 * pool's `machineConfigSelector` picks configs by label, in input order. A nil selector matches
 * nothing (so "couldn't find any MachineConfigs"); an empty selector makes MCO render nothing at all.
 */

import { RenderError } from '../errors.js';
import { compileLabelSelector, isEmptySelector, SelectorError, selectorMatches } from '../kube/label-selector.js';
import type { LabelSelector, MachineConfig, MachineConfigPool } from '../kube/types.js';
import { checkMachineConfigList, checkPool } from './check-input.js';

export type Selection =
  | { readonly kind: 'empty-selector' }
  | { readonly kind: 'selected'; readonly configs: readonly MachineConfig[] };

/** Selection with the distinction MCO makes between an empty selector (render nothing) and no match (error). */
export function selectForPool(pool: MachineConfigPool, machineConfigs: readonly MachineConfig[]): Selection {
  checkPool(pool);
  checkMachineConfigList(machineConfigs);
  const selectorInput = pool.spec?.machineConfigSelector as LabelSelector | null | undefined;
  let selector;
  try {
    selector = compileLabelSelector(selectorInput);
  } catch (e) {
    if (e instanceof SelectorError) {
      throw new RenderError('INVALID_SELECTOR', 'select', 'invalid label selector: ' + e.message, {
        path: '$.spec.machineConfigSelector',
      });
    }
    throw e;
  }
  if (isEmptySelector(selector)) return { kind: 'empty-selector' };
  const configs = machineConfigs.filter((mc) => selectorMatches(selector, mc.metadata?.labels));
  if (configs.length === 0) {
    throw new RenderError('NO_MACHINE_CONFIGS', 'select', `couldn't find any MachineConfigs for pool: ${pool.metadata?.name ?? ''}`, {
      path: '$.spec.machineConfigSelector',
    });
  }
  return { kind: 'selected', configs };
}

/**
 * The MachineConfigs a pool's selector picks, in input order (Kubernetes label-selector semantics).
 * A nil or empty selector selects nothing; an invalid selector throws `INVALID_SELECTOR`; a selector
 * that matches no config throws `NO_MACHINE_CONFIGS` (MCO's "couldn't find any MachineConfigs for pool").
 *
 * @example
 * selectMachineConfigs(
 *   { metadata: { name: 'worker' }, spec: { machineConfigSelector: { matchLabels: { role: 'worker' } } } },
 *   [{ metadata: { name: 'a', labels: { role: 'worker' } } }, { metadata: { name: 'b' } }],
 * ) // → [{ metadata: { name: 'a', … } }]
 */
export function selectMachineConfigs(pool: MachineConfigPool, machineConfigs: readonly MachineConfig[]): MachineConfig[] {
  const selection = selectForPool(pool, machineConfigs);
  return selection.kind === 'selected' ? [...selection.configs] : [];
}
