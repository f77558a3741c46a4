/**
 * renderContainerfile: a rendered pool → Containerfile + build context + content hash, in one of two
 * flavors: `containerfile` (default, self-contained and deterministic) or `layering-prototype` (the
 * seed's MCO `layering` branch output, byte for byte).
 */

import { RenderError } from '../errors.js';
import type { MachineConfig } from '../kube/types.js';
import { checkMachineConfig } from '../merge/check-input.js';
import { RENDERED_LIMIT } from '../check-limits.js';
import { emitContainerfile, type ContainerfileOptions } from './containerfile.js';
import { contentHash } from './content-hash.js';
import { renderPrototypeBuild } from './prototype/index.js';
import { publicEntry } from '../public-entry.js';

/** Options of `renderContainerfile`; all but `flavor` apply to the `containerfile` flavor only. */
export interface RenderContainerfileOptions extends ContainerfileOptions {
  /**
   * `'containerfile'` (default): this library's deterministic Containerfile, modelled on MCO's on-cluster
   * build. `'layering-prototype'`: the seed prototype's Dockerfile and `machine-config-ignition.json`
   * (MCO `layering` branch), byte for byte.
   */
  flavor?: 'containerfile' | 'layering-prototype' | undefined;
}

/** What `renderContainerfile` returns: the inputs of a container build and their identity. */
export interface ImageBuild {
  /** Deterministic text with LF line endings. */
  containerfile: string;
  /** Build-context files the Containerfile reads, path → UTF-8 content. */
  context: Record<string, string>;
  /** `sha256:` + 64 hex over the canonical JSON of `{ containerfile, context }` (see contentHash). */
  contentHash: string;
  /** The image's labels (`machineconfig`, `machineconfigpool`, `baseOSContainerImage`); empty for `layering-prototype`. */
  labels: Record<string, string>;
  /** The extension RPM packages the build installs, in extension order; empty for `layering-prototype`. */
  packages: string[];
}

/**
 * Everything a container build needs to produce the layered image for a rendered pool.
 *
 * @example
 * const { containerfile, context, contentHash } = renderContainerfile(renderPool(input));
 */
export function renderContainerfile(
  rendered: { poolName: string; machineConfig: MachineConfig },
  options: RenderContainerfileOptions = {},
): ImageBuild {
  return publicEntry('renderContainerfile', 'layer', () => renderContainerfileInScope(rendered, options));
}

function renderContainerfileInScope(
  rendered: { poolName: string; machineConfig: MachineConfig },
  options: RenderContainerfileOptions = {},
): ImageBuild {
  if (typeof rendered !== 'object' || rendered === null || typeof rendered.poolName !== 'string' || typeof rendered.machineConfig !== 'object' || rendered.machineConfig === null) {
    throw new RenderError('INVALID_INPUT', 'layer', 'renderContainerfile: expected { poolName, machineConfig }');
  }
  if (options === null || typeof options !== 'object') throw new RenderError('INVALID_INPUT', 'layer', 'renderContainerfile: options must be an object');
  // A rendered config: renderPool may make one past etcd's limit (with a warning), not past RENDERED_LIMIT.
  checkMachineConfig(rendered.machineConfig, 0, RENDERED_LIMIT);
  const flavor = options.flavor ?? 'containerfile';
  if (flavor === 'layering-prototype') {
    const p = renderPrototypeBuild(rendered.poolName, rendered.machineConfig.spec);
    const build = { containerfile: p.dockerfile, context: { 'machine-config-ignition.json': p.ignitionJson } };
    return { ...build, contentHash: contentHash(build), labels: {}, packages: [] };
  }
  if (flavor !== 'containerfile') throw new RenderError('INVALID_INPUT', 'layer', `unknown flavor ${JSON.stringify(flavor)}`);
  const b = emitContainerfile(rendered, options);
  return { ...b, contentHash: contentHash({ containerfile: b.containerfile, context: b.context }) };
}
