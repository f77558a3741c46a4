/**
 * Public entry: Ignition's own validation of a 3.2 config, every error and warning with its JSON path.
 *
 * Mirrors coreos/ignition v2.15.0 config/validate/validate.go `ValidateWithContext(cfg, nil)` with the
 * config/v3_2/types validators (validate/walk.ts and one file per type in validate/).
 */

import type { Diagnostic } from '../errors.js';
import { formatPath, RenderError } from '../errors.js';
import { checkObjectLimits, RENDERED_LIMIT } from '../check-limits.js';
import { goUnmarshal, GoTypeError, type GoObject } from './decode.js';
import { jsSource } from './go/json-source.js';
import { schema32 } from './schema.js';
import type { IgnitionConfig } from './types.js';
import { validateErrorsExcept, validateWithContext } from './validate/walk.js';
import { publicEntry } from '../public-entry.js';

/**
 * Validates an Ignition 3.2 config with Ignition's rules. Returns every finding in Ignition's order
 * (per-type rules depth-first, then duplicate entries), e.g.
 * `{ severity: 'error', code: 'FILE_OVERWRITE_NIL_SOURCE', path: '$.storage.files.0.overwrite',
 * message: 'overwrite must be false if source is unspecified' }`. A value of the wrong JSON type
 * throws `RenderError` `INVALID_INPUT`, as decoding it into Go's types would fail.
 *
 * @example
 * validateIgnition({ ignition: { version: '3.2.0' }, storage: { files: [{ path: 'etc/x' }] } })
 * // → [{ severity: 'error', code: 'PATH_RELATIVE', message: 'path not absolute', path: '$.storage.files.0.path' }]
 */
export function validateIgnition(config: IgnitionConfig): Diagnostic[] {
  return publicEntry('validateIgnition', 'validate', () => validateIgnitionInScope(config));
}

function validateIgnitionInScope(config: IgnitionConfig): Diagnostic[] {
  checkObjectLimits(config, 'the Ignition config', 'validate', undefined, RENDERED_LIMIT);
  let cfg;
  try {
    // Decoding checks the value's shape and brings it to the canonical form the rules expect.
    cfg = goUnmarshal(jsSource, config, schema32);
  } catch (e) {
    if (e instanceof GoTypeError) {
      throw new RenderError('INVALID_INPUT', 'validate', e.message, e.docPath.length > 0 ? { path: formatPath(e.docPath) } : {});
    }
    if (e instanceof RenderError) throw e;
    throw new RenderError('INVALID_INPUT', 'validate', `cannot read the Ignition config: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return validateWithContext(schema32, cfg, null).diagnostics();
}

/**
 * The errors (warnings left out) of validateIgnition on a merged config this library produced by
 * decoding and merging, which is in decoded form already (no decode step). List entries in `trusted`
 * are known to have no errors under the 3.2 rules and are not walked again: renderPool's check of the
 * merged config only looks at what merging made new.
 */
export function mergedConfigErrors(config: IgnitionConfig, trusted: ReadonlySet<object>): Diagnostic[] {
  return validateErrorsExcept(schema32, config as unknown as GoObject, trusted)
    .diagnostics()
    .filter((d) => d.severity === 'error');
}
