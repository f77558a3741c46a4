/**
 * renderPool: select → validate → merge → name, as MCO 4.13's render controller does for one pool.
 * Mirrors MCO release-4.13 pkg/controller/render/render_controller.go generateRenderedMachineConfig
 * (without its controller-version gating, a deployment guard) and getMachineConfigsForPool.
 */

import { compareGoStrings } from '../_go/fmt.js';
import { goJsonSize } from '../_go/json-size.js';
import { RenderError, type Diagnostic } from '../errors.js';
import { defaultExtensionCatalog, type ExtensionCatalog } from '../extensions/index.js';
import type { IgnitionConfig } from '../ignition/types.js';
import { mergedConfigErrors } from '../ignition/validate-ignition.js';
import { splitKernelArguments } from '../kargs/split-kernel-arguments.js';
import type { ControllerConfig, MachineConfig, MachineConfigPool, RenderedMachineConfigSpec } from '../kube/types.js';
import { checkControllerConfig, checkExtensionCatalog } from './check-input.js';
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
import { publicEntry } from '../public-entry.js';

/** The argument of `renderPool`. */
export interface RenderPoolInput {
  /** The pool to render: its name and `spec.machineConfigSelector`. */
  pool: MachineConfigPool;
  /** Every MachineConfig known; the pool's selector picks. */
  machineConfigs: readonly MachineConfig[];
  /** Source of the OS images (`spec.baseOSContainerImage`, `spec.baseOSExtensionsContainerImage`). Default: none (empty images). */
  controllerConfig?: ControllerConfig | undefined;
  /** Catalog used to warn about extensions the nodes cannot install. Default: `extensionCatalogs['4.13']`. */
  extensionCatalog?: ExtensionCatalog | undefined;
}

/** What `renderPool` returns: the rendered MachineConfig, its name and what to know about it. */
export interface RenderedPool {
  /** The pool's `metadata.name`. */
  poolName: string;
  /** `rendered-<pool>-<32 hex>`, identical to MCO 4.13's for the same inputs. */
  name: string;
  /** Names of the selected MachineConfigs, in input order (the merge sorts them by name). */
  selected: string[];
  /** The rendered MachineConfig object as MCO stores it. */
  machineConfig: MachineConfig & {
    /** The merged spec, every field present. */
    spec: RenderedMachineConfigSpec;
  };
  /** `spec.config` as a typed Ignition 3.2 object. */
  ignition: IgnitionConfig;
  /** True where a MachineConfig overrode the ControllerConfig's OS image. */
  osImageURLOverridden: boolean;
  /**
   * Size in bytes of the rendered MachineConfig as MCO (main's `ValidateMachineConfigSize`) measures
   * it: `len(json.Marshal(mc))`, compact UTF-8 JSON with Go's escaping. Over 1,572,864 bytes (etcd's
   * default request limit) current MCO releases refuse to create it; over 80% of that, renderPool warns
   * (`RENDERED_CONFIG_SIZE`).
   */
  size: number;
  /** What MCO accepts but will fail later (on the node or in the layered-image build). */
  warnings: Diagnostic[];
}

/** etcd's default request size limit, which MCO main enforces on rendered configs (`MaxMachineConfigSize`). */
export const MAX_MACHINE_CONFIG_SIZE = 1572864;
/** MCO main warns above 80% of the limit: `(MaxMachineConfigSize * 4) / 5` in Go integer arithmetic. */
export const MACHINE_CONFIG_SIZE_WARNING = Math.floor((MAX_MACHINE_CONFIG_SIZE * 4) / 5);
/** `,"creationTimestamp":null`: Go's ObjectMeta always writes it; our metadata leaves it out. */
const GO_OBJECT_META_EXTRA = 25;

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
  return publicEntry('renderPool', 'decode', () => renderPoolInScope(input));
}

function renderPoolInScope(input: RenderPoolInput): RenderedPool {
  if (typeof input !== 'object' || input === null) {
    throw new RenderError('INVALID_INPUT', 'decode', 'renderPool: expected { pool, machineConfigs }');
  }
  const { pool, machineConfigs, controllerConfig } = input;
  checkControllerConfig(controllerConfig);
  const catalog = input.extensionCatalog ?? defaultExtensionCatalog;
  checkExtensionCatalog(catalog);
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
  const { spec, ignition, trusted, configSize } = mergeParsed(parsed, controllerConfig);
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

  // The config's share was counted while building it: measure the rest with `config: null` (4 bytes).
  const size = goJsonSize({ ...machineConfig, spec: { ...spec, config: null } }) - 4 + configSize + GO_OBJECT_META_EXTRA;
  return {
    poolName,
    name,
    selected,
    machineConfig,
    ignition,
    osImageURLOverridden,
    size,
    warnings: renderWarnings(parsed, spec, ignition, trusted, catalog, name, size),
  };
}

function renderWarnings(
  configs: readonly ParsedMachineConfig[],
  spec: RenderedMachineConfigSpec,
  ignition: IgnitionConfig,
  trusted: ReadonlySet<object>,
  catalog: ExtensionCatalog,
  name: string,
  size: number,
): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  if (size > MACHINE_CONFIG_SIZE_WARNING) {
    // MCO main's ValidateMachineConfigSize: a klog warning above 80%, a render failure above 100%.
    const percent = ((size / MAX_MACHINE_CONFIG_SIZE) * 100).toFixed(2);
    const refused = size > MAX_MACHINE_CONFIG_SIZE ? ' Current MCO releases refuse to create it (etcd: request is too large).' : '';
    warnings.push({
      severity: 'warning',
      code: 'RENDERED_CONFIG_SIZE',
      message: `MachineConfig ${name} is approaching size limit: ${size} bytes (${percent}% of ${MAX_MACHINE_CONFIG_SIZE} byte limit).${refused}`,
      path: '$',
    });
  }
  // Ignition's own validation of the rendered config: MCO 4.13 does not run it, but nodes (and the
  // layered-image build's ignition-apply) do. Typical: files MCO forced to `overwrite: true` with no
  // contents source (ErrOverwriteAndNilSource).
  for (const d of mergedConfigErrors(ignition, trusted)) {
    warnings.push({
      severity: 'warning',
      code: `IGNITION_${d.code}`,
      message: `the rendered Ignition config will be rejected by Ignition: ${d.message}`,
      path: '$.spec.config' + d.path.slice(1),
    });
  }
  // The first config in merge order (by name) that lists the value: the same whatever the input order.
  const byName = [...configs].sort((a, b) => compareGoStrings(a.mc.metadata?.name ?? '', b.mc.metadata?.name ?? ''));
  const owners = (pick: (mc: MachineConfig) => readonly string[] | null | undefined, value: string): string | undefined =>
    byName.find((c) => pick(c.mc)?.includes(value))?.mc.metadata?.name;
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
