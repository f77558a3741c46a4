/**
 * renderPool: select → validate → merge → name, as MCO 4.13's render controller does for one pool.
 * Mirrors MCO release-4.13 pkg/controller/render/render_controller.go generateRenderedMachineConfig
 * (without its controller-version gating, a deployment guard) and getMachineConfigsForPool.
 */

import { RenderError, type Diagnostic } from '../errors.js';
import { defaultExtensionCatalog, type ExtensionCatalog } from '../extensions/index.js';
import type { IgnitionConfig } from '../ignition/types.js';
import { validateIgnition } from '../ignition/validate-ignition.js';
import { splitKernelArguments } from '../kargs/split-kernel-arguments.js';
import type { ControllerConfig, MachineConfig, MachineConfigPool, RenderedMachineConfigSpec } from '../kube/types.js';
import { checkControllerConfig } from './check-input.js';
import { defaultBaseImage, mergeParsed, type ParsedMachineConfig } from './merge-configs.js';
import {
  ANNOTATION_GENERATED_BY_CONTROLLER_VERSION,
  ANNOTATION_OS_IMAGE_URL_OVERRIDDEN,
  ANNOTATION_RELEASE_IMAGE_VERSION,
  MCO_API_VERSION,
} from './mco-constants.js';
import { renderedConfigName } from './rendered-name.js';
import { selectForPool } from './select-machine-configs.js';
import { validateMachineConfig } from './validate-machine-config.js';

export interface RenderPoolInput {
  pool: MachineConfigPool;
  /** Every MachineConfig known; the pool's selector picks. */
  machineConfigs: readonly MachineConfig[];
  controllerConfig?: ControllerConfig | undefined;
  /** Catalog used to warn about extensions the nodes cannot install. Default: `extensionCatalogs['4.13']`. */
  extensionCatalog?: ExtensionCatalog | undefined;
}

export interface RenderedPool {
  poolName: string;
  /** `rendered-<pool>-<32 hex>`, identical to MCO 4.13's for the same inputs. */
  name: string;
  /** Names of the selected MachineConfigs, in input order (the merge sorts them by name). */
  selected: string[];
  /** The rendered MachineConfig object as MCO stores it. */
  machineConfig: MachineConfig & { spec: RenderedMachineConfigSpec };
  /** `spec.config` as a typed Ignition 3.2 object. */
  ignition: IgnitionConfig;
  /** True where a MachineConfig overrode the ControllerConfig's OS image. */
  osImageURLOverridden: boolean;
  /** What MCO accepts but will fail later (on the node or in the layered-image build). */
  warnings: Diagnostic[];
}

/** Value of the generated-by annotation: MCO writes its own build hash; we say who rendered it. */
export const RENDERER_VERSION = '@layering/render (MCO release-4.13 semantics)';

/**
 * Render one pool: the MachineConfigs its selector picks, validated and merged into the rendered
 * MachineConfig MCO 4.13 would create, with MCO's name for it.
 *
 * @example
 * const r = renderPool({ pool, machineConfigs, controllerConfig });
 * r.name // 'rendered-worker-…'
 */
export function renderPool(input: RenderPoolInput): RenderedPool {
  if (typeof input !== 'object' || input === null) {
    throw new RenderError('INVALID_INPUT', 'decode', 'renderPool: expected { pool, machineConfigs }');
  }
  const { pool, machineConfigs, controllerConfig } = input;
  checkControllerConfig(controllerConfig);
  const selection = selectForPool(pool, machineConfigs);
  const poolName = pool.metadata?.name ?? '';
  if (selection.kind === 'empty-selector') {
    throw new RenderError('EMPTY_SELECTOR', 'select', `pool ${poolName} has an empty machineConfigSelector: MCO renders nothing for it`, {
      path: '$.spec.machineConfigSelector',
    });
  }
  const selected = selection.configs.map((mc) => mc.metadata?.name ?? '');

  // ValidateMachineConfig on every selected config, in input order, before any merging.
  const parsed: ParsedMachineConfig[] = selection.configs.map((mc) => ({ mc, parsed: validateMachineConfig(mc) }));
  const { spec, ignition } = mergeParsed(parsed, controllerConfig);
  const name = renderedConfigName(poolName, spec);

  const osImageURLOverridden = spec.osImageURL !== defaultBaseImage(controllerConfig);
  const annotations: Record<string, string> = {
    [ANNOTATION_GENERATED_BY_CONTROLLER_VERSION]: RENDERER_VERSION,
    [ANNOTATION_RELEASE_IMAGE_VERSION]: controllerConfig?.metadata?.annotations?.[ANNOTATION_RELEASE_IMAGE_VERSION] ?? '',
  };
  if (osImageURLOverridden) annotations[ANNOTATION_OS_IMAGE_URL_OVERRIDDEN] = 'true';

  const machineConfig = {
    apiVersion: MCO_API_VERSION,
    kind: 'MachineConfig',
    metadata: {
      name,
      ownerReferences: [
        {
          apiVersion: MCO_API_VERSION,
          kind: 'MachineConfigPool',
          name: poolName,
          uid: pool.metadata?.uid ?? '',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
      annotations,
    },
    spec,
  };

  return {
    poolName,
    name,
    selected,
    machineConfig,
    ignition,
    osImageURLOverridden,
    warnings: renderWarnings(parsed, spec, ignition, input.extensionCatalog ?? defaultExtensionCatalog),
  };
}

function renderWarnings(
  configs: readonly ParsedMachineConfig[],
  spec: RenderedMachineConfigSpec,
  ignition: IgnitionConfig,
  catalog: ExtensionCatalog,
): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  // Ignition's own validation of the rendered config: MCO 4.13 does not run it, but nodes (and the
  // layered-image build's ignition-apply) do. Typical: files MCO forced to `overwrite: true` with no
  // contents source (ErrOverwriteAndNilSource).
  for (const d of validateIgnition(ignition)) {
    if (d.severity !== 'error') continue;
    warnings.push({
      severity: 'warning',
      code: `IGNITION_${d.code}`,
      message: `the rendered Ignition config will be rejected by Ignition: ${d.message}`,
      path: '$.spec.config' + d.path.slice(1),
    });
  }
  const owners = (pick: (mc: MachineConfig) => readonly string[] | null | undefined, value: string): string | undefined =>
    configs.find((c) => pick(c.mc)?.includes(value))?.mc.metadata?.name;
  for (const ext of new Set(spec.extensions ?? [])) {
    if (!Object.hasOwn(catalog.extensions, ext)) {
      const w: Diagnostic = {
        severity: 'warning',
        code: 'UNSUPPORTED_EXTENSION',
        message: `extension ${JSON.stringify(ext)} is not in the ${catalog.release} catalog: nodes will fail with "invalid extensions found"`,
        path: '$.spec.extensions',
      };
      const owner = owners((mc) => mc.spec?.extensions, ext);
      if (owner !== undefined) w.machineConfig = owner;
      warnings.push(w);
    }
  }
  for (const arg of spec.kernelArguments ?? []) {
    const split = splitKernelArguments(arg);
    if (split.length !== 1 || split[0] !== arg) {
      const w: Diagnostic = {
        severity: 'warning',
        code: 'KERNEL_ARGUMENT_SPLIT',
        message: `kernel argument ${JSON.stringify(arg)} will be applied by the node as ${JSON.stringify(split)}`,
        path: '$.spec.kernelArguments',
      };
      const owner = owners((mc) => mc.spec?.kernelArguments, arg);
      if (owner !== undefined) w.machineConfig = owner;
      warnings.push(w);
    }
  }
  return warnings;
}
