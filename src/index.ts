/**
 * @layering/render — offline renderer of OpenShift MachineConfigs (MCO 4.13-exact).
 * Public API: explicit re-exports only, grouped by stage.
 */

// errors
export { RenderError, formatPath, isRenderError } from './errors.js';
export type { RenderErrorCode, RenderStage, Diagnostic } from './errors.js';

// render: select → validate → merge → name
export { renderPool } from './merge/render-pool.js';
export type { RenderPoolInput, RenderedPool } from './merge/render-pool.js';
export { selectMachineConfigs } from './merge/select-machine-configs.js';
export { mergeMachineConfigs } from './merge/merge-configs.js';
export { renderedConfigName } from './merge/rendered-name.js';

// ignition
export { parseIgnition } from './ignition/parse-ignition.js';
export { validateIgnition } from './ignition/validate-ignition.js';
export { mergeIgnition } from './ignition/merge.js';

// extensions and kernel arguments
export { extensionCatalogs, resolvePackages } from './extensions/index.js';
export type { ExtensionCatalog, ResolvedPackages, PackageSpec, KernelType, ExtensionRelease } from './extensions/index.js';
export { splitKernelArguments } from './kargs/split-kernel-arguments.js';
export { kernelArgumentUpdateArgs } from './kargs/kernel-argument-update-args.js';
export { kernelArgumentsToml } from './kargs/kernel-arguments-toml.js';
export type { KernelArgumentsTomlOptions } from './kargs/kernel-arguments-toml.js';

// layered image
export { renderContainerfile } from './dockerfile/render-containerfile.js';
export type { ImageBuild, RenderContainerfileOptions } from './dockerfile/render-containerfile.js';
export { contentHash } from './dockerfile/content-hash.js';

// update planning
export { planUpdate } from './update/plan-update.js';
export type { UpdatePlan, ReconcilableUpdatePlan, PlanUpdateOptions } from './update/plan-update.js';
export { describeUpdatePlan } from './update/describe-update-plan.js';

// types
export type * from './ignition/types.js';
export type * from './kube/types.js';

// manifests
export { parseManifests, readManifests } from './manifests/parse-manifests.js';
export type { KubeObject, ManifestError, ManifestSource, ParseManifestsOptions, ReadManifestsOptions, SourcePosition } from './manifests/parse-manifests.js';
export { stringifyManifest } from './manifests/stringify-manifest.js';
