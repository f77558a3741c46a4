// src/dockerfile/prototype: the seed layering prototype (MCO branch `layering`).
export { renderPrototypeBuild } from './render-prototype-build.js';
export type { PrototypeBuild } from './render-prototype-build.js';
export { machineConfigToIgnition, prototypeTreeFile } from './machine-config-to-ignition.js';
export type { PrototypeSpec } from './machine-config-to-ignition.js';
export { prototypeDockerfile } from './pool-build-dockerfile.js';
export type { TreeFile } from './tree-file.js';
