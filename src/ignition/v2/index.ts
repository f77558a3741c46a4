// Spec 2.x input, as MCO 4.13 handles a MachineConfig whose Ignition config is not 3.x
// (pkg/controller/common/helpers.go): IgnParseWrapper's v2 branch (parse-ign2), ValidateIgnition
// for v2 (validate-ign2), then ParseAndConvertConfig's removeIgnDuplicateFilesUnitsUsers (dedupe) and
// convertIgnition2to3 (convert-2-to-3). Used by the 3.x wrapper; not part of the public API.

export { parseIgn2, tryParseIgn2, rawConfigBytes, UNKNOWN_VERSION_MESSAGE } from './parse-ign2.js';
export type { Ign2ParseResult } from './parse-ign2.js';
export { validateIgn2, ign2Validation, ign2ValidationError } from './validate-ign2.js';
export { removeIgnDuplicateFilesUnitsUsers } from './dedupe.js';
export { convertIgnition2to3, tryConvertIgnition2to3 } from './convert-2-to-3.js';
export type * from './types.js';

import type { IgnitionConfig } from '../types.js';
import { convertIgnition2to3 } from './convert-2-to-3.js';
import { removeIgnDuplicateFilesUnitsUsers } from './dedupe.js';
import type { Ign2Config } from './types.js';

/** ParseAndConvertConfig's spec 2 branch: dedupe, then convert (RenderErrors of stage `merge`). */
export const ign2ToIgnition3 = (config: Ign2Config): IgnitionConfig =>
  convertIgnition2to3(removeIgnDuplicateFilesUnitsUsers(config));
