/**
 * The prototype's `ctrlcommon.ParseAndConvertConfig` (MCO branch `layering`): spec 3.2, 3.1, 3.0, then
 * 2.x, with Ignition v2.13.0 rules — implemented in src/ignition (`parseAndConvertConfigLayering`).
 * This adapter only moves its failures to the `layer` stage.
 */

import { RenderError } from '../../errors.js';
import { parseAndConvertConfigLayering } from '../../ignition/mco-parse.js';
import type { IgnitionConfig } from '../../ignition/types.js';

/** Throws RenderError (stage `layer`) with the branch's message: `failed to parse Ignition config: …`. */
export function parseLayeringConfig(raw: unknown): IgnitionConfig {
  try {
    return parseAndConvertConfigLayering(raw);
  } catch (e) {
    if (e instanceof RenderError) throw new RenderError(e.code, 'layer', e.message, { path: e.path, cause: e });
    throw e;
  }
}
