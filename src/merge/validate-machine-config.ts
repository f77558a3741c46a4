/**
 * One MachineConfig checked as MCO checks it before merging.
 * Mirrors MCO release-4.13 pkg/controller/common/helpers.go ValidateMachineConfig: the kernel type
 * first, then the Ignition config parsed (any supported version) and validated. The analysis (the
 * converted 3.2 config and Ignition kernel arguments, or their errors) is returned, so the merge does
 * not parse the same config again as MCO does.
 */

import { RenderError } from '../errors.js';
import { analyzeMachineConfigIgnition, type MachineConfigIgnition } from '../ignition/mco-parse.js';
import type { MachineConfig } from '../kube/types.js';
import { KERNEL_TYPE_DEFAULT, KERNEL_TYPE_REALTIME } from './mco-constants.js';

/** `runtime.RawExtension` semantics: an absent or JSON-null config is no config (`Raw == nil`). */
export const hasRawConfig = (mc: MachineConfig): boolean => mc.spec?.config !== undefined && mc.spec.config !== null;

export function validateMachineConfig(mc: MachineConfig): MachineConfigIgnition | undefined {
  const name = mc.metadata?.name;
  const kernelType = mc.spec?.kernelType ?? '';
  if (!(kernelType === '' || kernelType === KERNEL_TYPE_DEFAULT || kernelType === KERNEL_TYPE_REALTIME)) {
    throw new RenderError('INVALID_KERNEL_TYPE', 'validate', `kernelType=${kernelType} is invalid`, {
      machineConfig: name,
      path: '$.spec.kernelType',
    });
  }
  if (!hasRawConfig(mc)) return undefined;
  const analysis = analyzeMachineConfigIgnition(mc.spec!.config);
  if (analysis.validateError !== null) throw withMachineConfig(analysis.validateError, name, 'validate');
  return analysis;
}

/** Re-address a RenderError from the Ignition layer to the MachineConfig it came from. */
export function withMachineConfig(e: unknown, name: string | undefined, stage: RenderError['stage']): unknown {
  if (!(e instanceof RenderError)) return e;
  const path = e.path === undefined ? '$.spec.config' : '$.spec.config' + e.path.slice(1);
  return new RenderError(e.code, stage, e.message, { machineConfig: name, path, cause: e });
}
