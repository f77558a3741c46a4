/**
 * @layering/render — offline renderer of OpenShift MachineConfigs (MCO 4.13-exact).
 * Public API: explicit re-exports only, grouped by stage.
 */

export { RenderError, formatPath, isRenderError } from './errors.js';
export type { RenderErrorCode, RenderStage, Diagnostic } from './errors.js';

export type * from './ignition/types.js';
export type * from './kube/types.js';
