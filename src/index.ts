/**
 * @layering/render — offline renderer of OpenShift MachineConfigs (MCO 4.13-exact).
 * Public API: explicit re-exports only, grouped by stage.
 */

// errors
export { RenderError, formatPath, isRenderError } from './errors.js';
export type { RenderErrorCode, RenderStage, Diagnostic, RenderErrorOptions, PathSegment } from './errors.js';

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
export type { HashableBuild } from './dockerfile/content-hash.js';

// update planning
export { planUpdate } from './update/plan-update.js';
export type { UpdatePlan, ReconcilableUpdatePlan, PlanUpdateOptions } from './update/plan-update.js';
export type { NotReconcilable, NotReconcilableCode } from './update/reconcilable.js';
export type { MachineConfigDiff } from './update/machine-config-diff.js';
export type { PostConfigChangeAction } from './update/daemon-constants.js';
export type { NodeOS, ExtensionPackages } from './update/extension-args.js';
export { describeUpdatePlan } from './update/describe-update-plan.js';

// types
export type * from './ignition/types.js';
export type * from './kube/types.js';

// schemas: structural checks with the JSON Schemas in schemas/, compiled at build time (no eval)
export { validateManifestSchema, validateIgnitionSchema } from './schemas/validate-schema.js';
export type { ManifestKind, ValidateIgnitionSchemaOptions } from './schemas/validate-schema.js';

// manifests
export { parseManifests, readManifests } from './manifests/parse-manifests.js';
export type { KubeObject, ManifestError, ManifestSource, ParseManifestsOptions, ReadManifestsOptions, SourcePosition } from './manifests/parse-manifests.js';
export { stringifyManifest } from './manifests/stringify-manifest.js';
